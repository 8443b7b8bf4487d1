"""Wording cues the classifier reads besides species: offers, buyers, news, prices, disguises.

Species, product terms, code words and the lexicon's negative cues come from
``extractors.species``; these lists cover what the lexicon does not: *how* a text talks (a
seller, a buyer, a reporter) and look-alike words the classifier wants as reasons. They are
general marketplace vocabulary per language, matched on lower-cased text; Latin-script words
match on word boundaries, other scripts as substrings.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from extractors.normalize import TATWEEL, plain, simplified
from extractors.species.matcher import denied_before, negated_before

OFFER_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("for sale", "selling", "sell", "available", "in stock", "price", "offers over",
           "best offer", "asking", "ship", "shipping", "delivery", "wholesale", "supply",
           "moq", "pm me", "dm me", "inbox", "contact", "each", "per kg", "fs:", "obo",
           "rehoming fee", "must go", "cash", "payment", "dm", "pm", "crypto",
           "per gram", "per piece", "on request", "got some", "in stock again", "viewing by",
           "hmu", "hit me up", "serious buyers", "serious only", "taking offers",
           "open to offers", "up for grabs", "collection only", "pick up only", "postage",
           "first come", "telegram", "whatsapp", "text me", "pre-order", "preorder", "ono",
           "ships", "i have", "we have", "have available", "we supply", "supplier",
           "ready to ship", "ready to go", "price per", "per kilo", "per lb", "per pound",
           "per oz", "per ounce", "per pair", "per set", "apiece", "order now", "to order",
           "place your order", "orders open", "taking orders", "available now", "now available",
           "dm for price", "pm for price", "message for price", "contact for price",
           "price on request", "poa", "ovno", "no lowballers", "no time wasters",
           "serious inquiries", "serious enquiries", "enquiries", "inquiries", "negotiable",
           "sold as", "clearing out", "restock", "restocked", "just arrived", "new arrivals",
           "fresh batch", "new batch", "limited stock", "limited quantity", "few left", "last one",
           "paypal", "venmo", "cashapp", "cash app", "bank transfer", "face to face",
           "local pickup", "pickup only", "free shipping", "free delivery", "ship worldwide",
           "worldwide shipping", "we ship", "i ship", "bulk order", "minimum order", "min order",
           "message me", "msg me", "call or text", "dms open", "dm us", "pm us", "link in bio",
           "grab yours", "get yours", "reserve yours", "deposit",
           "ask for video", "ask for pics", "ask for photos", "more pics", "pics on request",
           "video on request",
           "no returns", "no refunds", "sold as is", "sold as seen", "serious breeders",
           "breeders only", "experienced keepers only", "price upon request", "no lowballs"),
    "fr": ("à vendre", "vends", "vend", "vente", "je cède", "cède", "prix", "disponible",
           "livraison", "envoi", "à débattre", "pièce", "le lot", "mp", "contact", "en gros",
           "remise en main propre", "je propose", "dispo", "tarif", "paiement", "j'ai",
           "rdv", "appel ou sms", "au gramme", "on charge", "à saisir", "négociable",
           "prix ferme", "expédition", "colissimo", "mondial relay", "acheteurs sérieux",
           "faire offre", "faites offre", "sur commande", "me contacter", "contactez",
           "vendu en lot", "vendus en lot", "vendu par", "vendu à l'unité", "stock",
           "vds", "j'en ai", "nous avons", "prix par", "le kilo", "le kg", "au kilo", "par kilo",
           "le gramme", "la pièce", "l'unité", "commande", "commandez", "passez commande",
           "précommande", "réservez", "réservation", "arrivage", "nouvel arrivage", "dispos",
           "en stock", "quantité limitée", "quantités limitées", "on livre", "je livre",
           "nous livrons", "livrons", "livraison possible", "j'expédie", "envoi possible",
           "prix en mp", "prix en privé", "contactez-moi", "écrivez-moi", "appelez", "appelez-moi",
           "orange money", "mobile money", "momo", "paypal", "négo", "prix à débattre",
           "petit prix", "bon prix", "prix intéressant", "promo", "d'occasion", "très bon état",
           "bon état", "état neuf", "grossiste", "fournisseur", "je fournis", "nous fournissons",
           "sérieux uniquement", "sérieux seulement", "s'abstenir", "acheteur sérieux",
           "bienvenus", "bienvenu",
           "qui est chaud", "qui est intéressé", "intéressés",
           "ni repris ni échangé", "ni reprise ni échange", "prix sur demande",
           "participation aux frais"),
    "es": ("vendo", "se vende", "venta", "en venta", "precio", "disponible", "envío", "envíos",
           "entrega", "remato", "oferta", "c/u", "cada uno", "mayoreo", "por mayor", "inbox",
           "whats", "proveedor", "tengo", "vendemos", "tenemos", "mándame mensaje",
           "mandar mensaje", "interesados", "pregunte", "apartado", "por kilo", "disponibles",
           "se negocia", "negociable", "se despacha", "despacho", "zelle", "contra entrega",
           "pedidos", "a domicilio", "escríbeme", "informes", "al mayor", "se entrega",
           "entregas", "wsp", "cotiza", "bajo pedido", "compradores",
           "bendo", "contamos con", "manejamos", "surtimos", "ofrezco", "ofrecemos", "a la venta",
           "precio por", "por kg", "el kilo", "x kilo", "x kg", "la pieza", "por pieza", "x pieza",
           "pedido", "haz tu pedido", "encargo", "encargos", "por encargo", "se aparta",
           "anticipo", "en existencia", "existencias", "entrega inmediata", "entrega personal",
           "envío gratis", "envíos a todo", "se manda", "mandamos", "se envía", "enviamos",
           "envio", "solo efectivo", "solo en efectivo", "pago en efectivo", "transferencia",
           "oxxo", "mercado pago", "nequi", "daviplata", "yape", "bizum", "precio fijo",
           "precio a tratar", "a tratar", "trato directo", "trato en persona", "trato personal",
           "info al", "info x", "+info", "más info", "mas info", "x interno", "por interno",
           "al interno", "al privado", "por privado", "mensaje privado", "escribir al",
           "llamar al", "wasap", "guasap", "remate", "liquidación", "barato", "cambio por",
           "acepto cambios", "permuto", "mando fotos", "pedido mínimo",
           "sin devoluciones", "no se aceptan devoluciones", "precio a consultar",
           "consultar precio", "precio en privado"),
    "ar": ("للبيع", "أبيع", "نبيع", "السعر", "سعر", "متوفر", "نوفر", "التوصيل", "الشحن",
           "للتواصل", "واتساب", "بالخاص", "عرض", "للجادين", "عندي", "التسليم", "الدفع",
           "تواصل خاص", "للتصدير", "عندنا", "نتفاهم", "الأسعار", "بسعر", "كاش", "واتس",
           "بالجملة", "للطلب", "متوفرة", "يتوفر", "التوصيل متاح", "se3r", "si3r", "3endi",
           "3andi", "lel be3", "lil bay3",
           "لدينا", "يوجد لدينا", "متاح", "متاحة", "البيع بال", "البيع جملة", "بالمفرد",
           "جملة ومفرد", "الجملة والمفرد", "قطاعي", "سعر الكيلو", "الكيلو ب", "الحبة ب", "بالحبة",
           "بالكيلو", "بالجرام", "بالغرام", "بالتولة", "التولة", "قابل للتفاوض", "قابل للنقاش",
           "بالتفاهم", "الجادين", "جاد فقط", "جادين فقط", "تواصل معي", "تواصل معنا", "تواصلوا",
           "راسلني", "راسلوني", "كلمني", "اتصل على", "على الخاص", "وتس", "تلجرام", "تليجرام",
           "التلجرام", "سناب", "الكمية محدودة", "كمية محدودة", "عدد محدود", "وصلت شحنة",
           "شحنة جديدة", "وصل حديثا", "توصيل", "شحن ل", "شحن مجاني", "نشحن", "نوصل", "تسليم يد",
           "يد بيد", "استلام", "الدفع عند", "عرض خاص", "خصم",
           "لا يرد ولا يستبدل", "لا ترد ولا تستبدل", "على السوم", "السوم", "سومه"),
    "zh": ("出售", "出", "转让", "现货", "价格", "元", "包邮", "发货", "私聊", "批发", "面议",
           "微信", "一只", "一件", "交易", "电议", "私信", "懂的来", "一口价", "可刀", "有货",
           "自提", "到货", "出价", "价高者得", "现金", "熟人生意", "带走", "先到先得", "量少",
           "起批", "拍下", "顺丰", "可议", "闲鱼", "加v", "加微", "量大从优", "货源", "下单",
           "要的", "验货", "看货", "可拆零", "存货", "只卖", "包装发", "供应", "量大价优",
           "价优", "克价", "一克起", "寄小样",
           "私我", "懂的私", "懂行私", "私戳", "戳我", "小窗", "v我", "vx", "威信", "薇信", "不刀",
           "不议价", "不讲价", "不还价", "谢绝还价", "报价", "按克", "按斤", "起售", "起卖",
           "起拍", "起订", "价钱", "价位", "实价", "售价", "面交", "交收", "自取", "同城",
           "快递", "到付", "定金", "订金", "预定", "预订", "接单", "订购", "数量有限", "限量",
           "少量", "库存", "清仓", "甩卖", "低价处理", "便宜处理", "打折", "九折", "八折", "优惠",
           "特价", "只做熟", "老客户", "老顾客", "新客", "非诚勿扰", "诚心要", "勿拍", "斤装",
           "新到", "刚到", "上新", "新货", "直销", "零售", "代发", "出货", "走货", "走线下",
           "看实物", "手上有", "手头有", "有一批", "有少量",
           "同款",
           "不退不换", "售出不退", "概不退换", "托卖", "代卖", "价格不公开", "有意向"),
    "vi": ("bán", "cần bán", "giá", "có sẵn", "ship", "freeship", "liên hệ", "inbox", "ib", "zalo",
           "thanh lý", "triệu", "giao hàng", "chuyên cung cấp", "nhận", "mới về",
           "lô mới", "hàng về", "giá sỉ", "nhắn tin", "giao dịch", "đặt trước", "giá tốt",
           "lh", "sđt", "cod", "sỉ lẻ", "pass lại", "ai cần", "ai lấy", "nhận order",
           "còn hàng", "có hàng", "bao ship", "gia tot", "lien he",
           "giá rẻ", "giá lẻ", "thương lượng", "gia thuong luong", "alo", "a lô", "gọi ngay",
           "gọi trực tiếp", "gọi điện", "inb", "nhắn", "giao tận", "giao tại", "giao toàn quốc",
           "ship cod", "số lượng có hạn", "hàng có sẵn", "sẵn hàng", "hàng mới", "đặt hàng",
           "đặt cọc", "cọc", "chuyển khoản", "thanh toán", "hiện có", "em có", "mình có",
           "bên em có", "shop có", "xem hàng", "co xem hang", "bảo hành", "đổi trả", "để lại",
           "nhượng lại", "xả hàng", "xả kho", "lấy sỉ", "giá gốc", "bán buôn", "can ban", "gia re",
           "hàng chuẩn", "có video", "có ảnh thật",
           "không đổi trả", "cần pass", "pass bé", "pass em", "pass gấp", "pass nhanh", "pass rẻ",
           "pass con", "pass giá", "cần nhượng", "nhượng bé", "nhượng em", "nhượng con",
           "nhượng giá", "để lại bé", "để lại em"),
    "th": ("ขาย", "ราคา", "บาท", "พร้อมส่ง", "ส่ง", "ทักไลน์", "ทักแชท", "ทักมา", "สนใจ", "ปล่อย",
           "ต่อรอง", "นัดรับ", "ตัวละ", "กิโลละ", "ชิ้น", "รับที่", "ต้นละ", "ลูกละ", "คู่ละ",
           "มาใหม่", "ให้บูชา", "ค่าตัว", "ชุดละ", "ทักส่วนตัว", "จำหน่าย", "ขายส่ง", "ราคาส่ง",
           "โอน", "ปลายทาง", "พรีออเดอร์", "ส่งฟรี", "ปล่อยต่อ", "ให้เช่า", "จัดส่ง",
           "ค่าส่ง", "แถม",
           "รับหิ้ว", "โทรมา", "โทรเลย", "โทรสอบถาม", "สอบถามได้", "สอบถามเพิ่มเติม", "สอบถามราคา",
           "แอดไลน์", "ไอดีไลน์", "id line", "line id", "เก็บเงินปลายทาง", "จำนวนจำกัด", "มีของ",
           "ของเข้า", "สั่งซื้อ", "สั่งได้", "สั่งจอง", "รับจอง", "จองได้", "มัดจำ", "ส่งทั่วไทย",
           "ส่งทั่วประเทศ", "ขายขาด", "ตัวสุดท้าย", "เช่าบูชา", "มีให้", "มีขาย", "คนจริง",
           "แบ่งปันต่อ",
           "ให้ฟรี", "เก่าเก็บ",
           "ไม่รับคืน", "ไม่คืนทุกกรณี", "ราคาเช่า", "ปล่อยน้อง"),
    "id": ("jual", "dijual", "harga", "ready", "kirim", "nego", "hubungi", "wa", "japri",
           "minat", "sedia", "cod", "juta", "ribu", "menjual", "lelang", "stok", "grosir",
           "hub", "ready stock", "ambil di tempat", "siap kirim", "bisa cod", "ongkir",
           "free ongkir", "open order", "tersedia", "bisa nego", "dilepas", "sampel",
           "minat hub", "chat", "rdy", "hrg", "jpri",
           "mahar", "no php", "kirim*", "pengiriman", "menyediakan", "kami sediakan", "kami jual",
           "jual murah", "murah", "promo", "diskon", "harga per", "perkilo", "per ekor", "/ekor",
           "peminat", "serius minat", "yang serius", "kontak", "telp", "sms", "pesan sekarang",
           "pesanan", "pemesanan", "open po", "rekber", "transfer", "ekspedisi", "lapak", "olshop",
           "stok terbatas", "terbatas", "tanya admin", "take all", "harga teman", "harga pas",
           "ready barang", "barang ready",
           "cocok buat", "cocok untuk",
           "no retur", "tidak bisa retur", "tanpa retur", "no komplain"),
    "pt": ("vendo", "à venda", "venda", "preço", "disponível", "envio", "entrega", "cada",
           "contato", "whatsapp", "zap", "negociável", "privado", "fornecemos", "tenho",
           "temos", "entrego", "atacado", "valor a combinar", "inbox", "aceito proposta",
           "manda mensagem", "mandem msg", "chama no zap", "chama no privado", "pix", "frete",
           "sedex", "pronta entrega", "levo até", "vende-se", "vendem-se",
           "interessados", "retirada",
           "a venda", "vendas", "vendemos", "ofereço", "oferecemos", "disponíveis", "encomenda",
           "encomendas", "sob encomenda", "faça seu pedido", "pedidos", "faça sua reserva",
           "reservar", "valor no pv", "valor no privado", "no pv", "chama no pv", "pelo pv",
           "me chama", "interessado chama", "só chamar", "wpp", "whats", "ligue", "ligar para",
           "mensagem privada", "só mensagem", "no direct", "à vista", "parcelo", "aceito cartão",
           "aceito troca", "entregamos", "enviamos", "envio para todo", "mandamos",
           "entrega em mãos", "frete grátis", "correios", "o quilo", "por quilo", "o kg",
           "a unidade", "o par", "lote", "precinho", "barato", "promoção", "queima de estoque",
           "estoque", "pouca quantidade", "quantidade limitada", "últimas unidades", "interessado",
           "quem tiver interesse", "contacte", "contactar", "m-pesa", "mpesa", "e-mola",
           "só pessoalmente", "falamos pessoalmente", "em mãos", "quem reservou", "reservado",
           "reservados", "tipo exportação",
           "valor alto", "valor fixo", "valor justo", "valor negociável", "valor sob consulta",
           "trato pessoalmente", "não aceito devolução", "sem devolução", "repasso"),
}

WANTED_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("wtb", "want to buy", "looking to buy", "looking for", "buying", "buyer for",
           "i pay", "will pay", "anyone know where", "want to purchase", "who can supply",
           "anyone selling", "wanted", "iso",
           "in search of", "who has", "anyone have", "where can i buy", "we buy", "pm sent",
           "dm sent", "my budget", "budget is", "budget:", "lf",
           "anyone here selling", "anyone got", "does anyone have", "who sells", "where to buy",
           "where can i get", "where can i find", "can anyone source", "can someone source",
           "need to buy", "i'm after", "im after", "paying top", "top price paid", "will pay well",
           "cash waiting", "cash buyer", "i'm buying", "im buying", "wanting to buy",
           # asking where to find it, who could sell it
           "know where to find", "know where to get", "know where i can", "where i can find",
           "where i can buy", "where i can get", "looking to get", "looking to source",
           "trying to find", "trying to source", "hoping to find", "help me find",
           "who can sell me", "anyone who sells", "pay top dollar", "top dollar paid",
           "paying good money"),
    "fr": ("recherche", "cherche", "achète", "j'achète", "je cherche", "qui vend", "besoin urgent",
           "j'ai besoin",
           "quelqu'un vend", "qui a des", "mp envoyé", "nous achetons",
           "je paye bien", "je paie bien", "qui peut me trouver", "qui peut me vendre",
           "où acheter", "où trouver", "je voudrais acheter", "je souhaite acheter",
           "je veux acheter", "rachète",
           "où en trouver", "où en acheter", "où se procurer", "où s'en procurer",
           "quelqu'un sait où", "quelqu'un saurait", "qui sait où", "où puis-je trouver",
           "où puis-je acheter", "où je peux trouver", "où je peux acheter",
           "quelqu'un connaît un vendeur", "qui me vendrait", "qui en vend"),
    "es": ("busco", "compro", "se busca", "quiero comprar", "quién vende", "alguien vende",
           "quien tenga", "¿sigue disponible", "te mandé md", "te mandé dm", "compramos",
           "mi presupuesto", "presupuesto de",
           "quién tiene", "quien tiene", "alguien tiene", "alguien que venda", "dónde compro",
           "donde compro", "dónde comprar", "donde comprar", "dónde consigo", "donde consigo",
           "pago bien", "pagamos bien", "compro todo", "se compra", "ando buscando",
           "estoy buscando", "buscamos", "interesado en comprar", "interesada en comprar",
           "alguien sabe dónde", "alguien sabe donde", "dónde encuentro", "donde encuentro",
           "dónde puedo conseguir", "donde puedo conseguir", "dónde lo consigo",
           "quién me vende", "quien me vende", "quién venda", "me interesa comprar",
           "pago buen precio"),
    "ar": ("مطلوب", "أبحث عن", "ابحث عن", "أدور على", "ادور على", "حد يبيع", "أحد يبيع",
           "احد يبيع", "واحد يبيع", "أشتري", "أرغب بشراء", "للشراء", "أبغى", "ابغى", "ابي اشتري",
           "مين عنده", "من عنده", "اللي عنده", "الي عنده", "راسلتك", "نشتري", "واش مازال",
           "صيفطت ليك", "كنقلب على", "نقلب على", "شي حد عندو", "ميزانيتي",
           "مين يبيع", "من يبيع", "أريد شراء", "اريد شراء", "نرغب بشراء", "نرغب في شراء",
           "أرغب في شراء", "ارغب بشراء", "ودي اشتري", "ودي أشتري", "وين ألقى", "وين القى",
           "وين احصل", "وين أحصل",
           # who has one (Maghrebi, Levantine, Egyptian): "اللي عندو يبعتلي"
           "اللي عندو", "الي عندو", "للي عندو", "مين عندو", "حدا عندو", "حد عنده", "احد عنده",
           "أحد عنده", "شكون عندو", "واش كاين", "فين نلقى", "وين ألاقي", "وين الاقي",
           "فين ألاقي", "فين الاقي", "عايز اشتري", "عاوز اشتري", "عايز أشتري", "عاوز أشتري",
           "بدي اشتري", "بدي أشتري", "حابب اشتري", "نحب نشري", "بغيت نشري", "نبغي نشري"),
    "zh": ("求购", "收购", "想买", "收老", "高价收", "回收", "常年收", "长期收", "谁有", "哪里有",
           "求一只", "求一对", "求一条", "求一个", "想求", "想找一只", "想收一只", "收一只",
           "想入手", "还在吗", "已私信",
           "有没有人", "谁卖", "急求", "想收", "哪位有", "谁家有", "哪里可以买",
           "有没有卖", "在哪里买", "诚心求", "哪里能买", "哪里买", "在哪买", "去哪买", "求出",
           "求带", "求代购",
           "求链接", "蹲一", "有人出吗", "有出的吗"),
    "vi": ("cần mua", "tìm mua", "thu mua", "mua lại", "ai có", "ai bán", "cần tìm",
           "ai biết chỗ", "còn không shop", "ib rồi",
           "muốn mua", "hỏi mua", "đang tìm", "mua ở đâu", "ở đâu bán", "chỗ nào bán", "có ai bán",
           # a buyer's offer to pay well: "Trả giá cao", "mua giá cao"
           "trả giá cao", "trả giá tốt", "mua giá cao", "mua với giá cao", "ai để lại",
           "ai nhượng", "tìm chỗ mua", "cần gom", "ai biết chỗ nào"),
    "th": ("รับซื้อ", "หาซื้อ", "อยากได้", "ตามหาซื้อ", "ใครมี", "ใครขาย",
           "ต้องการซื้อ", "อยากซื้อ", "รับเช่า", "ยังอยู่ไหม", "ทักแชทไปแล้ว", "งบไม่เกิน",
           "งบประมาณ", "งบตัวละ", "มีงบ", "งบ ",
           "ขอซื้อ", "ซื้อที่ไหน", "ที่ไหนมีขาย", "มีขายที่ไหน", "ใครรู้แหล่ง", "หาแหล่ง",
           "ใครมีบ้าง", "มีใครขาย", "ใครมีขาย", "กำลังหา", "กำลังตามหา", "ใครมีปล่อย",
           "ใครจะปล่อย", "มีใครปล่อย", "ใครมีแบ่ง"),
    "id": ("cari", "dicari", "mau beli", "ingin beli", "ada yang jual", "butuh", "nyari",
           "kami beli", "kami membeli", "masih ada gan", "udah pm", "sudah pm",
           "menerima dan membeli", "terima/beli", "mencari", "pengepul", "menampung",
           "budget saya",
           "siapa jual", "siapa yang jual", "ada yg jual", "minat beli", "pengen beli", "pgn beli",
           "mo beli", "mw beli",
           "ada yang punya", "ada yg punya", "siapa punya", "siapa yang punya", "lagi cari",
           "lagi nyari", "mau cari", "sedang cari", "info penjual", "info yang jual",
           "info yg jual", "beli dimana", "beli di mana", "dimana belinya"),
    "pt": ("procuro", "compro", "quero comprar", "procurando", "alguém vende", "quem vende",
           "quem tiver", "chamei no privado", "compramos", "procura-se", "à procura de",
           "a procura de", "meu orçamento",
           "procura", "procuramos", "alguém tem", "alguem tem", "onde comprar",
           "onde encontro", "onde acho", "pago bem", "pagamos bem", "compra-se",
           "alguém sabe onde", "alguem sabe onde", "onde consigo", "quem me vende",
           "alguém vendendo", "alguém teria", "quem teria"),
}

# Words of news and campaigns. A word ending in "*" is a stem: it matches any word it begins
# ("seiz*" finds "seized", "seizure"); other Latin-script words match whole words only.
REPORT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("#notapet", "not a pet", "report sellers", "share this post", "hotline",
           "released", "rehabilitat*", "sanctuary",
           "seiz*", "arrest*", "intercept*", "customs", "police", "court", "courts", "jail*",
           "smuggl*", "rescu*", "confiscat*", "convict*", "sentenc*", "prosecut*", "trafficker*",
           "illegal*", "poach*", "authorities", "officers", "rangers", "donate", "donation*",
           "conservation", "extinction", "adopt a", "campaign*", "don't buy", "never buy",
           "do not buy", "wwf", "traffic report", "does not cure", "doesn't cure", "no medicinal",
           "myth", "myths", "endangered", "protect our", "protecting", "sign the petition",
           "petition*", "world pangolin day", "world wildlife day", "world elephant day",
           "world rhino day", "world turtle day", "awareness", "symbolically", "symbolic adoption",
           "reef restoration", "restoration team", "pledge", "volunteer*",
           "fined", "enforcement", "report it", "report them", "wiped out", "trafficking",
           "wildlife crime", "fact check", "no proven", "pleaded guilty", "charged with",
           "investigators", "boycott", "say no to", "nesting season",
           # reports, studies and police stops: "Report: ...", "a new study", "researchers said"
           "report:", "a new report", "new report", "the report", "a report by", "new study",
           "a new study", "the study", "study found", "researchers", "scientists", "an ngo",
           "the ngo", "ngo said", "ngo's",
           "non-governmental", "watchdog", "the group urged", "urged", "officials said",
           "said in a statement", "spokesperson", "spokesman", "traffic police", "checkpoint",
           "the suspects", "truck carrying", "bus carrying", "van carrying",
           "vehicle carrying",
           # sponsoring a nest or an animal, a release to the wild
           "sponsor a", "sponsor an", "adopt a nest", "adopt symbolically", "released into",
           "returned to the wild", "release into the wild", "back to the wild"),
    "fr": ("pas un animal de compagnie",
           "sensibilisation", "signalez", "refusez", "relâché*", "réhabilit*", "sanctuaire",
           "saisi*", "douan*", "condamn*", "arrêté*", "arrêtés", "interpell*", "police",
           "gendarm*", "protég*", "faire un don", "un don", "dons", "sauvons", "parrainez",
           "parrainage", "braconn*", "pétition", "extinction",
           "n'achetez", "trafiquant*", "trafic", "confisqu*", "sauvés", "sauvé", "sauvetage",
           "démantel*", "tribunal", "prison", "ne guérit", "menacé*", "en danger",
           "journée mondiale", "saviez-vous", "autorités", "amende", "plaidé coupable",
           "campagne", "bénévol*",
           "relâcher", "mis la main", "dissimul*", "centre de soins", "sauvegarde", "donateur*",
           "sensibilis*", "partagez", "ne soigne", "ne rapportez", "illégal*",
           "illicite*", "enquête", "eaux et forêts", "écovolontariat",
           "un rapport", "nouveau rapport", "le rapport", "selon un rapport", "rapport publié",
           "une étude", "nouvelle étude", "l'étude", "chercheurs", "scientifiques", "une ong",
           "l'ong", "les ong",
           "contrôle routier", "camion transportant", "sacs contenant",
           "ont découvert", "parrainer", "parrainé*", "lâcher de", "lâchers", "lâché dans",
           "lâchés dans", "remis en liberté", "remise en liberté", "rendus à la nature",
           "rendu à la nature", "retour à la vie sauvage"),
    "es": ("no es mascota", "apoya",
           "aseguró", "aseguraron", "profepa", "a disposición del", "ministerio público",
           "saqueo", "charla", "liberad*", "liberaron", "liberan", "reintroduc*",
           "rehabilitaci*", "santuario",
           "decomis*", "incaut*", "aduana*", "policía", "condena*", "condenad*", "rescat*",
           "protege*", "protegid*", "donación", "donaciones", "dona", "extinción", "campaña*",
           "denunci*", "tráfico", "traficante*", "nunca compres", "no compres", "detenid*",
           "autoridades", "tribunal", "cárcel", "prisión", "no cura", "peligro de extinción",
           "día mundial", "no lo compres", "guardia civil", "interviene",
           "intervenid*", "donativo*", "simbólicamente", "adopción simbólica",
           "voluntari*", "campamento tortuguero",
           "petición", "firma y comparte", "firma para", "apadrin*", "liberaci*", "liberamos",
           "liberar", "donant*", "donaron", "ilegal*", "salvemos", "sancion*",
           "delito", "caza furtiva", "cazadores furtivos", "anidación", "desove",
           "un informe", "nuevo informe", "el informe", "según un informe", "según un estudio",
           "nuevo estudio", "estudio publicado", "el estudio encontró", "investigadores",
           "científicos", "una ong", "las ong",
           "ambientalistas", "retén", "punto de control", "camión que transportaba",
           "hallaron", "soltura", "suelta de",
           "devueltos a su hábitat",
           "regresados a su hábitat"),
    "ar": ("إطلاق", "ليس حيوانا أليفا", "أطلقت", "محمية", "يمنع الصيد",
           "ضبط", "ضبطت", "الجمارك", "الشرطة", "صادرت", "مصادرة", "أحبطت", "تهريب", "المهربين",
           "حماية", "تبرع", "الانقراض", "لا تشتروا", "لا تشترِ", "لا تشتري", "محكمة", "الحكم",
           "القبض", "السلطات", "إنقاذ", "لا يعالج", "مهددة", "اليوم العالمي", "غير مشروع",
           "غير قانوني", "يهدد", "توقيع العريضة", "وقع العريضة", "حملتنا",
           "ليست حيوانات أليفة", "حملة",
           "السوق السوداء", "أعلنت", "لا تتصور", "بلغ عن", "بلغ على",
           "ادعم", "عدم اقتناء", "لا تقتني", "لا تقتنوا", "لا تشجع", "تطوع", "الحياة الفطرية",
           "الحياة البرية", "المحميات", "تعشيش",
           "إعادة التوطين", "غرامة", "السجن", "النيابة", "الصيد الجائر", "الاتجار", "حرس الحدود",
           "وزارة البيئة", "هيئة البيئة", "شرطة البيئة",
           "تقرير", "دراسة جديدة", "دراسة حديثة", "أظهرت دراسة", "كشفت دراسة", "باحثون",
           "الباحثون", "الباحثين", "منظمة غير حكومية", "منظمات", "نقطة تفتيش", "حاجز أمني",
           "شاحنة تحمل", "عثرت", "عثر على", "التبني الرمزي",
           "تبني رمزي", "اكفل", "إلى البرية", "الى البرية"),
    "zh": ("不是宠物", "涉嫌", "案件", "调查",
           "科普", "不带货", "截获", "查出", "移交", "救护", "放归", "野放",
           "查获", "缴获", "破获", "抓获", "海关", "判处", "判刑", "保护", "捐款", "拒绝",
           "灭绝", "没有买卖", "监测", "警方", "公安", "执法", "救助", "罚款", "涉案", "立案",
           "不能治", "濒危", "公益", "月捐", "捐赠", "巡护", "拒食", "云认养", "倡议",
           "承诺", "签署", "志愿者", "请不要", "守护", "禁渔", "不要购买",
           "不买野生",
           "举报", "盗猎", "勿购买", "禁贸", "禁止贸易", "辟谣", "残忍", "讲座",
           "违法", "走私", "法院", "判决", "有期徒刑", "刑拘", "拘留", "犯罪", "嫌疑人",
           "义工", "義工", "宣传", "盜猎", "舉报",
           "报告", "报告显示", "调查显示", "研究显示", "数据显示", "研究发现", "调查发现",
           "研究人员", "研究者", "非政府组织", "环保组织", "据报道", "报道", "记者", "新闻",
           "放流", "增殖放流", "认养", "认捐", "回归自然", "重返自然"),
    "vi": ("thả về", "về rừng", "đừng mua", "không phải thú cưng", "tái thả", "cứu hộ",
           "thu giữ", "tịch thu", "hải quan", "bắt giữ", "bị bắt", "tòa án", "xét xử", "khởi tố",
           "buôn lậu", "triệt phá", "bảo vệ", "bảo tồn", "giải cứu", "cứu hộ", "quyên góp",
           "nói không", "bị phát hiện",
           "cơ quan chức năng", "không chữa", "tuyệt chủng", "nguy cấp",
           "xử phạt", "xử lý hình sự", "tìm hiểu", "không nên dùng",
           "không nên mua", "ngoại khóa", "lực lượng chức năng", "giấu trong", "công an",
           "nhận nuôi tượng trưng", "tình nguyện", "tuyên phạt", "bị cáo",
           "tuyên án", "năm tù", "phạt tù", "đối tượng", "#nóikhông", "giết chết", "vườn quốc gia",
           "vqg", "kiểm lâm", "trái phép", "bất hợp pháp", "tang vật", "điều tra", "chiến dịch",
           "nâng cao nhận thức", "chung tay", "được thả về",
           "cảnh sát", "csgt", "tạm giữ", "quả tang", "lập biên bản", "dừng xe", "dừng một xe",
           "chặn xe", "kiểm tra xe", "vận chuyển trái phép", "nghi vấn", "báo cáo",
           "nhà nghiên cứu", "nghiên cứu mới", "một nghiên cứu", "nhà khoa học",
           "tổ chức phi chính phủ", "bảo trợ", "đỡ đầu", "thả vào rừng",
           "trả về tự nhiên", "trả về rừng", "về với thiên nhiên", "tái thả"),
    "th": ("ร่วมรับเลี้ยง", "เฝ้ารัง", "ไม่ใช่สัตว์เลี้ยง",
           "อาสา", "ห้ามเก็บ", "ห้ามซื้อ", "ปล่อยคืน", "คืนสู่ธรรมชาติ", "คืนสู่ทะเล",
           "ยึด", "ศุลกากร", "จับกุม", "ดำเนินคดี", "ตำรวจ", "ศาล", "ลักลอบ", "ปกป้อง", "บริจาค",
           "อนุรักษ์", "สูญพันธุ์", "อย่าซื้อ", "ไม่ซื้อ", "คุ้มครอง", "เจ้าหน้าที่", "ช่วยเหลือ",
           "ไม่ได้รักษา", "หยุดซื้อ", "หยุดฆ่า", "ไม่ใช่ยา", "ด่านตรวจ", "สกัดจับ", "สกัดรถ",
           "ของกลาง", "ตรวจค้น", "อุปการะ", "รณรงค์",
           "อย่าจ่าย", "ปฏิเสธ", "สายด่วน", "แจ้งเบาะแส", "ผิดกฎหมาย", "ถูกล่า", "ร่วมปลูก",
           "ทารุณ", "ทรมาน", "ผู้ต้องหา", "ควบคุมตัว",
           "อุปถัมภ์", "คืนป่า", "คืนสู่ป่า", "กลับสู่ป่า", "กลับคืนสู่ธรรมชาติ", "รายงานว่า",
           "ผลการศึกษา", "งานวิจัย", "นักวิจัย", "นักวิทยาศาสตร์", "เอ็นจีโอ", "ตรวจพบ"),
    "id": ("bukan hewan peliharaan", "hendak menjual", "tersangka", "pelaku",
           "adopsi", "donatur", "dilepasliarkan", "rehabilitasi", "sitaan",
           "menyita", "disita", "sita", "bea cukai", "polisi", "polda", "pengadilan",
           "menangkap", "ditangkap", "diamankan", "menggagalkan", "selundup*", "diselundupkan",
           "penyelundup*", "melindungi", "lindungi", "donasi", "punah", "jangan beli",
           "dilindungi", "petugas", "bksda", "diburu", "perburuan", "selamatkan", "patroli",
           "vonis", "divonis", "penjara", "konservasi", "terancam", "pidana", "sedunia",
           "kampanye", "laporkan", "pelepasliaran", "pelepasan", "lepas liar", "lepasliar",
           "relawan",
           "stop beli", "stop membeli", "perdagangan satwa", "perdagangan liar", "webinar",
           "ilegal*", "kejahatan", "gakkum", "klhk",
           "penegakan hukum", "barang bukti", "diperdagangkan", "sosialisasi",
           "laporan", "menurut laporan", "penelitian", "peneliti", "para peneliti", "studi",
           "ilmuwan", "lsm", "razia",
           "truk bermuatan", "mengamankan", "orang tua asuh", "adopsi sarang",
           "dikembalikan ke alam",
           "kembali ke alam"),
    "pt": ("multa", "multou", "multad*", "cetas", "não é pet",
           "ibama apreende", "detido", "detidos", "soltur*", "reabilita*",
           "apreend*", "alfândega", "polícia", "condenad*", "resgat*", "proteção", "proteger",
           "protegid*", "doação", "doe", "tráfico", "traficante*", "nunca compre", "não compre",
           "operação", "ajude", "autoridades", "preso", "presos", "prisão", "extinção",
           "não cura", "dia mundial", "seriam vendid*", "voluntári*", "voluntari*",
           "educação ambiental", "mantenha distância",
           "campanha", "apadrinh*", "adote um ninho", "adote simbolicamente", "apoie", "desova",
           "extinta", "extintas", "extinto", "extintos", "mutirão", "não é bicho de gaiola",
           "foi solto", "foi solta", "foram soltos", "foram soltas", "denúncia*", "denuncie",
           "fiscaliza*", "biopirataria", "preservação", "conscientiza*",
           "relatório", "um estudo", "novo estudo", "o estudo", "pesquisadores", "cientistas",
           "uma ong", "da ong", "flagrante", "blitz", "prf", "polícia rodoviária",
           "caminhão que transportava", "devolvidos à natureza"),
}

# A seller asking who wants the goods ("ใครอยากได้ทักแชท": whoever wants it, message me), offering
# extras "if wanted", telling how he bought the animal ("lo compramos chiquito") or why he sells
# ("butuh dana") is not a buyer; the buyer's words inside these phrases are not read.
SELLER_ASKS_RE = re.compile(r"ใคร(?:ที่)?(?:สนใจ)?อยากได้|who(?:ever)? wants? (?:it|one|them)\b"
                            # "ใครกำลังหาอยู่ทักมา", "if you're looking for one", "si buscas"
                            r"|(?:ใคร|คน|ท่าน)(?:ที่)?กำลัง(?:ตาม)?หา"
                            r"|\b(?:if you(?:'re| are)|for (?:anyone|those|people|whoever))\s+"
                            r"(?:\w+\s+)?looking for\b|\bsi (?:buscas|busca usted)\b"
                            r"|\bpara (?:los|las|quienes) que (?:buscan|busquen)\b"
                            r"|\bif (?:wanted|needed)\b|\b(?:lo|la|los|las) compr(?:amos|é)\b"
                            r"|\b(?:butuh|perlu) (?:dana|uang|duit)\b"
                            # goods that buyers seek: "que tout le monde cherche", "paling dicari
                            # pembeli", "muy buscado", "most wanted": the seller's boast
                            r"|\btout le monde (?:le |la |les )?(?:re)?cherche\b"
                            r"|\b(?:paling|banyak|sangat|lagi) dicari\b"
                            r"|\bdicari (?:pembeli|kolektor)\b"
                            r"|\b(?:muy|más|mas|tan|muito|mais) (?:buscad|procurad)[oa]s?\b"
                            r"|\bmost (?:wanted|sought)\b|\beveryone (?:wants|is looking for)\b"
                            # the seller's advice: "do your research before buying"
                            r"|\bbefore (?:buying|you buy|purchasing)\b|\bavant (?:d'|de )achet"
                            r"|\bantes de comprar\b|\bsebelum (?:mem)?beli\b"
                            # whoever is interested, call: "quem tiver interesse ligue", "quien
                            # tenga interés", "para quem procura qualidade"
                            r"|\bquem (?:tiver|tem|estiver) interess|\bquien tenga inter[eé]s"
                            r"|\b(?:quem|para quem|pra quem) procura\b"
                            # goods the seller gathered himself ("hasil cari sendiri"), bought
                            # from or sells to a collector ("dari pengepul", "untuk pengepul")
                            r"|\bhasil cari\b|\bcari sendiri\b"
                            r"|\b(?:dari|ke|untuk|kepada|buat|sama)\s+(?:\w+\s+){0,2}pengepul\b"
                            # for buyers who have room: "للجادين اللي عندهم مزرعة"
                            r"|(?:للجادين|للمربين|للهواة|للناس)\s+(?:اللي|الي|الذين)\s+عند"
                            # a shop that also buys cages or tools: "另外收购各种鸟笼"
                            r"|(?:另外|另|同时|兼|也|还)(?:长期|高价)?收购"
                            # the seller's condition on the buyer: "اللي عنده خبرة بس" (only
                            # who has experience), "cho ai có vườn rộng", "para quien tenga
                            # espacio", "only to someone with experience", "ใครมีพื้นที่"
                            r"|(?:اللي|الي|من|لمن|للي)\s+(?:عنده|عندهم|عندها|عندو)\s+(?:خبر[ةه]|مكان"
                            r"|مزرع[ةه]|حوش|حديق[ةه]|استراح[ةه]|ترخيص|تصريح|قفص|تجرب[ةه])"
                            r"|\b(?:cho\s+)?(?:ai|người|bạn|anh chị|khách)\s+(?:nào\s+)?"
                            r"(?:đã\s+)?có\s+(?:vườn|nhà|kinh nghiệm|điều kiện|chỗ|không gian|sân"
                            r"|đất|tâm|trang trại|trại|chuồng|ao|đam mê)"
                            r"|\b(?:to|for)\s+(?:someone|somebody|anyone|a person|people|owners?"
                            r"|keepers?)\s+(?:with|who ha(?:s|ve))\b"
                            r"|\bpour\s+(?:quelqu'un|une personne|personne|famille)\s+(?:qui a"
                            r"|ayant|avec)\b"
                            r"|\b(?:para|pra)\s+(?:quien|alguien|personas?|quem|alguém)\s+"
                            r"(?:que\s+)?(?:tenga|tengan|con|tem|tenha|tiver|com)\b"
                            r"|\b(?:buat|untuk|bagi|khusus)\s+(?:yang|yg)\s+(?:sudah\s+)?"
                            r"(?:punya|berpengalaman|paham|ada)\b"
                            r"|ใคร(?:ที่)?มี(?:ประสบการณ์|พื้นที่|ที่เลี้ยง|บ่อ|กรง)"
                            r"|有(?:经验|条件|场地|院子)的"
                            # the seller seeks a buyer: "looking for an Asian buyer", "cherche
                            # acheteur sérieux", "busco comprador", "cari pembeli", "找买家"
                            r"|\b(?:looking for|seeking|want|need)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?"
                            r"(?:buyers?|customers?|collectors?|takers?)\b"
                            r"|\b(?:cherche|recherche)\s+(?:un\s+|des\s+|l')?(?:\w+\s+)?"
                            r"(?:acheteurs?|acquéreurs?|preneurs?|clients?|collectionneurs?)\b"
                            r"|\b(?:busco|buscamos|buscando|procuro|procuramos|procurando)\s+"
                            r"(?:un\s+|una\s+|um\s+|uma\s+)?(?:\w+\s+)?(?:comprador(?:es|a)?"
                            r"|clientes?|coleccionistas?|colecionador(?:es)?)\b"
                            r"|\b(?:cari|mencari|nyari)\s+(?:\w+\s+)?(?:pembeli|buyer|peminat)\b"
                            r"|\btìm\s+(?:khách|người mua)|หา(?:ลูกค้า|คนรับ|คนซื้อ)|[找寻]买家"
                            r"|(?:أبحث|ابحث|نبحث|ادور|أدور)\s+(?:عن|على)\s+(?:\S+\s+)?(?:مشتري|زبون)"
                            # "الجدية مطلوبة" (seriousness required), "مطلوبة للطب الشعبي" (in
                            # demand for folk medicine): the seller's words, no buyer's want
                            r"|(?:الجدي[ةه]|الجد|الاحترام|الالتزام)\s+مطلوب[ةه]?"
                            r"|مطلوب[ةه]?\s+(?:ل(?!لشراء|شراء)\S+|جدا|جدًا|جداً|بكثر[ةه]|بقو[ةه]"
                            r"|عند|في\s+السوق|كثير)")
# Report and campaign words in a seller's sense: an amulet "protects against" the evil eye, a
# fishmonger's "campaign price" is the season's price.
NOT_REPORT_RE = re.compile(
    r"\b(?:protege|protègent|protège|protegen|protects?|protegem)\s+(?:contra|contre|against)\b"
    r"|\bprecio\s+de\s+campaña\b|\bcampaña\s+de\s+(?:la\s+)?(?:angula|pesca|cosecha|navidad)\b"
    # goods well packed for the post: "bien protegido", "bem protegido", "well protected"
    r"|\b(?:bien|bem|muy|well)\s+(?:protegid[oa]s?|protected)\b"
    # the seller's papers from the wildlife authority: "surat dari BKSDA", "izin BKSDA"
    r"|\b(?:surat|izin|ijin|sertifikat|dokumen|sk)\s+(?:\w+\s+){0,2}bksda\b"
    # a seller who will not haggle or answer idle questions: "拒绝还价", "拒绝打听"
    r"|拒绝(?:打听|还价|砍价|议价|讲价|小刀|白嫖|闲聊|退换|退货|废话|压价)"
    # "走私人渠道", "不走私下交易": a private channel, no smuggling; a seller "afraid of being
    # reported" ("怕被举报")
    r"|走私(?:人(?!员)|下|聊|信)|(?:怕|担心|防|别|勿)被?举报"
    # an amulet's protection: "pingente de proteção", "amulette de protection"
    r"|\b(?:pingente|amuleto|patuá|talismã|talismán|colar|collar|dije|amulet|amulette|talisman"
    r"|charm|pendant)s?\s+(?:de\s+|for\s+|of\s+)?(?:proteção|protección|protection)\b"
    # the buyer's own customs: "you handle your own customs", "customs fees are the buyer's"
    r"|\b(?:your own|buyer'?s|buyer pays|for)\s+customs\b"
    r"|\bcustoms\s+(?:fees?|dut(?:y|ies)|charges?|taxes)\b"
    # a court that is no trial: "court case success", a tennis or food court
    r"|\bcourt case success\b|\b(?:win|winning|won|success in|victory in)\s+(?:a\s+|your\s+"
    r"|the\s+)?court\b|\b(?:tennis|basketball|food|squash|volleyball)\s+courts?\b"
    # Portuguese "dona" (a lady, the owner) and Mexican "la dona" are no Spanish "donate"
    r"|\b(?:da|na|a|à|uma|minha|sua|pela|la|una)\s+dona\b|\bdona\s+(?:d[oa]s?|de)\b"
    # an animal "ready for adoption" for a fee: "siap adopsi", "mahar adopsi"
    r"|\b(?:siap|open|mahar)\s+adopsi\b"
    # a shop's order line: "Hotline/Zalo", "hotline đặt hàng"
    r"|\bhotline\s*(?:[/:|-]\s*)?(?:zalo|whatsapp|wa|line|viber|đặt hàng|mua hàng|bán hàng"
    r"|order)\b|\b(?:zalo|whatsapp|wa)\s*[/|-]\s*hotline\b"
    # room made for the goods: "preciso liberar espaço", "liberar espacio", "libérer de la place"
    r"|\b(?:liberar|liberando|libero|libérer|libère)\s+(?:\w+\s+){0,2}?(?:espaço|espacio|lugar"
    r"|sitio|place|estoque|stock|garagem|garaje|quarto|cuarto|bodega)\b"
    # a seller's or inspector's report on the goods: "condition report", "vet report", "rapport
    # qualité-prix", "检测报告", "تقرير فحص"
    r"|\b(?:condition|vet|veterinary|health|inspection|lab|dna|test|grading|appraisal|valuation"
    r"|carfax|service|sexing)\s+reports?\b|\breport card\b|\brapport\s+qualit"
    r"|(?:检测|鉴定|质检|体检|化验|检验|评估|测试|验货|物流|快递|鉴别)报告"
    r"|تقرير\s*(?:ال)?(?:فحص|الفحص|طبي|بيطري|كامل)|فحص\s+و\s*تقرير"
    r"|\blaporan\s+(?:keuangan|pengiriman|resi|lab|kesehatan)"
    r"|báo cáo\s+(?:thuế|kiểm định|xét nghiệm)")

# A buyer who opens the post (or a line) with his want: a Chinese dealer with 收 or 求 ("收穿山甲片
# 价格好"; 收藏, 收到, 收货 and the like are other words), a Gulf buyer with أبي ("I want"), a Thai
# one with ตามหา or หา (inside a line they are parts of other words: เมตตามหานิยม, "หายาก" is
# rare, "หาบ้าน" looks for a home, หาด is a beach), an Indonesian one with
# terima (not "terima kasih"), a Taiwanese one with 徵 ("徵輻射龜").
BUYER_LEAD_RE = re.compile(r"(?:^|\n)\s*(?:收(?![藏到货款费益纳拾据银录音看听集])|求\s"
                           r"|[徵征]求|徵|(?:أبي|ابي|أبغى|ابغى|ابغي)\s|ต้องการ(?!ขาย|ปล่อย|ระบาย)"
                           # หาร divides (หารสอง, หารกัน) and หารือ consults; หารองเท้านารี seeks
                           r"|(?:ตาม)?หา(?!บ้าน|เจ้าของ|ยาก|ด|ย|ก|ญ|ม|รือ|ร\s?(?:กัน|\d|สอง|ครึ่ง|เท่า))"
                           # "Mua gỗ sưa ... Trả giá cao": not a shop's "mua bán", "mua 1 tặng 1",
                           # "mua ngay", "mua sỉ", "mua nhiều giảm giá"
                           r"|mua\s(?!bán|ban\b|ngay|liền|\d|một|sỉ|lẻ|nhiều|hàng|online|tại|ở|qua"
                           r"|về|được|để|theo|combo|kèm|từ|sắm|vui|trước|trọn|thêm|càng|lẻ|số)"
                           r"|terima\s(?!kasih)|tìm\s(?!chủ|nhà|hiểu)"
                           # "beli" opens a buyer's post, not a shop's "beli 2 gratis 1"
                           r"|beli\s(?!\d|sekarang|langsung|di\s?sini))", re.IGNORECASE)

# A buyer's want in words that also start a seller's sentence, read only when the next words are
# not the seller's ("نبغي نبيع", "necesito vender", "preciso de espaço"): Maghrebi نبغي / بغيت,
# Gulf ودي (not inside سعودي), Levantine بدي, Egyptian عايز / عاوز, Spanish "necesito" and
# Mexican "ocupo", a subject opening the post with "busca" ("Luthier busca cocobolo"),
# Portuguese "preciso de". Who wants it ("اللي عايز يتواصل") is a seller's call, and a verb
# after it is the seller's reason ("necesito mudarme", "precisamos desocupar", "ودي اسافر"):
# the buyer's own verbs (اشتري, نشري) are list words.
_SELLING_NEXT = (r"(?:فلوس|مصاري|سيول[ةه]|مكان|espacio|lugar|dinero|plata|lana|feria|efectivo"
                 r"|que\b|espaço|dinheiro|grana|urgente\b"
                 # an infinitive, a clitic after it ("venderlo", "mudarme")
                 r"|[^\W\d_]+[aeiáéí]r(?:me|te|se|lo|la|los|las|nos|le|les)?\b)")
# An Arabic verb of the speaker (أ-, ن-, ي-, ت- before the stem) and not a noun with ال.
_ARABIC_VERB_NEXT = r"(?!ال)[أانيت]"
BUYER_WANT_RE = re.compile(
    r"(?<![\u0621-\u064a])(?<!اللي )(?<!الي )(?<!للي )(?<!لي )(?<!من )"
    r"(?:نبغي|نبغى|نبغيو|بغيت|ودي|ودّي|بدي|بدّي|عايز|عاوز|عايزة|عاوزة|حابب)"
    rf"(?=\s+[\u0621-\u064a])(?!\s+(?:{_SELLING_NEXT}|{_ARABIC_VERB_NEXT}))"
    rf"|\b(?:necesito|necesitamos|ocupo|ocupamos|requiero|requerimos)(?=\s+\w)"
    rf"(?!\s+{_SELLING_NEXT})"
    rf"|\b(?:preciso|precisamos)(?=\s+\w)(?!\s+(?:de\s+)?{_SELLING_NEXT})"
    r"|(?:^|\n)\s*(?:[^\W\d_]+\s+){0,2}?busca\s+(?!(?:un\s+|una\s+|nuevo\s+|nueva\s+"
    r"|buen\s+)?(?:hogar|familia|dueño|casa)|tu\b|tus\b|en\b|m[aá]s\b|nuestr|mis\b)(?=\w)",
    re.IGNORECASE)

# A seller rehoming an animal writes "looking for a new home", "cherche une famille", and a
# seller inviting buyers writes "anyone buying, DM", "ai cần mua inbox", "ใครรับซื้อทัก", a
# Thai dealer "รับซื้อ-ขาย" or, for amulets, "รับเช่า-ปล่อย" (buys and sells): a buyer's words
# ("looking for", "cần mua", "รับซื้อ") that here make an offer.
REHOMING_RE = re.compile(
    r"(?:looking for|seeking|needs?|in need of)\s+(?:an?\s+)?(?:\w+\s+){0,2}"
    r"(?:home|family|owner)s?\b"
    r"|(?:re-?homing|re-?home|adoption fee|rehoming fee)"
    r"|(?:cherche|recherche)\s+(?:une?\s+)?(?:nouvelle\s+|nouve(?:au|l)\s+|nouvo\s+|bonne?\s+)?"
    r"(?:famille|foyer|maître|maison)"
    r"|(?:busca(?:ndo)?|busco)\s+(?:un\s+|una\s+)?(?:nuevo\s+|buen\s+)?(?:hogar|familia|dueño)"
    r"|(?:procura(?:ndo)?|procuro)\s+(?:um\s+|uma\s+)?(?:novo\s+|nova\s+|bom\s+)?"
    r"(?:lar|família|dono)"
    r"|cari\s+(?:rumah|majikan|pemilik|adopter)(?:\s+baru)?"
    r"|(?:cần\s+)?tìm\s+(?:chủ|nhà|người nuôi|người chăm)(?:\s+mới)?"
    r"(?!\s+(?:trại|vườn|shop|cửa|buôn|bán|hàng|cơ sở|nuôi))|หาบ้าน|找新家|寻找新主人"
    r"|(?:(?:أ|ا|ي|ت|ن)بحث\s+(?:له\s+|لها\s+)?عن\s+)?بيت جديد|رسوم التبني"
    r"|(?:ai|anh chị|anh chị nào|bạn nào|khách nào|ai đang)\s+cần mua"
    r"|ai có (?:nhu cầu|duyên|thiện chí)"
    r"|ใคร(?:สนใจ)?รับซื้อ|(?:anyone|who(?:'s| is)?)\s+(?:buying|interested)"
    r"|รับ(?:ซื้อ|เช่า)\s*[-–/]?\s*(?:ขาย|ปล่อย|ให้เช่า)"
    r"|(?:yang|yg|nu|siapa|bagi yang|buat yang)\s+(?:butuh|minat)"
    r"|有需要的|需要的(?:联系|私聊|加)|siap adopsi|adopsi\s+(?:\w+\s+){0,3}mahar",
    re.IGNORECASE)

# Look-alike words: the text names a protected animal but sells something else.
LOOKALIKE_WORDS: tuple[str, ...] = (
    "faux", "fake", "imitation", "resin", "plush", "soft toy", "toy", "balm", "ointment",
    "pattern", "print", "acetate", "plastic", "ceramic", "book", "programming", "artificial",
    "synthetic", "knitted", "crochet", "mdf", "cow bone", "sticker", "poster", "t-shirt",
    "mammoth",
    "fausse", "imitation", "résine", "peluche", "baume", "le livre", "un livre", "livre d'",
    "livre de", "livres", "céramique", "artificielles",
    "effet", "plastique", "mammouth",
    "sintética", "sintético", "resina", "peluche", "bálsamo", "estampado", "libro", "cerámica",
    "artificiales", "efecto", "plástico", "mamut",
    "pelúcia", "estampa", "livro", "cerâmica", "artificiais", "acabamento", "mamute",
    "صناعي", "الريزن", "الراتنج", "لعبة", "دمية", "بلسم", "مرهم", "بلون", "بنقشة", "كتاب",
    "السيراميك", "مجسم", "شبيهة", "أسيتات", "ماموث",
    "仿", "树脂", "毛绒", "公仔", "玩具", "万金油", "书籍", "图书", "陶瓷", "仿真", "猛犸",
    "giả", "nhựa", "thú bông", "nhồi bông", "cù là", "họa tiết", "sách", "gốm", "nhân tạo",
    "composite", "ma mút",
    "เทียม", "เรซิ่น", "เรซิน", "ตุ๊กตา", "ยาหม่อง", "หนังสือ", "เซรามิก", "ปลอม",
    "ไม่ใช่ของจริง", "แมมมอธ",
    "sintetis", "boneka", "balsem", "buku", "keramik", "plastik", "rajut", "tiger eye",
    # clay and terracotta figures
    "clay", "terracotta", "argile", "terre cuite", "barro negro", "arcilla", "terracota",
    "cerâmica", "gốm sứ", "ดินเผา", "tanah liat", "紫砂", "陶", "فخار",
    # the animal is only the product's name: "اسم تجاري فقط", "trade name only"
    "trade name", "brand name", "name only", "nom commercial", "juste le nom", "nombre comercial",
    "solo el nombre", "nome comercial", "só o nome", "اسم تجاري", "الاسم فقط", "商品名",
    "只是名字", "tên thương mại", "chỉ là tên", "ชื่อทางการค้า", "แค่ชื่อ", "nama dagang",
    "cuma nama", "hanya nama",
    # a perfume bottle (a perfume with a quoted name or in millilitres: _PERFUME_ITEM_RE; a
    # flower's or a wood's scent and "للعطور", goods for perfumers, are none)
    "eau de toilette", "eau de parfum", "edt", "edp",
    # a night light in its shape, charged by USB (a terrarium's heat or UV lamp, a shell
    # "made into a night lamp" are none)
    "night light", "night lamp", "veilleuse", "小夜灯", "夜灯", "đèn ngủ hình", "đèn hình",
    "โคมไฟรูป", "lampu tidur", "lamp shaped", "shaped lamp", "lampe en forme",
    "lámpara en forma", "luminária em forma", "مصباح على شكل", "造型灯", "sạc usb",
    "usb charging", "usb rechargeable", "rechargeable usb",
    # silk and other artificial flowers
    "silk flower", "silk flowers", "artificial flower", "fleurs en soie", "fleur en soie",
    "flores de seda", "flor de seda", "flores artificiales", "hoa lụa", "bằng lụa", "hoa giả",
    "绢花", "丝绸花", "ดอกไม้ผ้า", "ดอกไม้ประดิษฐ์", "bunga artifisial", "bunga plastik",
    "زهور صناعية",
    # a plant that never needs watering is no plant (not "often": a succulent's care, see
    # _lookalike_words)
    "không cần tưới", "no watering", "never needs watering", "no need to water",
    "sans arrosage", "pas besoin d'arroser", "sin regar", "no necesita riego", "sem regar",
    "não precisa regar", "不用浇水", "无需浇水", "ไม่ต้องรดน้ำ", "tanpa disiram",
    "tidak perlu disiram", "لا يحتاج سقي", "بدون سقي",
)
# "no need to water often", "ไม่ต้องรดน้ำบ่อย", "không cần tưới nhiều": a succulent's care.
_WATER_OFTEN_RE = re.compile(
    r"(?:không cần tưới|no watering|no need to water|sans arrosage|pas besoin d'arroser|sin regar"
    r"|no necesita riego|sem regar|não precisa regar|不用浇水|无需浇水|ไม่ต้องรดน้ำ|tanpa disiram"
    r"|tidak perlu disiram|لا يحتاج سقي|بدون سقي)\s?(?:it\s+)?(?:บ่อย|ทุกวัน|nhiều|thường xuyên"
    r"|hằng ngày|hàng ngày|often|much|daily|every day|souvent|tous les jours|mucho|seguido|a diario"
    r"|todos los días|muito|sempre|todo dia|sering|setiap hari|tiap hari|كثير|يومي|经常|每天|太多)",
    re.IGNORECASE)
# A perfume of the animal's or the tree's own scent: oud, musk, ambergris, civet, an essential
# oil of rosewood or sandalwood ("دهن عود", "عطر مسك", "沉香香水", "óleo essencial do pau-rosa
# que ia pro perfume"); there the perfume word is the goods, no look-alike.
_PERFUME = r"perfum\w*|parfum\w*|eau de \w+|cologne|fragrance|عطر|عطور|香水|nước hoa|น้ำหอม"
_SCENT = (r"عود|مسك|عنبر|زباد|oud|musk|agar|ambergris|ambre gris|civet|沉香|麝香|龙涎香|trầm"
          r"|xạ hương|gaharu|kasturi|กฤษณา|ชะมด|almíscar|almizcle|musc|essential oil"
          r"|óleo essencial|oleo essencial|huile essentielle|aceite esencial|精油|tinh dầu"
          r"|น้ำมันหอมระเหย|minyak atsiri|زيت عطري|زيوت عطرية|pau[- ]rosa|bois de rose"
          r"|palo de rosa|sandal|santal|sándalo|sândalo|檀香|dầu|óleo|huile|aceite|minyak|زيت|油")
# A perfume sold as a bottle: a perfume word before a quoted name ("عطر 'النمر الأسود'") or with
# its volume in millilitres ("Perfume Tigre 100 ml").
_PERFUME_ITEM_RE = re.compile(
    rf"(?<!ل)(?<!لل)(?P<perfume>{_PERFUME})(?:\s*[\"'‘“«「]|[^\n]{{0,60}}?"
    r"\d+\s?(?:ml|مل|毫升|มล)(?![^\W\d_]))",
    re.IGNORECASE)
_PERFUME_RE = re.compile(_PERFUME, re.IGNORECASE)
_SCENT_RE = re.compile(_SCENT, re.IGNORECASE)


def _real_scents_out(low: str) -> str:
    """``low`` without the perfume words that have an oud, musk or essential oil within 80
    characters: those perfumes are the goods (the words between are kept: "زيت عطري تركيبة عود
    صناعية" still shows its look-alike "صناعي")."""
    spans = [match.span() for match in _PERFUME_RE.finditer(low)
             if _SCENT_RE.search(low[max(0, match.start() - 80):match.end() + 80])]
    for start, end in reversed(spans):
        low = low[:start] + " " * (end - start) + low[end:]
    return low

# Veiled trade: how a seller of goods he will not name talks about them. Four kinds, each a
# habit of the illegal trade rather than of any one species: he writes to insiders only ("those
# who know", "懂的来", "ya me entendéis"), says the goods have no papers, ring or permit, that
# they come from the wild, or proves them genuine (hot pin, Schreger lines, sinks in water, "bao
# test", or a denied look-alike material: "not resin, not cow bone", "不是树脂", read by
# :func:`denied_materials`). Proof alone is also an amber or jade seller's habit, so it is one
# kind however it is given. Rule 7 of ``classifier.rules`` reads them.
VEILED_WORDS: dict[str, tuple[str, ...]] = {
    "insider": (
        "you know what", "you know 😉", "know what this is", "know what it is", "those who know",
        "who know", "if you know", "iykyk", "collectors will know", "will know what",
        "understand what this is", "who understand", "known buyers", "buyer will know",
        "buyers will know", "asian buyer", "chinese buyer",
        "no questions asked", "asian buyers", "chinese buyers", "buyers from asia",
        "ceux qui savent", "qui connaissent", "sérieux seulement",
        "contact privé uniquement", "pas de photo ici", "pas de questions", "qui savent",
        "acheteurs asiatiques", "clients chinois",
        "ya me entendéis", "ya me entienden", "me entiendes", "ya saben lo que", "los que saben",
        "solo gente conocida", "los de siempre", "de siempre ya saben", "clientes de siempre",
        "nada de curiosos", "ya saben", "mercado asiático", "compradores de asia",
        "clientes chinos", "compradores chinos",
        "quem sabe sabe", "quem conhece", "que já conhecem", "já conhecem",
        "compradores asiáticos", "clientes chineses",
        "اللي فاهم", "اللي يعرف", "الي يعرف", "اللي يفهم", "الفاهم", "يعرف قيمته",
        "للعارفين", "للتجار فقط", "المشترين الصينيين", "للصينيين",
        "懂的来", "懂的私聊", "懂的人", "不懂勿扰", "只做熟人", "你懂的", "懂的联系",
        "都懂", "懂货", "只给懂", "熟人介绍", "老客户介绍", "不懂的别问", "不懂别问", "不懂勿问",
        "ai biết hàng", "người biết hàng", "ai hiểu hàng", "hiểu thì",
        "không giải thích", "người trong nghề", "ai biết thì biết", "mối cũ",
        "người lạ xin không", "không tiếp người lạ", "khách quen", "ib kín",
        "คนรู้ก็รู้", "ขายคนรู้จัก", "คนที่รู้", "คนในวงการ", "คนรู้จักเท่านั้น",
        "ไม่ตอบคอมเม้น", "อย่าคอมเม้น",
        "yang ngerti", "yg ngerti", "yang paham", "yg paham", "yang tahu aja",
        "sudah biasa ambil", "sdh biasa ambil", "orang dalam", "yang ngerti pasti",
        "buyer hk", "buyer china"),
    # the seller says he hides the name from the site's filters or asks not to be reported:
    # what an honest seller has no reason to write
    "evasion": (
        "written this way", "spelled this way", "spelling it like this",
        "so it doesn't get deleted", "so fb doesn't", "won't say the animal",
        "won't say the name", "can't say the name",
        "not posting name", "not posting the name", "not saying the name", "you know the rest",
        "read the first letter", "first letter of each", "dont report", "don't report",
        "please dont report", "do not report me", "avoid the bots",
        "écrit comme ça", "écrit ainsi", "pour éviter la suppression", "sinon supprimé",
        "ne signalez pas", "vous connaissez la suite", "lisez la première lettre",
        "je ne dis pas le nom", "pas le nom ici",
        "se escribe así", "escrito así", "pa que no borren", "para que no borren",
        "para que no me borren", "no denuncien", "no reporten", "ya saben el resto",
        "lee la primera letra", "primera letra de cada", "no pongo el nombre",
        "escrito assim", "pra não apagarem", "para não apagarem", "pra não derrubarem",
        "não denunciem", "não reportem", "não coloco o nome", "vocês sabem o resto",
        "leia a primeira letra",
        "مكتوب كدا", "مكتوب كذا", "عشان ما ينحذف", "عشان الفيس", "ميمسحش", "ما ينمسح",
        "تعرفون البقية", "تعرفون الباقي", "لا أحد يبلغ", "لا تبلغوا", "خوفا من الحذف",
        "ما أكتب الاسم", "ما اكتب الاسم",
        "合起来读", "连起来读", "怕封号", "怕被删", "防屏蔽", "防和谐", "不能写名字", "不写名字",
        "名字不能说", "藏头",
        "nói lái", "viết vậy cho", "tránh bị xóa", "né fb", "né từ khóa", "không tiện ghi tên",
        "không tiện ghi", "đừng báo cáo", "đừng report",
        "เขียนแบบนี้", "โดนลบโพสต์", "กันโดนลบ", "เลี่ยงคำ", "ไม่ขอพิมพ์ชื่อ", "ไม่พิมพ์ชื่อ",
        "อย่ารีพอร์ต", "อย่ารายงาน", "อ่านตัวแรก",
        "biar ga kena hapus", "biar nggak dihapus", "biar ga dihapus", "takut dihapus",
        "takut kena banned", "jangan dilaporin", "jgn dilaporin", "jangan lapor",
        "jangan report", "nama disamarkan", "sengaja ditulis",
        # the seller keeps the wildlife agency away, as a joke or not ("Nada de Profepa eh
        # jaja"): the agency named here is no news report (see read_wording)
        "nada de profepa", "sin profepa", "que no se entere profepa",
        "que no se entere la profepa", "no le digan a profepa", "nada de semarnat",
        "nada de ibama", "sem ibama", "ibama não", "não conta pro ibama", "não contem pro ibama",
        "don't tell fish and wildlife", "dont tell fish and wildlife", "no fish and wildlife",
        "pas de gendarmes", "pas les eaux et forêts",
        "đừng báo kiểm lâm", "không báo kiểm lâm", "jangan lapor bksda", "jangan bilang bksda",
        "别告诉森林公安", "别让森林公安", "อย่าแจ้งกรมอุทยาน", "لا تبلغوا البيئة"),
    "no papers": (
        "no papers", "no paperwork", "without papers", "no permit", "no cites", "no docs",
        "no documents", "about paperwork", "no ring", "unringed", "no band", "no license",
        "sans papiers", "pas de papiers", "papiers c'est nous", "on fait le papier",
        "pas de bague", "sans bague", "sans certificat", "sans permis", "sans cites",
        "sin papeles", "sin anillo", "sin permiso", "sin documentos", "sin factura",
        "sin cites", "sem anilha", "sem papel", "sem papéis", "sem nota", "sem dof", "sem lacre",
        "sem documento", "sem licença", "sem cites",
        "بدون أوراق", "بلا أوراق", "بدون اوراق", "ما عليه جواز", "ولا حلقة", "مافيه حلقة",
        "بدون حلقة", "عن الأوراق", "بدون شهادة", "بدون تصريح",
        "无证", "没有证", "不带证", "无手续", "没手续", "没有手续", "无文件",
        "không giấy tờ", "không có giấy", "không giấy phép", "không hóa đơn",
        "ไม่มีใบ", "ไม่มีเอกสาร", "ไม่มีห่วง", "ไม่มีใบอนุญาต",
        "tanpa surat", "tanpa dokumen", "tanpa izin", "tidak ada surat", "tdk ada surat",
        "belum ada surat", "tanpa sertifikat"),
    "wild-caught": (
        "wild caught", "wild-caught", "wild not farm", "wild, not farm", "not farmed",
        "from the wild", "caught in the wild", "from the bush", "straight from the forest",
        "attrapé", "attrapés", "capturé", "capturés", "pris en brousse", "de brousse",
        "del monte", "del nido", "recién bajad*", "silvestre", "silvestres", "de la selva",
        "do mato", "do ninho", "da mata",
        "مصيود", "وحش مصيود", "من البر", "صيد بري", "المقناص",
        "野生", "野货", "山上抓", "野外抓", "刚抓",
        "hàng rừng", "của rừng", "bẫy được", "mới bẫy", "hoang dã", "rừng tự nhiên",
        "ของป่า", "จากป่า", "ป่าแท้", "จับจากป่า",
        "barang hutan", "hasil hutan", "tangkapan alam", "dari hutan", "baru turun dari",
        "tangkapan liar",
        # plants and animals dug or taken from the wild, the mountain, the forest, the desert
        "wild dug", "wild-dug", "wild collected", "wild-collected", "field collected",
        "field-collected", "habitat collected", "collected in habitat", "jungle collected",
        "from the jungle", "from the mountains", "from the mountain", "from the desert",
        "from the hills", "prélevé dans la nature", "prélevés dans la nature",
        "prélevées dans la nature", "pris dans la nature", "milieu naturel", "de hábitat",
        "de habitat",
        "من الجبل", "من الجبال", "من الصحراء", "من الغابة", "من الغابات",
        "野生挖", "野挖", "山挖", "山上挖", "野外挖", "山里挖", "野采", "山采", "野外采", "下山桩",
        "原生地",
        "trên núi", "hàng núi", "hạ sơn", "lấy từ rừng", "ngoài tự nhiên",
        "ไม้ป่า", "ไม้ขุด", "ขุดจากป่า", "เก็บจากป่า", "จากภูเขา",
        "cabutan", "dari gunung", "alam liar"),
    # the goods travel hidden or under another name: honest sellers of intimate goods write it
    # too, so it is one kind among others
    "discreet": (
        "discreet shipping", "discreet packaging", "discreetly packed", "ship discreet",
        "ships discreet", "discreet delivery", "unmarked package", "plain packaging",
        "envoi discret", "envois discrets", "expédition discrète", "colis discret",
        "emballage discret", "envoi neutre",
        "envío discreto", "envíos discretos", "empaque discreto", "paquete discreto",
        "envio discreto", "envios discretos", "embalagem discreta", "pacote discreto",
        "entrega discreta",
        "شحن سري", "تغليف سري", "توصيل سري", "تغليف مخفي",
        "保密发货", "隐秘发货", "发货写", "快递写", "包装保密", "隐私发货", "外包装写", "备注写",
        "ship kín", "gói kín", "đóng gói kín", "giao kín", "gửi kín", "gói như hàng",
        "ห่อไม่ระบุ", "ไม่ระบุของ", "ไม่ระบุสินค้า", "ไม่ระบุชื่อสินค้า", "ส่งแบบลับ",
        "packing rahasia", "pengiriman rahasia", "kirim rahasia", "paket rahasia"),
    "proof": (
        "hot pin", "hot needle", "hot-pin", "schreger", "cross-hatch", "crosshatch",
        "burn test", "sinks in water", "sink in water", "sinker", "sinkers", "uv test",
        "test de l'aiguille", "aiguille chaude", "lignes croisées", "coule dans l'eau",
        "coulent dans l'eau",
        "alfiler caliente", "líneas cruzadas", "prueba del alfiler", "se hunde",
        "agulha quente", "teste da agulha", "afunda na água",
        "交叉纹", "人字纹", "可以检测", "可检测", "包检测", "自己检测", "火烧测试", "沉水",
        "焦毛味", "烧毛味", "火烧有", "牙纹清晰",
        "包鉴定",
        "grano cruzado", "grão cruzado",
        "bao test", "test thoải mái", "vân trám", "vân chéo", "đốt thử", "chìm nước", "mài ra bọt",
        "ลายเสี้ยน", "ลนไฟ", "เผาพิสูจน์", "จมน้ำ",
        "tenggelam", "bisa dibakar", "tes bakar", "uji bakar",
        "يبين التعريق", "يغرق", "تحت الضوء", "اختبار الإبرة"),
}

# Materials a seller denies to say his goods are the real thing ("not resin, not cow bone,
# not mammoth", "không phải nhựa không phải xương", "不是树脂不是牛角", "ไม่ใช่เขี้ยวหมู").
DENIABLE_MATERIALS: tuple[str, ...] = (
    "resin", "plastic", "bone", "cow bone", "buffalo horn", "mammoth", "celluloid", "fake",
    "résine", "plastique", "mammouth", "celluloïd", "buffle",
    "resina", "plástico", "hueso", "hueso de res", "hueso de vaca", "mamut", "búfalo",
    "osso", "mamute",
    "بلاستيك", "ريزن", "عظم", "زراف", "صناعي",
    "树脂", "牛角", "骨头", "猛犸", "塑料", "假",
    "nhựa", "xương", "sừng trâu", "nanh chó", "giả",
    "เรซิ่น", "เรซิน", "พลาสติก", "เขี้ยวหมู", "กระดูก", "เขาควาย", "ของปลอม",
    "resin", "tulang sapi", "tulang", "plastik", "palsu",
)

# Words a cover name is made of: the look-alike materials and the deniable ones.
COVER_WORDS: tuple[str, ...] = tuple(dict.fromkeys(LOOKALIKE_WORDS + DENIABLE_MATERIALS))
# A short span in quotes (straight, curly, guillemets, CJK brackets); an apostrophe inside a
# word ("gran's") opens none.
_QUOTED_RE = re.compile(r"(?:^|(?<=[\s(\[:,.;/])|(?<=[\u3400-\u9fff])(?=[‘“「『]))"
                        r"[\"'‘“«「『]([^\"'’”»」』\n]{1,40})"
                        r"[\"'’”»」』](?![a-z])")
# "listed as buffalo horn", "ships as bone", "报关为工艺品": the label the goods travel under.
_LABEL_RE = re.compile(r"(?:listed|ships?|shipped|sent|declared|labell?ed|described|passes?)\s+as"
                       r"\s+((?:\w+\s*){1,3})|(?:déclaré|envoyé|declarado|enviado)\s+como\s+"
                       r"((?:\w+\s*){1,3})|(?:报关为|当作|冒充)(\w{1,6})")

# A seller insisting the goods are the real thing ("not fake, genuine"): with it, an imitation
# word is the seller's warning about others' fakes, not a description of the item.
GENUINE_WORDS: tuple[str, ...] = (
    "genuine", "real", "authentic", "original", "guaranteed", "véritable", "vrai", "vraie",
    "authentique", "auténtico", "auténtica", "verdadero", "verdadera", "legítimo", "verdadeiro",
    "autêntico", "thật", "chính hãng", "bao test", "แท้", "ของแท้", "asli", "dijamin", "真品",
    "保真", "包真", "正品", "纯天然", "أصلي", "اصلي", "حقيقي", "طبيعي",
)

# A seller denying that his goods are an imitation ("ของแท้ไม่ใช่ของทำเลียนแบบ": genuine, not
# imitation work; "not a replica", "không phải hàng giả", "不是仿的", "bukan imitasi"): the
# lexicon's imitation cue beside it describes what the goods are not.
IMITATION_DENIED_RE = re.compile(
    r"\b(?:not|never|isn'?t|ain'?t)\s+(?:an?\s+|the\s+)?(?:cheap\s+)?(?:fake|replica|imitation"
    r"|copy|reproduction|repro)s?\b"
    r"|\b(?:pas|ni|jamais)\s+(?:une?\s+|de\s+|du\s+)?(?:faux|fausse|imitation|copie|réplique"
    r"|reproduction)s?\b"
    r"|\b(?:no es|no son|nada de|sin|ni)\s+(?:una?\s+)?(?:imitación|imitacion|réplica|copia"
    r"|falso|falsa|reproducción)(?:es|s)?\b"
    r"|\b(?:não é|não são|nada de|nem)\s+(?:uma?\s+)?(?:imitação|réplica|cópia|falso|falsa"
    r"|reprodução)s?\b"
    r"|(?:ليس|ليست|مو|مش|غير|وليس|ولا)\s*(?:\S+\s+)?(?:تقليد(?!ي)|مقلد|صيني|مزيف|مزور)"
    r"|(?:不是|并非|绝非|非)(?:高仿|仿制|仿品|仿的|假货|假的|复制)"
    r"|không\s+phải\s+(?:là\s+)?(?:hàng\s+)?(?:giả|nhái|fake)|\bkhông\s+(?:giả|nhái)\b"
    r"|ไม่ใช่(?:ของ)?(?:ทำ)?(?:เลียนแบบ|ปลอม|ก๊อป|เทียม)|ไม่ปลอม"
    r"|\b(?:bukan|bkn|tidak|tdk)\s+(?:barang\s+)?(?:palsu|imitasi|tiruan|kw|replika)\b",
    re.IGNORECASE)

# The animal's own plaything in its description ("นอนกอดตุ๊กตา": sleeps hugging a doll, "plays
# with his toys", "juega con sus juguetes"): the toy word is no look-alike of the animal.
PLAYTHING_RE = re.compile(
    r"(?:กอด|เล่น|คาบ|ชอบ)\s?ตุ๊กตา|ตุ๊กตา(?:ของเล่น)?(?:ของน้อง|ให้น้อง)"
    r"|\b(?:plays?|playing)\s+with\s+(?:\w+\s+){0,2}?toys?\b|\b(?:loves?|likes?)\s+(?:his|her"
    r"|its|their)\s+toys?\b|\b(?:toys?|nest box|perches?|bowls?)\s+(?:included|thrown in)\b"
    r"|\bjoue\s+avec\s+(?:\w+\s+){0,2}?(?:jouets?|peluches?)\b"
    r"|\bjuega\s+con\s+(?:\w+\s+){0,2}?(?:juguetes?|peluches?)\b"
    r"|\bbrinca\s+com\s+(?:\w+\s+){0,2}?(?:brinquedos?|pelúcias?)\b"
    r"|\bchơi\s+(?:với\s+)?(?:đồ chơi|thú bông|gấu bông)|ôm\s+(?:thú bông|gấu bông)"
    r"|\b(?:main|bermain)\s+(?:\w+\s+){0,1}?(?:boneka|mainan)\b"
    r"|(?:يلعب|تلعب|يحضن|تحضن)\s+(?:\S+\s+){0,1}?(?:دمية|دميته|دميتها|الدمية|بالدمية|لعبة|ألعاب|العاب)"
    r"|(?:玩|抱着?|咬)(?:玩具|公仔|毛绒)",
    re.IGNORECASE)

# Words of a live animal: young, tame, hand-fed, weaned, a breeding pair, a closed ring, a
# cage in the bargain (see also _AGE_RE and _HABITS_RE). Matched in the listing's language and
# English. Left out: male and female ("jantan", "ตัวผู้", "hembra") and, in Vietnamese, Thai and
# Indonesian, cages and rings ("tặng lồng", "แถมกรง", "bonus kandang", "ห่วงขา"): every
# songbird, gecko or kitten sold as a legal pet is described with them (on 2026-12-07 they
# made 7 false flags among 15,120 rows through rule 8 and 2 offers found).
LIVE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("live", "alive", "cub", "baby", "babies", "chick", "chicks", "hatchling", "yearling",
           "juvenile", "pet", "tame", "hand-fed", "hand-reared", "bottle fed", "bottle-fed",
           "weeks old", "wks old",
           "hand fed", "hand reared", "hand raised", "hand-raised", "parent reared",
           "parent-reared", "hand tame", "weaned", "unweaned", "proven pair", "breeding pair",
           "bonded pair", "proven breeder", "proven breeders", "sexed pair", "dna sexed",
           "dna'd", "closed ring", "closed rung", "close rung", "closed band", "closed-banded",
           "leg band", "used to people", "used to handling", "handled daily", "nocturnal",
           "with cage", "cage included", "includes cage", "comes with cage", "flight cage",
           # hobby breeders: how bred, which line, which sex, which stage
           "hatchlings", "juveniles", "yearlings", "cubs", "captive bred", "captive-bred",
           "captive born", "captive-born", "captive hatched", "captive raised", "farm bred",
           "home bred", "homebred", "self bred", "own bred", "bred by me", "my own spawn",
           "own clutch", "this year's clutch", "locale", "locality data", "pure locality",
           "morph", "morphs", "proven male", "proven female", "unsexed", "probable male",
           "probable female", "sub adult", "subadult", "sub-adult", "breeding group",
           "breeder pair", "breeding trio", "gravid", "eating well", "feeding well",
           "sheds well", "shedding well", "established on"),
    "fr": ("vivant", "bébé", "bébés", "jeune", "jeunes", "juvénile", "juvéniles", "apprivoisé",
           "semaines",
           "apprivoisée", "apprivoisés", "nourri à la main", "élevé à la main", "eam",
           "au biberon", "sevré", "sevrée", "mange seul", "mange seule", "couple reproducteur",
           "reproducteurs", "sexé", "sexés", "sexée", "bagué", "baguée", "bague fermée",
           "habitué à l'homme", "orphelin", "avec sa cage", "avec cage", "cage offerte",
           "cage fournie", "né en captivité", "nés en captivité", "née en captivité",
           "nées en captivité", "élevé en captivité", "couple prouvé", "couple formé",
           "mâle et femelle", "subadulte", "subadultes", "sub-adulte", "gravide",
           "femelle gravide", "éclos", "éclosion", "mes naissances"),
    "es": ("vivo", "cría", "crías", "cachorro", "bebé", "pichón", "pichones", "manso",
           "mascota", "domesticado", "semanas", "de nido", "comen solos", "come solo",
           "papillero", "papilleros", "papillera", "criado a mano", "criada a mano",
           "alimentado a mano", "a papilla", "destetado", "destetada", "pareja reproductora",
           "pareja probada", "sexado", "sexados", "anilla cerrada", "anillo cerrado",
           "con jaula", "incluye jaula", "jaula incluida", "acostumbrado a la gente",
           "nacido en cautiverio", "nacidos en cautiverio", "nacida en cautiverio",
           "criado en cautiverio", "criados en cautiverio", "pareja sexada",
           "macho y hembra", "juvenil", "juveniles", "subadulto", "subadulta", "subadultos",
           "recién nacido", "recién nacidos", "recién eclosionad*", "grávida"),
    "ar": ("حي", "شبل", "فرخ", "فراخ", "فرخين", "أليف", "صغير", "صغيرة", "أسابيع",
           "أليفة", "اليف", "اليفة", "تربية يد", "تربية اليد", "تربيه يد", "ترباية يد",
           "مربى يد", "الأكل من اليد", "الاكل من اليد", "ياكل من اليد", "يأكل من اليد",
           "رضاعة", "الرضاعة", "مفطوم", "زوج منتج", "منتج ومجرب", "مجنس", "مع القفص",
           "مع قفص", "مع الحلقة", "مع الحلقات", "حلقة مغلقة", "متعود على", "متعوده على",
           "يعض", "ينام بالنهار", "ينام في النهار", "ذكر وأنثى", "ذكر وانثى", "ذكر و أنثى",
           "ذكر و انثى", "ذكر وأنثيين", "ذكر وانثيين", "ذكر بالغ", "أنثى بالغة", "انثى بالغة",
           "زوج مجنس", "زوج بالغ", "جوز منتج", "مولود في الأسر", "مواليد", "من انتاجي",
           "من إنتاجي", "انتاج بيتي", "إنتاج بيتي", "تفقيس"),
    "zh": ("活", "幼崽", "宝宝", "幼鸟", "苗", "手养", "周龄",
           "手喂", "奶瓶", "断奶", "手养亲人", "很亲人", "超亲人", "不咬人", "温顺", "种鸟", "种龟",
           "公母", "一公一母", "繁殖", "脚环", "闭环", "送笼", "带笼", "送笼子", "月龄",
           "白天睡觉", "夜行", "亚成", "幼体", "成体", "种公", "种母", "已配对", "配对好",
           "人工繁育", "自繁", "一对成年", "产地血统", "纯血统", "产地个体", "开食"),
    "vi": ("sống", "con", "non", "nuôi", "thuần", "tuần tuổi", "tháng tuổi",
           "quen người", "quấn người", "dạn người", "bám người", "đút bột", "đút tay",
           "cai sữa", "cặp sinh sản", "đã sinh sản", "đang sinh sản", "ngủ ngày", "thức đêm",
           "ban ngày ngủ", "1 cặp", "một cặp", "cặp trống mái", "cặp đực cái", "trống mái",
           "đực cái", "ghép cặp", "cặp giống", "con giống", "sơ sinh", "mới nở", "bố mẹ giống"),
    "th": ("ลูก", "เป็นๆ", "มีชีวิต", "เชื่อง", "ตัวจิ๋ว", "สัปดาห์",
           "ลูกป้อน", "ป้อนมือ", "กินนม", "หย่านม", "ติดคน", "ขี้อ้อน", "พ่อแม่พันธุ์",
           "ตื่นกลางคืน", "นอนกลางวัน", "กลางวันนอน", "ตัวผู้ตัวเมีย", "ตัวผู้ ตัวเมีย",
           "จับคู่แล้ว", "คู่พันธุ์", "พ่อพันธุ์", "แม่พันธุ์", "เพิ่งฟัก", "ฟักใหม่", "ไลน์เลือด",
           "เพาะพันธุ์", "โลแคล"),
    "id": ("hidup", "anak", "anakan", "bayi", "jinak", "ekor", "minggu",
           "loloh", "lolohan", "dilolohi", "sapih", "disapih", "biasa dipegang",
           "bisa dipegang", "dielus", "indukan", "siap kawin", "siap jodoh", "sudah produksi",
           "ring kaki", "aktif malam", "tidur siang", "jantan betina", "jantan dan betina",
           "sudah jodoh", "sudah berjodoh", "piyik", "trotol", "trotolan"),
    "pt": ("vivo", "filhote", "filhotes", "manso", "mansos", "dócil", "semanas",
           "come sozinho",
           "mansinho", "mansinha", "criado na mão", "criada na mão", "tratado na mão",
           "tratado na papinha", "criado na papinha", "desmamado", "desmamada",
           "já reproduzindo", "casal formado", "sexado", "sexados", "anilhado", "anilhada",
           "anilha fechada", "com gaiola", "acompanha gaiola", "gaiola inclusa", "usa fralda",
           "acostumado com gente", "nascido em cativeiro", "nascidos em cativeiro",
           "criado em cativeiro", "criados em cativeiro", "casal provado", "casal sexado",
           "casal jovem", "macho e fêmea", "juvenil", "juvenis", "subadulto", "subadultos",
           "recém-nascido", "recém nascido", "recém-nascidos", "eclodido", "eclodidos")
}

