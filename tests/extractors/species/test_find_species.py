"""find_species on the bundled lexicon: obfuscation, languages, code words and traps."""

from __future__ import annotations

import pytest

from extractors.species import find_species


def names(text: str, language: str | None = None) -> set[str]:
    return {mention.scientific_name for mention in find_species(text, language).mentions}


@pytest.mark.parametrize("text", [
    "Selling real ivory bangle", "i v o r y bangle", "i-v-o-r-y carving", "iv0ry beads",
    "IVVVORY chopsticks", "Ivóry netsuke", "1v0ry pendant",
])
def test_ivory_survives_obfuscation(text: str) -> None:
    assert "Elephantidae" in names(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("vente de corne de rhinocéros", "Rhinocerotidae"),
    ("cuerno de rinoceronte auténtico", "Rhinocerotidae"),
    ("犀角杯 收藏", "Rhinocerotidae"),
    ("bán sừng tê giác", "Rhinocerotidae"),
    ("ขายนอแรดแท้", "Rhinocerotidae"),
    ("jual cula badak asli", "Rhinocerotidae"),
    ("穿山甲片 一公斤", "Manis spp."),
    ("vảy tê tê giá rẻ", "Manis spp."),
    ("sisik trenggiling", "Manis spp."),
    ("escamas de pangolim", "Manis spp."),
    ("قرن وحيد القرن للبيع", "Rhinocerotidae"),
    ("African grey parrot chicks for sale", "Psittacus erithacus"),
    ("bébé perroquet gris du Gabon", "Psittacus erithacus"),
    ("bear bile capsules", "Ursidae"),
    ("熊胆粉", "Ursidae"),
    ("helmeted hornbill casque", "Rhinoplax vigil"),
    ("buche de totoaba", "Totoaba macdonaldi"),
    ("Manis javanica", "Manis javanica"),
])
def test_multilingual_products_and_names(text: str, expected: str) -> None:
    assert expected in names(text)


def test_word_boundaries() -> None:
    assert names("ivorycoast tours") == set()
    assert "Elephantidae" in names("ivory, carved")


def test_emoji_imply_taxa() -> None:
    assert {"Elephantidae", "Rhinocerotidae"} <= names("🐘🦏 pieces available, DM")


@pytest.mark.parametrize(("text", "cue"), [
    ("Tiger Balm red 30g", "balm"),
    ("ivory wedding dress size 10", "colour"),
    ("couleur ivoire", "colour"),
    ("màu ngà", "colour"),
    ("象牙色连衣裙", "colour"),
    ("Python programming book", "media"),
    ("tortoiseshell sunglasses", "pattern"),
    ("leopard print scarf", "pattern"),
    ("faux ivory resin statue", "imitation"),
    ("plush pangolin toy", "toy"),
])
def test_false_positive_traps_give_negative_cues(text: str, cue: str) -> None:
    findings = find_species(text)
    assert cue in findings.negative_cues


@pytest.mark.parametrize("text", [
    "Tiger Balm red 30g", "ivory wedding dress size 10", "tortoiseshell sunglasses",
    "Côte d'Ivoire football shirt", "đi với bạn", "leopard print scarf",
])
def test_traps_name_no_taxon(text: str) -> None:
    assert names(text) == set()


def test_code_words() -> None:
    findings = find_species("genuine r.h. from Africa")
    assert "r.h." in findings.code_words
    assert "Rhinocerotidae" in names("genuine r.h. from Africa")
    assert names("RH factor test") == set()
    white = find_species("white plastic bangle, old")
    assert "white plastic" in white.code_words
    assert "material" not in white.negative_cues  # 'plastic' is part of the code word here


def test_mention_fields() -> None:
    mention = find_species("Loxodonta africana tusk").mentions[0]
    assert mention.scientific_name == "Loxodonta africana"
    assert mention.cites_appendix == "I/II"
    assert mention.match_kind == "scientific"
    assert mention.matched_text == "Loxodonta africana"
    assert "tusk" in mention.product_terms


def test_empty_text() -> None:
    findings = find_species("")
    assert findings.mentions == [] and findings.negative_cues == []


@pytest.mark.parametrize(("text", "expected"), [
    ("pangolian scales", "Manis spp."), ("rhinocerous horn", "Rhinocerotidae"),
    ("ivroy bracelet", "Elephantidae"), ("PANGOLINNN", "Manis spp."),
])
def test_common_misspellings(text: str, expected: str) -> None:
    assert expected in names(text)


@pytest.mark.parametrize(("text", "cue"), [
    ("imitation ivoire résine", "imitation"), ("réplica de marfil", "imitation"),
    ("marfim sintético", "imitation"), ("象牙 仿制品 树脂", "imitation"),
    ("gading palsu resin", "imitation"), ("ngà giả hàng nhái", "imitation"),
    ("ของปลอม งาช้าง", "imitation"), ("عاج مقلد", "imitation"), ("peluche pangolin", "toy"),
    ("baume du tigre", "balm"), ("dầu cù là", "balm"), ("imprimé léopard", "pattern"),
    ("cuero vegano", "vegan"), ("livre sur les pangolins", "media"),
])
def test_negative_cues_in_many_languages(text: str, cue: str) -> None:
    assert cue in find_species(text).negative_cues


@pytest.mark.parametrize("text", [
    "กลิ่นหอมสดชื่น", "บะหมี่กึ่งสำเร็จรูป", "sửa gấu quần", "trắc nghiệm tiếng Anh",
    "证书 现象 想象", "Jaguar XF 2015 diesel low mileage", "Puma running shoes size 42",
    "gorilla glue 20g", "teddy bear 40cm", "bear in mind", "Salmon caviar 100 g",
    "coral pink dress", "rosewood finish laminate", "cobra kai season 2 dvd",
    "caneta de mão", "feather boa pink", "Lion's mane mushroom capsules",
])
def test_everyday_wording_names_no_taxon(text: str) -> None:
    assert names(text) == set(), text


