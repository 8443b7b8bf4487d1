"""Context the matcher reads around a term: denials and word-sense cues."""

from __future__ import annotations

import pytest

from extractors.species import find_species
from extractors.species.matcher import _spans_sentences


def taxa(text: str, lang: str | None = None) -> set[str]:
    return {mention.scientific_name for mention in find_species(text, lang).mentions}


@pytest.mark.parametrize(("text", "lang"), [
    ("Hand carved rhino figure, local jacaranda wood, not rosewood", "en"),
    ("Coffret ancien, pas d'ivoire, bois d'olivier", "fr"),
    ("摆件不是象牙", "zh"),
])
def test_a_denied_taxon_is_not_named(text: str, lang: str) -> None:
    assert "Dalbergia spp." not in taxa(text, lang)
    assert "Elephantidae" not in taxa(text, lang)


def test_a_denial_elsewhere_leaves_the_named_taxon() -> None:
    text = "Real elephant ivory bangle, not resin, not plastic; refund if it is not ivory"
    findings = find_species(text, "en")
    assert "Elephantidae" in {m.scientific_name for m in findings.mentions}
    assert findings.negative_cues == []


@pytest.mark.parametrize("text", ["Pass lại bé khỉ đuôi lợn 5 tháng", "Pass gấp con khỉ đuôi lợn"])
def test_a_word_the_skeleton_shortens_to_a_negator_denies_nothing(text: str) -> None:
    # the skeleton collapses "Pass" (resell, in Vietnamese sales) into the French "pas"
    assert "Macaca nemestrina" in taxa(text, "vi")


@pytest.mark.parametrize(("text", "lang", "named"), [
    ("Pass đôi dép cá sấu Crocs Classic màu đen size 40", "vi", False),
    ("Crocs crocodile jibbitz charms x5", "en", False),
    ("Bán dép da cá sấu thật 100%", "vi", True),
    ("Bolso de cocodrilo auténtico, piel de vientre", "es", True),
])
def test_clogs_called_after_the_crocodile_name_no_crocodile(text: str, lang: str,
                                                            named: bool) -> None:
    assert ("Crocodylia" in taxa(text, lang)) is named


def test_a_colour_word_does_not_outweigh_an_explicit_product() -> None:
    findings = find_species("Vòng tay ngà voi thật, màu ngà tự nhiên có vân", "vi")
    assert "Elephantidae" in {m.scientific_name for m in findings.mentions}
    assert "colour" not in findings.negative_cues


def test_a_colour_word_stays_when_only_the_same_word_names_the_taxon() -> None:
    findings = find_species("Robe couleur ivoire, mousseline ivoire, taille 38", "fr")
    assert "colour" in findings.negative_cues


def test_an_animal_name_does_not_overrule_a_brand() -> None:
    findings = find_species("Tiger Balm red 19 g, the tiger on the lid", "en")
    assert findings.negative_cues


def test_look_alike_cues_stay_whatever_names_the_taxon() -> None:
    findings = find_species("بطانية فرو صناعي بنقشة النمر", "ar")
    assert findings.negative_cues


@pytest.mark.parametrize(("text", "lang", "taxon"), [
    ("White gold, raw, two long pieces, not metal", "en", "Elephantidae"),
    ("老XY手串，包老", "zh", "Elephantidae"),
    ("XJ杯一只，重90克", "zh", "Rhinocerotidae"),
])
def test_a_weak_code_word_names_its_taxon_in_context(text: str, lang: str, taxon: str) -> None:
    assert taxon in taxa(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("18k white gold ring with a small diamond", "en"),
    ("Jaguar XJ 2012, 80 000 km", "en"),
    ("Bague en or blanc et saphir, taille 54", "fr"),
])
def test_a_weak_code_word_alone_names_nothing(text: str, lang: str) -> None:
    findings = find_species(text, lang)
    assert findings.code_words and not findings.mentions


def test_what_the_goods_are_passed_off_as_is_not_a_look_alike_cue() -> None:
    findings = find_species("Elephant ivory tusk, 3 kg. Ships as a wooden carving.", "en")
    assert findings.negative_cues == []
    assert find_species("Wooden elephant statue, 30 cm", "en").negative_cues


def test_wood_and_resin_are_the_stuff_of_timber_and_agarwood() -> None:
    assert find_species("Wild gaharu chips, rich resin, in a wooden box", "en").negative_cues == []
    assert find_species("Resin tiger statue for the garden", "en").negative_cues