# Live-animal wording whatever the listing's language: an age in months or weeks ("5 tháng",
# "3 mois", "4 meses", "عمره 4 شهور", "อายุ 2 เดือน", "umur 6 bulan", "3个月大"), what the
# animal eats ("eats mice", "makan pisang", "吃水果", "ăn chuối", "กินหนู", "ياكل فيران"),
# that it sleeps by day. An age after a warranty, an instalment plan or "used for" is a
# thing's ("garantía 6 meses", "bảo hành 12 tháng", "用了3个月"): see _NOT_AGE_BEFORE.
_NUM = r"(?:\d\s?-\s?\d+|\d+(?:[.,]\d)?|[٠-٩]+)"
_AGE_RE = re.compile(
    # English: "5 months old", "3-month-old", "8 wks old"
    rf"\b{_NUM}\s?-?\s?(?:months?|mos?|weeks?|wks?)[\s-]old\b"
    # French, Spanish, Portuguese: "de 8 mois", "environ 3 mois", "tiene 4 meses", "com 6 meses"
    rf"|\b(?:de|d'environ|environ|âgée?s?|agée?s?|tiene|tienen|con|edad|com|tem|idade"
    rf"|aproximadamente|aprox\.?)\s+{_NUM}\s?(?:mois|semaines|meses|semanas)\b"
    rf"|\b{_NUM}\s?(?:mois|meses)\s+(?:d'âge|de edad|de idade|de vida)\b"
    # Arabic: "عمره 4 شهور", "عمرها شهرين", "العمر ٣ شهور"
    r"|(?:عمره|عمرها|عمرهم|العمر|بعمر)\s*:?\s*(?:\S+\s+)?(?:شهرين|شهر|شهور|أشهر|اشهر"
    r"|أسبوع|اسبوع|أسابيع|اسابيع)"
    # Thai: "อายุ 2 เดือน", "อายุเดือนครึ่ง", "อายุ 3 สัปดาห์"
    r"|อายุ\s*(?:ประมาณ\s*|ราว\s*)?(?:\d+\s*)?(?:เดือน|สัปดาห์|อาทิตย์|วีค)"
    # Indonesian: "umur 6 bulan", "usia 3 bln", "2 bulanan"
    rf"|\b(?:umur|usia|umr)\s*[±+]?\s*{_NUM}\s*(?:bulan|bln|minggu|mgg)\b"
    rf"|\b{_NUM}\s?(?:bulanan|mingguan)\b"
    # Vietnamese: "5 tháng", "được 3 tháng" (not a date: "ngày 5 tháng 3")
    rf"|(?<!ngày )\b{_NUM}\s?tháng\b(?!\s?\d)"
    # Chinese: "3个月大", "两个多月的宝宝", "刚满2个月"
    r"|[\d一二两三四五六七八九十]+个多?月(?:大|龄|的(?:宝宝|幼))"
    r"|(?:才|刚|刚满|满|出生)[\d一二两三四五六七八九十]+个多?月",
    re.IGNORECASE)
