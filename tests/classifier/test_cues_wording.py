"""Wording cues of a live animal, of the seller's conditions and of denied imitations."""

from __future__ import annotations

import pytest

from classifier.cues import WordingCues, read_wording
from classifier.features import ListingEvidence
from classifier.rules import bounded_score
from classifier.settings import CLASSIFIER_CLEAN_OFFER_FLOOR, CLASSIFIER_NO_TAXON_CAP
from wildtrace.models import SpeciesMention

OTTER = SpeciesMention("Aonyx cinereus", "small-clawed otter", "I", "นาก", "species")


@pytest.mark.parametrize(("text", "lang"), [
    # an age in months or weeks
    ("Le petit a environ 4 mois, 300 euros", "fr"),
    ("La cría tiene 5 meses, precio 200", "es"),
    ("Macaquinho com 6 meses, R$ 900", "pt"),
    ("عمرها شهرين وتاكل من الصحن. ٥٠٠ ريال", "ar"),
    ("น้องอายุ 3 เดือน ราคา 9,000 บาท", "th"),
    ("Umur 4 bulan, harga 800rb", "id"),
    ("Bé được 7 tháng, giá 5tr", "vi"),
    ("两个多月大，价格2000", "zh"),
    ("She is 10 months old, asking 400", "en"),
    # hand-fed, tame, used to people
    ("Papillero, muy cariñoso, 300 euros", "es"),
    ("Đã quen người, giá 3tr", "vi"),
    ("ลูกป้อนมือ ราคา 9,000", "th"),
    ("Sudah biasa dipegang, 500rb", "id"),
    ("Élevé à la main, 600 €", "fr"),
    # what it eats, how it lives
    ("Eats fruit and pinkies, $150", "en"),
    ("Makan pisang dan tikus kecil, 300rb", "id"),
    ("吃水果，每只800", "zh"),
    ("Ăn chuối với sâu, 2tr", "vi"),
    ("يأكل فيران وبيض، ٩٠٠ ريال", "ar"),
    ("Ban ngày ngủ, giá 2tr", "vi"),
    ("Il dort le jour, 200 €", "fr"),
    # a breeding pair, a ring, a cage
    ("Proven pair, laid two clutches, $3000", "en"),
    ("Casal já reproduzindo, valor alto", "pt"),
    ("زوج منتج مع الحلقات، السعر بالخاص", "ar"),
    ("Sudah produksi, 450rb", "id"),
    ("Cage included, $600", "en"),
    ("带脚环，价格6800", "zh"),
])
def test_live_animal_wording_in_nine_languages(text: str, lang: str) -> None:
    assert read_wording(text, lang).live is not None, text


@pytest.mark.parametrize(("text", "lang"), [
    # the months of a thing: a warranty, an instalment plan, use, a cheese's ripening
    ("iPhone 13, dùng 6 tháng, bảo hành 12 tháng, giá 9tr", "vi"),
    ("Lavadora con garantía de 6 meses, 12 meses sin intereses", "es"),
    ("Notebook com 6 meses de uso, R$ 2.000", "pt"),
    ("Parmesan aged 24 months, 20 euros", "en"),
    ("保修3个月，价格500", "zh"),
    ("HP garansi 12 bulan, cicilan 6 bulan", "id"),
    # a date, not an age
    ("Khai trương ngày 5 tháng 3, giá tốt", "vi"),
    # a fishmonger's "come get fresh fish", a restaurant's meat and fish
    ("Come get fresh fish at the market, $5", "en"),
    ("Quán ăn thịt bò, cá kho, giá rẻ", "vi"),
    # a songbird's or a gecko's sex, cage, ring and crickets: legal pets' wording
    ("Kacer jantan gacor, makan jangkrik, bonus kandang. 900rb", "id"),
    ("Khuyên trống đã mở hót, ăn cám, 500k tặng lồng", "vi"),
    ("เครสเต็ดเก็คโค ตัวผู้ พร้อมกรง มีห่วงขา 2,000 บาท", "th"),
    ("Tarántula hembra, come un grillo a la semana, $25.000", "es"),
    # a customer, beads, meatballs; an activity, daily life, TCM's "activating the blood"
    ("ลูกค้าทักมาคุยราคาส่งได้ ลูกปัดหินสี ลูกชิ้นปลา", "th"),
    ("双十一活动价，生活用品，活血化瘀药酒", "zh"),
])
def test_the_months_and_food_of_things_are_no_live_wording(text: str, lang: str) -> None:
    assert read_wording(text, lang).live is None, text


