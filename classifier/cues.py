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

OFFER_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("for sale", "selling", "sell", "available", "in stock", "price", "offers over",
           "best offer", "asking", "ship", "shipping", "delivery", "wholesale", "supply",
           "moq", "pm me", "dm me", "inbox", "contact", "each", "per kg", "fs:", "obo",
           "rehoming fee", "must go", "cash", "payment"),
    "fr": ("à vendre", "vends", "vend", "vente", "je cède", "cède", "prix", "disponible",
           "livraison", "envoi", "à débattre", "pièce", "le lot", "mp", "contact", "en gros",
           "remise en main propre", "je propose"),
    "es": ("vendo", "se vende", "venta", "en venta", "precio", "disponible", "envío", "envíos",
           "entrega", "remato", "oferta", "c/u", "cada uno", "mayoreo", "por mayor", "inbox",
           "whats", "proveedor", "tengo", "vendemos"),
    "ar": ("للبيع", "أبيع", "نبيع", "السعر", "سعر", "متوفر", "نوفر", "التوصيل", "الشحن",
           "للتواصل", "واتساب", "بالخاص", "عرض", "للجادين", "عندي"),
    "zh": ("出售", "出", "转让", "现货", "价格", "元", "包邮", "发货", "私聊", "批发", "面议",
           "微信", "一只", "一件", "交易", "电议", "私信", "懂的来"),
    "vi": ("bán", "cần bán", "giá", "có sẵn", "ship", "liên hệ", "inbox", "ib", "zalo",
           "thanh lý", "triệu", "giao hàng", "chuyên cung cấp", "nhận"),
    "th": ("ขาย", "ราคา", "บาท", "พร้อมส่ง", "ส่ง", "ทักไลน์", "ทักแชท", "สนใจ", "ปล่อย",
           "ต่อรอง", "นัดรับ", "ตัวละ", "กิโลละ", "ชิ้น"),
    "id": ("jual", "dijual", "harga", "ready", "kirim", "nego", "hubungi", "wa", "japri",
           "minat", "sedia", "cod", "juta", "ribu", "menjual", "lelang"),
    "pt": ("vendo", "à venda", "venda", "preço", "disponível", "envio", "entrega", "cada",
           "contato", "whatsapp", "zap", "negociável", "privado", "fornecemos", "tenho"),
}

WANTED_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("wtb", "want to buy", "looking to buy", "looking for", "buying", "buyer for",
           "i pay", "want to purchase", "who can supply", "anyone selling", "wanted"),
    "fr": ("recherche", "cherche", "achète", "j'achète", "je cherche"),
    "es": ("busco", "compro", "se busca", "quiero comprar"),
    "ar": ("مطلوب", "أبحث عن", "أشتري", "أرغب بشراء", "للشراء"),
    "zh": ("求购", "收购", "想买", "收老", "收"),
    "vi": ("cần mua", "tìm mua", "thu mua", "mua lại"),
    "th": ("รับซื้อ", "หาซื้อ", "อยากได้", "ตามหา"),
    "id": ("cari", "dicari", "mau beli", "beli"),
    "pt": ("procuro", "compro", "quero comprar"),
}

REPORT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("seized", "seizure", "arrested", "intercepted", "customs", "police", "court",
           "jailed", "smuggl", "rescued", "donate", "donation", "protect", "conservation",
           "poach", "extinction", "adopt a", "campaign", "don't buy", "never buy", "wwf"),
    "fr": ("saisi", "saisie", "douane", "condamn", "arrêté", "police", "protég", "don ",
           "braconn", "pétition", "extinction", "n'achetez", "trafiquant", "confisqu"),
    "es": ("decomis", "incaut", "aduana", "policía", "condena", "rescat", "protege",
           "donación", "extinción", "campaña", "denuncia", "tráfico", "nunca compres"),
    "ar": ("ضبط", "ضبطت", "الجمارك", "الشرطة", "صادرت", "أحبطت", "تهريب", "حماية", "تبرع",
           "الانقراض", "لا تشتروا", "لا تشترِ", "محكمة", "الحكم"),
    "zh": ("查获", "海关", "走私", "判处", "保护", "捐款", "拒绝", "灭绝", "没有买卖", "监测",
           "警方", "公安"),
    "vi": ("thu giữ", "hải quan", "bắt giữ", "tòa án", "buôn lậu", "bảo vệ", "bảo tồn",
           "giải cứu", "quyên góp", "nói không", "phát hiện"),
    "th": ("ยึด", "ศุลกากร", "จับกุม", "ศาล", "ลักลอบ", "ปกป้อง", "บริจาค", "อนุรักษ์",
           "สูญพันธุ์", "อย่าซื้อ", "ไม่ซื้อ", "คุ้มครอง"),
    "id": ("menyita", "bea cukai", "polisi", "pengadilan", "menangkap", "menggagalkan",
           "selundup", "melindungi", "lindungi", "donasi", "punah", "jangan beli", "dilindungi"),
    "pt": ("apreend", "alfândega", "polícia", "condenado", "resgat", "proteção", "proteger",
           "doação", "tráfico", "nunca compre", "não compre", "operação", "ajude"),
}

