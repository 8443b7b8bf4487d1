"""Names written backwards, cut by a space, with Thai tone marks moved, in Vietnamese teen code,
after a trade-mark word, with African or Persian letters, or in Chinese sound-alikes."""

from __future__ import annotations

import pytest

from extractors.species import find_species
from extractors.species.reshaped import (
    joined_reading,
    reversed_reading,
    shape_index,
    thai_tone_reading,
)
from extractors.species.spellings import vietnamese_reading


def taxa(text: str, lang: str | None = None) -> set[str]:
    return {mention.scientific_name for mention in find_species(text, lang).mentions}


def cues(text: str, lang: str | None = None) -> list[str]:
    return find_species(text, lang).negative_cues


@pytest.mark.parametrize(("text", "lang", "taxon"), [
    ("نبيع ةافحلس صغيرة عدد ٢ بسعر مناسب", "ar", "Testudinidae"),
    ("ada gnakuk jinak 2 ekor, 650rb nego", "id", "Nycticebus spp."),
    ("vendo ajo lote negro de 12 cm, 180 pesos", "es", "Ambystoma mexicanum"),
    ("ลิ๋งลมตัวจิ๋ว กินผลไม้ ราคา 2,800", "th", "Nycticebus spp."),
    ("สร้อยงาช๊างเก่า 12,000 บาท", "th", "Elephantidae"),
    ("nhẫn nqà voi cũ 2tr, ib", "vi", "Elephantidae"),
    ("lọ mật ghấu 10ml giá 800k", "vi", "Ursidae"),
    ("kakatoès à huppe jaune 2 ans, 900 €", "fr", "Cacatua galerita"),
    ("poudre de cɔrne de rhinɔcéros 5 g", "fr", "Rhinocerotidae"),
    ("ڤهد صغير للبيع، عمر شهرين", "ar", "Acinonyx jubatus"),
    ("jabut¡ piranga adulto R$ 400", "pt", "Chelonoidis carbonarius"),
    ("老犀 jiǎo 碗 一个 私聊", "zh", "Rhinocerotidae"),
    ("川山钾片 半斤 私聊", "zh", "Manis spp."),
    ("Écailles de pang-o-lin, 1 kg", "fr", "Manis spp."),
    ("écailles de golinpan séchées, 20 kg", "fr", "Manis spp."),  # verlan
    ("vendo gatortus chicas, comen lechuga", "es", "Testudinidae"),  # vesre, plural kept
    ("selling a ɹǝƃıʇ cub, 8 weeks", "en", "Panthera tigris"),  # upside down
    ("kulit hagarigimaugau utuh 2 m", "id", "Panthera tigris"),  # bahasa G
    ("mấu gật trại rút, 1cc 150k", "vi", "Ursidae"),  # nói lái
    ("cao kọp nấu 100 ngày 5tr", "vi", "Panthera tigris"),
    ("ขาย ovcif แท้ 50 กรัม", "th", "Rhinocerotidae"),  # Thai keys typed in English
    ("ڡهد صغير للبيع", "ar", "Acinonyx jubatus"),  # dotless fa
    ("bracelet en iv***e ancien, 200 €", "fr", "Elephantidae"),  # a run of masks
    ("estatuetas de mar&fim antigas", "pt", "Elephantidae"),
    ("pulseira de marphim antiga, 900 reais", "pt", "Elephantidae"),  # ph for f
    ("bán zẹt xám Châu Fi 2 tuổi", "vi", "Psittacus erithacus"),  # z for v, f for ph
    ("petit сhimраnzé à vendre", "fr", "Pan troglodytes"),  # Cyrillic beside an accent
    ("老件 ㄒㄧ ㄐㄧㄠˇ 碗 一個 私訊", "zh", "Rhinocerotidae"),  # zhuyin
])
def test_a_reshaped_name_is_read(text: str, lang: str, taxon: str) -> None:
    assert taxon in taxa(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("มานำเสนอโปรโมชั่นใหม่ ราคาพิเศษ", "th"),  # ม้าน้ำ without tones: ordinary Thai
    ("牙膏 白得像牙齿一样", "zh"),  # 像牙: a sound-alike of 象牙 in an ordinary phrase
    ("¡Hola! vendo bicicleta rodado 26", "es"),
    ("Jaguar F-Pace 2019, 45 000 km, gris", "fr"),
    ("ghế gỗ công nghiệp, giá 900k", "vi"),
    ("ส่ง kerry ทั่วประเทศ ทักไลน์ได้เลย", "th"),
    ("Jual baju anak lagi promo, harga murah", "id"),
    ("Je vends ma voiture, très bon état, 4500 euros", "fr"),
    ("call ***-*** 12 for the price", "en"),
    ("ขายต้นลิลลี่ lancifolium หัวละ 80 บาท", "th"),  # the keys of แรด inside a longer word
    ("Tượng hổ gỗ mít, thợ Đồng Kỵ đục tay, 4tr", "vi"),  # nói lái needs the tones to fit
])
def test_ordinary_text_is_not_reshaped_into_a_name(text: str, lang: str) -> None:
    assert "Elephantidae" not in taxa(text, lang)
    assert "Hippocampus spp." not in taxa(text, lang)
    assert not taxa(text, lang) - {"Panthera onca"}  # the Jaguar car is a brand cue's business


@pytest.mark.parametrize(("text", "lang"), [
    ("Lampu darurat merk Beruang, 8 jam, 70rb", "id"),
    ("مفكات ماركة التمساح ١٢ قطعة", "ar"),
    ("ข้าวสารตรานกแก้ว 5 กก. 160 บาท", "th"),
    ("熊猫牌炼乳 一箱 批发价", "zh"),
    ("Manta marca Tigre king size, nueva", "es"),
])
def test_a_name_after_a_trade_mark_word_is_a_brand(text: str, lang: str) -> None:
    assert taxa(text, lang) == set()
    assert {"brand", "vehicle or brand"} & set(cues(text, lang))


def test_brand_new_is_no_trade_mark() -> None:
    assert taxa("rhino horn brand new stock, 1kg", "en") == {"Rhinocerotidae"}


def test_readings_need_a_name_and_leave_names_alone() -> None:
    index = shape_index(["pangolin", "ajolote", "ลิงลม"])
    assert reversed_reading("nilognap scales", index) == "pangolin scales"
    assert reversed_reading("pangolin scales", index) is None
    assert reversed_reading("level radar", index) is None
    assert joined_reading("ajo lote rosa", index) == "ajolote rosa"
    assert joined_reading("ajo y lote", index) is None
    assert thai_tone_reading("ลิ๋งลม", index) == "ลิงลม"
    assert thai_tone_reading("ลิงลม", index) is None


def test_zhuyin_is_read_as_pinyin() -> None:
    from extractors.species.disguise import zhuyin_reading

    assert zhuyin_reading("ㄔㄨㄢ ㄕㄢ ㄐㄧㄚˇ片") == "chuan shan jia片"
    assert zhuyin_reading("ㄒㄩㄥˊ ㄉㄢˇ") == "xiong dan"
    assert zhuyin_reading("no zhuyin here") is None


def test_vietnamese_reading_only_in_vietnamese() -> None:
    assert vietnamese_reading("vòq nqà", "vi") == "vòng ngà"
    assert vietnamese_reading("ngaf voi", "vi") == "nga voi"
    assert vietnamese_reading("vòq nqà", "en") is None
    assert vietnamese_reading("ghế ghi", "vi") is None