def test_an_ambiguous_product_word_does_not_overrule_a_colour_cue() -> None:
    findings = find_species("Áo cưới màu ngà (ivory), ren Pháp, size M", "vi")
    assert "colour" in findings.negative_cues


@pytest.mark.parametrize(("text", "lang", "taxon"), [
    ("tengo 3 tortugitas moras de este año", "es", "Testudo graeca"),
    ("Deux tortues radiées adultes", "fr", "Astrochelys radiata"),
    ("two grey parrots, hand reared", "en", "Psittacus erithacus"),
])
def test_plurals_and_diminutives_of_names(text: str, lang: str, taxon: str) -> None:
    assert taxon in taxa(text, lang)


def test_a_taxon_named_only_in_a_colour_sense() -> None:
    assert find_species("Váy cưới màu ngà (ivory), ren Pháp, size M", "vi").sense_only
    assert not find_species("Vòng tay ngà voi thật, màu ngà tự nhiên", "vi").sense_only
    assert not find_species("Slow loris baby, teddy bear pet", "en").sense_only


@pytest.mark.parametrize(("text", "lang"), [
    ("Défense d'éléphant sculptée, socle en bois, 2 kg", "fr"),
    ("Cuerno de rinoceronte montado en escudo de madera", "es"),
    ("ivory netsuke in its wooden box", "en"),
])
def test_the_material_of_a_stand_or_box_is_no_look_alike_cue(text: str, lang: str) -> None:
    assert "material" not in find_species(text, lang).negative_cues


def test_the_material_of_the_item_stays_a_look_alike_cue() -> None:
    assert "material" in find_species("Statuette éléphant en bois, 15 cm", "fr").negative_cues


@pytest.mark.parametrize(("text", "lang"), [
    ("Regalo 2 tortugas japonesas de orejas rojas con su pecera", "es"),
    ("西伯利亚猛犸象牙雕件 带证书", "zh"),
    ("Cây lưỡi hổ viền vàng chậu sứ", "vi"),
    ("กางเกงลายช้าง ผ้าเรยอน", "th"),
])
def test_unlisted_look_alike_species_and_names(text: str, lang: str) -> None:
    assert find_species(text, lang).negative_cues


def test_a_pet_likened_to_a_toy_is_no_toy() -> None:
    assert find_species("Slow loris baby - teddy bear pet, eats fruit", "en").negative_cues == []
    assert "toy" in find_species("Plush tiger toy for pets", "en").negative_cues
    assert "toy" in find_species("Teddy bear plush 30 cm", "en").negative_cues


@pytest.mark.parametrize(("text", "lang"), [
    ("Tắc kè da báo baby, tắc kè ăn sâu tốt, 600k/con", "vi"),
    ("Sac à main façon crocodile, le crocodile est embossé", "fr"),
])
def test_a_taxon_named_only_inside_a_look_alike_phrase(text: str, lang: str) -> None:
    findings = find_species(text, lang)
    assert findings.mentions and findings.sense_only


def test_a_look_alike_phrase_leaves_a_taxon_named_elsewhere() -> None:
    text = "Tắc kè da báo 600k, có cả tắc kè khô ngâm rượu và vảy tê tê"
    assert not find_species(text, "vi").sense_only


def test_a_denial_three_words_back() -> None:
    text = "Nanh hổ thật, bọc vàng 18k. Không phải hàng nhựa."
    assert "material" not in find_species(text, "vi").negative_cues


def test_toys_that_come_with_the_animal_are_no_toy_cue() -> None:
    with_toys = find_species("8 month old African grey, comes with cage and some toys", "en")
    assert "toy" not in with_toys.negative_cues and with_toys.mentions
    plush = find_species("African grey parrot plush toy, 30 cm", "en")
    assert "toy" in plush.negative_cues


def test_another_word_spelt_like_a_name_names_nothing_and_lowers_nothing() -> None:
    findings = find_species(
        "Discocactus horstii adulto, muito boa procedência, envio pelos Correios", "pt")
    assert {m.scientific_name for m in findings.mentions} == {"Cactaceae"}
    assert findings.negative_cues == []
    board = find_species("Tábua de corte em madeira maciça, boa qualidade", "pt")
    assert board.mentions == [] and board.negative_cues == []


