"""longma: Chinese/Vietnamese (+ English, Thai) single-page marketplace; CNY, VND, THB."""

from __future__ import annotations

from demo_market.contacts import Seller
from demo_market.data import legal, lookalike, offer
from demo_market.data.longma_goods import GOODS_ENTRIES, GOODS_SELLERS
from demo_market.data.longma_network import NETWORK_ENTRIES, NETWORK_SELLERS
from demo_market.data.longma_offers import OFFER_ENTRIES, OFFER_SELLERS

SELLERS = [
    Seller("long-ca", "Long Cá Cảnh & Đồ Cổ", "Hà Nội", "VN", "+84912345678",
           "longdoco.hn@gmail.com", {"zalo": "0912345678", "telegram": "@tuan_collect"}),
    Seller("mengla-shop", "勐腊老王", "西双版纳 勐腊", "CN", "+8613912345678", None,
           {"wechat": "wangzai_ml88"}),
    Seller("guangzhou-yao", "广州药材行", "广州", "CN", "+8613800138000", "gzyaocai@163.com",
           {"wechat": "gz_yaocai2020"}),
    Seller("hcm-pet", "Pet Shop Sài Gòn", "TP. Hồ Chí Minh", "VN", "+84903123456",
           "petshopsaigon@gmail.com", {"zalo": "0903123456"}),
    Seller("mongcai-go", "Gỗ Quý Móng Cái", "Móng Cái, Quảng Ninh", "VN", "+84987654321",
           None, {"zalo": "0987654321"}),
    Seller("bkk-amulet", "Bangkok Amulet & Antique", "Bangkok", "TH", "+66812345678",
           "bkkamulet@hotmail.com", {"line": "bkk_amulet99"}),
    Seller("shenzhen-toys", "深圳毛绒玩具厂", "深圳", "CN", "+8618612345678", "sz_toys@qq.com",
           {"wechat": "szmaorong"}),
    Seller("yiwu-mall", "义乌小商品", "义乌", "CN", "+8615912345678", "yiwu_mall@126.com"),
    Seller("dalat-farm", "Nông trại Đà Lạt", "Đà Lạt", "VN", "+84918765432", None,
           {"zalo": "0918765432"}),
]

