"""Names written with their vowels dropped, a letter masked, look-alike letters or Thai sara ae
typed as two sara e: read again by the matcher."""

from __future__ import annotations

import pytest

from extractors.normalize import fold, unmask
from extractors.species import find_species
from extractors.species.masks import mask_index, masked_readings, vowelless_readings


def taxa(text: str, lang: str | None = None) -> set[str]:
    return {mention.scientific_name for mention in find_species(text, lang).mentions}


@pytest.mark.parametrize(("text", "lang", "taxon"), [
    ("full pc rhn hrn, 1.1kg, old stock frm Moz, price in USD on inbox", "en", "Rhinocerotidae"),
    ("Offset burung cndrwsh mrh, kering, bulu ekor lengkap. 3,8jt", "id", "Paradisaeidae"),
    ("selling p*ngolin scales, 2kg", "en", "Manis spp."),
    ("ลูกช-นีมือขาว อายุ 6 เดือน ตัวละ 18,000 บาท", "th", "Hylobatidae"),
    ("穿山*片 出售 一斤", "zh", "Manis spp."),
    ("ขาย นอเเรด ทั้งนอ หนัก 1.3 กิโล", "th", "Rhinocerotidae"),
    ("Real TIGΣR CLΛW pendant, authentic т1ger claw", "en", "Panthera tigris"),
])
def test_a_disguised_name_is_read(text: str, lang: str, taxon: str) -> None:
    assert taxon in taxa(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("5 pcs, thx, pls DM, brnd nw, 2 hrs from town", "en"),
    ("Sold as is: c*ll for the price", "en"),
    ("Привет, 2024 модель", "en"),
])
def test_ordinary_abbreviations_and_words_name_nothing(text: str, lang: str) -> None:
    assert taxa(text, lang) == set()


def test_vowelless_needs_enough_consonants() -> None:
    index = mask_index(["tiger", "rhino horn", "pangolin"])
    assert vowelless_readings("tgr claw", index) == []  # "tgr": three consonants only
    assert vowelless_readings("RHN HRN full piece", index) == ["rhino horn"]
    assert vowelless_readings("pngln scales", index) == ["pangolin"]


def test_a_mask_is_filled_only_when_one_name_fits() -> None:
    index = mask_index(["pangolin", "panther", "pantera"])
    assert masked_readings("p*ngolin", index) == "pangolin"
    assert masked_readings("pant*er", index) == "panther"  # "h": only "panther" fits
    assert masked_readings("nothing here", index) is None
    assert masked_readings("pa*", index) is None  # too few letters around the mask


def test_thai_sara_ae_typed_twice_folds_to_one_letter() -> None:
    assert fold("นอเเรด") == fold("นอแรด")


def test_faux_cyrillic_letters_are_latinised_only_beside_latin_letters() -> None:
    assert unmask("TIGΣR CLΛW") == "TIGER CLAW"
    assert unmask("т1ger") == "t1ger"
    assert unmask("Привет мир") == "Привет мир"
    assert unmask("мир2") == "мир2"  # no Latin letter in the word


def test_a_word_spelled_out_is_no_masked_letter() -> None:
    index = mask_index(["灰头鹦鹉", "pangolin"])
    assert masked_readings("灰_鹦_鹉幼鸟", index) is None
    assert masked_readings("p*n*golin", index) is None


@pytest.mark.parametrize(("text", "lang", "taxon"), [
    ("vendo guakamaya roja mansita, 15 mil", "es", "Ara macao"),
    ("Madera de k0k0b0lo en bloques, $35 cada bloque", "es", "Dalbergia retusa"),
    ("Ma^.t ga^'u nguye^n tu'i, ha`ng chua^?n, gia' 7tr. Ib", "vi", "Ursidae"),
])
def test_k_for_c_and_viqr_typing_are_read(text: str, lang: str, taxon: str) -> None:
    assert taxon in taxa(text, lang)


def test_k_and_viqr_readings_leave_ordinary_text_alone() -> None:
    from extractors.species.spellings import k_reading, viqr_reading

    assert k_reading("kakatua jambul", "id") is None  # not Spanish or Portuguese
    assert k_reading("2 kg, 3 km, ok", "es") is None
    assert k_reading("kiero un perico", "es") == "quiero un perico"
    assert viqr_reading("don't worry, it's fine. What? ok.") is None


def test_a_name_in_leetspeak_is_not_shadowed_by_a_colour_phrase() -> None:
    findings = find_species("Pipa rokok g4d1ng antik, warna kuning gading tua. 2,5jt", "id")
    assert "Elephantidae" in {m.scientific_name for m in findings.mentions}
    assert not findings.sense_only
    assert find_species("Kebaya warna kuning gading, 250rb", "id").mentions == []


@pytest.mark.parametrize(("text", "taxon"), [
    ("p*ng*l*n scales, 1 kg", "Manis spp."),     # masks apart in one word
    ("rh*n* h*rn tip, old", "Rhinocerotidae"),
    ("t#g#r claw pendant", "Panthera tigris"),
    ("iv*ry bangle, 60 g", "Elephantidae"),      # one mask that two spellings fit
])
def test_several_masks_apart_and_one_mask_two_spellings_fit(text: str, taxon: str) -> None:
    assert taxon in {m.scientific_name for m in find_species(text, "en").mentions}


def test_censored_everyday_words_name_nothing() -> None:
    for text in ("f*ck this heat", "sh*t happens, 50% off", "b*tch please lol"):
        assert find_species(text, "en").mentions == []
