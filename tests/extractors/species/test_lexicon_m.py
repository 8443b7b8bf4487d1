"""Things named after a listed animal (file 45): goods shaped like one, team shirts, foods and
plants, and releases to the wild give a word-sense cue in the nine languages, and the plain
offers still name their taxon. Each text is written for this test, none is a corpus row."""

from __future__ import annotations

import pytest

from extractors.species import find_species


@pytest.mark.parametrize(("text", "lang"), [
    ("Giant inflatable crocodile for the pool, 2 m long, £20", "en"),
    ("Bouée gonflable requin pour la plage, 15 €", "fr"),
    ("Pastel de cocodrilo para cumpleaños infantil, sabor vainilla", "es"),
    ("Boia inflável de jacaré para piscina, R$ 80", "pt"),
    ("طائرة ورقية على شكل نسر لطرد الطيور من المزرعة", "ar"),
    ("鳄鱼造型充气坐骑 大号 包邮", "zh"),
    ("Ốp lưng hình con cá mập dễ thương, 60k", "vi"),
    ("ห่วงยางจระเข้ เป่าลม ใหญ่ 150 บาท", "th"),
    ("Kue ulang tahun bentuk buaya, pesan 3 hari sebelumnya", "id"),
    ("Jersey Leicester Tigers home, size L, worn twice", "en"),
    ("Maillot des Léopards de la RDC, taille L, 30 €", "fr"),
    ("Camiseta de los Jaguares de Chiapas temporada 2012", "es"),
    ("Camisa do Leão da Ilha, torcida jovem, tamanho G", "pt"),
    ("قميص منتخب المغرب أسود الأطلس مقاس L", "ar"),
    ("Áo đấu đội tuyển Thái Lan ช้างศึก size M", "vi"),
    ("เสื้อบอลทีมชาติไทย ช้างศึก ของแท้", "th"),
    ("Jersey timnas Harimau Malaya ukuran L", "id"),
    ("Fresh wild garlic, also called bear's garlic, 200 g bunch", "en"),
    ("Bottes d'ail des ours du jardin, 3 €", "fr"),
    ("Plantón de oreja de elefante en maceta grande", "es"),
    ("Muda de orelha de elefante, 40 cm, R$ 25", "pt"),
    ("虎皮兰 金边 大盆 办公室绿植", "zh"),
    ("มะม่วงงาช้าง ลูกโต กิโลละ 50", "th"),
    ("กำลังเสือโคร่ง เปลือกแห้ง ดองยา", "th"),
    ("Bolu harimau pandan cokelat, 80rb per loyang", "id"),
    ("Cây lưỡi hổ trồng chậu, 50k", "vi"),
    ("墨西哥龟甲龙 实生苗 块根5cm", "zh"),
    ("今天在江边举行中华鲟增殖放流活动，欢迎市民观看", "zh"),
    ("Twelve box turtles released back to the wild after rehab at our wildlife center", "en"),
    ("Gomitas de tiburón azul a granel, bolsa de 1 kg", "es"),
    ("Nước hoa Black Orchid chiết 10ml, mùi ngọt", "vi"),
])
def test_named_after_an_animal(text: str, lang: str) -> None:
    findings = find_species(text, lang)
    assert not findings.mentions or findings.sense_only, (text, findings.mentions)


@pytest.mark.parametrize(("text", "lang"), [
    ("Baby Nile crocodile, captive bred, with papers, $900", "en"),
    ("Vends tortue d'Hermann née en 2022, avec cerfa", "fr"),
    ("ขายงาช้างแท้ กำไล ราคาคุย", "th"),
    ("出售中华鲟苗 人工繁育 有证", "zh"),
    ("Camisa de couro de jacaré legítimo, tamanho M", "pt"),
])
def test_plain_offers_still_name_their_taxon(text: str, lang: str) -> None:
    findings = find_species(text, lang)
    assert findings.mentions
    assert not findings.sense_only
