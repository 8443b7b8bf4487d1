"""Sentence templates of the training generator, per language.

Slots: ``{item}`` a product phrase, ``{animal}`` an animal's plain name, ``{price}``,
``{qty}``, ``{contact}``, ``{place}``. Offer templates are reused with look-alike items to make
negatives that share the offer wording, so the model cannot learn "offer wording means flag".
"""

from __future__ import annotations

OFFER: dict[str, list[str]] = {
    "en": ["{item} for sale, {price}, contact {contact}",
           "Selling {qty} {item}, genuine, {price}. Shipping from {place}. WhatsApp {contact}",
           "Have {item} in stock, good quality, price {price} negotiable, DM me",
           "{item} available now. Serious buyers only. {price}. Ship worldwide.",
           "FS: {item} | {price} | meet in {place} or post | text {contact}",
           "Authentic {item}, {qty} pieces left, {price} each, discreet packing"],
    "fr": ["À vendre {item}, {price}, contact {contact}",
           "Vends {qty} {item}, authentique, {price}. Envoi depuis {place}.",
           "{item} disponible, bonne qualité, prix {price} à débattre, écrire en privé",
           "Je vends {item}, {price}, livraison discrète, WhatsApp {contact}",
           "Vente {item} véritable, {price} pièce, remise en main propre à {place}"],
    "es": ["Vendo {item}, {price}, contacto {contact}",
           "Se vende {item} original, {qty} unidades, {price}. Envíos desde {place}.",
           "Tengo {item} disponible, buena calidad, precio {price} negociable",
           "{item} en venta, {price}, escribir por WhatsApp {contact}",
           "Oferta: {item} auténtico, {price} c/u, entrega discreta en {place}"],
    "ar": ["للبيع {item} بسعر {price} للتواصل {contact}",
           "متوفر {item} أصلي، الكمية {qty}، السعر {price}، الشحن من {place}",
           "أبيع {item} بحالة ممتازة {price} واتساب {contact}",
           "عرض خاص: {item} طبيعي ١٠٠٪ بسعر {price} التوصيل سري",
           "يوجد لدينا {item} للبيع، السعر قابل للتفاوض {price}"],
    "zh": ["出售{item}，{price}，联系{contact}",
           "{item}现货{qty}件，保真，{price}，{place}发货",
           "转让{item}，品相好，价格{price}可议，私聊",
           "低价出{item}，{price}，微信{contact}",
           "有{item}出，正品，{price}一件，包邮，隐秘发货"],
    "vi": ["Bán {item}, giá {price}, liên hệ {contact}",
           "Cần bán {qty} {item} hàng thật, giá {price}, ship từ {place}",
           "Có sẵn {item}, chất lượng tốt, giá {price} thương lượng, ib zalo {contact}",
           "Chuyên cung cấp {item} chuẩn, {price}, giao hàng kín đáo",
           "Thanh lý {item} giá {price}, ai cần inbox"],
    "th": ["ขาย{item} ราคา {price} ติดต่อ {contact}",
           "มี{item}ของแท้ {qty} ชิ้น ราคา {price} ส่งจาก{place}",
           "ปล่อย{item} สภาพดี ราคา {price} ต่อรองได้ ทักไลน์ {contact}",
           "{item}พร้อมส่ง ราคา {price} แพ็คมิดชิด",
           "ขายด่วน{item} {price} สนใจทักแชท"],
    "id": ["Jual {item}, harga {price}, hubungi {contact}",
           "Dijual {qty} {item} asli, harga {price}, kirim dari {place}",
           "Ready {item}, kualitas bagus, harga {price} nego, WA {contact}",
           "Menjual {item} original, {price}, pengiriman aman dan rahasia",
           "Lelang {item} mulai {price}, minat japri"],
    "pt": ["Vendo {item}, {price}, contato {contact}",
           "À venda {qty} {item} legítimo, {price}, envio de {place}",
           "Tenho {item} disponível, ótima qualidade, preço {price} negociável",
           "{item} à pronta entrega, {price}, chama no WhatsApp {contact}",
           "Oferta: {item} original, {price} cada, envio discreto"],
}

