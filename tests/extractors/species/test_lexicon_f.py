"""Names of the sixth lexicon batch (files 38 and 39): trade, local, TCM and hobby names the
lexicon lacked, phrases in which a listed name names something else, and the toy, accessory,
material and unlisted-species cues that misread real offers. Each text is written for this
test, none is a corpus row."""

from __future__ import annotations

import pytest

from extractors.species import find_species


def taxa(text: str, lang: str | None = None) -> set[str]:
    return {mention.scientific_name for mention in find_species(text, lang).mentions}


@pytest.mark.parametrize(("text", "lang", "taxon"), [
    ("戈芬 一对 手养 已断奶", "zh", "Cacatua goffiniana"),
    ("斯里兰卡线 苗子 5cm 两只", "zh", "Geochelone elegans"),
    ("نوافج من سيبيريا بالحبة", "ar", "Moschus spp."),
    ("مصك غزال حبات أصلية للعطارين", "ar", "Moschus spp."),
    ("Xương kễnh nấu cao, 2 kg", "vi", "Panthera tigris"),
    ("เขี้ยวพาดกลอน เลี่ยมทอง", "th", "Panthera tigris"),
    ("หนังลายเมฆ ผืนเล็ก ทำตะกรุด", "th", "Neofelis nebulosa"),
    ("งูอนาคอนดา เหลือง ยาว 2 เมตร", "th", "Eunectes spp."),
    ("ลูกปลายี่สก ตัวละ 10 บาท", "th", "Probarbus jullieni"),
    ("ไคท์ท้องขาว ลูกป้อน 2 ตัว", "th", "Pionites spp."),
    ("ตะกวตเลี้ยงเชื่อง 60 ซม.", "th", "Varanus bengalensis"),
    ("เข็มขัดหนังไอ้เข้ แท้", "th", "Crocodylus siamensis"),
    ("عود دبل سوبر للبخور التولة ٣٠٠", "ar", "Aquilaria spp."),
    ("سحلب جبلي مطحون، درنات مجففة", "ar", "Orchidaceae"),
    ("龙落子 泡酒 一斤", "zh", "Hippocampus spp."),
    ("蕙兰下山草 五苗一丛", "zh", "Orchidaceae"),
    ("แอล 046 ตัวละ 3,500", "th", "Hypancistrus zebra"),
    ("Filhotes de tracajá, 5 cm", "pt", "Podocnemis spp."),
    ("Cavalos-do-mar secos para garrafada", "pt", "Hippocampus spp."),
    ("Bán thớt sưa mặt quỷ 40cm", "vi", "Dalbergia odorifera"),
    ("Khóm hài hồng rừng 6 nhánh, lan nở đẹp", "vi", "Paphiopedilum spp."),
    ("Big blues, proven pair with closed rings", "en", "Anodorhynchus spp."),
    ("Grey ghost pelt with long tail", "en", "Panthera uncia"),
    ("Licorne de mer : défense de 1,8 m", "fr", "Monodon monoceros"),
    ("سوبر ريد أروانا ٢٥ سم مع شريحة", "ar", "Scleropages formosus"),
    ("Madu pahit kantong utuh, empedu asli", "id", "Helarctos malayanus"),
    ("น้ำตานางเงือก ทาเรียกเสน่ห์ ขวดละ 500", "th", "Dugong dugon"),
    ("Tubers of Cyclamen graecum, wild collected", "en", "Cyclamen spp."),
    ("C. hederifolium tubers, large", "en", "Cyclamen hederifolium"),
    ("ใบพัดแห้ง กิโลละ 8,000 ส่งภัตตาคาร", "th", "Carcharhinidae"),
    ("Teddy bear monkey, tame, eats banana at night", "en", "Nycticebus spp."),
])
def test_trade_and_local_names(text: str, lang: str, taxon: str) -> None:
    assert taxon in taxa(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Peinture caméléon pour jantes, kit 500 ml", "fr"),
    ("Pintura camaleón para moto, 1 litro", "es"),
    ("Poudre de pain de singe, 1 kg", "fr"),
    ("Oscar tigre de 12 cm, come ração", "pt"),
    ("Deux tortues à oreilles rouges avec leur aquarium", "fr"),
    ("ปลานกแก้ว สีแดง ตัวละ 120", "th"),
    ("Batik motif burung cenderawasih, 2 meter", "id"),
    ("Tiger Sugar trà sữa mua 1 tặng 1", "vi"),
    ("قميص النمور موسم جديد مقاس XL", "ar"),
    ("نبتة جلد النمر في أصيص", "ar"),
    ("Arara entalhada e pintada, 30 cm", "pt"),
    ("Sea Eagle inflatable kayak with foot pump", "en"),
    ("Cactus de Noël rose en pot", "fr"),
    ("Fauteuil Louis XVI, accoudoirs à têtes de lion", "fr"),
])
def test_phrases_naming_something_else_name_no_taxon(text: str, lang: str) -> None:
    assert taxa(text, lang) == set()


@pytest.mark.parametrize(("text", "lang"), [
    ("ลูกนากเล็กเล็บสั้น นอนกอดตุ๊กตาทุกคืน ขาย 9,000", "th"),
    ("Hermann tortoise, hatched 2023, with A10; tortoise table extra", "en"),
    ("Vends inséparables de Fischer, je garde les roseicollis", "fr"),
    ("Cadeira de jacarandá-da-bahia com puxadores de bronze", "pt"),
])
def test_cues_that_are_not_the_thing_sold(text: str, lang: str) -> None:
    findings = find_species(text, lang)
    assert findings.mentions
    assert not {"toy", "accessory only", "unlisted species", "material"} & set(
        findings.negative_cues)
