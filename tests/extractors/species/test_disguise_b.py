"""Disguised names read by general readings (not lists of the sellers' words): punctuation
glued to a name, genus names in the plural, Thai letters set apart or spelled by ear,
Vietnamese teen code "j", syllables cut with dots and tones typed on another vowel, Arabizi
"2" for a hamza."""

from __future__ import annotations

import pytest

from extractors.normalize import fold
from extractors.species import find_species
from extractors.species.matcher import _exact
from extractors.species.spellings import vietnamese_reading


def taxa(text: str, lang: str | None = None) -> set[str]:
    return {item.scientific_name for item in find_species(text, lang).mentions}


@pytest.mark.parametrize(("text", "lang", "taxon"), [
    # an "!" or "|" closing a word, a "¡" opening one: punctuation, not leetspeak i
    ("Axolotls! leucistic & golden, £15 each", "en", "Ambystoma mexicanum"),
    ("Pangolins!! for sale", "en", "Manis spp."),
    ("¡Guacamayos! bebés a la venta", "es", "Ara spp."),
    ("Tigres! filhotes", "pt", "Panthera tigris"),
    # a one-word scientific name in the plural, as hobbyists write genera
    ("Lote de 10 mammillarias variadas", "es", "Cactaceae"),
    ("Lote de mamilarias con flor", "es", "Cactaceae"),
    ("3 Paphiopedilums in spike", "en", "Paphiopedilum spp."),
    # Thai letters set apart with spaces, and a name spelled out by ear syllable by syllable
    ("ขายลิ ง ลม ตัวเล็ก ไม่ดุ 3,000 บาท", "th", "Nycticebus spp."),
    ("จะ-ระ-เค้ น้ำจืด ลูกเล็ก 40 ซม.", "th", "Crocodylia"),
    ("ขาย จะระเข้ น้ำจืด", "th", "Crocodylia"),
    # Vietnamese teen code: j for i, syllables cut into pieces of one or two letters
    ("e có 2 bé ruà núj vjền, mai 20cm", "vi", "Manouria emys"),
    ("Có bé v.ượ.n m.á v.à.ng 3kg", "vi", "Hylobatidae"),
    # Arabizi: 2 is a hamza (or ق), dropped from the key like the long vowels
    ("3andi 7erba2 zwina, 80 dh", "ar", "Chamaeleonidae"),
])
def test_a_disguised_name_is_read(text: str, lang: str, taxon: str) -> None:
    assert taxon in taxa(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Hello! World, great price!", "en"),
    ("¡Hola! Vendo bicicleta", "es"),
    ("สุขภาพ ดี หมี น่ารัก", "th"),  # good, bear (a doll): two words, no bear bile
    ("กะทิสด ขนมชั้น จะระบุ ราคา", "th"),
    ("เค้าขายของ สวัสดีค่ะ", "th"),
    ("J&T giao hàng, ko bjk gjá", "vi"),
    ("TP.HCM, 1.500.000đ, www.abc.vn", "vi"),
    ("ana 2olt lak 7elwa 2awi", "ar"),
    ("sa2al 3an el se3r", "ar"),
])
def test_ordinary_words_name_nothing(text: str, lang: str) -> None:
    assert taxa(text, lang) == set()


def test_bang_inside_a_word_is_still_a_letter() -> None:
    assert fold("p!ngolin") == fold("pingolin")
    assert fold("jabut¡") == fold("jabuti")
    assert fold("Axolotls!") == fold("axolotls")
    assert fold("¡Loros!") == fold("loros")


def test_vietnamese_j_is_read_as_i_only_where_teen_code_writes_it() -> None:
    assert vietnamese_reading("ruà núj vjền", "vi") == "ruà núi viền"
    assert vietnamese_reading("gjá tl", "vi") == "giá tl"
    assert vietnamese_reading("Jav J&T", "vi") is None
    assert vietnamese_reading("núj", "en") is None


def test_a_tone_mark_on_another_vowel_is_the_same_tone() -> None:
    assert _exact("ruà") == _exact("rùa")
    assert _exact("hoà") == _exact("hòa")
    assert _exact("rúa") != _exact("rùa")
    assert _exact("rua") != _exact("rùa")
