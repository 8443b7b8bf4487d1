"""Lexicon file 44: hobby shorthand and trade names (reef corals, pokies, cactus shorthand,
chameleon localities, caviar and conch-pearl euphemisms...), weak where the word is everyday."""

import json
from pathlib import Path

import pytest

from extractors.species import find_species

BATCH = Path(__file__).parents[3] / "extractors/species/data/44_field_terms_l.json"


def _taxa(text: str, language: str) -> set[str]:
    return {mention.scientific_name for mention in find_species(text, language).mentions}


@pytest.mark.parametrize(("text", "language", "taxon"), [
    ("Selling two monti frags, grown out on plugs", "en", "Scleractinia"),
    ("Ready to go: 3 gonis and a green trachy", "en", "Scleractinia"),
    ("ปล่อยทอร์ชทองคำ 2 หัว เลี้ยงในตู้ทะเล", "th", "Scleractinia"),
    ("Two pokie slings left, 1in, eating well", "en", "Poecilotheria spp."),
    ("Jeune Nosy Be mâle, très coloré, 150 €", "fr", "Furcifer pardalis"),
    ("Deux endormis femelles nées chez moi, lignée Sambava", "fr", "Furcifer pardalis"),
    ("出两只HY苗，背甲4厘米", "zh", "Cuora spp."),
    ("贵州赤箭 干货 一斤", "zh", "Gastrodia elata"),
    ("熊月旦 小瓶 价格私聊", "zh", "Ursus thibetanus"),
    ("Giao lưu mi mái giọng hay, kèm lồng", "vi", "Garrulax canorus"),
    ("Robin betina rajin bunyi, kandang gantung", "id", "Leiothrix lutea"),
    ("Caviar? Black pearls in 50g tins, cold delivery", "en", "Acipenseriformes"),
    ("Perlas rosadas del caracol reina, naturales", "es", "Aliger gigas"),
    ("Poncho de fibra de los dioses, tejido a mano", "es", "Vicugna vicugna"),
    ("Vendo mono de bolsillo bebé", "es", "Callithrix spp."),
    ("Rio back and sides for a dreadnought", "en", "Dalbergia nigra"),
    ("Filhote de pérola negra, disco 10 cm", "pt", "Potamotrygonidae"),
    ("Pakira fumé au kilo, livraison Cayenne", "fr", "Tayassuidae"),
])
def test_trade_names_name_their_taxon(text: str, language: str, taxon: str) -> None:
    assert taxon in _taxa(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Lost fifty bucks on the pokies at the pub", "en"),
    ("Le bébé est endormi dans son lit", "fr"),
    ("Tahitian black pearls necklace, 18k gold clasp", "en"),
    ("Cheap flights to Rio in July", "en"),
    ("Áo dài gấm đỏ, size M", "vi"),
    ("A torch and a hammer from the toolbox", "en"),
])
def test_everyday_senses_name_nothing(text: str, language: str) -> None:
    assert _taxa(text, language) == set()


def test_batch_stays_small_and_uses_known_taxa() -> None:
    from extractors.species import load_lexicon

    assert BATCH.stat().st_size < 45_000
    taxa = load_lexicon().taxa
    words = json.loads(BATCH.read_text(encoding="utf-8"))["code_words"]
    assert all(name in taxa for word in words for name in word["implies"])


@pytest.mark.parametrize(("text", "lang"), [
    ("Cola de caballo seca 100 g, recogida en el monte de mi pueblo", "es"),
    ("Portée de lapins bélier nains, sevrés mi-mai, 45€ pièce", "fr"),
])
def test_mi_alone_is_no_hwamei(text: str, lang: str) -> None:
    found = find_species(text, lang)
    assert found.code_words == [] and found.mentions == []
