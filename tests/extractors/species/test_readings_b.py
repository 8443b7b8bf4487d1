"""Readings of the second batch: abbreviated scientific names with a subspecies, Spanish b/v and
ll/y, Arabic letters that sound alike, Thai with its ะ dropped, VIQR with fewer signs and 9 for
g. Each general: read against every name of the lexicon, never a list of spellings."""

from __future__ import annotations

import pytest

from extractors.species import find_species, load_lexicon
from extractors.species.folded import (
    arabic_reading,
    fold_index,
    spanish_reading,
    thai_short_a_reading,
)
from extractors.species.matcher import _fold_index
from extractors.species.spellings import nine_reading, viqr_tone_reading


def taxa(text: str, lang: str | None = None) -> set[str]:
    return {mention.scientific_name for mention in find_species(text, lang).mentions}


@pytest.mark.parametrize(("text", "lang", "taxon"), [
    # abbreviated scientific names: a trinomial, with or without its species cut to an initial
    ("Vendo C. s. citrinocristata macho adulto", "es", "Cacatua sulphurea"),
    ("P. e. timneh young, talks a lot", "en", "Psittacus erithacus"),
    ("P. m. bivittatus hatchling 40 cm", "en", "Python bivittatus"),
    # Spanish b/v and ll/y
    ("Carne de lamví limpia y conchas grandes", "es", "Aliger gigas"),
    ("cavallito de mar seco para té", "es", "Hippocampus spp."),
    ("guacamalla roja joven, ya come sola", "es", "Ara macao"),
    # Arabic letters that sound alike, and ق written for غ
    ("جلد تمصاح نيلي كامل ٣ متر", "ar", "Crocodylia"),
    ("صلحفاة صغيرة للبيع", "ar", "Testudinidae"),
    ("قوريلا صغيرة للبيع", "ar", "Gorilla spp."),
    # Thai with its ะ dropped (tone marks moved too)
    ("ขายลูก ชนี๊🐒 มือขาว 8 เดือน", "th", "Hylobatidae"),
    ("ชนีมือขาว ตัวเมีย เชื่อง", "th", "Hylobatidae"),
    ("หูฉลามแห้ง ปลาฉลามมาโก้ ครีบใหญ่", "th", "Isurus spp."),
    ("ปลาอโรวาน่าทอง 10 นิ้ว", "th", "Scleropages formosus"),
    ("จรเข้น้ำจืด ตัวเล็ก", "th", "Crocodylus siamensis"),
    # VIQR with tone marks only
    ("ba'n ve.t xa'm bie^'t no'i", "vi", "Psittacus erithacus"),
    ("ca`o ho? nguyen ba'nh 100g", "vi", "Panthera tigris"),
    # 9 for g
    ("dijual kuk4n9 jawa mungil, aktif malam", "id", "Nycticebus spp."),
    ("kukan9 jinak 600rb", "id", "Nycticebus spp."),
])
def test_a_name_in_another_spelling_is_read(text: str, lang: str, taxon: str) -> None:
    assert taxon in taxa(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # an initial and a common word; a capital epithet; no initial's dot
    ("A. lot of stuff from S. Paulo, ask for P. Leo", "en"),
    ("P. Regius is the name of my shop", "en"),
    ("p regius p. regius", "en"),
    # ordinary Spanish words one b/v or ll/y away from a name's word
    ("No cabe duda, gracias por el apoyo y nos llaman mañana", "es"),
    ("Carne de lamví limpia", "pt"),  # only Spanish is read with b for v
    # Arabic: loans (قروض) are not monkeys (قرود); flies (دبان) are no lizards (ضبان); a
    # written غ is no ق
    ("قروض ميسرة للموظفين بدون كفيل", "ar"),
    ("مصيدة دبان كهربائية للمطبخ", "ar"),
    ("تغريدة غرد بها اليوم", "ar"),
    # Thai: "ดัชนี" (index), "จากทาง" (from the way), "ใบเบิกทาง" (a permit), "ช้างกรอบ"
    ("ดัชนีมวลกาย กรง", "th"),
    ("ไม้สักเก่ารื้อบ้าน มีใบเบิกทาง ส่งของจากทางใต้", "th"),
    ("ขนมหูช้างกรอบ ถุงละ 35 บาท", "th"),
    # Vietnamese without marks, with full stops, question marks and quotes
    ("Lien he ngay. Con hang? Gia tot nhe", "vi"),
    ("Vẹt biết nói 'xin chào' và 'ăn cơm chưa'. Ăn hạt", "vi"),
    # numbers with a 9
    ("Kaos distro Rp89rb, Rp19jt, WA 9xxx xx27, 1m9x2m", "id"),
])
def test_ordinary_text_names_nothing(text: str, lang: str) -> None:
    assert taxa(text, lang) == set()


