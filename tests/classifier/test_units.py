"""Unit tests of the classifier's layers that need no model: cues, features, reasons, head,
calibration, metrics, rows, decisions and the refusal rule."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from classifier.cues import read_wording
from classifier.dataset import load_rows, read_listings
from classifier.evaluation import Scores, render, score_rows
from classifier.exceptions import ClassifierInputError, TrainingDataError
from classifier.explain import product_type, reasons
from classifier.features import FEATURE_NAMES, feature_matrix, gather
from classifier.head import Head, fit_head, fit_platt
from classifier.training import labels_from_decisions, refusal


def test_wording_cues_per_language() -> None:
    assert read_wording("Vendo colmillo, 45.000 pesos", "es").offer == "vendo"
    assert read_wording("Vendo colmillo, 45.000 pesos", "es").price == "45.000 pesos"
    assert read_wording("求购犀角，诚心要", "zh").wanted == "求购"
    assert read_wording("Customs seized 2 tonnes of scales", "en").report is not None
    assert read_wording("selling p.a.n.g.o.l.i.n scales", "en").obfuscation == "p.a.n.g.o.l.i.n"
    assert read_wording("a quiet afternoon in the park", "en") == read_wording(
        "a quiet afternoon in the park", None)
    assert read_wording("a quiet afternoon in the park", "en").offer is None


def test_features_and_reasons(fake_species) -> None:
    offer = gather(fake_species, "Selling pangolin scales, $300 per kg, WhatsApp me", "en")
    toy = gather(fake_species, "Resin pangolin figurine for the shelf", "en")
    matrix = feature_matrix([offer, toy])
    assert matrix.shape == (2, len(FEATURE_NAMES))
    named = dict(zip(FEATURE_NAMES, matrix[0], strict=True))
    assert named["species"] == 1 and named["appendix_i"] == 1 and named["offer_wording"] == 1
    assert named["price"] == 1
    toy_named = dict(zip(FEATURE_NAMES, matrix[1], strict=True))
    assert toy_named["lexicon_negative"] > 0 and toy_named["lookalike_words"] > 0
    why = reasons(offer, 0.97, 0.5)
    assert why[0] == "names Manis spp. (pangolin, Appendix I) via 'pangolin'"
    assert any(r.startswith("offer wording: 'selling', price given") for r in why)
    assert "negative cue 'imitation' lowers the score" in reasons(toy, 0.1, 0.5)
    assert product_type(offer, fake_species) == "part or derivative"
    timber = gather(fake_species, "rosewood logs for sale", "en")
    assert product_type(timber, fake_species) == "timber"
    assert product_type(gather(fake_species, "nice cat", "en"), fake_species) == "unknown"


def test_head_fit_save_load_and_calibration(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 5)).astype(np.float32)
    y = (x[:, 0] + 0.5 * x[:, 1] > 0).astype(np.float32)
    head = fit_head(x[:300], y[:300], np.ones(300), ["a", "b", "c", "d", "e"], hidden=0,
                    epochs=300)
    head.platt_a, head.platt_b = fit_platt(head.logits(x[300:]), y[300:])
    scores = head.scores(x[300:])
    assert ((scores >= 0) & (scores <= 1)).all()
    assert ((scores >= 0.5) == (y[300:] > 0.5)).mean() > 0.9
    digest = head.save(tmp_path)
    again = Head.load(tmp_path)
    assert np.allclose(again.scores(x), head.scores(x))
    assert len(digest) == 64 and again.kind == "logistic"
    mlp = fit_head(x, y, np.ones(400), list("abcde"), hidden=8, epochs=5)
    assert mlp.kind == "mlp-8"


def test_platt_keeps_order() -> None:
    logits = np.array([-3.0, -1.0, 0.5, 2.0, 4.0, -2.0, 1.0, 3.0])
    labels = np.array([0, 0, 1, 1, 1, 0, 0, 1])
    a, b = fit_platt(logits, labels)
    assert a > 0
    head = Head(layers=[(np.eye(1, dtype=np.float32), np.zeros(1, dtype=np.float32))],
                feature_names=["z"], platt_a=a, platt_b=b)
    scores = head.scores(logits.reshape(-1, 1).astype(np.float32))
    assert list(np.argsort(scores)) == list(np.argsort(logits))


def test_metrics_and_tables() -> None:
    rows = [{"id": str(i), "label": label, "lang": lang, "product_type": "timber", "kind": "k"}
            for i, (label, lang) in enumerate([(1, "en"), (1, "en"), (0, "en"), (0, "fr")])]
    report = score_rows(rows, [0.9, 0.2, 0.7, 0.1], threshold=0.5)
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (1, 1, 1)
    assert report.overall.precision == 0.5 and report.overall.recall == 0.5
    assert report.by_language["fr"].f1 is None
    assert report.misses == ["1", "2"]
    table = render(report, markdown=True)
    assert "| language | rows | precision | recall | F1 |" in table
    assert Scores(rows=2, tp=0, fp=1, fn=1).f1 == 0.0


def test_refusal_rule() -> None:
    good = score_rows([{"label": 1}, {"label": 0}], [0.9, 0.1], 0.5)
    bad = score_rows([{"label": 1}, {"label": 0}], [0.1, 0.9], 0.5)
    assert refusal(bad, good) is not None and "worse" in refusal(bad, good)
    assert refusal(good, bad) is None
    assert refusal(bad, None) is None


def test_labels_from_decisions() -> None:
    rows = labels_from_decisions([
        ("Selling ivory bangle", "en", "confirm"),
        ("Ivory-colour dress", "Wedding dress", "en", "dismiss"),
        ("Tiger cub", "vi", "escalate"),
        ("", "", None, "confirm"),
    ])
    assert [(r["text"], r["label"], r["kind"]) for r in rows] == [
        ("Selling ivory bangle", 1, "decision"), ("Wedding dress", 0, "decision")]
    assert rows[1]["title"] == "Ivory-colour dress" and rows[0]["lang"] == "en"
    with pytest.raises(TrainingDataError):
        labels_from_decisions([("only", "two")])


def test_rows_and_listing_lines(tmp_path: Path) -> None:
    path = tmp_path / "labels.jsonl"
    path.write_text('{"title": "a", "label": 1}\n\n{"text": "b", "label": 0, "lang": "fr"}\n')
    rows = load_rows(path)
    assert [r["label"] for r in rows] == [1, 0] and rows[1]["lang"] == "fr"
    path.write_text('{"title": "a", "label": 2}\n')
    with pytest.raises(TrainingDataError, match=r":1: .label. must be 0 or 1"):
        load_rows(path)
    good = json.dumps({"id": "1", "title": "t", "text": "x"})
    lines = [good, "", '{"id": "2", "title": "t"}']
    with pytest.raises(ClassifierInputError, match="line 3: missing 'text'"):
        list(read_listings(iter(line + "\n" for line in lines), "in.jsonl"))  # type: ignore[arg-type]
    with pytest.raises(ClassifierInputError, match="line 1: not JSON"):
        list(read_listings(iter(["{nope\n"]), "x"))  # type: ignore[arg-type]


def test_report_stems_match_inflected_words() -> None:
    assert read_wording("Deux hommes ont été condamnés", "fr").report == "condamn"
    assert read_wording("Autoridades apreenderam 1 tonelada", "pt").report == "apreend"
    assert read_wording("Rescataron 30 pichones", "es").report == "rescat"
    # a stem is not a word inside another word
    assert read_wording("unseized goods for sale", "en").report is None


def test_rehoming_is_an_offer_not_a_buyer() -> None:
    cues = read_wording("Our slow loris is looking for a new home, 250 dollars", "en")
    assert cues.wanted is None and cues.offer is not None
    assert read_wording("Je cherche une famille pour mon gris du Gabon", "fr").wanted is None
    assert read_wording("Looking for a slow loris, paying well", "en").wanted == "looking for"


def test_collecting_is_not_buying() -> None:
    assert read_wording("金钱鳘鱼肚，适合收藏送礼，一口价", "zh").wanted is None
    assert read_wording("高价收老象牙", "zh").wanted is not None


def test_general_buyer_and_news_phrases() -> None:
    assert read_wording("ISO agarwood chips, post your price", "en").wanted == "iso"
    assert read_wording("本人常年收沉香", "zh").wanted is not None
    assert read_wording("Burung hasil sitaan dilepasliarkan", "id").report is not None
    assert read_wording("Os cornos foram apreendidos, dois detidos", "pt").report is not None


def test_phone_numbers_addresses_and_abbreviations_are_no_disguise() -> None:
    for text in ("Call 0 7 2 2 1 2 3 4 5 6", "mail pecherie.vieuxport@orange.fr",
                 "Made in the U.S.A.", "size S M L XL", "b2b supplier"):
        assert read_wording(text, "en").obfuscation is None, text
    for text in ("p.a.n.g.o.l.i.n scales", "i v o r y bangle", "iv0ry", "é.c.a.i.l.l.e.s"):
        assert read_wording(text, "en").obfuscation is not None, text


def test_broad_words_are_not_look_alike_words() -> None:
    # texture, colour and certificate words of real offers ("纹理", "色彩", "证书")
    assert read_wording("民国玳瑁首饰盒，纹理清晰，色彩漂亮，无证书", "zh").lookalike == []
    assert read_wording("Statuette en résine, 15 cm", "fr").lookalike == ["résine"]
    assert read_wording("Real hawksbill comb, not plastic", "en").lookalike == []


def test_a_seller_inviting_buyers_is_no_buyer() -> None:
    assert read_wording("2 triệu một chiếc, anh chị cần mua cứ inbox", "vi").wanted is None
    assert read_wording("มีตัวนิ่ม 3 ตัว ใครรับซื้อทักด่วน", "th").wanted is None
    assert read_wording("Cần mua vòng ngà voi", "vi").wanted == "cần mua"


def test_rehoming_with_any_home_and_vietnamese_prices() -> None:
    cues = read_wording("Looking for an experienced home only. Rehoming fee $4500", "en")
    assert cues.wanted is None and cues.offer is not None
    assert read_wording("Vòng ngà 4tr9, freeship", "vi").price == "4tr9"
    # a Thai buyer word is not read inside another word ("เมตตามหานิยม")
    assert read_wording("เลี่ยมทอง เมตตามหานิยม ราคา 65,000 บาท", "th").wanted is None


def test_tatweel_after_a_lone_clitic_is_typography_not_a_disguise() -> None:
    from classifier.cues import read_wording

    assert read_wording("طيور بادجي الزوج بـ 80 ريال", "ar").obfuscation is None
    assert read_wording("عـاج أفريقي أصلي", "ar").obfuscation == "tatweel"
    assert read_wording("شاهين جـ.ـبلي فرخ", "ar").obfuscation == "tatweel"


def test_a_chinese_dealer_buying_is_read_as_a_buyer() -> None:
    from classifier.cues import read_wording

    assert read_wording("收穿山甲片 价格好\n生的熟的都要", "zh").wanted == "收"
    assert read_wording("收藏级老件，价格私聊", "zh").wanted is None
    assert read_wording("ต้องการซื้อลูกนกแก้ว 1 คู่", "th").wanted is not None


def test_arabic_rehoming_is_an_offer_not_a_buyer() -> None:
    from classifier.cues import read_wording

    wording = read_wording("أبحث عن بيت جديد لشبل نمر، رسوم التبني 150 دولار", "ar")
    assert wording.offer is not None and wording.wanted is None


def test_gulf_and_thai_buyers_open_with_their_want() -> None:
    from classifier.cues import read_wording

    assert read_wording("أبي دهن عود طبيعي، اللي عنده يراسلني", "ar").wanted is not None
    assert read_wording("ตามหาเขี้ยวเสือแท้ ของเก่า", "th").wanted == "ตามหา"
    assert read_wording("เขี้ยวเสือแท้ เมตตามหานิยม ราคา 65,000 บาท", "th").wanted is None


def test_seller_invitations_are_not_buyers() -> None:
    from classifier.cues import read_wording

    assert read_wording("Móng hổ bọc vàng. Ai có duyên thì liên hệ, giá 9tr", "vi").wanted is None
    assert read_wording("Kantong semar 75rb, beli 5 gratis ongkir", "id").wanted is None
    assert read_wording("Terima gaharu semua kelas, timbang di tempat", "id").wanted is not None
    assert read_wording("Terima kasih, gaharu super 1 ons ready", "id").wanted is None


def test_veiled_trade_wording_is_read_by_kind_and_denials_count() -> None:
    from classifier.cues import read_wording

    ivory = read_wording("Pre-ban tusk section, Schreger lines visible, not resin, not cow "
                         "bone. Collectors will know what this is. $2k", "en")
    kinds = [cue.split(":")[0] for cue in ivory.veiled]
    assert kinds == ["insider", "proof"]
    assert read_wording("Vòng 8 ly, không phải nhựa, giá 2tr", "vi").veiled == [
        "proof: not nhựa"]
    # "giá" (price) is not "giả" (fake) once accents are folded before a denial
    assert read_wording("lồng vẹt (không kèm chim) giá 150 triệu", "vi").veiled == []
    # a denied wild origin is none: "they are not wild-caught"
    assert read_wording("Calopsitas de criação, não são silvestres. R$ 150", "pt").veiled == []
    assert read_wording("地道货，懂的来，不懂勿扰，一口价", "zh").veiled == ["insider: 懂的来"]


def test_a_watch_without_box_and_papers_is_not_veiled_trade() -> None:
    assert read_wording("Seiko 6139, no box, no papers, $450", "en").veiled == []
    assert read_wording("Seiko 5 otomatis, tanpa dus tanpa surat, 1jt", "id").veiled == []
    assert read_wording("Grey parrot chicks, no papers, no ring", "en").veiled == [
        "no papers: no papers"]


@pytest.mark.parametrize(("text", "lang"), [
    ("รับซื้อ-ขายตุ๊กแกตากแห้ง ตัวใหญ่ คู่ละ 80 บาท", "th"),
    ("เขี้ยวเสือแท้ 65,000 บาท มีพระเครื่อง รับเช่า-ปล่อย ส่ง EMS", "th"),
])
def test_a_dealer_who_buys_and_sells_makes_an_offer(text: str, lang: str) -> None:
    wording = read_wording(text, lang)
    assert wording.offer and wording.wanted is None


@pytest.mark.parametrize(("text", "lang"), [
    ("ابحث عن فنك أليف في الرباط", "ar"),
    ("Cần tìm mật gấu thật, ai biết chỗ uy tín chỉ giúp", "vi"),
    ("Kami beli gaharu semua kelas, harga bersaing", "id"),
])
def test_buyers_words(text: str, lang: str) -> None:
    assert read_wording(text, lang).wanted


def test_thai_checkpoint_news_has_two_report_words() -> None:
    text = "ด่านตรวจสกัดจับรถกระบะขนตัวนิ่มกว่า 100 ตัว ยึดของกลาง"
    assert len(read_wording(text, "th").reports) >= 2


def test_accented_latin_list_words_stand_whole() -> None:
    # "giả" (fake) is not read inside "giải" (relieve)
    assert read_wording("Hàng nguyên khúc, mài uống giải độc, bán theo chỉ", "vi").lookalike == []
    assert read_wording("Vòng ngà giả, bán rẻ", "vi").lookalike == ["giả"]


def test_chinese_buyer_lead_and_campaign_words() -> None:
    assert read_wording("求 金钱龟苗 纯种\n想入手两只，预算3000", "zh").wanted
    assert len(read_wording("亚洲象保护 公益月捐 每月10元，支持巡护员", "zh").reports) >= 2


def test_a_name_in_quotes_is_one_veiled_signal() -> None:
    veiled = read_wording("New shipment of 'coconuts' landed, dome shaped, 8 available, $90",
                          "en").veiled
    assert veiled == ["quoted name: 'coconuts'"]
    # a look-alike material in quotes is a cover name instead; a price in quotes is no name
    assert read_wording("'plastic' bangle, $90", "en").veiled == ["cover name: 'plastic'"]
    assert read_wording("Bangle '90' only", "en").veiled == []


def test_a_list_word_is_not_read_inside_a_contraction() -> None:
    # French "don" (a donation) is not in English "don't"
    assert read_wording("Great gift, don't miss it, cash only", "en").reports == []
    assert read_wording("Faites un don pour les pangolins", "fr").reports == ["un don"]


def test_a_burnt_hair_smell_is_proof() -> None:
    veiled = read_wording("老西角杯一只，火烧有焦毛味，诚心买家私聊价格", "zh").veiled
    assert veiled and veiled[0].startswith("proof:")


def test_an_indonesian_seller_inviting_whoever_needs_it() -> None:
    wording = read_wording("Aya peusing hidup 2 ekor. Sok nu butuh japri, hargi tiasa nego", "id")
    assert wording.offer and wording.wanted is None
    assert read_wording("Butuh trenggiling hidup, siapa punya?", "id").wanted


def test_code_word_offers_are_copied_with_their_taxon_features_cleared() -> None:
    from classifier.settings import CLASSIFIER_NGRAM_DIMS
    from classifier.training import TAXON_FEATURES, hidden_code_words

    width = 4 + len(FEATURE_NAMES) + CLASSIFIER_NGRAM_DIMS
    inputs = np.ones((3, width), dtype=np.float32)
    rows = [{"kind": "code_word", "label": 1}, {"kind": "offer", "label": 1},
            {"kind": "code_word", "label": 0}]
    copies, labels, weights = hidden_code_words(inputs, rows, np.array([1.0, 1.0, 0.0]),
                                                np.array([2.0, 1.0, 1.0]), 4)
    assert copies.shape == (1, width) and list(labels) == [1.0] and list(weights) == [2.0]
    cleared = {4 + FEATURE_NAMES.index(name) for name in TAXON_FEATURES}
    assert all(copies[0, c] == (0.0 if c in cleared else 1.0) for c in range(width))
    assert inputs.min() == 1.0  # the original rows are untouched


def test_development_rows_are_marked_and_exclude_the_evaluation_split(tmp_path: Path) -> None:
    from classifier.dataset import CORPUS_DIR, DEV_DIRS
    from classifier.training import development_rows

    assert DEV_DIRS and all(folder.is_dir() for folder in DEV_DIRS)
    assert CORPUS_DIR / "eval" not in DEV_DIRS
    folder = tmp_path / "eval_demo"
    folder.mkdir()
    (folder / "en.jsonl").write_text('{"id": "a", "title": "x", "label": 1}\n', encoding="utf-8")
    assert [(r["id"], r["dev_set"]) for r in development_rows([folder])] == [("a", "eval_demo")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Re: CB sulcata hatchlings, 2 for $300 | Still available? PM sent", "en"),
    ("Re: Caméléons panthère juvéniles | Toujours dispo le mâle ? MP envoyé", "fr"),
    ("Re: Ajolotes | ¿Sigue disponible el dorado? Te mandé MD", "es"),
    ("Re: 麻栗坡兜兰 下山苗 | 还在吗？已私信", "zh"),
    ("Re: Sanca batik | Masih ada gan? udah PM ya", "id"),
    ("WE BUY: old ivory, netsuke, estate lots, cash same day", "en"),
])
def test_buyer_replies_under_a_listing_are_buyer_wording(text: str, lang: str) -> None:
    assert read_wording(text, lang).wanted


@pytest.mark.parametrize(("text", "lang"), [
    ("ร่วมอุปการะช้างชรา เดือนละ 300 บาท", "th"),
    ("Nhận nuôi tượng trưng voọc chà vá chân nâu, 200k/tháng", "vi"),
    ("大熊猫云认养开始啦", "zh"),
    ("Pledge: no shark fin soup at our wedding", "en"),
    ("Yuk ikut pelepasliaran tukik penyu hijau di pantai!", "id"),
])
def test_sponsorship_and_pledge_campaigns_are_report_wording(text: str, lang: str) -> None:
    assert read_wording(text, lang).reports


@pytest.mark.parametrize(("text", "price"), [
    ("SGD 1,600, serious only", "SGD 1"),
    ("₹1,100 with silver box", "₹1"),
    ("Rs. 900 each", "Rs. 9"),
    ("harga 200 ringgit", "200 ringgit"),
    ("prix 300 dh", "300 dh"),
])
def test_prices_in_more_currencies(text: str, price: str) -> None:
    assert read_wording(text).price == price


@pytest.mark.parametrize("text", ["set of 2 pens", "3 rooms, 2 mad dogs", "model 2008, 700 cc"])
def test_numbers_beside_ordinary_words_are_no_price(text: str) -> None:
    assert read_wording(text).price is None


def test_a_seller_asking_who_wants_it_is_no_buyer() -> None:
    assert read_wording("มีลูกชะนี 6 เดือน ใครอยากได้ทักแชท", "th").wanted is None
    assert read_wording("อยากได้ลูกชะนี ใครมีทักมา", "th").wanted is not None
    assert read_wording("Estou à procura de escamas", "pt").wanted == "à procura de"


def test_a_sellers_sense_of_report_words_is_no_report() -> None:
    assert read_wording("Dente legítimo. Protege contra mau-olhado.", "pt").reports == []
    assert read_wording("Angulas. Precio de campaña: 1.100 €/kg.", "es").reports == []
    assert read_wording("Buscamos voluntarios para el campamento tortuguero", "es").reports == [
        "voluntari", "campamento tortuguero"]


class _ZeroEncoder:
    def encode(self, texts, batch_size: int = 32):  # type: ignore[no-untyped-def]
        return np.zeros((len(texts), 8), dtype=np.float32)


def test_candidates_are_judged_after_the_evidence_rules(fake_species,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from classifier import rules
    from classifier.settings import CLASSIFIER_NGRAM_DIMS
    from classifier.training import fit

    # the head learns these sales by heart: rule 8's tier for a very sure head with no sign
    # of the trade would lift them, and this test is about rule 1's cap
    monkeypatch.setattr(rules, "CLASSIFIER_UNNAMED_OFFER_NO_SIGN_MIN", 0)

    rows = [{"id": f"p{i}", "title": "", "text": f"selling pangolin scales lot {i}", "label": 1,
             "lang": "en", "species": "Manis spp."} for i in range(40)]
    rows += [{"id": f"h{i}", "title": "", "text": f"selling hornbill casque lot {i}", "label": 1,
              "lang": "en", "species": "Rhinoplax vigil"} for i in range(10)]
    rows += [{"id": f"n{i}", "title": "", "text": f"nice weather today {i}", "label": 0,
              "lang": "en", "species": ""} for i in range(60)]
    result = fit(rows, rows[:5], _ZeroEncoder(), fake_species,  # type: ignore[arg-type]
                 options=((0, CLASSIFIER_NGRAM_DIMS, 0.0),))
    held = result.candidates[0].holdout
    # the held-out hornbill offers name no taxon the (fake) lexicon knows: rule 1 caps them,
    # so the candidate is judged with none of them flagged, whatever its head scored
    assert held.overall.rows >= 10 and held.overall.tp == 0 and held.overall.fn == 10


def test_wild_honey_and_mushrooms_are_no_wild_caught_animals() -> None:
    from classifier.cues import veiled_trade

    assert veiled_trade("老家山里的土蜂蜜，野生百花蜜，可以自己检测") == ["proof: 自己检测"]
    assert "wild-caught: 野生" in veiled_trade("野生穿山甲 可以自己检测")
    assert veiled_trade("wild caught ball pythons") == ["wild-caught: wild caught"]


def test_a_price_written_as_one_word_is_no_disguise() -> None:
    assert read_wording("domba garut jantan Rp4jt, kambing 3,5jt").obfuscation is None
    assert read_wording("gelang iv0ry asli").obfuscation == "iv0ry"


@pytest.mark.parametrize(("text", "lang"), [
    ("Ball python, comes with 2ft viv if wanted. £90", "en"),
    ("Vendo loro, lo compramos chiquito en el mercado", "es"),
    ("Naga merah super, 8jt aja. Lagi butuh dana cepat.", "id"),
])
def test_sellers_phrases_with_buyers_words_are_no_buyer(text: str, lang: str) -> None:
    assert read_wording(text, lang).wanted is None


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("Anyone know where to get rhino horn powder? Will pay well", "en", "will pay"),
    ("Besoin urgent d'écailles de pangolin", "fr", "besoin urgent"),
    ("徵輻射龜一隻，10公分以上", "zh", "徵"),
])
def test_more_buyers(text: str, lang: str, word: str) -> None:
    assert read_wording(text, lang).wanted == word


def test_adoption_with_a_price_is_an_offer_and_don_is_a_title() -> None:
    assert read_wording("kuk@ng lucu 2 ekor, siap adopsi. mahar 600", "id").offer == "siap adopsi"
    assert read_wording("Preguntar por Don Chepe", "es").reports == []
    assert read_wording("守护长江江豚 请不要非法捕捞", "zh").reports == ["请不要", "守护"]


def test_an_email_address_is_no_wording_of_the_listing(fake_species) -> None:
    # "pangolin" inside the seller's address names nothing sold; in the text it does
    found = gather(fake_species, "Fresh fish maw, HKD 680. Mail pangolin.shop @ gmail.com", "en")
    assert found.mentions == []
    assert gather(fake_species, "pangolin scales, mail x@y.com", "en").mentions


@pytest.mark.parametrize(("text", "lang", "price"), [
    ("太阳锥尾一只，一斤260", "zh", "一斤260"),
    ("老货手镯 3600带走", "zh", "3600带走"),
    ("小叶紫檀 闲鱼走担保 ￥1280", "zh", "￥1280"),
    ("Colmillo montado en plata, Bs 3.500, se negocia", "es", "Bs 3.500"),
    ("tukan jobencito, 9 mil, chiapas", "es", "9 mil"),
    ("msb7a 3aaj 99 7abba, 1200 KD", "ar", "1200 KD"),
    ("Colmillos del monte, 2000 quetzales todo", "es", "2000 quetzales"),
    ("شبل عمر 10 اسابيع، 38 الف", "ar", "38 الف"),
    ("kakatoes blan femelle, 1500e avec cage", "fr", "1500e"),
])
def test_prices_in_more_currencies_and_by_the_chinese_unit(text: str, lang: str,
                                                            price: str) -> None:
    found = read_wording(text, lang).price
    assert found is not None and price.startswith(found)  # a currency sign keeps one digit


@pytest.mark.parametrize("text", [
    "Château du 19e siècle, visite le 3e dimanche",
    "Q3 report, tl 50 pages, le 12 da capo",
    "that is bs 3 times over",
])
def test_ordinals_and_short_letters_are_no_price(text: str) -> None:
    assert read_wording(text, "fr").price is None


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("Hand raised, loves a scratch, hmu", "en", "hmu"),
    ("Tucano-toco jovem. Aceito proposta, Goiás", "pt", "aceito proposta"),
    ("Pepino de mar seco, se despacha a Quito por Servientrega", "es", "se despacha"),
    ("tr3ngg1l1ng 3 ekor, Palembang, ambil di tempat", "id", "ambil di tempat"),
    ("野生石斛鲜条，量少先到先得", "zh", "先到先得"),
    ("'العظم الأبيض' قطع خام من الجنوب، نتفاهم", "ar", "نتفاهم"),
    ("3aj 2adim 2 qita3 kbar, el se3r fel private", "ar", "se3r"),
])
def test_more_marketplace_offer_words(text: str, lang: str, word: str) -> None:
    assert read_wording(text, lang).offer == word


@pytest.mark.parametrize(("text", "lang"), [
    ("Le dôme doré que tout le monde cherche. Prix en privé.", "fr"),
    ("Sirip grade A, paling dicari pembeli HK. Harga per kg", "id"),
    ("Tallas de las más buscadas, envío hoy", "es"),
    ("The most wanted morph this year, $400", "en"),
])
def test_goods_everyone_seeks_are_a_sellers_boast_not_a_buyer(text: str, lang: str) -> None:
    assert read_wording(text, lang).wanted is None


def test_packing_well_protected_and_wide_ears_are_no_report_words() -> None:
    assert read_wording("Envío con Correos Express bien protegido", "es").reports == []
    assert read_wording("قطو صغير الأذان العريضة، السعر ٤٥٠٠ درهم", "ar").reports == []
    assert read_wording("Yuk ikut pelepasan tukik penyu di Pangumbahan", "id").reports == [
        "pelepasan"]


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("ขาย 'ปลาใหญ่แม่น้ำ' สดๆ กิโลละ 900 บาท", "th", "'ปลาใหญ่แม่น้ำ'"),
    ("店里收的‘金钱鱼干’，大只，¥500", "zh", "'金钱鱼干'"),
    ("Lot de 'bois noir de la côte' en planches, 60€", "fr", "'bois noir de la côte'"),
])
def test_quoted_names_in_thai_chinese_and_five_words(text: str, lang: str, name: str) -> None:
    assert f"quoted name: {name}" in read_wording(text, lang).veiled


@pytest.mark.parametrize(("text", "lang"), [
    ("Envoi discret partout en France, 40€", "fr"),
    ("Plantitas de semilla, envío discreto a todo el país", "es"),
    ("干货一斤，保密发货，量大价优", "zh"),
    ("hàng đẹp, ship kín toàn quốc, giá ib", "vi"),
])
def test_discreet_shipping_is_a_sign(text: str, lang: str) -> None:
    assert any(cue.startswith("discreet:") for cue in read_wording(text, lang).veiled)


def test_a_busy_sellers_no_questions_is_no_insider() -> None:
    assert read_wording("Pièces testées, pas de questions inutiles svp", "fr").veiled == []
    assert read_wording("Pas de questions, remise en main propre", "fr").veiled == [
        "insider: pas de questions"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Hatchlings grow big, so do your research before buying! $90 each", "en"),
    ("Renseignez-vous avant d'acheter, 80€ pièce", "fr"),
    ("Infórmate antes de comprar, precio 500", "es"),
])
def test_advice_before_buying_is_no_buyer(text: str, lang: str) -> None:
    assert read_wording(text, lang).wanted is None


def test_a_sellers_permit_and_refusals_are_no_report_words() -> None:
    assert read_wording("Sepasang, lengkap surat dari BKSDA, 9jt", "id").reports == []
    assert read_wording("Sepasang, ada izin penangkaran BKSDA, 9jt", "id").reports == []
    assert read_wording("一口价，拒绝还价，拒绝打听", "zh").reports == []
    assert "bksda" in read_wording("BKSDA menyita 20 ekor dari pedagang", "id").reports
    assert read_wording("拒绝象牙制品，从我做起", "zh").reports != []


def test_chinese_volume_price_and_thai_want_lead() -> None:
    assert read_wording("牧场直供，量大价优", "zh").offer == "量大价优"
    assert read_wording("不懂的别问，私聊", "zh").veiled == ["insider: 不懂的别问"]
    assert read_wording("ต้องการนกแก้วลูกป้อน ขอราคา", "th").wanted == "ต้องการ"
    assert read_wording("ต้องการขายด่วน ราคาถูก", "th").wanted is None


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("Pair of young conures, POA, Leeds", "en", "poa"),
    ("Two carved pieces, PayPal or Venmo, tracked post", "en", "paypal"),
    ("Arrivage de jeunes tortues cette semaine, Dakar", "fr", "arrivage"),
    ("Cria de loro hablador, trato directo en Cali", "es", "trato directo"),
    ("قطع عود كمبودي، التولة 300، الكمية محدودة", "ar", "التولة"),
    ("老料手串一条，不刀，同城面交", "zh", "不刀"),
    ("Hàng chuẩn, có video, alo em nhé", "vi", "alo"),
    ("เขี้ยวเก่าเก็บ สวยมาก", "th", "เก่าเก็บ"),
    ("Sisik kering, mahar tanya admin, no PHP", "id", "mahar"),
    ("Louro novinho, valor no pv, só pessoalmente", "pt", "valor no pv"),
])
def test_general_classifieds_wording_in_nine_languages(text: str, lang: str, word: str) -> None:
    assert read_wording(text, lang).offer == word


@pytest.mark.parametrize(("text", "lang", "price"), [
    ("Plaques séchées, 8 000F le sac, Abidjan", "fr", "8 000F"),
    ("Bébé singe, 1,5 million FCFA", "fr", "1,5 million FCFA"),
    ("Colmillo pulido, 600 dólares", "es", "600 dólares"),
    ("Gatito del monte, 250.000 COP", "es", "250.000 COP"),
    ("Loro cantor, 90 lucas", "es", "90 lucas"),
    ("جرو صغير، ٧ آلاف درهم", "ar", "٧ آلاف"),
    ("قطة شيرازي ٥٠٠٠ ج.م", "ar", "٥٠٠٠ ج.م"),
    ("Marfim esculpido, 45.000 MT", "pt", "45.000 MT"),
    ("Papagaio manso, 300 conto", "pt", "300 conto"),
    ("กำไลเก่า ใบละ 1,500", "th", "ละ 1,500"),
    ("พระเขี้ยว บูชา 9,000", "th", "บูชา 9"),
])
def test_prices_in_local_currencies_and_thai_units(text: str, lang: str, price: str) -> None:
    assert read_wording(text, lang).price == price


@pytest.mark.parametrize(("text", "lang"), [
    ("เดินทีละ 500 เมตร และ 2,000 ก้าว", "th"),
    ("แผ่นละ 250 กรัม สีสวย", "th"),
    ("Heat it to 2000 Fahrenheit first", "en"),
])
def test_thai_and_and_one_at_a_time_are_no_price(text: str, lang: str) -> None:
    assert read_wording(text, lang).price is None


@pytest.mark.parametrize(("text", "lang"), [
    ("Filhote dócil, quem tiver interesse chama no zap", "pt"),
    ("Só para quem procura qualidade, 200 reais", "pt"),
    ("Sisik hasil cari sendiri di hulu, stok 2 kg", "id"),
    ("Kulit kering, siap kirim ke pengepul, harga per lembar", "id"),
    ("للبيع صقر، للجادين اللي عندهم خبرة", "ar"),
    ("鹦鹉出售，另外收购二手鸟笼", "zh"),
    ("Perroquet gris cherche nouveau foyer, 900e", "fr"),
    ("Tìm chủ mới cho bé vẹt, phí 2 triệu", "vi"),
])
def test_a_sellers_phrases_with_buyers_words_are_no_buyer(text: str, lang: str) -> None:
    assert read_wording(text, lang).wanted is None


@pytest.mark.parametrize(("text", "lang"), [
    ("Amuleto de proteção com dente, R$ 300", "pt"),
    ("Ships worldwide, buyer pays customs fees", "en"),
    ("Ring for court case success, ₹900", "en"),
    ("Laptop, can meet at the food court, $400", "en"),
    ("Na banca da dona Maria, cavalinho seco", "pt"),
    ("Anakan jinak siap adopsi, mahar 3jt", "id"),
    ("Hotline/Zalo: 09xx, ship toàn quốc", "vi"),
    ("老料一批，走私人渠道发货", "zh"),
    ("懂的私聊，怕被举报", "zh"),
])
def test_report_words_in_a_sellers_sense_are_none(text: str, lang: str) -> None:
    assert read_wording(text, lang).reports == []


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("Shop owner fined £5,000 over parrot sales", "en", "fined"),
    ("Merci à nos donateurs !", "fr", "donateur"),
    ("Firma la petición por el jaguar", "es", "petición"),
    ("Liberación de crías de tortuga esta tarde", "es", "liberaci"),
    ("ادعم المحميات الطبيعية", "ar", "ادعم"),
    ("请勿购买野生动物制品", "zh", "勿购买"),
    ("Vụ buôn bán trái phép động vật hoang dã", "vi", "trái phép"),
    ("ซื้อขายสัตว์ป่าผิดกฎหมาย", "th", "ผิดกฎหมาย"),
    ("Stop beli burung dari alam!", "id", "stop beli"),
    ("Começou a desova das tartarugas", "pt", "desova"),
])
def test_more_news_and_campaign_words(text: str, lang: str, word: str) -> None:
    assert word in read_wording(text, lang).reports


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("anyone here selling a grey? cash waiting", "en", "anyone here selling"),
    ("Bonsoir, qui peut me trouver un jaco ?", "fr", "qui peut me trouver"),
    ("Quién tiene colmillo de jaguar?", "es", "quién tiene"),
    ("مين يبيع ببغاء كاسكو؟", "ar", "مين يبيع"),
    ("有没有人出老象牙", "zh", "有没有人"),
    ("Tìm vẹt xám biết nói", "vi", "Tìm"),
    ("ขอซื้อเขี้ยวเสือ", "th", "ขอซื้อ"),
    ("Beli sisik kering semua ukuran", "id", "Beli"),
    ("Alguém tem casco de tracajá?", "pt", "alguém tem"),
])
def test_more_buyers_in_nine_languages(text: str, lang: str, word: str) -> None:
    assert read_wording(text, lang).wanted == word


def test_a_shops_buy_two_get_one_is_no_buyer() -> None:
    assert read_wording("Beli 2 gratis ongkir, harga 50rb", "id").wanted is None
    assert read_wording("Beli sekarang, stok terbatas", "id").wanted is None
    assert read_wording("beli sisik, bayar tinggi", "id").wanted == "beli"