WANTED: dict[str, list[str]] = {
    "en": ["WTB {item}, send pics and price", "Looking to buy {item}, who has some?",
           "Anyone know where I can find {item}? Want to buy"],
    "fr": ["Recherche {item}, envoyez photos et prix", "Achète {item}, qui en a ?"],
    "es": ["Busco {item}, enviar fotos y precio", "Compro {item}, ¿alguien tiene?"],
    "ar": ["أبحث عن {item} للشراء، أرسل الصور والسعر", "مطلوب {item}، من لديه؟"],
    "zh": ["求购{item}，有的私聊报价", "收{item}，请发图片和价格"],
    "vi": ["Cần mua {item}, ai có gửi ảnh và giá", "Tìm mua {item}, ai bán không?"],
    "th": ["รับซื้อ{item} ส่งรูปและราคามา", "ตามหา{item} ใครมีบ้าง อยากได้"],
    "id": ["Cari {item}, kirim foto dan harga", "Mau beli {item}, ada yang punya?"],
    "pt": ["Procuro {item}, mandem fotos e preço", "Compro {item}, alguém tem?"],
}

NEWS: dict[str, list[str]] = {
    "en": ["Customs officers seized {qty} kg of {item} at {place} airport on Tuesday",
           "Court jails trader for smuggling {item}; {animal} are protected under CITES",
           "Report: online trade in {item} threatens {animal}, says WWF"],
    "fr": ["La douane a saisi {qty} kg de {item} à l'aéroport de {place}",
           "Un trafiquant de {item} condamné à deux ans de prison ; les {animal} sont protégés"],
    "es": ["La aduana decomisó {qty} kg de {item} en el aeropuerto de {place}",
           "Condenan a un traficante de {item}; los {animal} están protegidos por CITES"],
    "ar": ["ضبطت الجمارك {qty} كغ من {item} في مطار {place}",
           "الحكم على تاجر بتهمة تهريب {item}، و{animal} محمية بموجب اتفاقية سايتس"],
    "zh": ["海关在{place}机场查获{qty}公斤{item}",
           "法院判处走私{item}的商人入狱，{animal}受CITES保护"],
    "vi": ["Hải quan thu giữ {qty} kg {item} tại sân bay {place}",
           "Tòa án phạt tù đối tượng buôn lậu {item}, {animal} được CITES bảo vệ"],
    "th": ["ศุลกากรยึด{item} {qty} กิโลกรัม ที่สนามบิน{place}",
           "ศาลสั่งจำคุกผู้ลักลอบค้า{item} {animal}เป็นสัตว์คุ้มครองตามไซเตส"],
    "id": ["Bea cukai menyita {qty} kg {item} di bandara {place}",
           "Pengadilan memenjarakan penyelundup {item}; {animal} dilindungi CITES"],
    "pt": ["A alfândega apreendeu {qty} kg de {item} no aeroporto de {place}",
           "Traficante de {item} é condenado; {animal} são protegidos pela CITES"],
}

CONSERVATION: dict[str, list[str]] = {
    "en": ["Help us protect {animal}: every donation funds ranger patrols",
           "Never buy {item}. The trade is killing {animal}. Share this post."],
    "fr": ["Aidez-nous à protéger les {animal} : chaque don finance des patrouilles",
           "N'achetez jamais de {item}, ce commerce tue les {animal}."],
    "es": ["Ayúdanos a proteger a los {animal}: cada donación financia guardaparques",
           "Nunca compres {item}, ese comercio mata a los {animal}."],
    "ar": ["ساعدونا في حماية {animal}، كل تبرع يمول دوريات الحراسة",
           "لا تشترِ {item} أبداً، هذه التجارة تقتل {animal}"],
    "zh": ["请保护{animal}，每一笔捐款都用于巡护", "拒绝购买{item}，没有买卖就没有杀害"],
    "vi": ["Hãy chung tay bảo vệ {animal}, mỗi khoản quyên góp giúp tuần tra rừng",
           "Nói không với {item}, buôn bán đang giết chết {animal}"],
    "th": ["ร่วมปกป้อง{animal} ทุกการบริจาคช่วยเจ้าหน้าที่ลาดตระเวน",
           "อย่าซื้อ{item} การค้ากำลังฆ่า{animal}"],
    "id": ["Bantu kami melindungi {animal}, setiap donasi untuk patroli hutan",
           "Jangan beli {item}, perdagangan ini membunuh {animal}"],
    "pt": ["Ajude a proteger os {animal}: cada doação financia patrulhas",
           "Nunca compre {item}, esse comércio mata os {animal}."],
}