def test_a_name_inside_a_carving_word_is_not_read_as_a_harmless_carving() -> None:
    findings = find_species("白犀牛角雕荷叶杯一只，重286克", "zh")
    names = {m.scientific_name for m in findings.mentions}
    assert "Rhinocerotidae" in names or "Ceratotherium simum" in names
    assert findings.negative_cues == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Nanh ông ba mươi thật. Không phải nanh chó, nanh nhựa. Giá 9 triệu.", "vi"),
    ("peinetas de carey legítimo, no es acetato, desde 60 mil", "es"),
    ("แหวนหางช้างแท้ ถักมือ ไม่ใช่เอ็นพลาสติก", "th"),
])
def test_a_denied_look_alike_word_is_no_cue(text: str, lang: str) -> None:
    findings = find_species(text, lang)
    assert findings.mentions
    assert findings.negative_cues == []


def test_an_undenied_look_alike_word_stays_a_cue() -> None:
    assert "pattern" in find_species("Tortoiseshell acetate glasses frame", "en").negative_cues
    assert "material" in find_species("非洲树脂象牙手镯", "zh").negative_cues


def test_toys_listed_after_the_animal_with_a_cage_are_extras() -> None:
    findings = find_species("Congo African grey, comes with big cage, perches and toys", "en")
    assert "toy" not in findings.negative_cues
    assert "toy" in find_species("Plush African grey parrot toy", "en").negative_cues


@pytest.mark.parametrize(("text", "lang"), [
    ("กำไลกระดูกวัว ราคา 400 บาท", "th"),
    ("加拿大野生象拔蚌 鲜活空运", "zh"),
    ("Adult female G. rosea, comes with enclosure", "en"),
])
def test_words_inside_other_words_name_nothing(text: str, lang: str) -> None:
    assert find_species(text, lang).mentions == []


def test_a_phrase_does_not_run_across_a_sentence_end() -> None:
    # unaccented Vietnamese: "... xem hang. Gia thuong luong" (see the goods. Price negotiable)
    text = "Ban nga voi nguyen cap, dai 1m1. Co xem hang. Gia thuong luong."
    found = find_species(text, "vi")
    assert "Elephantidae" in {m.scientific_name for m in found.mentions}
    assert "imitation" not in found.negative_cues
    assert "imitation" in find_species("Vòng ngà voi, hàng giả, giá 50k", "vi").negative_cues
    # an abbreviation's dot ends no sentence
    assert _spans_sentences("St. Vincent") is False
    assert _spans_sentences("hang. Gia") is True


def test_unaccented_gia_is_not_read_as_fake() -> None:
    found = find_species("vong nga voi that, hang gia re, lien he", "vi")
    assert "imitation" not in found.negative_cues


def test_a_sense_cue_of_one_word_says_nothing_of_a_taxon_named_in_full() -> None:
    text = ("Indian star tortoise hatchlings available, 5-6cm, feeding well on greens n cactus "
            "pad. 18,000 each")
    found = find_species(text, "en")
    assert "Geochelone elegans" in {m.scientific_name for m in found.mentions}
    assert "other meaning" not in found.negative_cues


@pytest.mark.parametrize(("text", "lang"), [
    ("No papers, ivory bangle, $300", "en"),
    ("Sin caja, marfil tallado antiguo", "es"),
    ("Không hộp, ngà voi thật", "vi"),
])
def test_a_denial_does_not_reach_past_a_comma(text: str, lang: str) -> None:
    assert "Elephantidae" in taxa(text, lang)
    assert "Elephantidae" not in taxa("not ivory, resin", "en")


