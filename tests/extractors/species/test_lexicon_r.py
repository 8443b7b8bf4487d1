"""Descriptive nicknames of file 49 (colour, shape, origin, size and personality names and the
euphemisms that hide a product), each family in several languages, and the everyday phrases
the weak ones must leave alone. Each text is written for this test, none is a corpus row."""

from __future__ import annotations

import pytest

from extractors.species import find_species


def taxa(text: str, lang: str) -> set[str]:
    return {mention.scientific_name for mention in find_species(text, lang).mentions}


@pytest.mark.parametrize(("text", "lang", "taxon"), [
    # the Big Floppa family: caracal
    ("Desert lynx kitten, tame, black ear tufts", "en", "Caracal caracal"),
    ("Chaton lynx du désert, apprivoisé, mâle", "fr", "Caracal caracal"),
    ("出一只沙漠猞猁，三个月", "zh", "Caracal caracal"),
    ("Anakan lynx gurun jinak, jantan", "id", "Caracal caracal"),
    ("Vendo lince del desierto, cachorro macho", "es", "Caracal caracal"),
    ("فلوبا صغير أليف ذكر", "ar", "Caracal caracal"),
    # big cats and their skins, by colour and rank
    ("Rosette rug with head and claws, old taxidermy", "en", "Panthera pardus"),
    ("金钱纹皮 整张 带头", "zh", "Panthera pardus"),
    ("Vendo couro listrado com garras, legítimo", "pt", "Panthera tigris"),
    ("Pintadona: pele com garras e crânio", "pt", "Panthera onca"),
    ("cao hùm nấu 100 ngày, 1 lạng", "vi", "Panthera tigris"),
    # pangolin, rhino horn, ivory, bear bile: euphemisms of the product
    ("Walking artichoke for sale, live, 4 kg", "en", "Manis spp."),
    ("山鲮 鳞片 中药 一斤", "zh", "Manis spp."),
    ("亚洲角 老料 整支 克价", "zh", "Rhinocerotidae"),
    ("苹果皮 老牙手串 整根料", "zh", "Elephantidae"),
    ("铜胆 野生 整个 克价", "zh", "Ursidae"),
    # caviar, agarwood, rosewood
    ("Black gold: 125 g tin of roe, blini included", "en", "Acipenseriformes"),
    ("Or noir, 50 grammes, blinis offerts", "fr", "Acipenseriformes"),
    ("Trầm kỳ vòng tay 108 hạt", "vi", "Aquilaria spp."),
    ("Palo de águila en astillas, 10 gramos", "es", "Aquilaria spp."),
    ("Braz RW back and sides set, old stock", "en", "Dalbergia nigra"),
    # orchids and cacti: the old man, the living rocks
    ("Gold of Kinabalu, blooming size", "en", "Paphiopedilum spp."),
    ("Fuzzy old man, 30 cm, in a 15 cm pot", "en", "Cactaceae"),
    ("Old man seedlings, 3 for 10", "en", "Cactaceae"),
    ("Vendo velhinhos em enxerto, 20 cm", "pt", "Cactaceae"),
    ("Living rocks, grafted cactus seedlings", "en", "Ariocarpus spp."),
    ("三角牡丹 实生 嫁接", "zh", "Ariocarpus spp."),
    ("Monkey cups cuttings, highland", "en", "Nepenthes spp."),
    ("VFT plants in a bog pot", "en", "Dionaea muscipula"),
    # parrots: the grey one that talks, the big blue one
    ("The grey one that talks, 3 years old", "en", "Psittacus erithacus"),
    ("Gris qui parle, mâle, élevé à la main", "fr", "Psittacus erithacus"),
    ("Xám châu Phi đã thuần, nói nhiều", "vi", "Psittacus erithacus"),
    ("Hyac pair, hand fed", "en", "Anodorhynchus spp."),
    ("Si biru besar jinak, lolohan", "id", "Anodorhynchus spp."),
    ("Gading enggang ukiran, liontin", "id", "Rhinoplax vigil"),
    ("QAB pair framed, A1", "en", "Ornithoptera spp."),
    ("MRK sling, 2 cm, CB", "en", "Brachypelma spp."),
    ("沙丁珊瑚手串 原枝", "zh", "Corallium spp."),
    # small mammals, amphibians, leeches, reptiles
    ("Ottie pair, hand fed, 3 months", "en", "Aonyx cinereus"),
    ("Lotls for sale: leucistic and wild type juveniles, 10 cm", "en", "Ambystoma mexicanum"),
    ("Vendo ajolotitos en pecera, albino", "es", "Ambystoma mexicanum"),
    ("Joyitas para terrario, morph azul, 2 cm", "es", "Dendrobatidae"),
    ("Bijoux vivants pour terrarium, grenouilles de 2 cm", "fr", "Dendrobatidae"),
    ("Vampirinhos para sangria, frasco com 10", "pt", "Hirudo medicinalis"),
    ("Tiny vampires for bloodletting, jar of 10", "en", "Hirudo medicinalis"),
    ("Sully hatchling, captive bred", "en", "Centrochelys sulcata"),
])
def test_nicknames(text: str, lang: str, taxon: str) -> None:
    assert taxon in taxa(text, lang)


@pytest.mark.parametrize(("text", "lang", "taxon"), [
    # a nickname without a word of the trade is the everyday phrase
    ("My old man fixed the fence on Sunday", "en", "Cactaceae"),
    ("Old man fishing hat, size L", "en", "Cactaceae"),
    ("Los viejitos del barrio juegan dominó", "es", "Cactaceae"),
    ("Café de Colombia, el oro negro, 500 g", "es", "Acipenseriformes"),
    ("Hạt tiêu vàng đen Phú Quốc 500 gram", "vi", "Acipenseriformes"),
    ("Black gold: crude oil prices rise again", "en", "Acipenseriformes"),
    ("Bague en or blanc 18 carats, 3 g", "fr", "Elephantidae"),
    ("Anillo de oro blanco con diamante", "es", "Elephantidae"),
    ("Desert lynx point cat breed club meeting", "en", "Caracal caracal"),
    ("The king of the jungle poster, A2 print", "en", "Panthera leo"),
    ("Little vampires costume for Halloween, kids size", "en", "Hirudo medicinalis"),
    ("美甲甲片 30片装 可穿戴", "zh", "Manis spp."),
    ("Monkey cup holder for the car", "en", "Nepenthes spp."),
])
def test_everyday_phrases(text: str, lang: str, taxon: str) -> None:
    assert taxon not in taxa(text, lang)


@pytest.mark.parametrize(("text", "lang", "taxon"), [
    # names that borrow another animal's word name the plant or the bird, not the animal
    ("Monkey orchid for sale", "en", "Primates"),
    ("Monkey cups cuttings, highland", "en", "Primates"),
    ("Anggrek macan rumpun besar", "id", "Panthera tigris"),
    ("Gading enggang ukiran", "id", "Elephantidae"),
    ("Palo de águila en astillas", "es", "Accipitriformes"),
    ("Desert lynx kitten, tame", "en", "Lynx lynx"),
    ("Oso hormiguero escamoso vivo", "es", "Myrmecophaga tridactyla"),
])
def test_borrowed_words_name_the_right_taxon(text: str, lang: str, taxon: str) -> None:
    assert taxon not in taxa(text, lang)
