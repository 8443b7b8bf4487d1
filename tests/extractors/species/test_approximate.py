"""Names read one sound off, in Arabizi, backwards on the seller's word, Thai letters said
alike, vowel-dropped hyphenated names, and a Thai denial through a word with sara am."""

from __future__ import annotations

import pytest

from extractors.species import find_species
from extractors.species.approximate import _one_apart, sound_key


def _taxa(text: str, language: str | None) -> set[str]:
    return {mention.scientific_name for mention in find_species(text, language).mentions}


@pytest.mark.parametrize(("text", "language", "taxon"), [
    ("Vends bracelet en yvoir massif, 150 €", "fr", "Elephantidae"),
    ("Ipocanpe séché, 500 g dispo", "fr", "Hippocampus spp."),
    ("Jual kukank jinak, 600rb", "id", "Nycticebus spp."),
    ("Vendo grasa de ozo de antiojos, 20 dólares", "es", "Tremarctos ornatus"),
    ("Lombo de p1r4ruku salgado, R$ 50/kg", "pt", "Arapaima gigas"),
    ("Colmillo de rauguaj, léelo al revés, 300 Bs", "es", "Panthera onca"),
    ("Filhotinho de mcc-prg, R$ 2.000", "pt", "Sapajus spp."),
    ("محفظة جلد tim$a7 أصلي، ٣٠٠ درهم", "ar", "Crocodylia"),
    ("ขายนอแลดแท้ ราคาในแชท", "th", "Rhinocerotidae"),
    ("ตะกวตตัวโต 1,000 บาท", "th", "Varanus bengalensis"),
])
def test_disguised_names_are_read(text: str, language: str, taxon: str) -> None:
    assert taxon in _taxa(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Nasi goreng, makan siang enak, 25rb", "id"),  # makan (eat) is no macan
    ("Manteca de cerdo casera, 5 dólares", "es"),  # manteca is no Mantella
    ("Camiseta de los Jaguares de Chiapas, talla M", "es"),
    ("นกเขาชวาเสียงดี ลูกนกกรง", "th"),  # a dove, not an owl (นกเค้า)
    ("Tablones de parota secos para mesa", "es"),
    ("Boer goats, 14,000 each. Machakos. Buyer arranges transport.", "en"),  # no macacos
    ("Vendo 2 ps5 y un iphone7 باقي الضمان", "ar"),
])
def test_everyday_words_stay_words(text: str, language: str) -> None:
    assert _taxa(text, language) == set()


def test_a_thai_initial_said_otherwise_is_another_word() -> None:
    # รองเท้านารี, the slipper orchid: its foot (เท้า) is no turtle (เต่า, เต่านา)
    assert _taxa("ตามหารองเท้านารี", "th") == {"Paphiopedilum spp."}


def test_sound_key_and_slips() -> None:
    assert sound_key("yvoir") == sound_key("ivoire")
    assert sound_key("ipocanpe") == sound_key("hippocampe")
    assert _one_apart("kukank", "kukang")  # g/k said alike
    assert not _one_apart("manteka", "manteya")  # k/y are not


def test_thai_denial_through_sara_am() -> None:
    # "ไม่ใช่ของทำเลียนแบบ": ทำ is decomposed to two characters, the denial still reaches
    found = find_species("กำไลงาช้างแท้ ไม่ใช่ของทำเลียนแบบ", "th")
    assert "imitation" not in found.negative_cues