def test_the_abbreviation_is_no_more_read_from_lower_case_or_without_its_dot() -> None:
    assert taxa("B. hamorii 3cm slings, P. regius het clown", "en") == {
        "Brachypelma spp.", "Python regius"}
    assert taxa("b hamorii p regius", "en") == set()


def test_spanish_reading_reads_whole_words_in_spanish_only() -> None:
    index = _fold_index(load_lexicon())
    assert spanish_reading("vendo cavallito de mar", "es", index) == "vendo caballito de mar"
    assert spanish_reading("vendo cavallito de mar", "pt", index) is None
    assert spanish_reading("vendo caballito de mar", "es", index) is None  # already a name
    assert spanish_reading("el apoyo de la vaca", "es", index) is None


def test_arabic_reading_folds_alike_letters_and_reads_qaf_for_ghain_one_way() -> None:
    index = fold_index(["تمساح", "غوريلا", "منقار الصقر", "قرود"], [])
    assert arabic_reading("تمصاح", index) == "تمساح"
    assert arabic_reading("طمساح", index) == "تمساح"
    assert arabic_reading("قوريلا", index) == "غوريلا"  # ق for غ
    assert arabic_reading("منغار", index) is None  # غ for ق: not read
    assert arabic_reading("منقار", index) is None  # a name as written
    assert arabic_reading("قروض", index) is None  # four letters: too many words that close


def test_thai_reading_spells_the_name_with_its_short_a() -> None:
    index = fold_index(["ชะนีมือขาว", "กะท่าง", "ช้างกระ", "ชะนี"], [])
    assert thai_short_a_reading("ขาย ชนี๊", index) == "ขาย ชะนี"
    assert thai_short_a_reading("ชนีมือขาว", index) == "ชะนีมือขาว"
    assert thai_short_a_reading("ขายชะนีมือขาว", index) is None  # written with its ะ
    assert thai_short_a_reading("ดัชนี", index) is None  # ช closes the syllable of ดั
    assert thai_short_a_reading("จากทาง", index) is None  # ก ends จาก
    assert thai_short_a_reading("ขนมหูช้างกรอบ", index) is None  # กร opens กรอบ


def test_viqr_tone_reading() -> None:
    assert viqr_tone_reading("Đôi sừng bo` to't rừng", "vi") == "Đôi sừng bò tót rừng"
    assert viqr_tone_reading("co. ho? con", "vi") == "cọ hỏ con"
    assert viqr_tone_reading("bo` to't", "en") is None  # Vietnamese listings only
    assert viqr_tone_reading("ba'n con", "vi") is None  # one marked word is not enough
    assert viqr_tone_reading("Lien he ngay. Con hang?", "vi") is None
    assert viqr_tone_reading("xem shopee.vn va zalo.me", "vi") is None
    assert viqr_tone_reading("m.ậ.t g.a.u rừng", "vi") is None  # spelled out, not VIQR


def test_nine_reading() -> None:
    assert nine_reading("kuk4n9 jawa", "id") == "kuk4ng jawa"
    assert nine_reading("Rp19jt Rp89rb 9xxx 1m9x2m", "id") is None
    assert nine_reading("9arn wa7eed el9arn", "ar") is None  # Arabizi: 9 is ق


def test_fold_index_is_the_same_whatever_the_order_of_names() -> None:
    names = ["lambí", "caballito de mar", "تمساح", "ชะนีมือขาว", "tortuga"]
    assert fold_index(names, ["caballito de mar"]) == fold_index(
        list(reversed(names)), ["caballito de mar"])
