"""Coverage of the widened lexicon: colloquial names, product terms, code words, look-alike cues.

Every sentence here was written for this test (short listing-like phrases in the nine languages),
so a term removed from or broken in ``extractors/species/data`` shows up as a failure.
"""

from __future__ import annotations

import pytest

from extractors.species import find_species


def taxa_in(text: str, language: str | None = None) -> set[str]:
    return {mention.scientific_name for mention in find_species(text, language).mentions}


@pytest.mark.parametrize(("text", "language", "expected"), [
    # tiger: Vietnamese one-syllable name with its tone mark, regional and plural forms
    ("bán hổ con 4 tháng tuổi", "vi", "Panthera tigris"),
    ("nanh hổ rừng thật", "vi", "Panthera tigris"),
    ("cọp con khoẻ mạnh", "vi", "Panthera tigris"),
    ("taring macan asli dari Sumatra", "id", "Panthera tigris"),
    ("dijual harimau putih jinak", "id", "Panthera tigris"),
    ("جلد نمور أصلي للبيع", "ar", "Panthera tigris"),
    ("虎鞭 泡酒 野生", "zh", "Panthera tigris"),
    ("cachorros de tigre blanco", "es", "Panthera tigris"),
    ("filhote de tigre à venda", "pt", "Panthera tigris"),
    ("ขายลูกเสือโคร่งเบงกอล", "th", "Panthera tigris"),
    # grey parrot
    ("couple de gris du Gabon apprivoisés", "fr", "Psittacus erithacus"),
    ("刚果灰 手养 幼鸟", "zh", "Psittacus erithacus"),
    ("vendo loros grises parlanchines", "es", "Psittacus erithacus"),
    ("papagaio cinza africano manso", "pt", "Psittacus erithacus"),
    ("ขายคองโกเกรย์ ลูกป้อน", "th", "Psittacus erithacus"),
    ("ببغاء رمادي أفريقي متكلم", "ar", "Psittacus erithacus"),
    # radiated and star tortoises, generic tortoises
    ("tortues radiées nées en captivité", "fr", "Astrochelys radiata"),
    ("辐射龟 苗子 包邮", "zh", "Astrochelys radiata"),
    ("ขายเต่าราเดียต้า ตัวเล็ก", "th", "Astrochelys radiata"),
    ("سلاحف مشعة صغيرة", "ar", "Astrochelys radiata"),
    ("tartarugas radiadas filhotes", "pt", "Astrochelys radiata"),
    ("tortugas estrelladas de la India", "es", "Geochelone elegans"),
    ("سلاحف نجمية للبيع", "ar", "Geochelone elegans"),
    ("vendo tortugas de tierra sanas", "es", "Testudinidae"),
    ("سلحفاة صغيرة للبيع", "ar", "Testudinidae"),
    # primates, birds, sharks, others
    ("cu li rừng giá rẻ", "vi", "Nycticebus spp."),
    ("đầu chim hồng hoàng khô", "vi", "Bucerotidae"),
    ("aletas de tiburones martillo", "es", "Sphyrnidae"),
    ("tubarões-martelo congelados", "pt", "Sphyrnidae"),
    ("قرش رأس المطرقة مجفف", "ar", "Sphyrnidae"),
    ("خرتيت صغير", "ar", "Rhinocerotidae"),
    ("vảy xuyên sơn giáp sao vàng", "vi", "Manis spp."),
    ("rắn hổ chúa giống", "vi", "Ophiophagus hannah"),
    ("rắn hổ trâu thịt", "vi", "Ptyas mucosa"),
    ("giống lan hổ rừng", "vi", "Orchidaceae"),
    ("出售水獭宝宝 已打疫苗", "zh", "Aonyx cinereus"),
    ("ثعلب الماء للبيع", "ar", "Aonyx cinereus"),
    ("ขายลูกนากเล็ก", "th", "Aonyx cinereus"),
])
def test_colloquial_names_find_the_taxon(text: str, language: str, expected: str) -> None:
    assert expected in taxa_in(text, language), text


