"""Wording cues of buyers, news and conservation, a seller's joke about the agency and more
look-alike goods, in the nine languages."""

from __future__ import annotations

import pytest

from classifier.cues import read_wording


@pytest.mark.parametrize(("text", "lang"), [
    # a buyer's want in dialect: Maghrebi, Gulf, Egyptian, Levantine
    ("نبغي قرد صغير للدراري، اللي عندو يبعتلي.", "ar"),
    ("ودي ضب حي حق تربية للعيال، الشرقية", "ar"),
    ("عايز ببغاء كاسكو صغير، مين عندو؟", "ar"),
    ("بدي اشتري سلحفاة برية", "ar"),
    # a subject opening the post with "busca", "necesito", Mexican "ocupo"
    ("Luthier busca cocobolo en tablas para fondos y aros, pago en efectivo.", "es"),
    ("Necesito colmillo de jaguar para un collar", "es"),
    ("Ocupo un loro cabeza amarilla, alguien sabe dónde?", "es"),
    # asking where to find it
    ("Ma grand-mère a besoin de fiel d'ours, quelqu'un sait où en trouver à Paris ?", "fr"),
    ("Preciso de um papagaio verdadeiro, alguém sabe onde comprar?", "pt"),
    ("Does anyone know where I can find pangolin scales?", "en"),
    ("Trying to source some rosewood logs for a project", "en"),
    # a Thai post opening with หา, a Vietnamese one with "Mua", paying well
    ("หารองเท้านารีขาวสตูล ต้นใหญ่ ให้ราคาดี", "th"),
    ("ใครมีปล่อยลิงลมบ้าง", "th"),
    ("Mua gỗ sưa đỏ, sưa trắng không lấy. Trả giá cao.", "vi"),
    ("急求一只非洲灰鹦鹉", "zh"),
    ("Ada yang punya kukang? mau beli satu", "id"),
])
def test_buyers_in_nine_languages(text: str, lang: str) -> None:
    assert read_wording(text, lang).wanted is not None


@pytest.mark.parametrize(("text", "lang"), [
    # sellers: selling verbs, room or money needed, "mua bán", "cần bán", ขาย
    ("نبغي نبيع قرد صغير، السعر ٥٠٠ درهم", "ar"),
    ("ودي ابيع الببغاء بسبب السفر، ٨٠٠ ريال", "ar"),
    ("للبيع ببغاء جواز سعودي، اللي عايز يتواصل", "ar"),
    ("Necesito vender mi loro, 300 pesos", "es"),
    ("Ocupo espacio, vendo tortugas a 200", "es"),
    ("Busca tu loro ideal en nuestra tienda, precio 500", "es"),
    ("Hermoso loro busca hogar, 300 pesos", "es"),
    ("Preciso de espaço, vendo jabutis a R$ 200", "pt"),
    ("Mua bán gỗ sưa giá tốt, liên hệ", "vi"),
    ("Mua 1 tặng 1, rùa cảnh giá rẻ", "vi"),
    ("Cần bán gỗ sưa đỏ, giá 5tr", "vi"),
    ("ขายรองเท้านารีขาวสตูล ราคา 300 บาท", "th"),
    ("หารสองกับเพื่อนได้ ขายรองเท้านารี 300 บาท", "th"),
    ("ใครกำลังหาลูกนกแก้วอยู่ ทักมา ราคา 3,000", "th"),
    ("If you're looking for a macaw, DM me, $900", "en"),
])
def test_sellers_are_no_buyers(text: str, lang: str) -> None:
    assert read_wording(text, lang).wanted is None


@pytest.mark.parametrize(("text", "lang"), [
    # reports, studies, NGOs, police stops: two different words each (rule 5)
    ("Report: rosewood still flowing. A new report by a London-based NGO says", "en"),
    ("A new study found scalloped hammerhead among the fins, researchers said.", "en"),
    ("报告：干海马贸易仍活跃。一份最新报告显示，市场仍可见大量干海马", "zh"),
    ("Cảnh sát giao thông dừng một xe khách, phát hiện 100 con rắn", "vi"),
    ("Selon un rapport publié par une ONG, les chercheurs estiment", "fr"),
    ("Según un informe de una ONG, los investigadores hallaron aletas", "es"),
    ("Segundo relatório de uma ONG, pesquisadores encontraram", "pt"),
    ("كشفت دراسة جديدة أجراها باحثون أن", "ar"),
    ("ผลการศึกษาของนักวิจัยพบว่า", "th"),
    ("Menurut laporan LSM, para peneliti menemukan", "id"),
])
def test_news_has_two_report_words(text: str, lang: str) -> None:
    assert len(read_wording(text, lang).reports) >= 2


