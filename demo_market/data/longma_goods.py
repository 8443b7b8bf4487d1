"""longma, fourth part: legal animal goods and look-alikes that must not be flagged."""

from __future__ import annotations

from demo_market.catalog import Entry
from demo_market.contacts import Seller
from demo_market.data import legal, lookalike

GOODS_SELLERS: list[Seller] = [
    Seller("guangxi-farm", "广西生态养殖场", "南宁", "CN", "+8613877123456", None,
           {"wechat": "gx_yangzhi"}),
    Seller("shanghai-life", "上海生活馆", "上海", "CN", "+8613816123456", "shlife@163.com",
           {"wechat": "sh_lifehome"}),
    Seller("chengdu-pets", "成都萌宠之家", "成都", "CN", "+8618180123456", None,
           {"wechat": "cd_mengchong"}),
    Seller("saigon-fashion", "Saigon Fashion House", "TP. Hồ Chí Minh", "VN", "+84938777888",
           "saigonfashionhouse@gmail.com", {"zalo": "0938777888"}),
    Seller("mekong-fish", "Cá Tra Cần Thơ", "Cần Thơ", "VN", "+84939123456", None,
           {"zalo": "0939123456"}),
    Seller("hanoi-books", "Nhà sách cũ Đinh Lễ", "Hà Nội", "VN", "+84904555666",
           "sachcudinhle@gmail.com"),
    Seller("bkk-market", "Pattaya Shop & Go", "พัทยา", "TH", "+66899123456", None,
           {"line": "pattaya_shopgo"}),
]

