"""Signs of the trade rule 8 counts: wild-collected wording, a live plant's trade wording and
a hobby breeder's wording, in the nine languages, and the ordinary listings they leave alone."""

from __future__ import annotations

import pytest

from classifier.cues import read_wording

WILD_COLLECTED = [
    ("Cacti dug from the wild, healthy, $40 each", "en"),
    ("Wild collected specimens, 3 sizes, dm me", "en"),
    ("Arrivage de plantes prélevées dans la nature, 30€ pièce", "fr"),
    ("Pieds ramassés en forêt la semaine dernière, 15€", "fr"),
    ("Biznagas sacadas de campo, bien enraizadas, $250", "es"),
    ("Vendo viejitos sacados del cerro, $300 c/u", "es"),
    ("Tengo unas traídas del desierto, precio por lote", "es"),
    ("Orquídeas tiradas do mato, R$ 50 cada", "pt"),
    ("Peguei na serra, coletadas na natureza, vendo", "pt"),
    ("للبيع نباتات من الجبل السعر بالخاص", "ar"),
    ("野生挖的，出售，价格私聊", "zh"),
    ("山上挖的老桩，包邮", "zh"),
    ("Kim tuyến mới lấy trên núi, 1tr5/lạng", "vi"),
    ("Lan hạ sơn, giá tốt", "vi"),
    ("ไม้ป่า ขุดจากป่า ราคา 300 บาท", "th"),
    ("Anggrek cabutan dari hutan Kalimantan, harga 50rb", "id"),
    ("Jual anggrek diambil dari gunung, nego", "id"),
]

ORDINARY_WILD = [
    ("Fresh coffee beans, 500g bag, $12", "en"),
    ("Miel de la montagne, pot de 500 g, 12€", "fr"),
    ("Casa de campo en venta, 3 recámaras", "es"),
    ("Vendo queijo da serra, R$ 40", "pt"),
    ("سيارة للبيع السعر بالخاص", "ar"),
    ("野生蜂蜜，出售", "zh"),
    ("Mật ong rừng nguyên chất, giá 300k", "vi"),
    ("สารสกัดจากธรรมชาติ ราคา 200 บาท", "th"),
    ("Madu hutan asli, harga 100rb", "id"),
    ("Jual sepatu bekas, harga 100rb", "id"),
]


@pytest.mark.parametrize(("text", "lang"), WILD_COLLECTED)
def test_wild_collected_wording_is_wild_caught(text: str, lang: str) -> None:
    veiled = read_wording(text, lang).veiled
    assert any(cue.startswith("wild-caught:") for cue in veiled), (text, veiled)


@pytest.mark.parametrize(("text", "lang"), ORDINARY_WILD)
def test_ordinary_goods_are_not_wild_caught(text: str, lang: str) -> None:
    veiled = read_wording(text, lang).veiled
    assert not any(cue.startswith("wild-caught:") for cue in veiled), (text, veiled)


def test_denied_wild_collection_is_no_sign() -> None:
    assert read_wording("Vendo biznagas, no sacadas de campo, de vivero", "es").veiled == []


PLANT_TRADE = [
    ("2x roths NBS, 1 in spike. Not flasked, bare root. $120", "en"),
    ("Rooted cuttings, 4 inch pot, $15 each", "en"),
    ("Seedlings for sale, seed grown, $8", "en"),
    ("J'ai 3 bleues en panier, sans flacon ni étiquette, 40€ pièce", "fr"),
    ("Boutures enracinées, semis de 2 ans, 10€", "fr"),
    ("Vendo esquejes y plántulas, bien enraizadas", "es"),
    ("Hijuelos de semilla, $200", "es"),
    ("Mudas enraizadas, plantas adultas, R$ 80", "pt"),
    ("شتلات للبيع، فسائل مجذرة", "ar"),
    ("实生苗，组培，出售", "zh"),
    ("Bán cây giống, đã ra rễ", "vi"),
    ("หม้อข้าวหม้อแกงลิง ไม้ชำ กระถาง 6 นิ้ว 350.-", "th"),
    ("ไม้เพาะเมล็ด 350 บาท", "th"),
    ("Jual bibit anggrek, sudah berakar, ada spike", "id"),
]

