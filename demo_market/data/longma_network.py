"""longma, network ads: a copied text, a re-posted photo, a shared Telegram/WhatsApp seller."""

from __future__ import annotations

from demo_market.catalog import Entry
from demo_market.contacts import Seller
from demo_market.data import legal, lookalike, offer

NETWORK_SELLERS: list[Seller] = [
    Seller("rh-direct", "RH Direct Asia", "Vientiane", "LA", None, None,
           {"telegram": "@tuan_collect", "whatsapp": "+84912345678"}),
    Seller("kunming-birds", "昆明花鸟市场小李", "昆明", "CN", "+8613712345678", None,
           {"wechat": "xiaoli_niao"}),
    Seller("haiphong-hai-san", "Hải Sản Hải Phòng", "Hải Phòng", "VN", "+84936111222",
           "haisanhp@gmail.com", {"zalo": "0936111222"}),
]

NETWORK_ENTRIES: list[Entry] = [
    offer("rh-direct", "health", "en", 950, "R.H. powder 100g - top grade, from Africa",
          "Selling r.h. powder, 100 grams, grinded fresh from a full piece (pics of the piece "
          "before grinding available). Good for fever and detox like grandfather used. "
          "Price per 100g, minimum order 100g. Ship to HN/HCM or EMS abroad. Telegram "
          "{telegram} or WhatsApp {whatsapp:compact}.",
          "Diceros bicornis", "I", obfuscated=True, currency="USD",
          copy_of="savanna:rh-powder"),
    offer("kunming-birds", "animals", "zh", 26000, "金刚鹦鹉 红绿金刚 幼鸟 手养",
          "红绿金刚鹦鹉幼鸟，四个月，手养很亲人，已经会自己吃东西。带笼子，"
          "可以发物流到云南、四川、贵州。价格 ¥26000 可小刀。电话/微信：{phone}",
          "Ara chloropterus", "II", photos=2, photo_of="mercado:macaw"),
    offer("kunming-birds", "animals", "zh", 4500, "非洲灰鹦鹉 刚果灰 会说话",
          "刚果灰鹦鹉一只，一岁半，会说“你好”“吃饭了吗”，性格温顺。无证，懂的来。"
          "微信 {wechat}",
          "Psittacus erithacus", "I"),
    legal("haiphong-hai-san", "food", "vi", 250000, "Tôm sú nuôi Hải Phòng loại 1",
          "Tôm sú nuôi đầm, size 20-25 con/kg, tươi sống, 250k/kg. Ship nội thành trong ngày. "
          "Liên hệ {phone:local} hoặc email {email}."),
    lookalike("haiphong-hai-san", "food", "vi", 90000, "Vây cá giả (miến vây) chay 500g",
              "Vây cá chay làm từ miến đậu xanh và rau câu, 500 g, dùng nấu súp như súp vi cá "
              "nhưng 100% chay, không có cá mập nào bị hại. 90k/gói. Zalo {zalo}"),
]