def test_language_hint_labels_the_common_name() -> None:
    mention = find_species("vente d'ivoire", "fr").mentions[0]
    assert mention.common_name == "éléphant"
    assert find_species("ivory", "en").mentions[0].common_name == "elephant"


def test_split_listing_and_products_on_mentions() -> None:
    mention = next(m for m in find_species("African elephant ivory tusk").mentions
                   if m.scientific_name == "Loxodonta africana")
    assert mention.cites_appendix == "I/II"
    assert {"ivory", "tusk"} <= set(mention.product_terms)


@pytest.mark.parametrize(("text", "expected"), [
    ("出售熊膽粉", "Ursidae"), ("非洲灰鸚鵡幼鳥", "Psittacus erithacus"),
    ("海馬乾 一斤", "Hippocampus spp."),
    ("玳瑁手鐲", "Eretmochelys imbricata"), ("鱷魚皮包", "Crocodylia"),
])
def test_traditional_chinese(text: str, expected: str) -> None:
    assert expected in names(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("أبيع العاج الأفريقي الأصلي", "Elephantidae"), ("والعاج", "Elephantidae"),
    ("عـاج طبيعي", "Elephantidae"), ("ببغاء الكاسكو للبيع", "Psittacus erithacus"),
    ("جلد التمساح", "Crocodylia"),
])
def test_arabic_article_clitics_and_tatweel(text: str, expected: str) -> None:
    assert expected in names(text)


def test_a_modified_lexicon_is_recompiled() -> None:
    import copy

    from extractors.species import load_lexicon

    lexicon = copy.deepcopy(load_lexicon())
    assert find_species("zorblat", lexicon=lexicon).mentions == []
    lexicon.taxa["Manis spp."].names["en"].append("zorblat")
    lexicon.changed()
    assert [m.scientific_name for m in find_species("zorblat", lexicon=lexicon).mentions] == [
        "Manis spp."]
    assert find_species("zorblat").mentions == []  # the bundled lexicon is untouched


@pytest.mark.parametrize(("text", "expected"), [
    ("Aletas de tiburón martillo secas 5 kg", "Sphyrnidae"),
    ("RH horn shavings 50g", "Rhinocerotidae"), ("S.T.G mài sẵn 10 gram", "Rhinocerotidae"),
    ("西角粉 10克", "Rhinocerotidae"), ("白货 手镯 老料", "Elephantidae"),
    ("เขี้ยวเสือแท้ หุ้มทอง", "Panthera tigris"), ("天九翅 一斤", "Rhincodon typus"),
    ("Cu li lùn con, đã thuần", "Nycticebus spp."), ("Charapita y taricaya", "Podocnemis spp."),
])
def test_trade_wording(text: str, expected: str) -> None:
    assert expected in names(text)


@pytest.mark.parametrize(("text", "cue"), [
    ("虎皮鹦鹉 一对 手养", "unlisted species"), ("Jaula para loros, sin animal", "accessory only"),
    ("《象牙塔之外》 散文集", "other meaning"), ("Bia Tiger thùng 24 lon", "other meaning"),
    ("Botas curtidas en León", "place"), ("Lunettes écaille de tortue (acétate)", "pattern"),
    ("Étagère couleur palissandre", "colour"),
    ("Rhino linings bedliner for pickup", "other meaning"),
])
def test_more_traps(text: str, cue: str) -> None:
    assert cue in find_species(text).negative_cues


def test_lorry_is_not_a_lory() -> None:
    assert names("lorry with trailer, 2 axles") == set()


def test_a_binomial_with_its_genus_cut_to_the_initial_is_read() -> None:
    found = find_species("B. hamorii 3cm slings £25, P. regius het clown £90", "en")
    names = {m.scientific_name for m in found.mentions}
    assert "Python regius" in names
    assert any(name.startswith("Brachypelma") for name in names)


def test_an_animal_emoji_beside_a_print_names_nothing() -> None:
    found = find_species("عبايات نقشة نمر 🐆 وكلوش مودرن", "ar")
    assert found.sense_only


def test_a_scientific_name_elsewhere_overrules_a_place_cue() -> None:
    offer = find_species("Aztekium ritteri de campo, Nuevo León, raíz desnuda. 45 USD c/u", "es")
    assert [m.scientific_name for m in offer.mentions] == ["Cactaceae"]
    assert "place" not in offer.negative_cues
    boots = find_species("Botas vaqueras de León, piel de res, talla 27", "es")
    assert not boots.mentions or boots.sense_only or "place" in boots.negative_cues


@pytest.mark.parametrize(("text", "lang"), [
    ("Vrai musc de civette, rien de synthétique, pot de 5 g", "fr"),
    ("Óleo de pau-rosa puro, nada de linalol sintético", "pt"),
])
def test_rien_and_nada_deny_the_imitation_after_them(text: str, lang: str) -> None:
    assert "imitation" not in find_species(text, lang).negative_cues


def test_a_second_reading_does_not_bring_back_a_name_inside_a_sense_phrase() -> None:
    # a second reading of "نقشة نمر" (leopard print) read نمر alone as the tiger
    found = find_species("عبايات نقشة نمر 🐆 جديدة، السعر 150 ريال", "ar")
    assert "Panthera tigris" not in {m.scientific_name for m in found.mentions}
    assert found.sense_only