ENTRIES = [
    offer("long-ca", "antiques", "vi", 45000000, "Sừng tê giác nguyên chiếc 1,2kg - hàng Nam Phi",
          "Bán sừng tê giác nguyên chiếc 1,2 kg, hàng Nam Phi về, có ảnh chụp lúc mới cắt. "
          "Bao test, không phải sừng trâu. Giá 45 triệu / lạng thương lượng cho khách quen. "
          "Giao tận tay ở Hà Nội. LH {phone:dots} (Zalo {zalo})",
          "Ceratotherium simum", "I", photos=2, key="rhino-horn-vi"),
    offer("long-ca", "jewelry", "vi", 2500000, "Vòng ngà voi thật 100%, bảo hành trọn đời",
          "Vòng tay ngà voi thật, bản 1 cm, màu ngà tự nhiên có vân. Nhận đổi trả nếu không "
          "phải ngà thật. Ship COD toàn quốc. Telegram {telegram} hoặc gọi {phone:local}.",
          "Loxodonta africana", "I", photos=2),
    offer("mengla-shop", "antiques", "zh", 6800, "老象牙雕件 手把件 包真",
          "老象牙(白货)手把件，雕工精细，重约85克，有自然纹理，包老包真。"
          "不走快递，只当面交易，勐腊、景洪可送。加微信 {wechat} 详谈，非诚勿扰。",
          "Elephas maximus", "I", obfuscated=True, photos=2),
    offer("mengla-shop", "health", "zh", 1200, "穿山甲片 500克 炮制好的",
          "正宗穿山甲片（甲片），已炮制，500克装，下奶、活血。量大从优，"
          "可发顺丰冷门线路。电话 {phone:intl} 微信同号。",
          "Manis javanica", "I", photos=2),
    offer("guangzhou-yao", "health", "zh", 3800, "熊胆粉 野生 10克装",
          "野生黑熊熊胆粉，10克一瓶，颜色金黄，苦中带甘，清热明目。"
          "非养殖场引流胆汁。每瓶 ¥3800，三瓶包邮。联系 {phone:spelled} 或邮箱 {email:at}",
          "Ursus thibetanus", "I", obfuscated=True),
    offer("guangzhou-yao", "health", "zh", 16000, "花胶 金钱鳘 鱼肚 一只 300克",
          "大只金钱鳘鱼肚（加利福尼亚湾），约300克，干身，适合收藏送礼。"
          "一口价 ¥16000，可视频看货。微信：{wechat}",
          "Totoaba macdonaldi", "I", obfuscated=True),
    offer("hcm-pet", "animals", "vi", 8000000, "Cu li lùn con, dễ thương, đã thuần",
          "Bán cu li lùn (culi nhỏ) con khoảng 5 tháng, đã thuần, ăn chuối và côn trùng. "
          "Rất dễ thương, hợp nuôi trong nhà. Giao hàng HCM. Zalo {zalo} - {phone}",
          "Nycticebus pygmaeus", "I", photos=2),
    offer("mongcai-go", "home", "vi", 350000000, "Gỗ trắc (cẩm lai) khối 2m3 - hàng Lào",
          "Bán 2 khối gỗ trắc đỏ hàng Lào về, đã xẻ hộp, vân đẹp, thơm. Giá 350 triệu / 2m3. "
          "Có thể giao qua Đông Hưng. Zalo {zalo}",
          "Dalbergia cochinchinensis", "II", photos=2),
    offer("bkk-amulet", "jewelry", "th", 85000, "หัวนกชนหินแกะสลัก จี้พระ ของแท้",
          "จี้แกะสลักจากหัวนกชนหิน (โหนก) แท้ สีแดงส้มธรรมชาติ งานแกะมือ "
          "ราคา 85,000 บาท ส่ง EMS ได้ แอดไลน์ {line} หรือโทร {phone:dash}",
          "Rhinoplax vigil", "I", photos=2),
    legal("hcm-pet", "animals", "vi", 350000, "Mèo Anh lông ngắn, đã tiêm phòng",
          "Bé mèo Anh lông ngắn 2 tháng, màu xám xanh, đã tiêm 1 mũi, ăn hạt tốt. "
          "Giá 3,5 triệu... à nhầm, 350 nghìn cho bé lai. Inbox Zalo {zalo}"),
    legal("dalat-farm", "food", "vi", 120000, "Cá hồi Đà Lạt tươi, nuôi tại trại",
          "Cá hồi vân nuôi tại trại ở Đà Lạt, tươi mỗi sáng, 120k/kg. Giao nội thành "
          "Đà Lạt, gửi xe khách đi HCM. Gọi {phone:local}"),
    legal("dalat-farm", "food", "vi", 95000, "Gà ta thả vườn nguyên con",
          "Gà ta thả vườn 1,5-2 kg/con, làm sạch sẵn. 95 nghìn/kg. Đặt trước 1 ngày. "
          "ĐT {phone:spaced}"),
    legal("yiwu-mall", "fashion", "zh", 128, "纯羊毛围巾 澳洲美利奴",
          "100% 澳洲美利奴羊毛围巾，柔软不扎，多色可选，¥128 一条，两条包邮。"
          "批发请发邮件 {email}"),
    legal("yiwu-mall", "animals", "zh", 68, "狗粮 鸡肉味 成犬 10kg",
          "国产品牌成犬狗粮，鸡肉味，10kg装，保质期到2027年。¥68 限本地自提。"
          "电话 {phone}"),
    lookalike("shenzhen-toys", "collectibles", "zh", 39, "毛绒穿山甲玩偶 30cm",
              "可爱毛绒穿山甲公仔，30厘米，PP棉填充，可机洗。送小朋友很合适。"
              "批发价请加微信 {wechat}"),
    lookalike("shenzhen-toys", "collectibles", "zh", 45, "老虎毛绒玩具 虎年吉祥物",
              "虎年吉祥物老虎毛绒玩具，40厘米，仿真老虎花纹，人造毛，非真皮。¥45，满三件包邮。"),
    lookalike("yiwu-mall", "jewelry", "zh", 29, "象牙白 珍珠项链 仿珍珠",
              "象牙白色仿珍珠项链，树脂材质，45厘米，婚礼伴娘首饰。¥29 一条。"
              "不是真珍珠也不是象牙，只是颜色。"),
    lookalike("bkk-amulet", "health", "en", 4, "Tiger Balm white 19g - wholesale from Thailand",
              "Original Tiger Balm white ointment 19 g, Thai version. Wholesale 100 jars "
              "minimum, $4 each. Line {line}", currency="USD"),
    lookalike("hcm-pet", "collectibles", "vi", 150000, "Tượng voi gỗ nhựa trang trí",
              "Tượng voi bằng nhựa composite giả gỗ, cao 30 cm, trang trí phòng khách, "
              "phong thủy. 150k, freeship từ 2 tượng. {phone:local}"),
]

ENTRIES += NETWORK_ENTRIES + OFFER_ENTRIES + GOODS_ENTRIES
SELLERS += NETWORK_SELLERS + OFFER_SELLERS + GOODS_SELLERS