# Trade and pharmacopoeia names, and words cut in two, met in the blind sets' errors.
@pytest.mark.parametrize(("text", "lang", "taxon"), [
    ("Xuyên giáp hàng chuẩn, đã sao cát, cân theo lạng", "vi", "Manis spp."),
    ("Maming hidup ukuran 1-2kg, siap kirim", "id", "Cheilinus undulatus"),
    ("Billettes d'ebene noire de Mada, qualité A", "fr", "Diospyros spp. (Madagascar populations)"),
    ("TC flytraps for sale, adult size", "en", "Dionaea muscipula"),
    ("昭通野生乌天麻，个头大，一斤650", "zh", "Gastrodia elata"),
    ("Hàng Nam Phi nguyên khúc, mài lên nước, bán theo chỉ", "vi", "Rhinocerotidae"),
    ("Frag swap leftovers, named acros on plugs, $40 each", "en", "Scleractinia"),
    ("متوفر كلمنتان سوبر دبل غاطس، التولة ٨٥٠", "ar", "Aquilaria spp."),
    ("Dijual anakan kuwuk umur 1,5 bulan, sudah jinak", "id", "Prionailurus bengalensis"),
    ("Có 1 lô trắc đỏ xẻ phách dày 5 - 7 phân", "vi", "Dalbergia cochinchinensis"),
    ("Phi điệp tím hàng rừng mới xuống, 180k/giò", "vi", "Orchidaceae"),
    ("Tenho sapinhos dendrobatas, R$ 350 cada", "pt", "Dendrobatidae"),
    ("Sirip liongbun kering grade super, stok 80 kg", "id", "Rhinidae"),
    ("Vente sokake grand modèle, 150 000 Ar", "fr", "Astrochelys radiata"),
    ("老橡牙手镯一只，内径58", "zh", "Elephantidae"),
    ("Have 3 sets big striped cat claws and 2 fangs", "en", "Panthera tigris"),
    ("Tenho pernambuco em prancha, madeira velha, 200 kg", "pt", "Paubrasilia echinata"),
    ("Tengo p1el de oce-lote completa con cola", "es", "Leopardus pardalis"),
    ("Hay buche de t0t0-aba macho, seco", "es", "Totoaba macdonaldi"),
    ("Có nguyên bộ xương hàng sọc, 11 kg, khách nấu cao liên hệ", "vi", "Panthera tigris"),
    ("老非料平安扣 直径40mm 牙纹清晰", "zh", "Elephantidae"),
    ("Mexican 'money maw' from the Gulf, male, dried", "en", "Totoaba macdonaldi"),
    ("Azulão gigante de bico preto, filhote", "pt", "Anodorhynchus spp."),
])
def test_trade_names_and_cut_words_name_their_taxon(text: str, lang: str, taxon: str) -> None:
    assert taxon in taxa(text, lang)


# Everyday goods, shows, teams, cars and software named like wildlife.
@pytest.mark.parametrize(("text", "lang"), [
    ("Đạn xuyên giáp mô hình 12.7mm, trưng bày", "vi"),
    ("Sticky flytrap for the kitchen, pack of 10", "en"),
    ("2 cabras Saanen de 2 anos, boas de leite, R$ 900 cada", "pt"),
    ("Muda de jiboia enraizada R$ 15, costela-de-adão grande no vaso", "pt"),
    ("Tanaman hias: stek sirih gading Rp 20rb", "id"),
    ("Cincin batu akik mata harimau asli, ring titanium", "id"),
    ("System76 Pangolin laptop, Ryzen 7, 32GB RAM, 1TB NVMe", "en"),
    ("ต้นงาช้าง กระถาง 6 นิ้ว ไม้ฟอกอากาศ ต้นละ 99 บ.", "th"),
    ("Mudas de jiboia verde em cuia de coco, pendente, R$ 25", "pt"),
    ("Hàng Nam Phi xuất khẩu, áo thun cotton", "vi"),
    ("2016 Jaguar F-Pace, ivory leather interior, panoramic roof", "en"),
    ("Œufs de lompe (caviar de lompe) noirs et rouges, lot de 12", "fr"),
    ("沙丁红珊瑚项链，珠径5-6mm", "zh"),
    ("Anthurium kuping gajah daun lebar 30 cm", "id"),
    ("Cavalo Marinho de Pernambuco, apresentação no sábado na praça", "pt"),
    ("A striped cat toy for kittens", "en"),
    ("Jersey de los Jaguares de Chiapas, temporada 2010, talla M", "es"),
    ("Cachecol oficial do Sporting CP 'Força Leões', novo", "pt"),
    ("Puma GTE 1978, motor VW 1600, restaurado", "pt"),
    ("Selling my Rhino 7 full licence (McNeel), transferable", "en"),
    ("Rhinocéros d'Eugène Ionesco, édition Folio", "fr"),
    ("穿山甲广告联盟开户，帮你快速接入穿山甲SDK", "zh"),
    ("ترمس تايقر Tiger الياباني الأصلي 1.9 لتر", "ar"),
    ("Tiger-eye bracelet, polished stones", "en"),
])
def test_everyday_senses_of_names_name_nothing(text: str, lang: str) -> None:
    assert not taxa(text, lang)


