"""Names of files 48 (a pass over the taxa that lacked any name in a language): species names,
hobby short forms and transliterations in Arabic, Vietnamese, Thai, Indonesian, Portuguese,
Spanish, French and Chinese; and the ordinary phrases that hold one of the weak new words.
Each text is written for this test, none is a corpus row."""

from __future__ import annotations

import pytest

from extractors.species import find_species


@pytest.mark.parametrize(("text", "lang", "taxon"), [
    ("للبيع كوكاتو المظلة أليف، عمر سنتين", "ar", "Cacatua alba"),
    ("مكاو أخضر الجناح ذكر للبيع", "ar", "Ara chloropterus"),
    ("للبيع سلحفاة روسية ذكر بالغ", "ar", "Testudo horsfieldii"),
    ("زوج سلحفاة هيرمان مع الحوض", "ar", "Testudo hermanni"),
    ("قط الأوسيلوت صغير للبيع", "ar", "Leopardus pardalis"),
    ("بوبكات صغير أليف، قط بري", "ar", "Lynx rufus"),
    ("ألواح ماهوجني خام للبيع بالمتر المكعب", "ar", "Swietenia macrophylla"),
    ("للبيع ألواح خشب البوبينجا", "ar", "Guibourtia spp. (bubinga group)"),
    ("مسحوق مخلب الشيطان عشبة للمفاصل", "ar", "Harpagophytum spp."),
    ("قرد التامارين للبيع", "ar", "Saguinus spp."),
    ("Cần bán cặp vẹt Amazon đầu vàng biết nói", "vi", "Amazona oratrix"),
    ("Bán rái cá khổng lồ", "vi", "Pteronura brasiliensis"),
    ("Bán gỗ gõ đỏ châu Phi xẻ hộp", "vi", "Afzelia spp. (African populations)"),
    ("Bán hạt kabuto Astrophytum nhập Nhật", "vi", "Astrophytum asterias"),
    ("Thanh lý bé kỳ đà Savannah 40cm", "vi", "Varanus exanthematicus"),
    ("ขายอเมซอนหัวเหลือง พูดเก่ง", "th", "Amazona oratrix"),
    ("ขายแมวมาร์เกย์", "th", "Leopardus wiedii"),
    ("ขายเต่ามาตามาตา ไซส์ 5 นิ้ว", "th", "Chelus spp."),
    ("Jual amazon kepala kuning jinak", "id", "Amazona oratrix"),
    ("Jual sanca afrika baby", "id", "Python sebae"),
    ("Jual kayu pernambuco untuk busur biola", "id", "Paubrasilia echinata"),
    ("Jual akar cakar setan kering 1 kg herbal", "id", "Harpagophytum spp."),
    ("Vends perruche de Finsch, jeune mâle", "fr", "Psittacula finschii"),
    ("Lot de gymnos greffés, 5 € pièce", "fr", "Gymnocalycium spp."),
    ("Se vende tortuga come caracoles", "es", "Malayemys subtrijuga"),
    ("Vendo palma pata de elefante, 1 m de alto", "es", "Beaucarnea spp."),
    ("Vendo lagartixa-azul-elétrica macho", "pt", "Lygodactylus williamsi"),
    ("出一只金黄鹦哥 手养", "zh", "Guaruba guarouba"),
])
def test_new_names(text: str, lang: str, taxon: str) -> None:
    assert taxon in {m.scientific_name for m in find_species(text, lang).mentions}


@pytest.mark.parametrize(("text", "lang"), [
    ("Pantalón pata de elefante talla M, tiro alto", "es"),
    ("Calça pata-de-elefante jeans, tamanho 38", "pt"),
    ("صبغة شعر لون ماهوجني غامق", "ar"),
    ("غرفة نوم لون ماهوجني مستعملة", "ar"),
    ("تأجير بوبكات مع سائق لأعمال الحفر", "ar"),
    ("سيدرو للعقارات شقة للبيع", "ar"),
    ("ให้เช่ารถบ็อบแคท พร้อมคนขับ", "th"),
    ("Mô hình mũ Kabuto samurai Nhật Bản", "vi"),
    ("Hình xăm móng quỷ đẹp", "vi"),
    ("Le gymno du lycée ferme en juillet", "fr"),
    ("Sticker cakar setan untuk motor", "id"),
])
def test_ordinary_phrases_name_nothing(text: str, lang: str) -> None:
    assert find_species(text, lang).mentions == []