# What makes a number of months a thing's, not an animal's age: a warranty, a plan, use.
_NOT_AGE_BEFORE = re.compile(
    r"(?:warranty|guarantee|garantie|garantía|garantia|garansi|ضمان|保修|质保|bảo hành"
    r"|รับประกัน|used|using|utilisé|usado|usada|dùng|sử dụng|用了|ใช้|pakai|pemakaian"
    r"|cicilan|kredit|trả góp|installments?|paiement en|contrat|contract|hợp đồng|thuê"
    r"|rent|loyer|aluguel|alquiler|sewa|subscription|abonnement|assinatura|suscripción"
    r"|đăng ký|会员|租|ผ่อน|เช่า|اشتراك|تقسيط|إيجار|ايجار|bought|acheté|comprado|comprei"
    r"|mua được|买了|ซื้อมา|beli|شريته|اشتريته|aged|affiné|curado|añejo|envejecido)"
    r"[^.\n]{0,25}$", re.IGNORECASE)
_NOT_AGE_AFTER = re.compile(
    r"^\s*(?:sin intereses|sem juros|de garant|of warranty|de uso|d'utilisation|of use"
    r"|de alquiler|de aluguel|de loyer|bảo hành|trả góp|garansi|cicilan)", re.IGNORECASE)
# What the animal eats and how it lives: "eats fruit", "mange des fruits", "come ratones",
# "come frutas", "ياكل لحم", "吃水果", "ăn chuối", "กินกล้วย", "makan pisang"; "sleeps
# all day", "duerme de día", "白天睡觉", "ban ngày ngủ". Foods a restaurant also serves (fish,
# meat, chicken) are left out, and so are insects, worms and seeds: songbirds, geckos and
# tarantulas sold as legal pets eat them ("kacer makan jangkrik", "come un grillo").
_HABITS_RE = re.compile(
    r"\b(?:eats?|eating|feeds? on|feeding on|takes|taking)\s+(?:\w+\s+){0,2}?(?:fruits?"
    r"|mice|rats?|pinkies|bananas?|f/t)(?!\w)"
    r"|\b(?:mange|mangent)\s+(?:\w+\s+){0,2}?(?:fruits?|souris|bananes?)\b"
    r"|\b(?:come|comen)\s+(?:\w+\s+){0,2}?(?:frutas?|ratones?|plátanos?|bananas?|ratos?"
    r"|camundongos?)\b"
    r"|\b(?:makan|mkn|mau makan)\s+(?:\w+\s+){0,2}?(?:pisang|tikus)\b"
    r"|\băn\s+(?:\w+\s+){0,2}?(?:chuối|trái cây|hoa quả|chuột)(?![\w])"
    r"|(?:ياكل|يأكل|تاكل|تأكل)\s+(?:\S+\s+){0,2}?(?:لحم|فيران|فئران|بيض|فواكه|فاكهة|موز)"
    r"|吃(?:水果|老鼠|乳鼠|香蕉|冻鼠)"
    r"|กิน(?:กล้วย|ผลไม้|หนู|ลูกไก่)"
    r"|\b(?:sleeps?|sleeping)\s+(?:all |during the |by )?day\b|\bactive at night\b"
    r"|\bdort\s+(?:le jour|la journée|toute la journée)\b"
    r"|\b(?:duerme|dorme)\s+(?:de día|durante el día|todo el día|de dia|durante o dia)\b"
    r"|(?:ينام|تنام)\s+(?:بالنهار|في النهار|النهار)|白天睡|夜里活动|晚上活动"
    r"|ban ngày ngủ|ngủ ban ngày|กลางวันนอน|นอนกลางวัน|\btidur (?:siang|seharian)\b",
    re.IGNORECASE)


