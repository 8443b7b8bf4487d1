"""Names disguised in pinyin or with an emoji inside a word, read by the real matcher."""

from __future__ import annotations

import pytest

from extractors.species.disguise import chinese_disguised, emoji_spelled, pinyin_index
from extractors.species.matcher import find_species


@pytest.mark.parametrize(("text", "taxon", "written"), [
    ("正宗犀jiao雕杯，火烧有毛发味", "Rhinocerotidae", "犀jiao"),  # pinyin for one character
    ("xi jiao 杯，老件，高9公分", "Rhinocerotidae", "xi jiao"),  # the whole name in pinyin
    ("XiJiao杯 老件", "Rhinocerotidae", "XiJiao"),
    ("穿山J片，干货，大片，一斤起", "Manis spp.", "穿山J片"),  # an initial for a character
    ("CSJ片现货，炮制好，量大从优", "Manis spp.", "CSJ片"),  # initials only (穿山甲片, the scales)
    ("出售玳mao手镯一对", "Eretmochelys imbricata", "玳mao"),
    ("老象🦷挂件，白中泛黄", "Elephantidae", "象牙"),  # an emoji for a character
    ("ดี🐻แห้งทั้งลูก ลูกละ 15,000 บาท", "Ursidae", "ดีหมี"),  # an emoji inside a Thai word
])
def test_disguised_names_are_read(text: str, taxon: str, written: str) -> None:
    found = {m.scientific_name: m.matched_text for m in find_species(text).mentions}
    assert found.get(taxon) == written, found


@pytest.mark.parametrize("text", [
    "像牙齿一样白的瓷砖",  # 像 sounds like 象: a homophone alone is ordinary Chinese
    "xi jiao for sale",  # Latin pinyin counts only beside Chinese text
    "CSJ logistics, fast shipping",
    "ban le yi ge 手机壳",  # pinyin words that spell no name
    "手工 DIY 材料包",
    "二手海马S5，2015款",  # a car model, not 马麝 (musk deer) read from 马 + S
    "🐻 plush teddy bear 🐻",  # emoji standing apart from words
])
def test_ordinary_text_reads_no_disguise(text: str) -> None:
    assert find_species(text).mentions == []


def test_overlapping_readings_keep_the_first() -> None:
    index = pinyin_index(["犀角", "角雕"])
    assert chinese_disguised("犀jiao雕杯", index) == [("犀jiao", "犀角")]


def test_emoji_spelled_in_the_script_around_it() -> None:
    assert emoji_spelled("象🦷手镯") == "象牙手镯"
    assert emoji_spelled("ดี🐻") == "ดีหมี"
    assert emoji_spelled("good luck 🐘 charm") is None


def test_an_emoji_standing_for_a_word_is_read_with_its_neighbour() -> None:
    bile = find_species("Mật 🐻 tươi lấy tại trại, chai 100ml", "vi")
    assert "bear bile" in bile.product_terms
    eagle = find_species("Anakan 🦅 Jawa umur 2 bulan", "id")
    assert "Nisaetus bartelsi" in {m.scientific_name for m in eagle.mentions}
    assert find_species("Cute 🐻 mug, ceramic", "en").mentions == []