# Look-alike words: the text names a protected animal but sells something else.
LOOKALIKE_WORDS: tuple[str, ...] = (
    "faux", "fake", "imitation", "resin", "plush", "soft toy", "toy", "balm", "ointment",
    "pattern", "print", "colour", "color", "acetate", "plastic", "ceramic", "book",
    "programming", "figurine", "statue", "sculpture", "artificial", "synthetic", "knitted",
    "crochet", "mdf", "cow bone", "bone", "sticker", "poster", "t-shirt",
    "fausse", "imitation", "résine", "peluche", "baume", "motif", "couleur", "livre",
    "céramique", "artificielles", "effet", "plastique", "figurine",
    "sintética", "sintético", "resina", "peluche", "bálsamo", "estampado", "color",
    "libro", "cerámica", "artificiales", "efecto", "plástico", "figura",
    "pelúcia", "estampa", "cor ", "livro", "cerâmica", "artificiais", "acabamento",
    "صناعي", "الريزن", "الراتنج", "لعبة", "دمية", "بلسم", "مرهم", "بلون", "لون", "بنقشة",
    "كتاب", "السيراميك", "مجسم", "تمثال", "شبيهة",
    "仿", "树脂", "毛绒", "公仔", "玩具", "万金油", "纹", "色", "书", "陶瓷", "摆件", "仿真",
    "giả", "nhựa", "thú bông", "nhồi bông", "cù là", "họa tiết", "màu", "sách", "gốm", "tượng",
    "nhân tạo", "composite",
    "เทียม", "เรซิ่น", "เรซิน", "ตุ๊กตา", "ยาหม่อง", "ลาย", "สี", "หนังสือ", "เซรามิก",
    "รูปปั้น", "ปลอม", "ไม่ใช่ของจริง",
    "sintetis", "boneka", "balsem", "motif", "warna", "buku", "keramik", "patung", "plastik",
    "rajut", "tiger eye",
)

LIVE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("live", "alive", "cub", "baby", "babies", "chick", "chicks", "hatchling", "yearling",
           "juvenile", "pet", "tame", "hand-fed", "hand-reared", "bottle fed", "bottle-fed"),
    "fr": ("vivant", "bébé", "bébés", "jeune", "jeunes", "juvénile", "juvéniles", "apprivoisé"),
    "es": ("vivo", "cría", "crías", "cachorro", "bebé", "pichón", "pichones", "manso",
           "mascota", "domesticado"),
    "ar": ("حي", "شبل", "فرخ", "فراخ", "فرخين", "أليف", "صغير", "صغيرة"),
    "zh": ("活", "幼崽", "宝宝", "幼鸟", "苗", "手养"),
    "vi": ("sống", "con", "non", "nuôi", "thuần"),
    "th": ("ลูก", "เป็นๆ", "มีชีวิต", "เชื่อง"),
    "id": ("hidup", "anak", "anakan", "bayi", "jinak", "ekor"),
    "pt": ("vivo", "filhote", "filhotes", "manso", "mansos", "dócil"),
}

PRICE_RE = re.compile(
    r"(?:[$€£¥฿₫]|R\$|Rp\.?|USD|EUR|GBP|MXN|FCFA|CFA)\s?\d"
    r"|\d[\d.,\s]*(?:\s?(?:€|\$|£|usd|eur|dollars?|pounds?|pesos|mxn|fcfa|euros?|reais|kz|"
    r"元|块|万|บาท|k\b|tr\b|triệu|nghìn|juta|jt|rb|ribu|درهم|ريال|دولار|جنيه))",
    re.IGNORECASE)
ARABIC_PRICE_RE = re.compile(
    r"[٠-٩]+\s*(?:ألف\s*)?(?:درهم|ريال|دولار|جنيه)|\d+\s?(?:per|a|/|le|el|por|o)\s?(?:kg|kilo)\b",
    re.IGNORECASE)
SPACED_RE = re.compile(r"(?:\b\w[.\-*_ ]){3,}\w\b|\b\w*[a-z][0-9@!*][a-z]\w*\b", re.IGNORECASE)
TATWEEL = "\u0640"


@dataclass
class WordingCues:
    """How a text talks: the first matching word of each kind (or None)."""

    offer: str | None = None
    wanted: str | None = None
    report: str | None = None
    price: str | None = None
    lookalike: list[str] = field(default_factory=list)
    live: str | None = None
    obfuscation: str | None = None


def _normalise(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def _find(words: tuple[str, ...], text: str) -> str | None:
    for word in words:
        if word.isascii() and word[:1].isalnum():
            if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text):
                return word
        elif word in text:
            return word
    return None


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
    obfuscated = SPACED_RE.search(text)
    return WordingCues(
        offer=_find(_all_languages(OFFER_WORDS, lang), low),
        wanted=_find(_all_languages(WANTED_WORDS, lang), low),
        report=_find(_all_languages(REPORT_WORDS, lang), low),
        price=price.group(0).strip() if price else None,
        lookalike=[w for w in dict.fromkeys(LOOKALIKE_WORDS) if _find((w,), low)][:3],
        live=_find(LIVE_WORDS.get(lang or "", ()) + LIVE_WORDS["en"], low),
        obfuscation=(obfuscated.group(0) if obfuscated else
                     ("tatweel" if TATWEEL in text else None)),
    )
