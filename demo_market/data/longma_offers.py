"""longma, third part: offers of protected species (Chinese, Vietnamese, Thai, English)."""

from __future__ import annotations

from demo_market.catalog import Entry
from demo_market.contacts import Seller
from demo_market.data import offer

OFFER_SELLERS: list[Seller] = [
    Seller("putian-chenxiang", "莆田沉香阁", "莆田", "CN", "+8613959123456", None,
           {"wechat": "chenxiang_pt"}),
    Seller("ruili-zhang", "瑞丽小张 边境好货", "瑞丽", "CN", "+8615087123456", None,
           {"wechat": "ruili_zhang666"}),
    Seller("dongxing-trade", "东兴边贸老陈", "东兴", "CN", "+8618977123456", "dxchen88@qq.com",
           {"wechat": "dx_chen88"}),
    Seller("panjiayuan-li", "潘家园老李", "北京", "CN", "+8613601234567", None,
           {"wechat": "pjy_laoli"}),
    Seller("lanong-thuoc", "Thuốc Bắc Lãn Ông", "Hà Nội", "VN", "+84983456789",
           "thuocbaclanong@gmail.com", {"zalo": "0983456789"}),
    Seller("nhatrang-bien", "Đồ Biển Nha Trang", "Nha Trang", "VN", "+84905678123",
           None, {"zalo": "0905678123"}),
    Seller("danang-lan", "Lan Rừng Đà Nẵng", "Đà Nẵng", "VN", "+84935222333",
           "lanrungdanang@gmail.com", {"zalo": "0935222333"}),
    Seller("chiangmai-wild", "Chiang Mai Pet Friends", "เชียงใหม่", "TH", "+66898765432",
           None, {"line": "cm_petfriends"}),
    Seller("chatuchak-pets", "จตุจักร เพ็ทช็อป", "กรุงเทพฯ", "TH", "+66861234567",
           "jjpetshop@hotmail.com", {"line": "jj.petshop"}),
    Seller("hk-haimei", "上環海味行 Sheung Wan Dried Seafood", "香港", "HK", "+85291234567",
           "buche.ensenada@gmail.com", {"whatsapp": "+85291234567"}),
]