# Legal goods that share words with protected products (or look like them).
LOOKALIKE: dict[str, list[str]] = {
    "en": ["ivory-colour wedding dress", "Tiger Balm ointment 30g", "faux fur tiger print coat",
           "plush pangolin toy", "resin elephant figurine", "tortoiseshell-pattern sunglasses",
           "Python programming book", "ceramic rhino statue", "artificial silk orchids",
           "rosewood-colour wood stain", "cattle bone bangle", "shark-shaped bottle opener"],
    "fr": ["robe de mariée couleur ivoire", "baume du tigre 30 g", "manteau fausse fourrure tigre",
           "peluche pangolin", "figurine éléphant en résine", "lunettes motif écaille",
           "livre de programmation Python", "statue de rhinocéros en céramique",
           "orchidées artificielles en soie", "bracelet en os de bovin"],
    "es": ["vestido de novia color marfil", "bálsamo de tigre 30 g",
           "abrigo de piel sintética estampado tigre", "peluche de pangolín",
           "figura de elefante de resina", "gafas de sol efecto carey",
           "libro de programación en Python", "estatua de rinoceronte de cerámica",
           "orquídeas artificiales de tela", "pulsera de hueso de vaca"],
    "ar": ["فستان زفاف بلون العاج", "مرهم بلسم النمر ٣٠ غرام", "معطف فرو صناعي بنقشة النمر",
           "دمية محشوة على شكل بنغول", "تمثال فيل من الراتنج", "نظارات شمسية بنقشة صدف السلحفاة",
           "كتاب برمجة بايثون", "تمثال وحيد القرن من السيراميك", "زهور أوركيد صناعية"],
    "zh": ["象牙白婚纱", "虎标万金油", "仿皮草虎纹大衣", "穿山甲毛绒玩具", "树脂大象摆件",
           "玳瑁纹太阳镜", "Python编程书", "陶瓷犀牛摆件", "仿真兰花", "牛骨手镯"],
    "vi": ["váy cưới màu ngà", "dầu cù là con hổ", "áo khoác lông giả vân hổ",
           "thú bông tê tê", "tượng voi bằng nhựa resin", "kính râm họa tiết đồi mồi",
           "sách lập trình Python", "tượng tê giác gốm", "hoa lan giả", "vòng tay xương bò"],
    "th": ["ชุดแต่งงานสีงาช้าง", "ยาหม่องตราเสือ", "เสื้อโค้ทขนเทียมลายเสือ",
           "ตุ๊กตาตัวนิ่ม", "ตุ๊กตาช้างเรซิน", "แว่นกันแดดลายกระ", "หนังสือเขียนโปรแกรม Python",
           "รูปปั้นแรดเซรามิก", "ดอกกล้วยไม้ปลอม", "กำไลกระดูกวัว"],
    "id": ["gaun pengantin warna gading", "balsem Tiger Balm", "jaket bulu sintetis motif harimau",
           "boneka trenggiling", "patung gajah resin", "kacamata motif kulit penyu",
           "buku pemrograman Python", "patung badak keramik", "bunga anggrek plastik",
           "gelang tulang sapi"],
    "pt": ["vestido de noiva cor marfim", "Tiger Balm pomada", "casaco de pele sintética tigrado",
           "pelúcia de pangolim", "estatueta de elefante de resina",
           "óculos de sol estampa tartaruga",
           "livro de programação Python", "estátua de rinoceronte de cerâmica",
           "orquídeas artificiais", "pulseira de osso bovino"],
}

