"""Unlisted pets and animal goods (file 42): the names of the legal, unlisted animals most sold in
pet shops, bird markets and classifieds give the "unlisted species" cue in nine languages, and
the listed look-alikes still name their taxon. Each text is written for this test, none is a
corpus row."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors.species import find_species

DATA = Path(__file__).resolve().parents[3] / "extractors" / "species" / "data"
BATCH = DATA / "42_unlisted_pets.json"
UNLISTED = "unlisted species"


def taxa(text: str, lang: str | None = None) -> set[str]:
    return {mention.scientific_name for mention in find_species(text, lang).mentions}


@pytest.mark.parametrize(("text", "lang"), [
    # snakes
    ("Baby corn snakes, amel and anery, $45 each", "en"),
    ("Hognose femelle, mange des souris, 120 €", "fr"),
    ("Vendo culebra del maíz de 2 años con terrario", "es"),
    ("Vendo cobra-do-milho legalizada com nota", "pt"),
    ("للبيع ثعبان الذرة عمره سنة", "ar"),
    ("出售玉米蛇苗 包活", "zh"),
    ("Bán rắn bắp baby, ăn chuột", "vi"),
    ("ขายงูคอนสเนค ตัวละ 900", "th"),
    ("Jual ular jagung jinak, harga 350rb", "id"),
    ("California kingsnake and Honduran milk snake, captive bred", "en"),
    # lizards, turtles, frogs
    ("Blue tongue skink, 8 months, eats well", "en"),
    ("出售肥尾守宫 宝宝", "zh"),
    ("Vends scinque à langue bleue, né en captivité", "fr"),
    ("中华鳖苗 批发 一斤", "zh"),
    ("Pacman frog for sale, $30", "en"),
    ("ขายกบฮอร์นฟร็อก ตัวเล็ก", "th"),
    ("Vendo sapo de vientre de fuego, pareja", "es"),
    ("Vends rainette de White adulte", "fr"),
    # invertebrates
    ("Chilean rose tarantula, juvenile, $40", "en"),
    ("Bán ốc mượn hồn, tặng vỏ", "vi"),
    ("Jual kelomang hias, lucu-lucu", "id"),
    ("ขายปูเสฉวน พร้อมเปลือก", "th"),
    ("Vendo cangrejos ermitaños con pecera", "es"),
    ("出售寄居蟹 送贝壳", "zh"),
    # birds
    ("Canaries and zebra finches, ringed, for sale", "en"),
    ("Bán chào mào bổi, hót hay", "vi"),
    ("Bán chích chòe than mồi, giá rẻ", "vi"),
    ("ขายนกปรอดหัวโขน เสียงดี", "th"),
    ("Jual kacer jantan gacor", "id"),
    ("Jual kutilang jantan, sehat", "id"),
    ("出售红耳鹎 会叫", "zh"),
    ("Vendo canarios y diamantes mandarines", "es"),
    ("Vendo codornas japonesas em postura", "pt"),
    ("للبيع حمام زاجل أصيل", "ar"),
    ("Pigeons voyageurs à vendre, bagués", "fr"),
    # swiftlet nests
    ("Yến sào Khánh Hòa nguyên tổ, 100g", "vi"),
    ("正品燕窝 马来西亚 燕盏 50克", "zh"),
    ("รังนกแท้ 100% ขายส่ง", "th"),
    ("Jual sarang walet kualitas ekspor", "id"),
    ("Edible bird's nest from Sabah, 100 g", "en"),
    # fish
    ("Koi carp 30 cm, Japanese bloodline, for sale", "en"),
    ("Bán cá bảy màu, cá betta, giá sỉ", "vi"),
    ("ขายปลากัดสวย ๆ ตัวละ 50", "th"),
    ("Jual ikan cupang halfmoon", "id"),
    ("出售罗汉鱼 起头好", "zh"),
    ("Vendo kinguio e peixe betta", "pt"),
    ("Vends poissons rouges et scalaires", "fr"),
    ("للبيع سمك الكوي الياباني", "ar"),
    # small mammals
    ("Hamsters and guinea pigs for sale, $15", "en"),
    ("Vends furets et cochons d'Inde", "fr"),
    ("Vendo erizo pigmeo africano, muy manso", "es"),
    ("Vendo porquinho-da-índia e furão", "pt"),
    ("للبيع هامستر مع القفص", "ar"),
    ("出售蜜袋鼯 雪貂 仓鼠", "zh"),
    ("Bán nhím kiểng, chồn sương", "vi"),
    ("ขายชูการ์ไกลเดอร์ เม่นแคระ", "th"),
    ("Jual sugar glider dan landak mini", "id"),
    ("Domestic chinchilla, grey, with cage", "en"),
])
def test_unlisted_pet_sale_gives_the_cue(text: str, lang: str) -> None:
    findings = find_species(text, lang)
    assert UNLISTED in findings.negative_cues, (text, findings.negative_cues)
    assert not findings.mentions, (text, [m.scientific_name for m in findings.mentions])


@pytest.mark.parametrize(("text", "lang", "taxon"), [
    ("Ball python for sale, 1 year old, $80", "en", "Python regius"),
    ("Java sparrow pair for sale", "en", "Padda oryzivora"),
    ("Hill myna, talks, for sale", "en", "Gracula religiosa"),
    ("Brachypelma smithi sling for sale", "en", "Brachypelma spp."),
    ("Emperor scorpion adult for sale", "en", "Pandinus spp."),
    ("Axolotl leucistic for sale", "en", "Ambystoma mexicanum"),
    ("Musk turtle hatchlings for sale", "en", "Kinosternidae"),
    ("Tokay gecko for sale", "en", "Gekko gecko"),
    ("Oriental rat snake skins", "en", "Ptyas mucosa"),
    ("Straw-headed bulbul for sale", "en", "Pycnonotus zeylanicus"),
    ("Bán chào mào đầu vàng", "vi", "Pycnonotus zeylanicus"),
    ("Bán chích chòe lửa hót hay", "vi", "Copsychus malabaricus"),
    ("出售白腰鹊鸲", "zh", "Copsychus malabaricus"),
    ("白文鸟出售", "zh", "Padda oryzivora"),
    ("ขายนกกางเขนดง", "th", "Copsychus malabaricus"),
    ("ขายแมงป่องช้าง", "th", "Pandinus spp."),
    ("ปลาทองมาเลย์ 12 นิ้ว", "th", "Scleropages formosus"),
    ("Jual cucak rawa gacor", "id", "Pycnonotus zeylanicus"),
    ("Jual murai batu medan", "id", "Copsychus malabaricus"),
    ("Bán tắc kè khô", "vi", "Gekko gecko"),
    ("Vendo tortuga de caparazón blando", "es", "Malacochersus tornieri"),
])
def test_listed_lookalikes_still_name_their_taxon(text: str, lang: str, taxon: str) -> None:
    assert taxon in taxa(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Vendo cobra-leiteira de 1 metro", "pt"),
    ("Vendo cobra nariz de porco", "pt"),
    ("Heterodon nasicus female", "en"),
    ("Tắc kè đuôi mập giá rẻ", "vi"),
])
def test_unlisted_names_no_longer_read_as_a_listed_part(text: str, lang: str) -> None:
    findings = find_species(text, lang)
    assert not findings.mentions, [m.scientific_name for m in findings.mentions]
    assert UNLISTED in findings.negative_cues


def test_batch_is_well_formed() -> None:
    assert BATCH.stat().st_size < 45_000
    doc = json.loads(BATCH.read_text(encoding="utf-8"))
    languages = set()
    for cue in doc["negative_cues"]:
        assert cue["id"] == UNLISTED
        for lang, names in cue["names"].items():
            languages.add(lang)
            assert len(names) == len(set(names)), lang
    assert languages == {"en", "fr", "es", "pt", "ar", "zh", "vi", "th", "id"}