# Words that hold a live word of LIVE_WORDS and name no animal: a customer (ลูกค้า), beads,
# meatballs, a son; activity (活动), life (生活), TCM's "activating the blood" (活血).
_NOT_LIVE_RE = re.compile(
    r"ลูก(?:ค้า|ละ|ชิ้น|อม|บอล|ปัด|เต๋า|กุญแจ|ปืน|สูบ|รอก|โป่ง|กวาด|หนี้|จ้าง|ทีม|ศิษย์|หลาน|บิด"
    r"|กลิ้ง|ประคำ|พี่ลูกน้อง|ชาย|สาว|เล่น|ยาง|แก้ว|โซ่|หิน|เกด|พลับ|ตาล|ชุบ|เหม็น|ข่าง)"
    r"|活(?:动|動|性|页|頁|塞|力|血|络|絡|期|字|儿|兒)|(?:生|灵|靈|干|幹|快|复|復|死)活")


# A hobby breeder's shorthand in any language: captive bred or wild caught and the year
# ("CB'23", "cb 2024", "WC '22", "NC 2023"), a hybrid generation ("F1 pair", "F2 juvs"), the
# sexes ("1.1 pair", "0.1 female"), genetics ("100% het", "poss het"), "CB" or "WC" beside the
# animal's stage ("CB babies", "WC adults", "CB/WC"). "WC" alone is a toilet, "F1" alone a race.
_STAGE = (r"(?:babies|baby|hatchlings?|juveniles?|juvs?|adults?|males?|females?|pairs?|trios?"
          r"|animals|specimens|stock|offspring|imports?|parents|froglets|kittens|pups|bébés"
          r"|adultes?|mâles?|femelles?|crías|adultos?|machos?|hembras?|filhotes?)")