# Legal animal goods and animals that are not CITES-listed.
LEGAL: dict[str, list[str]] = {
    "en": ["cowhide leather handbag", "pair of budgies with cage", "free-range eggs",
           "goat milk soap", "sheepskin rug", "labrador puppies", "goldfish and tank"],
    "fr": ["sac en cuir de vache", "couple de perruches avec cage", "œufs fermiers",
           "savon au lait de chèvre", "chiots labrador", "peau de mouton"],
    "es": ["bolso de cuero de vaca", "pareja de periquitos con jaula", "huevos de corral",
           "cachorros de labrador", "alfombra de piel de oveja"],
    "ar": ["حقيبة من جلد البقر", "زوج طيور الحب مع القفص", "بيض بلدي", "جراء لابرادور",
           "صابون حليب الماعز"],
    "zh": ["牛皮手提包", "一对虎皮鹦鹉带笼", "土鸡蛋", "拉布拉多幼犬", "羊皮地毯"],
    "vi": ["túi da bò", "cặp vẹt yến phụng kèm lồng", "trứng gà ta", "chó con labrador",
           "xà phòng sữa dê"],
    "th": ["กระเป๋าหนังวัว", "นกหงส์หยกพร้อมกรง", "ไข่ไก่บ้าน", "ลูกสุนัขลาบราดอร์",
           "สบู่นมแพะ"],
    "id": ["tas kulit sapi", "sepasang burung parkit dan sangkar", "telur ayam kampung",
           "anak anjing labrador", "sabun susu kambing"],
    "pt": ["bolsa de couro bovino", "casal de periquitos com gaiola", "ovos caipiras",
           "filhotes de labrador", "sabonete de leite de cabra"],
}

CONTACTS = ["+84 912 345 678", "+66 81 234 5678", "+62 812 3456 7890", "wechat lx8899",
            "@wildgoods_shop", "+225 07 12 34 56", "line: tradehk", "+55 11 98765 4321",
            "+33 6 12 34 56 78", "+971 50 123 4567", "telegram @ivorytrade88"]

PLACES: dict[str, list[str]] = {
    "en": ["Lagos", "Bangkok", "London", "Nairobi"], "fr": ["Abidjan", "Kinshasa", "Paris"],
    "es": ["Ciudad de México", "Lima", "Madrid"], "ar": ["دبي", "الخرطوم", "القاهرة"],
    "zh": ["广州", "昆明", "香港"], "vi": ["Hà Nội", "Sài Gòn", "Móng Cái"],
    "th": ["กรุงเทพ", "เชียงราย", "แม่สาย"], "id": ["Jakarta", "Medan", "Surabaya"],
    "pt": ["São Paulo", "Luanda", "Maputo"],
}

PRICE_FORMAT: dict[str, list[str]] = {
    "en": ["${n}", "USD {n}", "£{n}"], "fr": ["{n} €", "{n} FCFA"], "es": ["{n} MXN", "${n}"],
    "ar": ["{n} درهم", "{n} دولار"], "zh": ["{n}元", "¥{n}"], "vi": ["{n}k", "{n} triệu"],
    "th": ["{n} บาท", "฿{n}"], "id": ["Rp {n}.000", "{n} rb"], "pt": ["R$ {n}", "{n} kz"],
}

TITLE: dict[str, list[str]] = {
    "en": ["{item}", "{item} - {place}", "Great deal: {item}"],
    "fr": ["{item}", "{item} - {place}"], "es": ["{item}", "{item} - {place}"],
    "ar": ["{item}", "{item} - {place}"], "zh": ["{item}", "【{place}】{item}"],
    "vi": ["{item}", "{item} - {place}"], "th": ["{item}", "{item} {place}"],
    "id": ["{item}", "{item} - {place}"], "pt": ["{item}", "{item} - {place}"],
}