@pytest.mark.parametrize(("text", "lang", "taxon"), [
    ("Antique netsuke, hand carved іvоrу, $1,350", "en", "Elephantidae"),
    ("Peinetas de саrеу antiguas", "es", "Eretmochelys imbricata"),
    ("Écailles de pangoIin séchées", "fr", "Manis spp."),
    ("Cava🌊lo-mari🌊nho seco, R$ 2.200 o kg", "pt", "Hippocampus spp."),
    ("ขาย ลิ🐒งลม ตัวเล็ก 2 ตัว", "th", "Nycticebus spp."),
])
def test_masks_inside_a_word_are_read_through(text: str, lang: str, taxon: str) -> None:
    assert taxon in {m.scientific_name for m in find_species(text, lang).mentions}


@pytest.mark.parametrize(("text", "lang", "taxon"), [
    # a sentence ends between the context word and the term: "in Kent. Solid ivory"
    ("Clearing my uncle's house in Kent. Solid ivory bangle, lovely patina. £650", "en",
     "Elephantidae"),
    # a vouching word right beside the term outweighs a look-alike word later in the list
    ("Artesanía en carey natural: peinetas, aretes y monturas de gafas. Envíos", "es",
     "Eretmochelys imbricata"),
])
def test_context_from_another_sentence_or_a_later_item_does_not_hide_the_taxon(
        text: str, lang: str, taxon: str) -> None:
    assert taxon in taxa(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Wedding gown in ivory, size 8", "en"),  # the context word in the same sentence
    ("Monturas de gafas de carey natural", "es"),  # the look-alike word comes first
    ("Vente livre de programmation Python véritable, 80 €", "fr"),  # a word sense, not a material
    ("Batu akik kulit macan asli Garut, motif loreng kuning hitam", "id"),  # the stone's name
    ("Leftover from my party: 2 crates of Tiger lager (one unopened). KES 6,000", "en"),
    ("Pass lại đồng hồ Seiko Turtle và Orient Mako 2 mặt xanh", "vi"),
    ("Bague en or jaune 18 carats (poinçon tête d'aigle) sertie d'un saphir", "fr"),
    ("Lagarto ibérico de bellota al vacío, pieza de 1 kg", "es"),
    ("Plantas de lengua de tigre (sansevieria) en maceta", "es"),
    ("กาแฟอาราบิก้าดอยช้าง คั่วกลาง 250 กรัม", "th"),
    ("جنبية جديدة مقبض قرن جاموس أسود", "ar"),
])
def test_everyday_senses_and_look_alikes_name_no_taxon(text: str, lang: str) -> None:
    assert taxa(text, lang) == set()


@pytest.mark.parametrize(("text", "lang", "found"), [
    ("Selling my SHB, adult male 4 yrs, very loud long song", "en", {"Pycnonotus zeylanicus"}),
    ("金钱胶公肚，晒干十年以上", "zh", {"Totoaba macdonaldi"}),
    ("Naga merah 30cm sisik tebal, sirip mengembang", "id", {"Scleropages formosus"}),
    ("Buah naga merah manis 1 kg", "id", set()),  # dragon fruit: no context word
    ("SHB coffee beans 1kg", "en", set()),
])
def test_trade_names_with_their_context_words(text: str, lang: str, found: set[str]) -> None:
    assert taxa(text, lang) == found


@pytest.mark.parametrize(("text", "lang", "cue"), [
    ("Tiercelet brookei pur, né 2024, bagué, affaité au leurre. Cession 1 800 €", "fr", None),
    ("Faucon en résine, leurre pour effaroucher les pigeons", "fr", "material"),
    ("出黄缘苗，开食稳定，吃虾干和龟粮。300一只", "zh", None),
    ("龟粮 1kg 装，乌龟通用，25元", "zh", "accessory only"),
])
def test_a_falconers_lure_and_a_turtles_own_food_are_no_cue(text: str, lang: str,
                                                            cue: str | None) -> None:
    cues = find_species(text, lang).negative_cues
    assert (cue in cues) if cue else "imitation" not in cues and "accessory only" not in cues


@pytest.mark.parametrize(("text", "lang", "named"), [
    ("Tabouret fait d'un vrai pied d'éléphant, couvercle en bois, années 70", "fr", True),
    ("Porta guarda-chuva de pé de elefante verdadeiro", "pt", True),
    ("Pied d'éléphant en pot, plante d'intérieur de 1 m", "fr", False),
])
def test_an_elephant_foot_is_the_plant_only_beside_a_plant_word(text: str, lang: str,
                                                                named: bool) -> None:
    assert ("Elephantidae" in taxa(text, lang)) is named