_BREEDER_RE = re.compile(
    r"\b(?:c\.?b\.?b?|w\.?c|nc|lth|ltc)\s?(?:['’`]\s?[0-2]\d|20[0-2]\d)\b"
    rf"|\b(?:cbb?|wc|lth|ltc)\s?(?:/\s?(?:cbb?|wc|lth|ch)\s)?{_STAGE}\b"
    r"|\b(?:cbb?|wc)\s?/\s?(?:cbb?|wc|ch|lth)\b"
    r"|(?:^|[,;(|•])\s*cbb?\s*(?:$|[,.;)|•!])"
    r"|\b(?:100%|fully|all|only|both)\s(?:cbb?|captive bred)\b"
    rf"|\bf[1-5]\s{_STAGE}\b|\bf[1-5]\s(?:generation|hybrids? (?:cat|kitten)s?)\b"
    r"|\b[0-9]\.[0-9](?:\.[0-9])?\s(?:pair|trio|group|males?|females?|unsexed|couple|pareja"
    r"|casal|sexed)\b"
    r"|\b(?:\d{2,3}% |poss(?:ible)? |double |triple )het\b"
    # a pair of animals, not of shoes, earrings or vases ("sepasang", "一对")
    r"|\bsepasang\b(?!\s(?:sepatu|sandal|sendal|anting|cincin|gelang|kaos|kaus|sarung|baju"
    r"|kursi|bantal|gelas|cangkir|mangkok|sepeda|ban|velg|spion|guci|patung|lampu|speaker))"
    r"|一对(?![耳手袖戒对瓶枕杯碗音拖鞋筷狮门灯椅沙喇轮镯眼])",
    re.IGNORECASE)