GOODS_ENTRIES: list[Entry] = [
    legal("guangxi-farm", "food", "zh", 45, "农家散养土鸡 整只 3 斤左右",
          "广西山里散养土鸡，吃玉米青草长大，一只 3 斤左右，现杀真空包装。¥45/只，"
          "五只包邮。微信 {wechat}"),
    legal("guangxi-farm", "food", "zh", 38, "养殖罗非鱼 鲜活 每斤",
          "自家鱼塘养殖罗非鱼，鲜活，每斤 ¥38……写错了，¥8.5/斤，批发另议。"
          "电话 {phone}"),
    legal("guangxi-farm", "food", "zh", 120, "土蜂蜜 百花蜜 2 斤装",
          "中华蜜蜂土蜂蜜，一年一摇，2 斤装玻璃瓶。¥120。{wechat}"),
    legal("guangxi-farm", "animals", "zh", 600, "小猪仔 三元猪 20 斤",
          "三元杂交小猪仔，20 斤左右，已打疫苗。¥600/头，10 头起卖。{phone:intl}"),
    legal("chengdu-pets", "animals", "zh", 1500, "英短蓝猫 幼猫 已打疫苗",
          "英短蓝猫弟弟，3 个月，已打两针疫苗，驱虫完成，会用猫砂。¥1500。"
          "微信 {wechat}", photos=2),
    legal("chengdu-pets", "animals", "zh", 80, "虎皮鹦鹉 一对 手养",
          "虎皮鹦鹉一对，手养亲人，颜色蓝白和黄绿。¥80 一对，送小笼子。"
          "同城自提 {phone:local}"),
    legal("chengdu-pets", "animals", "zh", 350, "玄凤鹦鹉 幼鸟 白化",
          "玄凤鹦鹉幼鸟，白化黄脸，已经能自己吃小米。¥350。微信 {wechat}"),
    legal("chengdu-pets", "animals", "zh", 2800, "柯基犬 幼犬 纯种",
          "纯种柯基幼犬，两个月，三色，疫苗驱虫齐全，可签协议。¥2800。{phone:dash}"),
    legal("chengdu-pets", "animals", "zh", 200, "锦鲤 红白 15 厘米 5 条",
          "日系红白锦鲤 5 条，15 厘米左右，体型好。¥200 打包。{wechat}"),
    legal("shanghai-life", "fashion", "zh", 399, "头层牛皮 男士钱包 手工",
          "头层牛皮手工钱包，植鞣皮，越用越亮。¥399，可刻字。邮箱 {email}"),
    legal("shanghai-life", "fashion", "zh", 299, "内蒙古 羊绒衫 女款",
          "内蒙古山羊绒羊绒衫，女款，燕麦色，M 码。¥299。微信 {wechat}"),
    legal("yiwu-mall", "home", "zh", 59, "羊毛毡 坐垫 4 个装",
          "新西兰羊毛毡坐垫，40 厘米圆形，4 个装。¥59。批发 {email:at}"),
    legal("mekong-fish", "food", "vi", 45000, "Cá tra phi lê đông lạnh",
          "Cá tra phi lê đông lạnh xuất khẩu, túi 1 kg, 45k/kg. Sỉ lẻ đều có. "
          "Zalo {zalo}"),
    legal("mekong-fish", "food", "vi", 180000, "Cá lóc đồng khô 1 nắng",
          "Khô cá lóc 1 nắng, cá nuôi ao nhà, 180k/kg. Ship toàn quốc. ĐT {phone:spelled}"),
    legal("dalat-farm", "food", "vi", 280000, "Thịt bò Đà Lạt tươi",
          "Thịt bò tươi từ trang trại Đà Lạt, thăn và bắp, 280k/kg. "
          "Gọi {phone:intl}"),
    legal("dalat-farm", "animals", "vi", 1200000, "Gà Đông Tảo giống 3 tháng",
          "Gà Đông Tảo thuần chủng 3 tháng tuổi, chân to, khỏe. 1,2 triệu / cặp. "
          "Zalo {zalo}"),
    legal("hcm-pet", "animals", "vi", 4500000, "Chó Poodle tiny màu nâu đỏ",
          "Bé Poodle tiny đực, 2 tháng, đã tiêm 2 mũi, có sổ. 4,5 triệu. Zalo {zalo}",
          photos=2),
    legal("hcm-pet", "animals", "vi", 120000, "Hạt cho mèo 2kg vị cá hồi",
          "Thức ăn hạt cho mèo trưởng thành, vị cá hồi, túi 2 kg. 120k. {phone}"),
    legal("saigon-fashion", "fashion", "vi", 650000, "Giày da bò thật handmade",
          "Giày tây nam da bò thật 100%, đóng thủ công, size 38-43. 650k, bảo hành 1 năm. "
          "Zalo {zalo}", photos=2),
    legal("saigon-fashion", "fashion", "vi", 390000, "Túi da bò vintage nữ",
          "Túi đeo chéo da bò sáp, màu nâu bò. 390k. Inbox hoặc gọi {phone:local}"),
    legal("long-ca", "animals", "vi", 50000, "Cá vàng, cá bảy màu giống",
          "Cá vàng ranchu và cá bảy màu giống, khỏe, 50k / cặp. Bán tại cửa hàng Hà Nội. "
          "ĐT {phone}"),
    legal("bkk-market", "food", "th", 250, "หมูแดดเดียว 1 กิโล",
          "หมูแดดเดียวสูตรบ้านๆ 1 กิโล 250 บาท ส่งเคอรี่ทั่วประเทศ ไลน์ {line}"),
    legal("bkk-market", "fashion", "th", 890, "รองเท้าหนังวัวแท้ ผู้ชาย",
          "รองเท้าหนังวัวแท้ ทำมือ ไซส์ 40-44 ราคา 890 บาท โทร {phone:local}"),
    legal("bkk-market", "animals", "th", 3500, "ลูกแมวสก็อตติชโฟลด์",
          "ลูกแมวสก็อตติชโฟลด์ หูพับ 2 เดือน ฉีดวัคซีนแล้ว 3,500 บาท ไลน์ {line}"),
    legal("chatuchak-pets", "animals", "th", 300, "นกหงส์หยก คู่ละ 300",
          "นกหงส์หยกเพาะพันธุ์เอง หลายสี คู่ละ 300 บาท ที่จตุจักร โทร {phone:intl}"),
    legal("hk-haimei", "food", "en", 480, "Farmed abalone, dried, 300g (HK)",
          "Dried farmed abalone from Dalian, 300 g box, 20 heads. HKD 480. "
          "WhatsApp {whatsapp:intl}", currency="HKD"),
    legal("hk-haimei", "food", "zh", 680, "养殖花胶 鳕鱼胶 一斤",
          "养殖鱼胶（鳕鱼胶），一斤装，适合煲汤。HKD 680。电邮 {email}",
          currency="HKD"),
    lookalike("shanghai-life", "home", "zh", 89, "珊瑚绒毯子 加厚 双人",
              "加厚珊瑚绒毯子 200x230，柔软不掉毛，冬天必备。¥89 包邮。{wechat}"),
    lookalike("shanghai-life", "home", "zh", 129, "虎牌 保温杯 500ml 日本",
              "日本虎牌（TIGER）不锈钢保温杯 500ml，全新未用。¥129。{phone}"),
    lookalike("shanghai-life", "home", "zh", 259, "象牙白 瓷砖 800x800 一平",
              "象牙白色通体大理石瓷砖 800x800，剩 20 平，¥259/平 打包价。电话 {phone:local}"),
    lookalike("shanghai-life", "home", "zh", 199, "红木色 竹制书架 五层",
              "竹制五层书架，红木色漆面，非红木。¥199。{wechat}"),
    lookalike("shanghai-life", "food", "zh", 36, "虎皮蛋糕卷 6 个装",
              "手工虎皮蛋糕卷，6 个装，当天现做。¥36，上海同城配送。{wechat}"),
    lookalike("shenzhen-toys", "collectibles", "zh", 68, "仿真 穿山甲 模型 塑料",
              "仿真穿山甲模型，PVC 塑料，长 20 厘米，科普教具。¥68。{email}"),
    lookalike("shenzhen-toys", "collectibles", "zh", 55, "熊猫 老虎 大象 毛绒公仔 三件套",
              "动物毛绒公仔三件套（熊猫、老虎、大象），每只 25 厘米。¥55。"
              "批发请加微信 {wechat}"),
    lookalike("yiwu-mall", "jewelry", "zh", 39, "仿玳瑁 发夹 抓夹 大号",
              "仿玳瑁纹醋酸纤维大号抓夹，复古琥珀色。¥39 两个。非真玳瑁。{phone}"),
    lookalike("yiwu-mall", "collectibles", "zh", 45, "树脂 大象 摆件 招财",
              "树脂大象摆件一对，象牙白色，高 20 厘米，客厅招财。¥45。{email:at}"),
    lookalike("yiwu-mall", "jewelry", "zh", 120, "象牙果 雕刻 吊坠 (塔古亚坚果)",
              "象牙果（南美塔古亚棕榈坚果，植物象牙）雕刻吊坠，环保替代品。¥120。"
              "{email}"),
    lookalike("panjiayuan-li", "books", "zh", 58, "Python编程 从入门到实践 第三版",
              "Python 编程从入门到实践 第三版，九成新，有少量笔记。¥58 包邮。"
              "微信 {wechat}"),
    lookalike("panjiayuan-li", "books", "zh", 40, "《象牙塔之外》 散文集",
              "《象牙塔之外》散文集，老版本，书页泛黄但完整。¥40。{phone:local}"),
    lookalike("guangxi-farm", "food", "zh", 10, "鱼翅瓜 新鲜 一个 5 斤",
              "新鲜鱼翅瓜（无花果叶瓜），一个约 5 斤，煮汤有“鱼翅”口感。¥10/个。"
              "{wechat}"),
    lookalike("guangxi-farm", "food", "zh", 28, "虎皮青椒 真空装 下饭菜",
              "农家虎皮青椒，真空包装，500 克。¥28。{phone}"),
    lookalike("saigon-fashion", "fashion", "vi", 2800000, "Áo cưới màu ngà, ren Pháp",
              "Váy cưới màu ngà (ivory), ren Pháp, đuôi dài 1,5 m, size M. Mặc 1 lần. "
              "2,8 triệu. Zalo {zalo}", photos=2),
    lookalike("saigon-fashion", "fashion", "vi", 450000, "Áo khoác lông giả họa tiết hổ",
              "Áo khoác lông nhân tạo họa tiết vằn hổ, size L, ấm. 450k. {phone:local}"),
    lookalike("saigon-fashion", "fashion", "vi", 250000, "Kính mát gọng vân đồi mồi",
              "Kính mát gọng nhựa acetate vân đồi mồi (không phải đồi mồi thật). 250k. "
              "Zalo {zalo}"),
    lookalike("saigon-fashion", "health", "vi", 180000, "Son môi màu san hô",
              "Son lì màu cam san hô, chính hãng Hàn Quốc. 180k. {phone}"),
    lookalike("hanoi-books", "books", "vi", 120000, "Sách lập trình Python cơ bản",
              "Sách Lập trình Python cơ bản, bản 2022, còn mới 90%. 120k. Email {email}"),
    lookalike("hanoi-books", "books", "vi", 90000, "Sách: Tê giác và những kẻ săn trộm",
              "Sách phóng sự về nạn săn trộm tê giác và buôn bán sừng tê ở châu Phi. 90k. "
              "Gọi {phone:local}"),
    lookalike("hanoi-books", "collectibles", "vi", 150000, "Thú nhồi bông tê tê và voi con",
              "Bộ 2 thú nhồi bông: tê tê và voi con, 30 cm, cho bé. 150k. {email:at}"),
    lookalike("long-ca", "health", "vi", 35000, "Dầu cù là con hổ (Tiger Balm) chính hãng",
              "Dầu cù là con hổ Tiger Balm trắng 19 g, hàng Singapore. 35k/hộp, sỉ từ 20 hộp. "
              "Zalo {zalo}"),
    lookalike("mekong-fish", "food", "vi", 380000, "Thùng bia Tiger 24 lon",
              "Bia Tiger thùng 24 lon 330 ml, giao nhanh Cần Thơ. 380k. {phone}"),
    lookalike("mekong-fish", "home", "vi", 220000, "Kệ tre màu gỗ trắc 4 tầng",
              "Kệ sách bằng tre sơn màu gỗ trắc, 4 tầng, lắp ráp dễ. 220k. Zalo {zalo}"),
    lookalike("bkk-market", "food", "th", 600, "เบียร์ช้าง 1 ลัง",
              "เบียร์ช้าง กระป๋อง 24 กระป๋อง ส่งฟรีในพัทยา ลังละ 600 บาท ไลน์ {line}"),
    lookalike("bkk-market", "collectibles", "th", 350, "ตุ๊กตาช้างไม้แกะสลัก",
              "ตุ๊กตาช้างไม้มะม่วงแกะสลัก สูง 25 ซม. งานฝีมือเชียงใหม่ 350 บาท โทร {phone:local}"),
    lookalike("bkk-market", "fashion", "th", 490, "กระเป๋าลายหนังจระเข้ หนังเทียม",
              "กระเป๋าถือลายหนังจระเข้ ทำจากหนังเทียม PU สีดำ 490 บาท ไลน์ {line}"),
    lookalike("bkk-market", "health", "th", 45, "ยาหม่องตราเสือ ขวดแดง",
              "ยาหม่องตราเสือ สูตรร้อน 19 กรัม ขวดละ 45 บาท ยกโหล 480 บาท ไลน์ {line}"),
    legal("dalat-farm", "food", "vi", 150000,
          "Rau củ sạch Đà Lạt - đặt hàng theo tuần, giao tận nhà (đọc kỹ)",
          "Nông trại gia đình mình trồng rau theo hướng hữu cơ ở Đà Lạt được 8 năm, không "
          "dùng thuốc diệt cỏ, phân bón chủ yếu là phân bò ủ hoai từ trại bò của chú mình.\n"
          "Mỗi tuần mình giao 1 lần vào thứ Sáu cho khách ở Đà Lạt và gửi xe lạnh về "
          "Sài Gòn vào thứ Năm. Gói cơ bản 150k gồm 4-5 kg rau củ theo mùa (cải thảo, "
          "súp lơ, cà rốt, khoai tây, su su...), có thể thêm trứng gà thả vườn và sữa bò tươi.\n"
          "Khách đặt trước thứ Ba. Thanh toán khi nhận hàng hoặc chuyển khoản. "
          "Ai muốn ghé thăm vườn cứ nhắn trước nhé. Zalo {zalo} hoặc gọi {phone}.",
          photos=3),
    lookalike("yiwu-mall", "collectibles", "zh", 15, "老虎 冰箱贴",
              "老虎冰箱贴，树脂，15 块一个，3 个 40。{email}"),
]