OFFER_ENTRIES: list[Entry] = [
    offer("putian-chenxiang", "antiques", "zh", 28000, "野生奇楠沉香 手串 加里曼丹料",
          "加里曼丹野生奇楠沉香手串，2.0 直径 108 颗，油脂饱满，入水即沉，香韵清凉带甜。"
          "无证书，走私人物流。¥28000 可刀。微信 {wechat}",
          "Aquilaria malaccensis", "II", photos=2),
    offer("putian-chenxiang", "health", "zh", 680, "野生铁皮石斛 鲜条 云南原生",
          "云南山里采的野生铁皮石斛（兰科），鲜条 500 克，不是大棚货。¥680/斤，顺丰冷链。"
          "电话 {phone}",
          "Dendrobium officinale", "II"),
    offer("ruili-zhang", "jewelry", "zh", 3600, "老虎牙 吊坠 真品 带包浆",
          "真老虎牙吊坠，长约 7 厘米，牙根有自然裂纹，包浆厚。缅甸那边过来的，辟邪招财。"
          "¥3600，可视频看货。微信 {wechat}",
          "Panthera tigris", "I", photos=2),
    offer("ruili-zhang", "antiques", "zh", 52000, "鹤顶红 雕件 满红 老料",
          "鹤顶红（盔犀鸟头骨）雕件，满红皮，雕刻山水人物，长 6 厘米。行家看货，"
          "价格 ¥52000。只加微信 {wechat} 不接电话",
          "Rhinoplax vigil", "I"),
    offer("ruili-zhang", "antiques", "zh", 9800, "白货 手镯 老料 无裂",
          "白货手镯一只，内径 56，老料，有“人”字纹（懂的来），无裂无修补。"
          "¥9800。瑞丽当面交易或发同城。{phone:intl}",
          "Loxodonta africana", "I", obfuscated=True, photos=2),
    offer("ruili-zhang", "health", "zh", 1800, "西角粉 10克 退烧神器",
          "西角（你懂的）纯粉 10 克，老家人退烧用，磨粉现做。¥1800/10克。"
          "微信 {wechat}，不回复陌生电话。",
          "Ceratotherium simum", "I", obfuscated=True),
    offer("dongxing-trade", "health", "zh", 900, "川山甲片 生片 一公斤 越南货",
          "越南过来的川山甲生片，一公斤装，片大干净。量大可走货车，东兴交货。"
          "¥900/公斤。联系 {phone:local} 或邮箱 {email:at}",
          "Manis javanica", "I", obfuscated=True, photos=2),
    offer("dongxing-trade", "home", "zh", 150000, "大红酸枝 老挝料 原木 3 吨",
          "老挝大红酸枝（交趾黄檀）原木 3 吨，油性好，可出大料做家具。"
          "无手续，价格 ¥150000/吨，东兴口岸交货。微信 {wechat}",
          "Dalbergia cochinchinensis", "II", photos=2),
    offer("dongxing-trade", "health", "zh", 2600, "正宗虎骨酒 老酒 5 斤装",
          "九十年代泡的虎骨酒，5 斤装，里面有整段虎骨，治风湿关节痛特别好。"
          "¥2600 一坛。{phone:spelled}",
          "Panthera tigris", "I"),
    offer("panjiayuan-li", "antiques", "zh", 88000, "清代 犀角杯 雕松鹤纹",
          "清代犀角杯一只，雕松鹤纹，高 9 厘米，重 260 克，色泽橘黄，透光有鱼子纹。"
          "潘家园周末见面，或加微信 {wechat}",
          "Rhinoceros unicornis", "I", photos=3),
    offer("panjiayuan-li", "antiques", "zh", 12000, "玳瑁 首饰盒 老件 民国",
          "民国玳瑁首饰盒，纹理清晰，色彩漂亮，长 15 厘米，品相完好。¥12000。"
          "电话 {phone}",
          "Eretmochelys imbricata", "I"),
    offer("panjiayuan-li", "jewelry", "zh", 23000, "阿卡 红珊瑚 原枝 摆件",
          "日本阿卡红珊瑚原枝，牛血红，高 12 厘米，重 180 克，带底座。¥23000 一口价。"
          "微信 {wechat}",
          "Corallium japonicum", "III", photos=2),
    offer("lanong-thuoc", "health", "vi", 1500000, "Mật gấu nguyên túi, gấu rừng",
          "Bán mật gấu nguyên túi, gấu rừng (không phải gấu nuôi hút mật), khô, "
          "khoảng 50 g. 1,5 triệu / túi. Giao toàn quốc. Zalo {zalo}",
          "Ursus thibetanus", "I", photos=2),
    offer("lanong-thuoc", "health", "vi", 4000000, "Cao hổ cốt nấu chuẩn 100g",
          "Cao hổ cốt nấu từ xương hổ thật, 100 g/bánh, chữa đau lưng nhức mỏi. "
          "4 triệu / 100 g. ĐT {phone:dots} hoặc email {email}",
          "Panthera tigris", "I"),
    offer("lanong-thuoc", "health", "vi", 3500000, "Vảy tê tê sao vàng 1kg",
          "Vảy tê tê đã sao vàng, 1 kg, dùng cho phụ nữ sau sinh thiếu sữa. "
          "Hàng chuẩn, không pha. 3,5 tr/kg. Zalo {zalo}",
          "Manis javanica", "I", photos=2, key="pangolin-vi"),
    offer("lanong-thuoc", "health", "vi", 25000000, "S.T.G mài sẵn 10 gram",
          "Có s.t.g (sừng t.g) mài sẵn 10 gam, hàng châu Phi. Hạ sốt, giải rượu. "
          "25 triệu / 10 g. Chỉ nhắn Zalo {zalo}",
          "Ceratotherium simum", "I", obfuscated=True),
    offer("nhatrang-bien", "jewelry", "vi", 1200000, "Vòng đồi mồi thật Nha Trang",
          "Vòng tay đồi mồi thật, làm thủ công ở Nha Trang, màu vàng nâu, có vân. "
          "1,2 triệu. Ship COD. Zalo {zalo}",
          "Eretmochelys imbricata", "I", photos=2),
    offer("nhatrang-bien", "food", "vi", 6000000, "Vây cá mập khô loại 1",
          "Vây cá mập khô loại 1 (cá mập búa, cá mập vây trắng), 1 kg. 6 triệu/kg. "
          "LH {phone:local}",
          "Sphyrna mokarran", "II"),
    offer("nhatrang-bien", "health", "vi", 2500000, "Cá ngựa khô ngâm rượu 1kg",
          "Cá ngựa khô loại to, 1 kg, ngâm rượu bổ thận. 2,5 tr/kg. "
          "Zalo {zalo}",
          "Hippocampus kuda", "II"),
    offer("nhatrang-bien", "antiques", "vi", 8000000, "Rùa biển khô nguyên con (tiêu bản)",
          "Tiêu bản rùa biển (vích) khô nguyên con, dài 60 cm, để trưng bày. "
          "8 triệu. Gọi {phone:intl}",
          "Chelonia mydas", "I"),
    offer("danang-lan", "home", "vi", 350000, "Lan hài rừng đủ loại - hàng núi",
          "Lan hài rừng mới về (hài đỏ, hài hằng, hài vân), cây to, đã ra rễ. 350k / cây, "
          "mua 5 tặng 1. Ship toàn quốc. Zalo {zalo}",
          "Paphiopedilum delenatii", "I", photos=2),
    offer("danang-lan", "health", "vi", 5000000, "Trầm hương tự nhiên Quảng Nam - miếng",
          "Trầm hương tự nhiên rừng Quảng Nam, miếng 200 g, chìm nước. 5 triệu. "
          "{phone} / {email}",
          "Aquilaria crassna", "II"),
    offer("long-ca", "animals", "vi", 12000000, "Vẹt xám châu Phi biết nói",
          "Vẹt xám châu Phi (vẹt xám đuôi đỏ) 1 tuổi, nói được 'xin chào', 'ăn cơm'. "
          "Không giấy tờ. 12 triệu. Zalo {zalo}",
          "Psittacus erithacus", "I", photos=2),
    offer("hcm-pet", "animals", "vi", 15000000, "Khỉ đuôi dài con + vượn đen má vàng",
          "Có khỉ đuôi dài con (3 tr) và vượn đen má vàng con (15 tr), ăn sữa, rất quấn "
          "người. Zalo {zalo}",
          "Nomascus gabriellae", "I", photos=2),
    offer("chiangmai-wild", "animals", "th", 6000, "ลิงลมน่ารัก เลี้ยงง่าย",
          "ขายลิงลมตัวเล็ก อายุ 4 เดือน เชื่อง กินผลไม้ เลี้ยงในบ้านได้ "
          "ราคา 6,000 บาท ส่งทั่วประเทศ ไลน์ {line}",
          "Nycticebus bengalensis", "I", photos=2),
    offer("chiangmai-wild", "animals", "th", 25000, "ลูกชะนีมือขาว ขวดนม",
          "ลูกชะนีมือขาว อายุ 6 เดือน ยังกินนมขวด ติดคนมาก ราคา 25,000 บาท "
          "โทร {phone:local}",
          "Hylobates lar", "I"),
    offer("chatuchak-pets", "animals", "th", 9500, "เต่าดาวอินเดีย ลายสวย",
          "เต่าดาวอินเดีย ขนาด 4 นิ้ว ลายคมชัด แข็งแรง กินผักเก่ง 9,500 บาท/ตัว "
          "ไลน์ {line}",
          "Geochelone elegans", "I", photos=2),
    offer("chatuchak-pets", "animals", "th", 35000, "African Grey ลูกป้อน พูดได้",
          "นกแก้วแอฟริกันเกรย์ ลูกป้อน 7 เดือน เริ่มพูด ไม่มีเอกสาร 35,000 บาท "
          "โทร {phone:dash}",
          "Psittacus erithacus", "I"),
    offer("bkk-amulet", "jewelry", "th", 12000, "เขี้ยวเสือแท้ หุ้มทอง",
          "เขี้ยวเสือแท้ หุ้มทองลงยา เครื่องรางของขลัง 12,000 บาท "
          "ไลน์ {line}",
          "Panthera tigris", "I", photos=2),
    offer("bkk-amulet", "antiques", "en", 2400, "Ivory Buddha carving, old Thai",
          "Old Thai ivory Buddha carving, 12 cm, from a private collection in Bangkok. "
          "$2,400. Can send by EMS as 'bone carving'. Line {line}",
          "Elephas maximus", "I", currency="USD"),
    offer("hk-haimei", "food", "en", 30000, "Totoaba fish maw (金钱鳘) 2 pcs - premium",
          "Premium totoaba maw (金钱鳘), 2 pieces, 0.9 kg each, aged 5 years. For "
          "collectors and gifts. HKD 30,000 each. WhatsApp {whatsapp:intl}",
          "Totoaba macdonaldi", "I", currency="HKD", photo_of="mercado:totoaba"),
    offer("hk-haimei", "food", "zh", 2200, "天九翅 鲨鱼翅 一斤",
          "正宗天九翅（大鲨鱼背翅），一斤装，翅针粗长。HKD 2200/斤。"
          "电邮 {email} 或 WhatsApp {whatsapp:intl}",
          "Rhincodon typus", "II", currency="HKD"),
    offer("mengla-shop", "antiques", "zh", 300, "白货 小件 便宜出",
          "白货小挂件几个，300 一个，懂的私聊 {wechat}",
          "Elephas maximus", "I", obfuscated=True),
]