def live_wording(low: str, lang: str | None = None) -> str | None:
    """The first live-animal word of the lower-cased ``low``: the words of ``lang`` and English
    (:data:`LIVE_WORDS`), then an animal's age, food or habits in any language."""
    word = _find(LIVE_WORDS.get(lang or "", ()) + LIVE_WORDS["en"], _NOT_LIVE_RE.sub(" ", low))
    if word:
        return word
    for match in _AGE_RE.finditer(low):
        if not (_NOT_AGE_BEFORE.search(low[max(0, match.start() - 40):match.start()])
                or _NOT_AGE_AFTER.search(low[match.end():match.end() + 20])):
            return match.group(0).strip()
    habit = _HABITS_RE.search(low) or _BREEDER_RE.search(low)
    return habit.group(0).strip() if habit else None


# How a live plant is sold: rooted or bare root, in spike or at blooming size, a seedling, a
# cutting, out of the flask. A houseplant shop writes them too: a sign, not a verdict. Pot
# sizes, grafts and air-layers are left out: every fruit-tree nursery writes them. Words any
# language borrows ("nbs", "keiki", "caudex") sit under English.
PLANT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("well rooted", "fully rooted", "freshly rooted", "newly rooted", "nicely rooted",
           "rooted cutting", "rooted cuttings", "rooted offset", "rooted offsets", "rooted plant",
           "rooted plants", "bare root", "bare-root", "bareroot", "in spike", "in bud",
           "near bloom size", "near blooming size", "nbs", "blooming size", "bloom size",
           "flowering size", "seedling", "seedlings", "flasked", "deflasked", "deflask",
           "out of flask", "compot", "cuttings", "keiki", "keikis", "specimen plant",
           "specimen size", "caudex", "tissue culture", "seed grown", "seed-grown",
           "mounted on cork", "habitat plant", "habitat plants"),
    "fr": ("enraciné", "enracinée", "enracinés", "enracinées", "bien racinée", "racines nues",
           "racine nue", "en bouton", "hampe florale", "en hampe", "taille floraison",
           "taille de floraison", "prête à fleurir", "prêt à fleurir", "semis", "sans flacon",
           "hors flacon", "déflaské", "deflaské", "sortie de flacon", "sorties de flacon",
           "sortis de flacon", "bouture", "boutures", "bouturé", "bouturée", "en panier",
           "plantule", "plantules", "spécimen de collection"),
    "es": ("enraizad*", "bien enraizad*", "raíz desnuda", "a raíz desnuda", "en vara",
           "con vara", "vara floral", "en botón", "tamaño de floración", "tamaño floración",
           "plántula", "plántulas", "plantula", "plantulas", "sin frasco", "fuera de frasco",
           "salidas de frasco", "recién desflasquead*", "desflasquead*", "deflasquead*",
           "esqueje", "esquejes", "hijuelo", "hijuelos", "de semilla"),
    "pt": ("enraizad*", "raiz nua", "com haste", "haste floral", "em botão",
           "tamanho de floração", "porte adulto", "planta adulta", "plantas adultas",
           "muda enraizada", "muda adulta", "fora do frasco", "saída de frasco",
           "saídas de frasco", "touceira", "touceiras", "de semente"),
    "ar": ("شتلة", "شتلات", "شتل", "مجذر", "مجذرة", "جذور عارية", "عقلة", "عقلات", "فسيلة",
           "فسائل", "بحجم الإزهار"),
    "zh": ("实生", "组培", "扦插", "插穗", "生根", "服盆", "带花苞", "带花箭", "花剑",
           "抽剑", "开花株", "开花苗", "成株", "裸根", "出瓶", "瓶苗", "播种苗", "下山苗", "分株",
           "侧芽"),
    "vi": ("cây giống", "đã ra rễ", "ra rễ", "rễ trần", "ra ngồng", "có ngồng", "đang ngồng",
           "size ra hoa", "size bông", "giâm cành", "cây giâm", "gieo hạt", "cấy mô", "xuất chai",
           "cây chai", "kie", "cây con", "cây mẹ"),
    "th": ("ไม้ชำ", "ไม้เพาะเมล็ด", "เพาะเมล็ด", "ไม้เพาะ", "ไม้ขวด", "ออกขวด", "ไม้นิ้ว",
           "ไซส์ให้ดอก", "ไม้ให้ดอก", "แทงช่อ", "ติดดอก", "รากเปลือย", "ต้นกล้า", "เลี้ยงรอด",
           "ไม้ไซส์"),
    "id": ("bibit", "bibitan", "bonggol", "stek", "stekan", "akar telanjang", "sudah berakar",
           "berakar", "keluar spike", "sedang spike", "ada spike", "botolan", "keluar botol",
           "kompot", "ukuran berbunga", "siap bunga", "anggrek remaja", "tanaman remaja"),
}