@pytest.mark.parametrize(("text", "lang"), [
    # sponsoring a nest or an animal, a release to the wild
    ("ร่วมอุปถัมภ์รังนกเงือก ปีละ 1,500 บาท", "th"),
    ("ปล่อยลิงลม 10 ตัวคืนป่า", "th"),
    ("今天上午，宜昌江段放流子二代中华鲟一万尾", "zh"),
    ("Parrainer un nid de tortue pour 30 €", "fr"),
    ("Lâcher de tortues sur la plage ce matin", "fr"),
    ("Apadrina una tortuga por 20 euros", "es"),
    ("Soltura de filhotes de tartaruga na praia", "pt"),
    ("Sponsor a nest this season for $25", "en"),
    ("Thả vào rừng 20 cá thể khỉ", "vi"),
    ("Pelepasliaran 10 ekor kukang di hutan", "id"),
    ("التبني الرمزي لسلحفاة بحرية", "ar"),
])
def test_conservation_is_read(text: str, lang: str) -> None:
    assert read_wording(text, lang).reports


@pytest.mark.parametrize(("text", "lang"), [
    # a seller's own report on the goods, and his joke about the agency
    ("Condition report: minor age cracks, netsuke, $400", "en"),
    ("附检测报告，海马干 300元", "zh"),
    ("سيارة مع تقرير فحص كامل، السعر ٥٠ ألف", "ar"),
    ("Excellent rapport qualité prix, 50 €", "fr"),
    ("Cachorro de ocelote, 2 meses, $45 mil. Nada de Profepa eh jaja.", "es"),
    ("Filhote de papagaio, R$ 900, sem Ibama kkk", "pt"),
    ("Slow loris for sale, $500, no snitches lol", "en"),
    ("Khỉ con 3tr, đừng báo kiểm lâm nha", "vi"),
    ("Kukang jinak 500rb, jangan cepu ya", "id"),
    # a seller's delivery: fish in bags with oxygen, by coach
    ("Aruanã filhote, entregamos em sacos com oxigênio, R$ 300", "pt"),
    ("Rùa con 500k, ship xe khách chở tận nơi", "vi"),
])
def test_sellers_own_reports_and_jokes_are_no_news(text: str, lang: str) -> None:
    assert read_wording(text, lang).reports == []


def test_the_agency_joke_is_evasion() -> None:
    cues = read_wording("Cachorro de ocelote, $45 mil. Nada de Profepa eh jaja.", "es")
    assert "evasion: nada de profepa" in cues.veiled


@pytest.mark.parametrize(("text", "lang"), [
    ("زيت التمساح للشعر (اسم تجاري فقط، تركيبة أعشاب)، 90 جنيه", "ar"),
    ("عطر 'النمر الأسود' من محلات العطور، 180 ريال", "ar"),
    ("Đèn ngủ hình cú mèo, sạc USB, 99k", "vi"),
    ("Bình lan hồ điệp giả bằng lụa, không cần tưới. 320k", "vi"),
    ("Tiger night light for kids, $15", "en"),
    ("Veilleuse hibou pour enfant, 12 €", "fr"),
    ("Orquídea flores de seda, 15 euros", "es"),
    ("โคมไฟรูปนกฮูก 250 บาท", "th"),
    ("猫头鹰小夜灯 39元", "zh"),
    ("Lampu tidur burung hantu 50rb", "id"),
    ("Perfume Tigre original 100 ml, R$ 120", "pt"),
])
def test_lookalike_goods(text: str, lang: str) -> None:
    assert read_wording(text, lang).lookalike


@pytest.mark.parametrize(("text", "lang"), [
    # the scent of the animal or the tree is the goods
    ("دهن عود كمبودي وعطر مسك طبيعي، ٣ مل ٥٠٠ ريال", "ar"),
    ("Pure oud perfume oil from Assam, 3ml $200", "en"),
    ("沉香香水 纯天然 200元", "zh"),
    # a flower's or a wood's scent, goods for perfumers, a terrarium's lamp, a shell lamp
    ("Orchidée adulte, a fleuri l'hiver dernier, parfum le soir. 40 €", "fr"),
    ("نافجة أصلية كاملة بشعرها. للعطارين والعطور. السعر بالخاص", "ar"),
    ("Hermann's tortoise with table, UV lamp and basking bulb, £180", "en"),
    ("Vends caméléon avec terrarium, lampe UV et brumisateur, 150€", "fr"),
    ("Vỏ ốc anh vũ, làm đèn ngủ hay trang trí đều đẹp. 350k", "vi"),
])
def test_real_scents_are_no_lookalike(text: str, lang: str) -> None:
    assert read_wording(text, lang).lookalike == []
