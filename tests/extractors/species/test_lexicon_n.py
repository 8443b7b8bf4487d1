"""Names, trade names and word senses of files 46 and 47: each family named in several
languages, and the goods, clubs, releases and artificial flowers that borrow a listed name.
Each text is written for this test, none is a corpus row."""

from __future__ import annotations

import pytest

from extractors.species import find_species


@pytest.mark.parametrize(("text", "lang", "taxon"), [
    ("للبيع المها العربي ذكر بالغ، مزرعة خاصة", "ar", "Oryx leucoryx"),
    ("Arabian oryx calves from a private collection", "en", "Oryx leucoryx"),
    ("Vends oryx algazelle mâle, parc privé", "fr", "Oryx dammah"),
    ("غزال عفري ذكر وأنثى للبيع", "ar", "Gazella dorcas"),
    ("Gacela dorcas hembra joven, criada en granja", "es", "Gazella dorcas"),
    ("Vendo perezoso de tres dedos bebé", "es", "Bradypus variegatus"),
    ("filhote de bicho-preguiça, come embaúba", "pt", "Bradypus variegatus"),
    ("Olhos de boto secos para simpatia", "pt", "Inia geoffrensis"),
    ("Vendo filhote de lobo-guará", "pt", "Chrysocyon brachyurus"),
    ("Cachorro de aguará guazú en venta", "es", "Chrysocyon brachyurus"),
    ("Có bé cầy mực 2kg, thuần", "vi", "Arctictis binturong"),
    ("ขายหมีขอ เชื่อง กินกล้วย", "th", "Arctictis binturong"),
    ("3 bleues d'Assam en panier, 40 € pièce", "fr", "Orchidaceae"),
    ("Lan huyết nhung trơn hàng rừng", "vi", "Orchidaceae"),
    ("Tenho asas de martelo secas, 10 kg", "pt", "Sphyrnidae"),
    ("Aletas de martillo secas por kilo", "es", "Sphyrnidae"),
    ("Hàng vây phơi khô size 20cm, 6tr/kg", "vi", "Carcharhinidae"),
    ("出一只大蓝，手养，上手亲人", "zh", "Anodorhynchus spp."),
    ("Proven pair of prazzies, CB", "en", "Varanus prasinus"),
    ("Wild Borneo sinking grade chips, 100g", "en", "Aquilaria spp."),
    ("Bois des dieux du Cambodge, copeaux, 80 € les 10 g", "fr", "Aquilaria spp."),
    ("Lote de mamilarias variadas en maceta", "es", "Cactaceae"),
    ("Vendo viejitos canosos de 40 cm, cactus de cerro", "es", "Cactaceae"),
    ("Lot de 40 scorpions empereur adultes", "fr", "Pandinus spp."),
    ("Poudre de fiel d'ours, flacons de 5 g", "fr", "Ursidae"),
    ("Hiel de oso en polvo, frasco", "es", "Ursidae"),
    ("Frame RB jantan, sayap mulus", "id", "Trogonoptera brookiana"),
    ("ถุงทองตัวผู้ ใส่กรอบ สภาพสมบูรณ์", "th", "Troides spp."),
    ("ออสเซตร้าแท้ กระป๋องละ 50g", "th", "Acipenseriformes"),
    ("أوسيترا إيراني علب ٢٥٠ غرام", "ar", "Acipenseriformes"),
    ("Grains du Médoc en boîtes de 30g pour les fêtes", "fr", "Acipenseriformes"),
    ("Vendo fibra del oro de los Andes, 2 kg", "es", "Vicugna vicugna"),
    ("Mes petites vampires pour hirudothérapie, 6 € pièce", "fr", "Hirudo medicinalis"),
    ("Bois noir de Madagascar, planchettes", "fr", "Diospyros spp. (Madagascar populations)"),
    ("Jual elegance coral ukuran piring", "id", "Scleractinia"),
    ("ปล่อยเฟรก SPS ชิ้นละ 300 บาท", "th", "Scleractinia"),
    ("Kuning besar jantan dewasa, bulu hias panjang", "id", "Paradisaeidae"),
    ("Coleção de purpuratas: flamea e carnea, orquídeas adultas", "pt", "Orchidaceae"),
    ("Two roths and a sukhakulii, near bloom size", "en", "Paphiopedilum spp."),
    ("ลูกเบสบอลลายชัด ต้นตัวเมีย ไม้เพาะเมล็ด", "th", "Euphorbia spp. (succulent)"),
    ("Kim tuyến lá gân vàng, lấy trên núi", "vi", "Anoectochilus spp."),
    ("Nhượng bé cún nước, đã ăn cá 🦦", "vi", "Aonyx cinereus"),
    ("Floppa babies ready, ear tufts coming in", "en", "Caracal caracal"),
    ("Tengo las joyitas del Chocó, precio por lote", "es", "Dendrobatidae"),
    ("بسة مرقطة أفريقية، أذان طويلة، مو هجين", "ar", "Leptailurus serval"),
    ("أنياب عروس البحر مع زيتها", "ar", "Dugong dugon"),
    ("Tangkur buaya kering asli", "id", "Crocodylia"),
    ("Ready si putih dari Bali sepasang", "id", "Leucopsar rothschildi"),
    ("ขาย chanee เด็ก 6 เดือน", "th", "Hylobatidae"),
    ("co be vuon ma trang, 6 thang", "vi", "Hylobatidae"),
    ("น้องเวลตัวผู้ 6 เดือน พร้อมกรง", "th", "Chamaeleo calyptratus"),
    ("3andi 7erba2 zwina, 80 dh", "ar", "Chamaeleonidae"),
    ("Có tấm thảm hoa mai nguyên đầu, hàng xưa", "vi", "Panthera pardus"),
])
def test_names_and_trade_names(text: str, lang: str, taxon: str) -> None:
    findings = find_species(text, lang)
    assert taxon in {m.scientific_name for m in findings.mentions}, (text, findings)