def plant_wording(low: str, lang: str | None = None) -> str | None:
    """The first plant-trade word of the lower-cased ``low`` (:data:`PLANT_WORDS`, ``lang``
    first)."""
    return _find(_all_languages(PLANT_WORDS, lang), low)


PRICE_RE = re.compile(
    r"(?:[$€£¥฿₫₱₦₹₩₺₵₪₭￥＄]|R\$|\b(?:Rp\.?|S/\.?|Rs\.?|RM|HK\$|KSh|USD|EUR|GBP|MXN|FCFA|CFA"
    r"|(?-i:Bs\.?|KD)"
    r"|SGD|MYR|HKD|AUD|CAD|NZD|THB|VND|IDR|PHP|NGN|ZAR|AED|SAR|QAR|KWD|OMR|BHD|CNY|RMB|INR"
    r"|BRL|COP|PEN|ARS|CLP|XOF|XAF|MAD|EGP|TND|DZD|CHF|KES|GHS|UGX|TZS|PKR|LKR|BDT))\s?\d"
    r"|\d[\d.,\s]*(?:\s?(?:€|\$|£|usd|eur|dollars?|pounds?|pesos|mxn|fcfa|euros?|reais|kz|"
    r"sgd|myr|hkd|aud|thb|vnd|idr|aed|qar|kwd|cny|rmb|inr|brl|clp|"
    r"dhs?\b|egp|tnd|dzd|chf|kes|ksh|ngn|naira|baht|ringgit|rupiah|rupees?|soles|"
    r"dinars?|dirhams?|riyals?|cedis?|yuan|quetzal(?:es)?|lempiras?|colones|bol[ií]vares|"
    r"guaran[ií]es|reales|francs?|cfa|shillings?|kwacha|rands?|liras?|kd\b|"
    r"lakhs?|crores?|mil\b|mille\b|ألف|الف|آلاف|مليون|"
    # dólares, Colombian pesos, "90 lucas", "200 conto", meticais, "1,5 million FCFA"
    r"d[oó]lar(?:es)?\b|cop\b|lucas?\b|contos?\b|meticais|"
    r"millions?\s(?:de\s)?(?:f?cfa|f\b|francs?)|"
    # Arabic currencies by their letters ("٨٠٠٠ ج.م", "د.ك", "ر.س") and in the plural
    r"ج\.\s?م|د\.\s?[كإأ]|ر\.\s?[سق]|ريالات|دراهم|دنانير|جنيهات|"
    r"元|块|万|บาท|k\b|tr\b|tr\d|triệu|nghìn|juta|jt|rb|ribu|درهم|ريال|دولار|جنيه|دينار))"
    # a price in Chinese by the unit ("一斤260", "260一斤", "260/斤", "一克60", "3600带走")
    r"|(?:[一每]\s?[斤克两只条对个件串支颗根片]|/\s?[斤克gG只条对个件串])\s?\d{2,}"
    r"|\d{2,}\s?(?:[一每]\s?[斤克两只条对个件串支颗根片]|/\s?[斤克只条对个件串]|带走)"
    # an amount in euros written with an e ("1500e"): three digits at least, so that French
    # ordinals ("19e siècle") are none
    r"|\b\d{3,}e\b"
    # CFA francs and meticais after a large amount ("85 000F", "45.000 MT")
    r"|\b\d{1,3}(?:[.\s]\d{3})+\s?(?-i:F)\b|\b\d{4,}\s?(?-i:F)\b"
    r"|\b\d{1,3}(?:[.,\s]\d{3})+\s?(?:mt|mts)\b|\b\d{4,}\s?(?:mt|mts)\b"
    # a Thai price per unit or an amulet's "worship" price ("ใบละ 3,200", "บูชา 15,000"): not
    # "และ" (and) nor "ทีละ" (one at a time), nor a weight, size or count ("ชิ้นละ 180 กรัม")
    r"|(?<!แ)(?<!ที)ละ\s?(?:\d{1,3}(?:,\d{3})+|\d{3,})(?![\d,.]|\s?(?:กรัม|กิโล|ก\.|กก|ขีด"
    r"|ซม|มม|เซน|เมตร|ม\.|ลิตร|มล|cm|mm|kg|g\b|gr|ml|ตัว|ชิ้น|คน|ครั้ง|วัน|เดือน|ปี))"
    r"|บูชา\s?\d",
    re.IGNORECASE)
ARABIC_PRICE_RE = re.compile(
    r"[٠-٩]+\s*(?:ألف\s*)?(?:درهم|ريال|دولار|جنيه)|\d+\s?(?:per|a|/|le|el|por|o)\s?(?:kg|kilo)\b",
    re.IGNORECASE)
# A word spelled out letter by letter ("p.a.n.g.o.l.i.n", "i v o r y", "ع.ا.ج") or with look-alike
# digits and symbols between letters ("iv0ry", "p@ngolin"); letters only, so spaced-out phone
# numbers ("0 7 2 2") and sizes are no disguise. E-mail addresses and links are removed first.
_LETTER = r"[^\W\d_]"
SPACED_RE = re.compile(
    rf"(?<!\w)(?:{_LETTER}[.\-*_·]){{2,}}{_LETTER}(?!\w)"
    rf"|(?<!\w)(?:{_LETTER} ){{3,}}{_LETTER}(?!\w)"
    r"|\b[a-z]+[0-9@$!*][a-z]{2,}\b|\b[a-z]{2,}[0-9@$!*][a-z]+\b",
    re.IGNORECASE)
_ADDRESS_RE = re.compile(r"\S+@\S+|https?://\S+|www\.\S+|@\w+", re.IGNORECASE)
# Tatweel inside a word ("عـاج") stretches a name apart; after a one-letter clitic before a
# number or a word ("بـ 80 ريال", "لـالبيع") it is ordinary typography.
_TATWEEL_RE = re.compile(r"([\u0621-\u064a]+)\u0640+[.\-_*\u0640]*[\u0621-\u064a]")
_CLITICS = frozenset("بلكوفس")


def _stretched(text: str) -> bool:
    """True when a tatweel stretches a word apart (not after a lone clitic letter)."""
    return any(len(match.group(1)) > 1 or match.group(1) not in _CLITICS
               for match in _TATWEEL_RE.finditer(text))


