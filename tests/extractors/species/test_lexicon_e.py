"""Names of the fifth lexicon batch (files 34 to 36): sellers' plain names the lexicon lacked
(transliterations of pet-trade names, local names, keepers' epithets, plurals) and everyday
senses it misread. Each text is written for this test, none is a corpus row."""

from __future__ import annotations

import pytest

from extractors.species import find_species


def taxa(text: str, lang: str | None = None) -> set[str]:
    return {mention.scientific_name for mention in find_species(text, lang).mentions}


@pytest.mark.parametrize(("text", "lang", "taxon"), [
    ("Vends couple d'aras ararauna, bagués, 3000€", "fr", "Ara ararauna"),
    ("ขาย ยูโฟเบีย โอบิซ่า ลูกกลม 5 ซม", "th", "Euphorbia spp. (succulent)"),
    ("อีเคล็คตัส ตัวผู้ ลูกป้อน", "th", "Eclectus roratus"),
    ("زوج اكلكتوس منتج للبيع", "ar", "Eclectus roratus"),
    ("Two star torts, coin size, $300", "en", "Geochelone elegans"),
    ("梅花参 淡干 一斤", "zh", "Thelenota spp."),
    ("Monkey puzzle tree in 10L pot", "en", "Araucaria araucana"),
    ("LB personata warna biru 300rb", "id", "Agapornis spp."),
    ("jandaias filhotes, R$ 300", "pt", "Psittaciformes"),
    ("Vendo peyotitos de semilla", "es", "Lophophora spp."),
    ("Tamanduá-bandeira filhote", "pt", "Myrmecophaga tridactyla"),
    ("rùa Tr.Bộ 12cm", "vi", "Mauremys annamensis"),
])
def test_sellers_plain_names(text: str, lang: str, taxon: str) -> None:
    assert taxon in taxa(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Pau ferro fretboard blank, not rosewood", "en"),
    ("เลิฟเบิร์ดหน้าพีช ลูกป้อน ตัวละ 500", "th"),
    ("Mini lion rabbits, 8 weeks", "en"),
    ("Caviar de caracol, tarro de 50 g", "es"),
    ("Black beluga lentils, 1 kg bag", "en"),
])
def test_everyday_senses_name_no_taxon(text: str, lang: str) -> None:
    assert taxa(text, lang) == set()


def test_the_spanish_article_una_is_no_claw() -> None:
    # "uña" (nail) folded to "una", the article of every other Spanish sentence
    assert find_species("Vendo una casa bonita, una moto y una mesa", "es").product_terms == []
