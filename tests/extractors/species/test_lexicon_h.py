"""Folk, trade and hobby names of the seventh lexicon batch (files 40 and 41): a systematic pass
over the most traded CITES groups in nine languages, not drawn from any error list. Each text is
written for this test, none is a corpus row."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors.species import find_species

DATA = Path(__file__).resolve().parents[3] / "extractors" / "species" / "data"
BATCH = ("40_nicknames_h.json", "41_nicknames_i.json")


def taxa(text: str, lang: str | None = None) -> set[str]:
    return {mention.scientific_name for mention in find_species(text, lang).mentions}


@pytest.mark.parametrize(("text", "lang", "taxon"), [
    ("Bán khỉ lù đù con, ăn chuối, 2 triệu", "vi", "Nycticebus spp."),
    ("บุชเบบี้ ตัวเล็ก เชื่องมาก", "th", "Galagidae"),
    ("Anak singapuar jinak, makan jangkrik", "id", "Tarsius spp."),
    ("风猴一只 夜行 吃水果", "zh", "Nycticebus spp."),
    ("Vendo mono maicero de 6 meses, muy manso", "es", "Sapajus spp."),
    ("Petit hocheur apprivoisé à vendre, Douala", "fr", "Primates"),
    ("Datuk belang kulit utuh, warisan kakek", "id", "Panthera tigris"),
    ("Filhote de onça-preta, interessados chamar", "pt", "Panthera onca"),
    ("Cunaguaro bebé para la finca", "es", "Leopardus pardalis"),
    ("Bàn tay gấu ngâm rượu, còn nguyên", "vi", "Ursidae"),
    ("Jukumari cachorro, Cochabamba", "es", "Tremarctos ornatus"),
    ("Vòng lông voi thật, bện tay", "vi", "Elephantidae"),
    ("شعر ذيل الفيل، خاتم قديم", "ar", "Elephantidae"),
    ("Sopa de caguama, pedidos por mensaje", "es", "Cheloniidae"),
    ("Arrau y cupiso, crías para estanque", "es", "Podocnemis spp."),
    ("Pochitoque de 10 cm, come de todo", "es", "Kinosternidae"),
    ("Flowerback hatchlings, captive bred", "en", "Cuora spp."),
    ("Niloticus leather strap, 22mm", "en", "Crocodylia"),
    ("ขาย วารานัส ตัวละ 3,000", "th", "Varanus spp."),
    ("Menyawak jinak 1 meter", "id", "Varanus spp."),
    ("Mật trăn tươi, ngâm rượu", "vi", "Pythonidae"),
    ("Güío de 3 metros, se vende", "es", "Eunectes spp."),
    ("Bunglon panther ambilobe, jantan", "id", "Chamaeleonidae"),
    ("Vẹt ăn bột, đã thuần, biết nói", "vi", "Psittaciformes"),
    ("黄帽亚马逊 手养 会说话", "zh", "Psittaciformes"),
    ("حرار ذكور وإناث، الموسم الجديد", "ar", "Falco cherrug"),
    ("Fauconneau de chasse, bagué", "fr", "Falconiformes"),
    ("Đầu chim mũ sừng, chạm khắc", "vi", "Rhinoplax vigil"),
    ("ขุนทองพูดได้ ราคาคุยกัน", "th", "Gracula religiosa"),
    ("Chupamirto disecado para el amor", "es", "Trochilidae"),
    ("海虎翅 金山勾翅 批发", "zh", "Carcharhinidae"),
    ("Peng yu sai, dried, 1 kg", "en", "Mobula spp."),
    ("Machorro de 3 kilos, del alto golfo", "es", "Totoaba macdonaldi"),
    ("Hồng long 40cm, có chip", "vi", "Scleropages formosus"),
    ("ขาย ทองมาเลย์ 12 นิ้ว มีใบเซอร์", "th", "Scleropages formosus"),
    ("Perles de conque, lot de 3", "fr", "Aliger gigas"),
    ("خاتم يسر اسود قديم", "ar", "Antipatharia"),
    ("Trầm miếng Khánh Hòa, 50 gram", "vi", "Aquilaria spp."),
    ("牛毛纹紫檀 原木 一根", "zh", "Pterocarpus santalinus"),
    ("Bois de violette, planches de lutherie", "fr", "Dalbergia spp."),
    ("Musc du Tonkin en grains, 5 g", "fr", "Moschus spp."),
    ("Tanduk linyang asli, serutan", "id", "Saiga tatarica"),
    ("Toosh shawl from Kashmir, very fine", "en", "Pantholops hodgsonii"),
    ("Couro de queixada curtido", "pt", "Tayassuidae"),
    ("Phi điệp đột biến, giả hạc 5 cánh trắng", "vi", "Dendrobium spp."),
    ("女王锦 老桩 出售", "zh", "Aloe spp."),
    ("蓝非洲铁 小苗", "zh", "Cycadales"),
    ("ตะกรุดลงยันต์ เนื้อตะกรุดงา ยาว 3 นิ้ว", "th", "Elephantidae"),
    ("鬼工球 老件 出售", "zh", "Elephantidae"),
    ("Mono de monte, cría de dos meses", "es", "Primates"),
    ("جنبية زراف قديمة للبيع", "ar", "Rhinocerotidae"),
    ("مسبحة ذبل ٣٣ حبة", "ar", "Cheloniidae"),
    ("Chupaflor disecado para amarre", "es", "Trochilidae"),
])
def test_folk_trade_and_hobby_names(text: str, lang: str, taxon: str) -> None:
    assert taxon in taxa(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Quá bối rối không biết chọn quà", "vi"),
    ("Mua thủy tiên về cắm Tết", "vi"),
    ("Mình rất hài râu của chú hề", "vi"),
    ("紫檀色 实木床 出售", "zh"),
    ("金龙客车 二手 出售", "zh"),
    ("石龟摆件 风水 招财", "zh"),
    ("欧陆风格 沙发", "zh"),
    ("Vestido cross back, talla M", "es"),
    ("Cross back apron, linen", "en"),
    ("Lady slipper heels, size 7", "en"),
    ("Dried fins and tails for dogs, 500 g", "en"),
    ("Maitaca, minha amiga tagarela, mandou beijos", "pt"),
    ("สร้อยทองมาเลย์ 2 สลึง", "th"),
    ("Kopi Murai, 250 gram", "id"),
])
def test_weak_nicknames_need_a_trade_word(text: str, lang: str) -> None:
    assert taxa(text, lang) == set()


def test_vietnamese_names_keep_their_tone_marks() -> None:
    # "khi mọc răng" (teething) must not be read as "khỉ mốc" (a macaque)
    assert taxa("Vòng cho bé khi mọc răng, 390k", "vi") == set()
    assert "Primates" in taxa("Bán khỉ mốc con, đã thuần", "vi")


def test_batch_files_stay_small_and_only_add_code_words() -> None:
    for name in BATCH:
        path = DATA / name
        assert path.stat().st_size < 45_000
        data = json.loads(path.read_text(encoding="utf-8"))
        assert set(data) == {"format", "code_words"}
        for word in data["code_words"]:
            assert word["implies"], word
            assert not word.get("weak") or word.get("context"), word
            if word["language"] == "vi":
                assert word.get("strict"), word