# A price written as one word: a currency, the amount and its size ("Rp4jt", "rm2k", "1jt5")
_PRICE_WORD = re.compile(r"(?:rp|rm|idr|us|usd|sgd|php|vnd|hk|nt)?\d+(?:jt|juta|rb|ribu|k|tr|m|"
                         r"mio|ty|lakh)\d*", re.IGNORECASE)


def _disguise(text: str) -> str | None:
    """The first disguised word of ``text``; abbreviations ("U.S.A.", "S.A.R.L") and prices
    written as one word ("Rp4jt") are none."""
    for match in SPACED_RE.finditer(text):
        if _PRICE_WORD.fullmatch(match.group(0)):
            continue
        letters = [char for char in match.group(0) if char.isalpha()]
        spelled = len(letters) < len(match.group(0))
        if spelled and (len(letters) < 4 or (len(letters) <= 4 and all(
                char.isupper() for char in letters))):
            continue
        return match.group(0)
    return None


@dataclass
class WordingCues:
    """How a text talks: the first matching word of each kind (or None)."""

    offer: str | None = None
    wanted: str | None = None
    price: str | None = None
    lookalike: list[str] = field(default_factory=list)
    live: str | None = None
    obfuscation: str | None = None
    genuine: str | None = None
    reports: list[str] = field(default_factory=list)  # every distinct news/campaign word
    veiled: list[str] = field(default_factory=list)  # "kind: word", one per veiled-trade kind
    not_imitation: str | None = None  # the seller denies an imitation ("not a replica")
    plaything: str | None = None  # the animal's own toy ("plays with his toys")
    plant: str | None = None  # a live plant's trade wording ("bare root", "ไม้ชำ", "esquejes")

    @property
    def report(self) -> str | None:
        """The first news or campaign word, or None."""
        return self.reports[0] if self.reports else None


def _group(match: re.Match[str] | None) -> str | None:
    return match.group(0).strip() if match else None


def _normalise(text: str) -> str:
    return simplified(unicodedata.normalize("NFC", text).casefold())


def _hit(word: str, text: str) -> str | None:
    """The list word's term when it stands in ``text``."""
    term, pattern = _matcher(word)
    return term if (pattern.search(text) if pattern is not None else term in text) else None


# Informers and police kept away in a seller's joke ("no snitches", "pas de flics", "sem x9",
# "别报警", "jangan cepu"): no report either, and an honest seller of ordinary goods writes them
# too, so they are no veiled-trade signal.
AGENCY_JOKES: tuple[str, ...] = (
    "no snitches", "no snitching", "snitches get", "no narcs", "no cops", "don't tell the cops",
    "dont tell the cops", "no police please", "pas de flics", "sans les flics", "pas de poucave*",
    "nada de policía", "nada de policia", "sin policía", "nada de soplones", "sin soplones",
    "nada de polícia", "sem polícia", "sem x9", "nada de x9", "x9 não",
    "بدون شرطة", "لا شرطة", "ولا بلاغات", "别报警", "不要报警", "别告诉警察",
    "đừng báo công an", "không báo công an", "ห้ามแจ้งตำรวจ", "อย่าแจ้งตำรวจ", "อย่าแจ้งความ",
    "jangan cepu", "no cepu", "anti cepu", "jangan lapor polisi",
)


def _without(words: tuple[str, ...], text: str) -> str:
    """``text`` with every list word blanked: a report word inside a seller's evasion ("nada de
    profepa", "don't report", "đừng báo cáo") reports nothing."""
    for word in words:
        term, pattern = _matcher(word)
        text = pattern.sub(" ", text) if pattern is not None else text.replace(term, " ")
    return text


def _find_all(words: tuple[str, ...], text: str) -> list[str]:
    return list(dict.fromkeys(term for term in (_hit(word, text) for word in words) if term))


def _find(words: tuple[str, ...], text: str) -> str | None:
    return next((term for term in (_hit(word, text) for word in words) if term), None)


@lru_cache(maxsize=4096)
def _matcher(word: str) -> tuple[str, re.Pattern[str] | None]:
    """A list word as its term and, for Latin-script words, a compiled whole-word (or, for a
    "stem*", word-start) pattern; compiled once (the lists hold ~700 words, more than the
    ``re`` module's own cache)."""
    term = word.rstrip("*")
    if not (_latin(term) and term[:1].isalnum()):
        return term, None
    # "don" is not in "don't"; a word ending in a mark ("livre d'") runs on into the next
    tail = "" if word.endswith("*") or not term[-1].isalnum() else r"(?![\w'’])"
    return term, re.compile(rf"(?<!\w){re.escape(term)}{tail}")


def _latin(term: str) -> bool:
    """Latin script, accents included: such words stand whole ("giả" is not in "giải")."""
    return all(ch.isascii() or (ch.isalpha() and "LATIN" in unicodedata.name(ch, ""))
               for ch in term)


def _lookalike_words(low: str) -> list[str]:
    """Up to three look-alike words of ``low`` that the text does not deny ("not resin"),
    outside the animal's own playthings ("นอนกอดตุ๊กตา"), then a perfume bottle."""
    low = _real_scents_out(_WATER_OFTEN_RE.sub(" ", PLAYTHING_RE.sub(" ", low)))
    perfume = _PERFUME_ITEM_RE.search(low)
    found = [perfume.group("perfume")] if perfume else []
    for word in dict.fromkeys(LOOKALIKE_WORDS):
        if _find((word,), low) and any(not negated_before(low, at) for at in _starts(word, low)):
            found.append(word)
            if len(found) == 3:
                break
    return found


# Dug, taken or brought from the wild, in any language: "sacadas de campo", "traídas del
# desierto", "dug from the forest", "ramassées en forêt", "tiradas do mato", "挖自野外".
_WILD_TAKEN_RE = re.compile(
    r"\b(?:dug|collected|taken|pulled|brought|caught|harvested|sourced|rescued)\s(?:up\s)?"
    r"(?:from|out of|in)\sthe\s(?:wild|jungle|forest|mountains?|desert|field|hills?|bush)\b"
    r"|\b(?:prélev|ramass|récolt|arrach|sorti|ramen|captur|déterr)\w*\s(?:dans|en|de|du)\s"
    r"(?:la\s)?(?:nature|forêt|brousse|montagne|désert|milieu naturel)\b"
    r"|\b(?:sacad|traíd|traid|bajad|recogid|colectad|recolectad|arrancad|extraíd|cogid)[oa]s?"
    r"\s(?:de|del|en)\s(?:la\s|el\s)?(?:campo|cerro|monte|desierto|selva|bosque|sierra"
    r"|montaña|hábitat|habitat)\b"
    r"|\b(?:tirad|pegad|trazid|coletad|arrancad|retirad|apanhad)[oa]s?\s(?:do|da|no|na|de)\s"
    r"(?:mato|mata|serra|floresta|campo|natureza|sertão|morro)\b"
    r"|(?:lấy|hái|đào|bắt|khai thác)\s(?:từ\s|trên\s|trong\s)?(?:núi|rừng)"
    r"|(?:ambil|diambil|cabut|dicabut|ambilan)\s(?:dari|di)\s(?:hutan|gunung|alam)",
    re.IGNORECASE)


def veiled_trade(text: str) -> list[str]:
    """One "kind: word" per kind of veiled-trade wording in ``text`` that the text does not
    deny ("não são silvestres"): the kinds of :data:`VEILED_WORDS` ("proof" also met by a
    denied look-alike material: "not resin"), then "cover name" for a look-alike material in
    quotes or after "listed as" (`'plastic' bangle`, `"buffalo horn" cup`, `"猛犸"料`), or else
    "quoted name" for any other name in quotes (`'coconuts'`, `"os blanc"`)."""
    low = _normalise(text)
    found: dict[str, str] = {}
    for kind, words in VEILED_WORDS.items():
        unless = _NOT_VEILED_AFTER.get(kind)
        goods = _NOT_VEILED_BEFORE.get(kind)
        term = next((word.rstrip("*") for word in words
                     if _stands(word, low, unless, goods)), None)
        if term is not None:
            found[kind] = term
    if "wild-caught" not in found:
        honest = _NOT_VEILED_AFTER["wild-caught"]
        wild = next((match for match in _WILD_TAKEN_RE.finditer(low)
                     if not _denied_at(low, match.start(), wide=False)
                     and not honest.search(low[max(0, match.start() - 30):match.start()])), None)
        if wild:
            found["wild-caught"] = wild.group(0)
    if "proof" not in found:
        denied = denied_materials(low)
        if denied:
            found["proof"] = f"not {denied[0]}"
    cover = cover_name(low)
    if cover:
        found["cover name"] = cover
    else:
        quoted = quoted_name(low)
        if quoted:
            found["quoted name"] = quoted
    return [f"{kind}: {term}" for kind, term in found.items()]


def cover_name(low: str) -> str | None:
    """A look-alike material the seller puts in quotes or names as the shipping label: the
    name the goods pass under, not what they are."""
    for match in _QUOTED_RE.finditer(low):
        inner = match.group(1)
        if _find(COVER_WORDS, inner):
            return f"'{inner.strip()}'"
    for label in _LABEL_RE.finditer(low):
        if _find(COVER_WORDS, next(part for part in label.groups() if part)):
            return label.group(0).strip()
    return None


# A name in quotes: one to five words of letters and their marks ("'coconuts'", "“stripe cat”",
# "'os blanc'", Thai "'บิ๊กแม่โขง'").
_NAME_RE = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])+"
                      r"(?:[\s-](?:[^\W\d_]|[\u0300-\u036f\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])+)"
                      r"{0,4}")


def quoted_name(low: str) -> str | None:
    """The goods called by a name in quotes: the seller's nickname for what he will not name.
    Watch and car sellers quote nicknames too ('Pepsi', 'Pogue'), so it is one signal of rule
    7 among others, never enough alone."""
    for match in _QUOTED_RE.finditer(low):
        inner = match.group(1).strip()
        if _NAME_RE.fullmatch(inner):
            return f"'{inner}'"
    return None


def denied_materials(low: str) -> list[str]:
    """Look-alike materials the lower-cased text ``low`` denies ("not resin", "không phải
    nhựa", "不是树脂", "ไม่ใช่เขี้ยวหมู"), in the order of :data:`DENIABLE_MATERIALS`."""
    return [material for material in dict.fromkeys(DENIABLE_MATERIALS)
            if any(_denied_at(low, at) for at in _positions(material, low))]


# What, just before a veiled-trade word, gives it its ordinary sense: "no box, no papers",
# "sans boîte ni papiers", "tanpa dus tanpa surat" is a watch or a phone sold without its box
# and warranty card, not an animal without its permit.
_NOT_VEILED_AFTER: dict[str, re.Pattern[str]] = {
    "no papers": re.compile(r"(?:box|boîte|boite|caja|caixa|علبة|علبه|盒|hộp|กล่อง|dus|kotak)"
                            r"[^.\n]{0,20}$"),
    # "honey from the mountains", "mật ong lấy trên núi", "madu dari gunung": honest wild goods
    "wild-caught": re.compile(r"(?:蜂?蜜|[菌菇茶]|honey|mushroom|herbal tea|mật ong|nấm|น้ำผึ้ง"
                              r"|เห็ด|madu|jamur|miel|champignon|hongo|\bmel\b|cogumelo|عسل|فطر)"
                              r"[^.\n]{0,20}$"),
}
# What, just after a veiled-trade word, gives it its ordinary sense.
_NOT_VEILED_BEFORE: dict[str, re.Pattern[str]] = {
    # "pas de questions inutiles": a busy seller, no insider
    "insider": re.compile(r"^\W{0,2}(?:inutiles|idiotes|bêtes|stupides|silly|stupid|dumb|useless"
                          r"|tontas|bobas|inúteis|idiotas)"),
    # wild goods an honest seller gathers: wild honey, mushrooms, herbs and berries ("野生百花蜜",
    # "madu hutan", "mật ong rừng") are no wild-caught animals
    "wild-caught": re.compile(
        r"^\W{0,3}\w{0,4}?\W{0,2}(?:蜂?蜜|[菌菇茶]|蘑菇|honey|mushroom|berr|herb|mật ong|nấm|"
        r"น้ำผึ้ง|เห็ด|madu|jamur|miel|champignon|hongo|mel\b|cogumelo|عسل|فطر)"),
}


def _stands(word: str, low: str, unless: re.Pattern[str] | None = None,
            goods: re.Pattern[str] | None = None) -> bool:
    """True when the list word stands in ``low`` at least once not denied just before (the
    narrow check: "no es de vaca ni resina, ya me entendéis" does not deny the last words), and
    not right after what ``unless`` finds in the 30 characters before it, nor right before what
    ``goods`` finds just after it."""
    return any(not _denied_at(low, at, wide=False)
               and not (unless and unless.search(low[max(0, at - 30):at]))
               and not (goods and goods.search(low[at + len(word.rstrip("*")):][:20]))
               for at in _positions(word, low))


def _positions(word: str, low: str) -> list[int]:
    term, pattern = _matcher(word)
    if pattern is not None:
        return [match.start() for match in pattern.finditer(low)]
    return _starts(term, low)


_CLAUSE_RE = re.compile(r"[,.;:!?\n，。；！？]")


def _denied_at(low: str, at: int, wide: bool = True) -> bool:
    """The matcher's denial check (wide: along a list, for materials; narrow: within the
    clause, for veiled-trade words), on the accent-folded
    text before ``at`` (its denial words are folded: "khong", "nao"); only the text before is
    folded, so "giá" (price) and "giả" (fake) stay apart."""
    before = plain(low[max(0, at - 60):at]) + " "
    if wide:
        return denied_before(before, len(before))
    clause = _CLAUSE_RE.split(before)[-1] + " "
    return negated_before(clause, len(clause))


def _starts(word: str, low: str) -> list[int]:
    return [match.start() for match in re.finditer(re.escape(word), low)]


def _all_languages(table: dict[str, tuple[str, ...]], lang: str | None) -> tuple[str, ...]:
    if lang in table:
        first = table[lang]
        rest = tuple(w for other, words in table.items() if other != lang for w in words)
        return first + rest
    return tuple(w for words in table.values() for w in words)


def read_wording(text: str, lang: str | None = None) -> WordingCues:
    """Cues in ``text``; words of ``lang`` are tried first, then every other language."""
    low = _normalise(text)
    price = PRICE_RE.search(text) or ARABIC_PRICE_RE.search(text)
    obfuscated = _disguise(_ADDRESS_RE.sub(" ", text))
    rehoming = REHOMING_RE.search(low)
    buyer_text = SELLER_ASKS_RE.sub(" ", REHOMING_RE.sub(" ", low) if rehoming else low)
    buyer_lead = BUYER_LEAD_RE.search(text) or BUYER_WANT_RE.search(buyer_text)
    reports = _find_all(_all_languages(REPORT_WORDS, lang),
                        _without(VEILED_WORDS["evasion"] + AGENCY_JOKES,
                                 NOT_REPORT_RE.sub(" ", low)))
    return WordingCues(
        offer=(rehoming.group(0) if rehoming else None)
        or _find(_all_languages(OFFER_WORDS, lang), low),
        wanted=_find(_all_languages(WANTED_WORDS, lang), buyer_text)
        or (buyer_lead.group(0).strip() if buyer_lead else None),
        reports=reports,
        veiled=veiled_trade(text),
        price=price.group(0).strip() if price else None,
        lookalike=_lookalike_words(low),
        live=live_wording(low, lang),
        plant=plant_wording(low, lang),
        not_imitation=_group(IMITATION_DENIED_RE.search(low)),
        plaything=_group(PLAYTHING_RE.search(low)),
        genuine=_find(GENUINE_WORDS, low),
        obfuscation=(obfuscated if obfuscated else
                     ("tatweel" if TATWEEL in text and _stretched(text) else None)),
    )