@pytest.mark.parametrize(("text", "lang"), [
    ("فنك صغير، ٢٠٠٠ درهم. اللي عنده خبرة بس", "ar"),
    ("السعر بالخاص والجدية مطلوبة", "ar"),
    ("قشور مجففة، مطلوبة للطب الشعبي. السعر بالكيلو", "ar"),
    ("Nhượng lại 15tr cho ai có vườn rộng", "vi"),
    ("Looking for an Asian buyer, price in USD", "en"),
    ("Only to someone with experience, $900", "en"),
    ("Vendo, solo para quien tenga espacio", "es"),
    ("Cherche acheteur sérieux, 300 €", "fr"),
    ("Procuro comprador, R$ 500", "pt"),
    ("Cari pembeli serius, 2jt", "id"),
    ("Ai có trang trại rộng thì ib, giá thỏa thuận", "vi"),
    ("Bé cu li lùn 6 tháng cần tìm chủ", "vi"),
])
def test_a_sellers_condition_on_the_buyer_is_no_buyers_want(text: str, lang: str) -> None:
    assert read_wording(text, lang).wanted is None, text


@pytest.mark.parametrize(("text", "lang"), [
    ("مطلوب فرخ صقر حر، السعر", "ar"),
    ("Ai có khỉ con bán không", "vi"),
    ("Mình cần tìm chủ trại nuôi gấu để mua mật", "vi"),
    ("Cần tìm con cu li lùn", "vi"),
    ("Looking for a slow loris, paying well", "en"),
])
def test_buyers_stay_buyers(text: str, lang: str) -> None:
    assert read_wording(text, lang).wanted is not None, text


def test_room_made_for_the_goods_is_no_release() -> None:
    cues = read_wording("Herança da avó, preciso liberar espaço. R$ 4.800", "pt")
    assert cues.reports == []
    assert read_wording("Liberaron 30 tortugas en la playa", "es").reports != []


@pytest.mark.parametrize(("text", "lang"), [
    ("Old bangle, dense and heavy. No returns.", "en"),
    ("Valor alto, só trato pessoalmente", "pt"),
    ("Pass bé khỉ 5 tháng, ship toàn quốc", "vi"),
    ("Nhượng bé 6 tháng nha", "vi"),
    ("售出不退，同城面交", "zh"),
    ("ของแท้ ไม่รับคืน", "th"),
    ("لا يرد ولا يستبدل", "ar"),
])
def test_offer_wording(text: str, lang: str) -> None:
    assert read_wording(text, lang).offer is not None, text


def test_buyer_will_know_is_an_insiders_phrase() -> None:
    assert read_wording("Buyer will know. No returns.", "en").veiled == [
        "insider: buyer will know"]


@pytest.mark.parametrize(("text", "lang"), [
    ("ของแท้ไม่ใช่ของทำเลียนแบบ ราคา 9,900 บาท", "th"),
    ("Genuine, not a replica, $300", "en"),
    ("不是仿品，保真", "zh"),
    ("Hàng thật, không phải hàng giả", "vi"),
    ("Asli, bukan imitasi", "id"),
])
def test_a_denied_imitation(text: str, lang: str) -> None:
    assert read_wording(text, lang).not_imitation is not None, text


def test_the_imitation_cue_the_seller_denies_does_not_block_a_clean_offer() -> None:
    ivory = SpeciesMention("Elephantidae", "elephants", "I/II", "ivory", "product")
    wording = read_wording("กำไลงาช้าง ของแท้ไม่ใช่ของทำเลียนแบบ ราคา 9,900 บาท", "th")
    denied = ListingEvidence(mentions=[ivory], negative_cues=["imitation"], wording=wording,
                             price_given=True)
    assert bounded_score(0.4, denied)[0] == CLASSIFIER_CLEAN_OFFER_FLOOR
    fake = ListingEvidence(mentions=[ivory], negative_cues=["imitation"], price_given=True,
                           wording=read_wording("กำไลงาช้างเทียม ราคา 300 บาท", "th"))
    assert bounded_score(0.4, fake)[0] <= CLASSIFIER_NO_TAXON_CAP


def test_a_live_animals_own_toy_is_no_look_alike() -> None:
    text = "น้องนาก อายุ 2 เดือน เชื่อง นอนกอดตุ๊กตาด้วย ปล่อยต่อ 18,000 บาท"
    wording = read_wording(text, "th")
    assert wording.lookalike == [] and wording.plaything and wording.live
    pet = ListingEvidence(mentions=[OTTER], negative_cues=["toy"], wording=wording,
                          price_given=True)
    assert bounded_score(0.1, pet)[0] == CLASSIFIER_CLEAN_OFFER_FLOOR
    # a doll of the animal stays a look-alike
    doll = read_wording("ตุ๊กตานาก ราคา 200 บาท", "th")
    assert doll.lookalike == ["ตุ๊กตา"] and doll.plaything is None
    toy = ListingEvidence(mentions=[OTTER], negative_cues=["toy"], wording=doll,
                          price_given=True)
    assert bounded_score(0.1, toy)[0] <= CLASSIFIER_NO_TAXON_CAP


def test_wording_cues_default_to_nothing() -> None:
    assert WordingCues().not_imitation is None and WordingCues().plaything is None