# Offers that give no price and few sale words: real sellers often say "PM" and nothing else.
OFFER_QUIET: dict[str, list[str]] = {
    "en": ["{item}, {detail}. PM for details", "Got {qty} {item} left. {detail}. Serious only."],
    "fr": ["{item}, {detail}. Me contacter en privé.", "Il me reste {qty} {item}, {detail}."],
    "es": ["{item}, {detail}. Info por privado.", "Me quedan {qty} {item}, {detail}."],
    "ar": ["{item}، {detail}. التفاصيل على الخاص", "باقي عندي {qty} {item}، {detail}"],
    "zh": ["{item}，{detail}，有意私聊", "还剩{qty}件{item}，{detail}"],
    "vi": ["{item}, {detail}, ib để biết thêm", "Còn {qty} {item}, {detail}"],
    "th": ["{item} {detail} สนใจทักมา", "เหลือ{item} {qty} ชิ้น {detail}"],
    "id": ["{item}, {detail}, minat japri", "Sisa {qty} {item}, {detail}"],
    "pt": ["{item}, {detail}. Chama no privado.", "Restam {qty} {item}, {detail}."],
}

# Details a seller adds; shared by offers and by look-alike and legal listings.
DETAIL: dict[str, list[str]] = {
    "en": ["very old piece", "weight about 2 kg", "3 months old", "good condition",
           "collected last month", "photos on request", "from my family collection"],
    "fr": ["pièce ancienne", "environ 2 kg", "âgé de 3 mois", "bon état", "photos sur demande"],
    "es": ["pieza antigua", "pesa unos 2 kg", "de 3 meses", "buen estado", "fotos por privado"],
    "ar": ["قطعة قديمة", "الوزن حوالي ٢ كيلو", "عمره ٣ شهور", "بحالة ممتازة", "الصور عند الطلب"],
    "zh": ["老货", "重约两斤", "三个月大", "品相完好", "可看实物图"],
    "vi": ["hàng cũ lâu năm", "nặng khoảng 2kg", "3 tháng tuổi", "còn đẹp", "có ảnh thật"],
    "th": ["ของเก่า", "หนักประมาณ 2 กิโล", "อายุ 3 เดือน", "สภาพดี", "มีรูปจริง"],
    "id": ["barang lama", "berat sekitar 2 kg", "umur 3 bulan", "kondisi bagus", "foto real"],
    "pt": ["peça antiga", "pesa cerca de 2 kg", "3 meses de idade", "bom estado", "fotos reais"],
}

# More legal goods: real marketplaces are mostly pets, livestock and leather that are not listed.
LEGAL_MORE: dict[str, list[str]] = {
    "en": ["kittens, vaccinated", "laying hens", "German shepherd puppies", "cockatiel chicks",
          "leather wallet", "raw honey jars"],
    "fr": ["chatons vaccinés", "poules pondeuses", "chiots berger allemand", "calopsittes",
           "portefeuille en cuir", "miel de fleurs"],
    "es": ["gatitos vacunados", "gallinas ponedoras", "cachorros pastor alemán", "ninfas",
           "cartera de cuero", "miel de abeja"],
    "ar": ["قطط صغيرة مطعمة", "دجاج بياض", "جراء جيرمن شيبرد", "طيور كوكتيل", "محفظة جلد",
           "عسل طبيعي"],
    "zh": ["小猫已打疫苗", "下蛋母鸡", "德牧幼犬", "玄凤鹦鹉", "真皮钱包", "土蜂蜜"],
    "vi": ["mèo con đã tiêm", "gà mái đẻ", "chó becgie con", "vẹt cockatiel", "ví da",
           "mật ong rừng"],
    "th": ["ลูกแมวฉีดวัคซีนแล้ว", "ไก่ไข่", "ลูกสุนัขเยอรมันเชพเพิร์ด", "นกค็อกคาเทล",
           "กระเป๋าสตางค์หนัง", "น้ำผึ้งแท้"],
    "id": ["anak kucing sudah vaksin", "ayam petelur", "anak anjing herder", "burung falk",
           "dompet kulit", "madu hutan"],
    "pt": ["gatinhos vacinados", "galinhas poedeiras", "filhotes de pastor alemão",
           "calopsitas", "carteira de couro", "mel puro"],
}