@pytest.mark.parametrize(("text", "product", "taxon"), [
    ("cula asli kualitas super", "rhino horn", "Rhinocerotidae"),
    ("cuerno de rino en polvo", "rhino horn", "Rhinocerotidae"),
    ("chifre de rino inteiro", "rhino horn", "Rhinocerotidae"),
    ("قرن الخرتيت الأصلي", "rhino horn", "Rhinocerotidae"),
    ("cao ông ba mươi nấu 100 ngày", "tiger bone", "Panthera tigris"),
    ("tulang macan untuk obat", "tiger bone", "Panthera tigris"),
    ("pente antigo de casco de tartaruga", "tortoiseshell", "Eretmochelys imbricata"),
    ("sisik penyu untuk kerajinan", "tortoiseshell", "Eretmochelys imbricata"),
    ("escama de pangolim seca", "pangolin scales", "Manis spp."),
    ("bear gallbladders dried", "bear bile", "Ursidae"),
])
def test_product_terms_imply_their_taxon(text: str, product: str, taxon: str) -> None:
    findings = find_species(text)
    assert product in findings.product_terms, text
    assert taxon in {mention.scientific_name for mention in findings.mentions}, text


@pytest.mark.parametrize(("text", "product"), [
    ("排翅 散翅 批发", "shark fin"),
    ("vi cá khô loại 1", "shark fin"),
    ("súp vi cá nhà hàng", "shark fin"),
])
def test_shark_fin_wording(text: str, product: str) -> None:
    assert product in find_species(text).product_terms, text


@pytest.mark.parametrize("text", [
    "hammerhead shark fins, dried", "vây cá mập búa khô", "sirip hiu martil kering",
    "ailerons de requin-marteau",
])
def test_listed_shark_fin_names_the_shark_and_the_product(text: str) -> None:
    findings = find_species(text)
    assert "shark fin" in findings.product_terms, text
    assert "Sphyrnidae" in {mention.scientific_name for mention in findings.mentions}, text


@pytest.mark.parametrize("text", ["双髻鲨翅 一斤", "锤头鲨翅 批发", "หูฉลามหัวค้อน แห้ง"])
def test_hammerhead_fin_in_unspaced_scripts_names_the_shark(text: str) -> None:
    # Chinese and Thai terms are matched without word boundaries: the compound is a name
    assert "Sphyrnidae" in taxa_in(text), text


@pytest.mark.parametrize(("text", "word", "taxon"), [
    ("鹤顶 手串 老料", "鹤顶", "Rhinoplax vigil"),
    ("川山甲 正品 中药", "川山甲", "Manis spp."),
])
def test_strong_code_words_name_a_taxon(text: str, word: str, taxon: str) -> None:
    findings = find_species(text)
    assert word in findings.code_words
    assert taxon in {mention.scientific_name for mention in findings.mentions}


@pytest.mark.parametrize(("text", "word"), [
    ("XY 坐标 图表", "XY"),
    ("XJ 捷豹 二手车", "XJ"),
    ("anel de ouro branco 18k", "ouro branco"),
    ("خاتم الذهب الأبيض", "الذهب الأبيض"),
    ("ของขาว ผ้าปูที่นอน ลดราคา", "ของขาว"),
    ("ông ba mươi về rừng", "ông ba mươi"),
])
def test_weak_code_words_are_reported_but_name_nothing(text: str, word: str) -> None:
    findings = find_species(text)
    assert word in findings.code_words, text
    assert findings.mentions == [], text