ORDINARY_PLANT = [
    ("Rooted android phone, unlocked, $150", "en"),
    ("Hip flask, stainless steel, $10", "en"),
    ("Flacon de parfum 100 ml, 30€", "fr"),
    ("Vendo frasco de miel, 500 g", "es"),
    ("Vendo carro, muito bom estado", "pt"),
    ("هاتف للبيع بحالة ممتازة", "ar"),
    ("耳环一对，出售", "zh"),
    ("Bán điện thoại cũ, giá 2tr", "vi"),
    ("ขายโทรศัพท์มือสอง ราคา 3,000 บาท", "th"),
    ("Jual HP bekas, mulus", "id"),
    # honest nurseries: a graft, a pot, "mudas" and a pot size are no sign
    ("Arbolitos de aguacate Hass injertados, vivero certificado", "es"),
    ("Suculentas echeverias en maceta de barro, $60 c/u", "es"),
    ("Planta de vivero, maceta de 40 cm incluida, 60€", "es"),
    ("Mudas de jacarandá-mimoso, 1m de altura, 350 MT cada", "pt"),
    ("ต้นเขี้ยวกระแต กระถาง 6 นิ้ว 120 บาท", "th"),
    ("ของแท้ ราคาสูงหน่อยแต่ของจริง", "th"),
    ("Grafted mango trees, 3 gallon pot, $25", "en"),
]


@pytest.mark.parametrize(("text", "lang"), PLANT_TRADE)
def test_plant_trade_wording_is_found(text: str, lang: str) -> None:
    assert read_wording(text, lang).plant, text


@pytest.mark.parametrize(("text", "lang"), ORDINARY_PLANT)
def test_ordinary_goods_have_no_plant_wording(text: str, lang: str) -> None:
    assert read_wording(text, lang).plant is None, text


BREEDER = [
    ("Proven pair, 2yrs, CB. 3,200 the pair", "en"),
    ("CB'23 female, eating well", "en"),
    ("WC adults and F1 juvs available", "en"),
    ("Hatchlings from my own spawn, £15 each", "en"),
    ("1.1 pair, Sorong locale, 100% het", "en"),
    ("Couple né en captivité, mâle et femelle, 200€", "fr"),
    ("Juveniles nacidos en cautiverio, macho y hembra", "es"),
    ("Casal provado, nascidos em cativeiro, R$ 500", "pt"),
    ("للبيع ذكر وأنثى مواليد 2023", "ar"),
    ("出售一对，亚成，人工繁育", "zh"),
    ("Bán 1 cặp trống mái, giá tốt", "vi"),
    ("ขายพ่อพันธุ์ แม่พันธุ์ ราคา 5,000", "th"),
    ("Ready si putih sepasang, 6jt", "id"),
    ("Jual piyik hasil ternak sendiri", "id"),
]

ORDINARY_BREEDER = [
    ("Appartement 3 pièces, WC séparés, cuisine équipée", "fr"),
    ("F1 grand prix tickets, 2 seats", "en"),
    ("CB radio with antenna, $60", "en"),
    ("Morning cleaning service, $20 per hour", "en"),
    ("Sepasang sepatu kulit, ukuran 42", "id"),
    ("一对耳环，纯银", "zh"),
    ("Vendo coche en buen estado", "es"),
    # a legal songbird bred at home says so: no sign either
    ("Jalak suren jantan gacor, hasil ternak, ring lengkap. Mahar 750rb", "id"),
    # a breeding farm's wool and a classified's location field are no live animal
    ("Madejas de lana de llama (de criadero, Jujuy), 100 g cada una. ARS 30.000", "es"),
    ("Heladera usada, funciona bien. Localidad: Palermo", "es"),
    ("Vendo sofá 3 lugares. Localidade: Campinas", "pt"),
    ("Canapé cuir, bon état. Localité : Lyon", "fr"),
    ("Jual kulkas bekas, lokalitas Bekasi", "id"),
    ("Ração premium linhagem adulto, 15 kg", "pt"),
]


@pytest.mark.parametrize(("text", "lang"), BREEDER)
def test_hobby_breeder_wording_is_live_wording(text: str, lang: str) -> None:
    assert read_wording(text, lang).live, text


@pytest.mark.parametrize(("text", "lang"), ORDINARY_BREEDER)
def test_ordinary_goods_have_no_breeder_wording(text: str, lang: str) -> None:
    assert read_wording(text, lang).live is None, text