@pytest.mark.parametrize(("text", "lang"), [
    ("Perezoso para levantarse temprano, busco compañero de piso", "es"),
    ("Dây kim tuyến trang trí cây thông Noel, 20k", "vi"),
    ("Thảm hoa mai ngày Tết ở công viên rất đẹp", "vi"),
    ("Ein RB Leipzig Trikot, size M", "en"),
    ("Vanilla pods, dried pods from Madagascar, 10 pcs", "en"),
    ("Bois noir pour cheminée, stère livré", "fr"),
    ("Fiel de boeuf pour l'aquarelle, flacon", "fr"),
    ("Cuero de vaca, panza lisa, para marroquinería", "es"),
    ("Ampullaria snails for the aquarium, 5 for £10", "en"),
])
def test_weak_names_need_their_context(text: str, lang: str) -> None:
    assert not find_species(text, lang).mentions, text


@pytest.mark.parametrize(("text", "lang"), [
    ("علب شوكولاتة الببغاء للهدايا، 24 علبة", "ar"),
    ("Vends lot de 6 bières La Tigre blonde artisanale", "fr"),
    ("Camisa do Palmeiras, time do periquito, tamanho G", "pt"),
    ("Planche de skate, deck illustré d'un requin blanc, 35 €", "fr"),
    ("Đèn ngủ hình cú mèo, sạc USB, quà cho bé", "vi"),
    ("小夜灯 猫头鹰造型 充电款", "zh"),
    ("Lámpara de noche con forma de búho para niños", "es"),
    ("Chocolate tiger bars, box of 24", "en"),
    ("عطر النمر الأسود من محلات العطور، 100 مل", "ar"),
    ("Parfum Panthère, eau de parfum 50 ml", "fr"),
    ("زيت التمساح للشعر، اسم تجاري فقط", "ar"),
    ("Bình lan hồ điệp giả bằng lụa, không cần tưới", "vi"),
    ("仿真蝴蝶兰 客厅摆件", "zh"),
    ("Orquídea artificial de seda, 60 cm", "es"),
    ("ปล่อยลิงลม 10 ตัวคืนป่า", "th"),
    ("今天宜昌江段放流中华鲟一万尾", "zh"),
    ("Soltura de tartarugas marinhas na praia do Forte", "pt"),
    ("Lâcher de tortues marines à La Réunion ce dimanche", "fr"),
    ("Ratusan tukik penyu dilepasliarkan di pantai", "id"),
    ("ร่วมอุปถัมภ์รังนกเงือก ปีละ 1,500 บาท", "th"),
    ("Adopt a nest: sponsor a hornbill family for a year", "en"),
    ("Jersey Macan Kemayoran Persija 2023", "id"),
])
def test_things_named_after_a_listed_animal(text: str, lang: str) -> None:
    findings = find_species(text, lang)
    assert not findings.mentions or findings.sense_only, (text, findings.mentions)


def test_a_tiger_pattern_nepenthes_is_no_pattern() -> None:
    findings = find_species("หม้อข้าวหม้อแกงลิง แอมพูลาเรีย ลายเสือ ไม้ชำ 350", "th")
    assert "Nepenthes spp." in {m.scientific_name for m in findings.mentions}
    assert "pattern" not in findings.negative_cues


@pytest.mark.parametrize(("text", "lang"), [
    ("Baby African grey parrot, hand reared, £900", "en"),
    ("ขายลิงลม ตัวเล็ก เชื่อง 3,000 บาท", "th"),
    ("出售中华鲟苗 人工繁育", "zh"),
    ("Bán hoa lan hồ điệp thật, chậu 5 cành", "vi"),
    ("Vendo tortuga marina disecada", "es"),
])
def test_plain_offers_still_name_their_taxon(text: str, lang: str) -> None:
    findings = find_species(text, lang)
    assert findings.mentions and not findings.sense_only, (text, findings)


@pytest.mark.parametrize(("text", "lang"), [
    ("إطلاق المها العربي في المحمية ضمن برنامج إعادة التوطين", "ar"),
    ("Centro de rescate: ayúdanos a rehabilitar perezosos de tres dedos", "es"),
    ("Pelúcia de bicho-preguiça 45 cm, super macia", "pt"),
])
def test_oryx_and_sloth_in_reports_and_toys(text: str, lang: str) -> None:
    findings = find_species(text, lang)
    assert not findings.mentions or findings.sense_only, (text, findings.mentions)


@pytest.mark.parametrize("text", [
    "تمساح نيلي صغير طوله 40 سم، مناسب للأحواض الكبيرة",
    "فهود صغار عمر 8 أسابيع، صحتها ممتازة",
])
def test_arabic_clitics_do_not_fake_a_sense_word(text: str) -> None:
    findings = find_species(text, "ar")
    assert findings.mentions and "other meaning" not in findings.negative_cues, text