@pytest.mark.parametrize(("text", "cue"), [
    ("wooden elephant statue, hand carved", "material"),
    ("éléphant en bois sculpté", "material"),
    ("elefante de madera tallada", "material"),
    ("elefante de madeira entalhada", "material"),
    ("تمثال فيل خشبي", "material"),
    ("木雕大象 客厅摆件", "material"),
    ("tượng voi bằng gỗ", "material"),
    ("ช้างไม้แกะสลัก", "material"),
    ("patung gajah ukiran kayu", "material"),
    ("carved cattle bone pendant", "material"),
    ("os de chameau sculpté", "material"),
    ("colgante de hueso de res", "material"),
    ("pingente de osso bovino", "material"),
    ("مسبحة عظم جمل", "material"),
    ("vòng xương trâu", "material"),
    ("จี้กระดูกควาย", "material"),
    ("tasbih tulang unta", "material"),
    ("cellulose acetate frames", "material"),
    ("óculos de acetato", "material"),
    ("醋酸纤维 眼镜架", "material"),
    ("gọng acetate nữ", "material"),
    ("solid brass tiger figurine", "material"),
    ("statue de rhinocéros en bronze", "material"),
    ("patung harimau kuningan", "material"),
    ("tượng hổ bằng đồng thau", "material"),
    ("collar de tagua natural", "material"),
    ("colar de jarina", "material"),
    ("looks like ivory, resin", "imitation"),
    ("pulsera tipo marfil", "imitation"),
    ("bracelet effet ivoire", "imitation"),
    ("vòng giống ngà voi", "imitation"),
    ("سوار شبيه بالعاج", "imitation"),
    ("似象牙 手镯", "imitation"),
    ("กำไลเหมือนงาช้าง", "imitation"),
    ("gelang mirip gading", "imitation"),
    ("kids tiger cosplay", "costume"),
    ("disfraces de tigre para niños", "costume"),
    ("đồ hóa trang con hổ", "costume"),
    ("ชุดคอสเพลย์เสือ", "costume"),
    ("terrarium for tortoises, 120 cm", "accessory only"),
    ("jaula para loros grande", "accessory only"),
    ("gaiola para papagaio usada", "accessory only"),
    ("鹦鹉笼 不锈钢", "accessory only"),
    ("lồng vẹt inox", "accessory only"),
    ("pakan kura-kura 1 kg", "accessory only"),
    ("vòng tay hổ phách", "other meaning"),
    ("鹤顶兰 盆栽", "other meaning"),
    ("tortuga ninja de peluche", "other meaning"),
    ("óculos casco de tartaruga", "pattern"),
    ("tranh mãnh hổ treo tường", "media"),
])
def test_look_alike_cues(text: str, cue: str) -> None:
    assert cue in find_species(text).negative_cues, text


@pytest.mark.parametrize("text", [
    "vòng tay hổ phách tự nhiên",
    "giá cạnh tranh nhất thị trường",
    "hồ cá cảnh mini",
    "tuổi hổ hợp màu gì",
    "mèo hổ con dễ thương",
    "cá hổ Indo size lớn",
    "Porsche Macan 2019 low km",
    "Jaguar XJ 2012 full service",
    "óculos de sol casco de tartaruga",
    "tortuga de agua con pecera",
    "terrario para tortugas 80 cm",
    "鹤顶兰 花苗",
    "anel de ouro branco",
    "tranh mãnh hổ sơn dầu",
    "kaos motif macan anak",
    "tortues ninja figurines",
])
def test_innocent_texts_name_no_taxon(text: str) -> None:
    assert taxa_in(text) == set(), text


def test_crocodile_wallet_is_not_shark_fin() -> None:
    # "ví cá sấu" (crocodile wallet) must not read "ví cá" as "vi cá" (shark fin)
    assert "shark fin" not in find_species("ví cá sấu da bò", "vi").product_terms


def test_cues_do_not_hide_a_real_offer() -> None:
    # a wooden box or a cage bundled with the animal is not the look-alike phrasing
    assert "Psittacus erithacus" in taxa_in("African grey parrot with cage for sale")
    assert find_species("African grey parrot with cage for sale").negative_cues == []
    assert "Geochelone elegans" in taxa_in("star tortoise with terrarium for sale")
    rosewood = find_species("酸枝木雕 大红酸枝 摆件")
    assert "Dalbergia cochinchinensis" in {m.scientific_name for m in rosewood.mentions}
