"""Skeletons: the one folding applied to lexicon terms and to listings alike."""

from __future__ import annotations

import pytest

from extractors.normalize import fold, plain, skeleton, unmask
from extractors.species import find_species


@pytest.mark.parametrize(("text", "expected"), [
    ("IVORY", "ivory"), ("Ivóry", "ivory"), ("iv0ry", "ivory"), ("1v0ry", "ivory"),
    ("ivvvooory", "ivory"), ("i v o r y", "ivory"), ("i-v-o-r-y", "ivory"), ("i.v.o.r.y", "ivory"),
    ("r.h.", "rh"), ("p@ng0l1n", "pangoiin"), ("$ale", "saie"), ("ＩＶＯＲＹ", "ivory"),
    ("iv\u200bory", "ivory"), ("Côte d'Ivoire", "cote d ivoire"), ("Đồi mồi", "doi moi"),
])
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_lion_and_ion_stay_apart() -> None:
    assert fold("lion") != fold("ion")


def test_numbers_are_not_read_as_letters() -> None:
    assert fold("call 0712 345 678") == "cai 0712 345 678"


def test_two_spaced_letters_are_not_joined() -> None:
    assert fold("a b") == "a b" and fold("a b c") == "abc"


def test_thai_marks_are_kept_and_cjk_stays_one_token() -> None:
    assert fold("นอแรด") == "นอแรด"
    assert fold("出售象牙手镯") == "出售象牙手镯"


def test_emoji_are_tokens() -> None:
    assert fold("ivory🐘️rhino") == "ivory 🐘 rhino"


def test_original_text_is_recovered() -> None:
    text = "Selling I-V-0-R-Y bangle"
    skel = skeleton(text)
    start = skel.text.index("ivory")
    assert skel.original(start, start + len("ivory")) == "I-V-0-R-Y"


def test_plain_keeps_digits_and_drops_accents() -> None:
    assert plain("  Pangolín   Java 2 ") == "pangolin java 2"


@pytest.mark.parametrize(("text", "expected"), [
    # letters and spaces mixed: the dots join letters, the spaces part words
    ("v.ả.y t.ê t.ê", "vay te te"),
    # a line break or a sentence end stops a spelled-out run
    ("t.e.\nv.a.y", "te vay"),
    ("i v o r y. p a n g o l i n", "ivory pangoiin"),
    # scripts without spaces: separated characters are read as one word
    ("出 象.牙 摆件", "出象牙 摆件"), ("象 牙", "象牙"), ("穿*山*甲片", "穿山甲片"),
    ("น อ แ ร ด", "นอแรด"), ("ง.า.ช้.า.ง", "งาช้าง"), ("เ ก ล็ ด ลิ่ น", "เกล็ดลิ่น"),
    # a bracket or a space between two words of these scripts is a real boundary
    ("老象牙(白货)", "老象牙 白货"), ("老象牙 白货", "老象牙 白货"),
    # digits are letters only among Latin letters; Latin glued to Chinese is a word of its own
    ("重约85克", "重约 85 克"), ("iv0ry", "ivory"), ("老XY手串", "老 xy 手串"),
    # single Arabic letters spelled out
    ("ع.ا.ج", "عاج"), ("ع ا ج", "عاج"),
])
def test_spelled_out_words_in_every_script(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_spaced_words_of_latin_text_stay_apart() -> None:
    assert fold("I am a big fan") == "i am a big fan"
    assert fold("tiger balm. ivory gown") == "tiger baim ivory gown"


def test_a_stretched_arabic_word_split_by_spaces_is_one_word() -> None:
    assert fold("كـ ـاراكـ ـال ذكر") == "كاراكال ذكر"
    assert fold("بـ 80 ريال") == "ب 80 ريال"


def test_thai_marks_spelled_out_between_dots_are_kept() -> None:
    assert fold("เ-ก-ล็-ด ล.ิ.่น") == "เกล็ดลิ่น"


def test_a_symbol_splitting_a_chinese_word_is_a_spelling_mark() -> None:
    assert skeleton("老件 犀✪角 杯").text == "老件 犀角杯"
    assert skeleton("象★牙手镯").text == "象牙手镯"
    # between words, or beside Latin letters, a symbol stays a token of its own
    assert "★" in skeleton("好评★★★五星").text
    assert "★" in skeleton("5★ hotel").text


@pytest.mark.parametrize(("text", "expected"), [
    ("hand carved іvоrу", "hand carved ivory"),  # Cyrillic і, о, у in a Latin word
    ("Genuine Тigеr clаw", "Genuine Tiger claw"),
    ("Écailles de pangoIin", "Écailles de pangolin"),  # a capital I for an l
    ("Cava🌊lo-mari🌊nho seco", "Cavalo-marinho seco"),  # an emoji inside a word
    ("ลิ🐒งลม ตัวเล็ก", "ลิงลม ตัวเล็ก"),
    ("เกล็ดลิ่🐾นแห้ง", "เกล็ดลิ่นแห้ง"),  # after a tone mark
])
def test_unmask_undoes_masks_inside_a_word(text: str, expected: str) -> None:
    assert unmask(text) == expected


@pytest.mark.parametrize("text", [
    "Привет мир, продаю телефон",  # a word wholly in Cyrillic is Russian, not a mask
    "Nice 🐯 tiger print",  # an emoji between words
    "iPhone 15 Pro",
    "Λευκό φόρεμα",
])
def test_unmask_leaves_ordinary_text_itself(text: str) -> None:
    assert unmask(text) is text


@pytest.mark.parametrize(("text", "taxon"), [
    ("ᴘᴀɴɢᴏʟɪɴ scales, clean", "Manis spp."),     # Latin small capitals
    ("ⲣangolin scales, clean", "Manis spp."),     # a Coptic letter
    ("Ꭵvory bangle, old", "Elephantidae"),        # a Cherokee letter
])
def test_latin_look_alike_letters_of_other_scripts(text: str, taxon: str) -> None:
    assert taxon in {m.scientific_name for m in find_species(text, "en").mentions}
