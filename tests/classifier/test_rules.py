"""The evidence rules bound the head's score, and say so."""

from __future__ import annotations

import pytest

from classifier import rules
from classifier.cues import WordingCues
from classifier.features import ListingEvidence
from classifier.rules import bounded_score, trade_signs
from classifier.settings import (
    CLASSIFIER_CLEAN_OFFER_FLOOR,
    CLASSIFIER_NO_TAXON_CAP,
    CLASSIFIER_UNNAMED_OFFER_MIN,
    CLASSIFIER_UNNAMED_OFFER_NO_SIGN_MIN,
    CLASSIFIER_UNNAMED_OFFER_TWO_SIGNS_MIN,
    CLASSIFIER_VEILED_SCORE,
)
from wildtrace.models import SpeciesMention

IVORY = SpeciesMention("Elephantidae", "elephants", "I/II", "ivory", "product")


def test_no_taxon_caps_a_confident_head() -> None:
    # not a sale (no offer wording, no price): rule 8 does not apply
    score, why = bounded_score(0.98, ListingEvidence())
    assert score == CLASSIFIER_NO_TAXON_CAP and why and "no CITES-listed taxon" in why


def test_clean_offer_of_a_listed_taxon_is_raised() -> None:
    evidence = ListingEvidence(mentions=[IVORY], wording=WordingCues(offer="for sale"))
    score, why = bounded_score(0.05, evidence)
    assert score == CLASSIFIER_CLEAN_OFFER_FLOOR and why


def test_negative_news_or_buyer_cues_leave_the_head_alone() -> None:
    for evidence in (
        ListingEvidence(mentions=[IVORY], negative_cues=["colour"], price_given=True),
        ListingEvidence(mentions=[IVORY], wording=WordingCues(offer="sale", reports=["seized"])),
        ListingEvidence(mentions=[IVORY], wording=WordingCues(wanted="looking for")),
    ):
        assert bounded_score(0.3, evidence) == (0.3, None)


def test_a_taxon_without_offer_wording_or_price_is_left_to_the_head() -> None:
    assert bounded_score(0.3, ListingEvidence(mentions=[IVORY])) == (0.3, None)


def test_a_disguised_text_naming_no_taxon_is_left_to_the_head() -> None:
    evidence = ListingEvidence(wording=WordingCues(offer="prix", obfuscation="é.c.a.i.l.l.e.s"))
    assert bounded_score(0.97, evidence) == (0.97, None)
    assert bounded_score(0.1, evidence) == (0.1, None)


def test_a_look_alike_word_and_a_sure_head_keep_the_floor_off() -> None:
    wording = WordingCues(offer="for sale", lookalike=["statue"])
    evidence = ListingEvidence(mentions=[IVORY], wording=wording)
    assert bounded_score(0.03, evidence) == (0.03, None)
    # an unsure head still gets the floor: the look-alike word alone does not decide
    assert bounded_score(0.3, evidence)[0] == CLASSIFIER_CLEAN_OFFER_FLOOR


def test_a_taxon_named_only_in_another_sense_is_capped() -> None:
    evidence = ListingEvidence(mentions=[IVORY], negative_cues=["colour"], sense_only=True,
                               wording=WordingCues(offer="zalo"), price_given=True)
    score, why = bounded_score(0.72, evidence)
    assert score == CLASSIFIER_NO_TAXON_CAP and why and "something else" in why


def test_a_costume_toy_or_balm_named_after_the_animal_is_capped() -> None:
    tiger = SpeciesMention("Panthera tigris", "tiger", "I", "tigre", "common")
    evidence = ListingEvidence(mentions=[tiger], negative_cues=["costume"], price_given=True)
    score, why = bounded_score(0.61, evidence)
    assert score == CLASSIFIER_NO_TAXON_CAP and why and "costume" in why
    # a live animal or a product of the taxon is left to the other rules and the head
    live = ListingEvidence(mentions=[tiger], negative_cues=["toy"],
                           wording=WordingCues(live="baby"))
    assert bounded_score(0.3, live) == (0.3, None)
    product = ListingEvidence(mentions=[IVORY], negative_cues=["toy"])
    assert bounded_score(0.3, product) == (0.3, None)


def test_imitation_is_capped_unless_the_seller_insists_on_genuine_goods() -> None:
    fin = SpeciesMention("Carcharhinidae", "requiem sharks", "II", "súp vi cá", "product")
    fake = ListingEvidence(mentions=[fin], negative_cues=["imitation"], price_given=True)
    assert bounded_score(0.68, fake)[0] == CLASSIFIER_NO_TAXON_CAP
    insisting = ListingEvidence(mentions=[fin], negative_cues=["imitation"],
                                wording=WordingCues(genuine="thật"), price_given=True)
    assert bounded_score(0.68, insisting) == (0.68, None)


def test_two_different_news_words_cap_a_report_one_leaves_it_to_the_head() -> None:
    from classifier.cues import read_wording

    text = ("Polisi menggagalkan penyelundupan 50 ekor kukang di pelabuhan. Pelaku terancam "
            "pidana 15 tahun penjara dan denda Rp 5 miliar.")
    wording = read_wording(text, "id")
    assert len(wording.reports) >= 2
    kukang = SpeciesMention("Nycticebus spp.", "slow loris", "I", "kukang", "common")
    score, why = bounded_score(0.9, ListingEvidence(mentions=[kukang], wording=wording,
                                                    price_given=True))
    assert score == CLASSIFIER_NO_TAXON_CAP and why and "news or campaign" in why
    one = read_wording("Real ivory carving, ships past customs, $900", "en")
    assert one.reports == ["customs"]
    assert bounded_score(0.9, ListingEvidence(mentions=[IVORY], wording=one)) == (0.9, None)


def test_a_line_of_a_shop_list_offers_its_item_whatever_the_other_lines_sell() -> None:
    from classifier.features import LexiconSpecies, gather

    text = ("Artesanato da praia\n- Chaveiros de búzio R$ 5\n- Pelúcia de tartaruga R$ 30\n"
            "- Cavalos-marinhos secos naturais R$ 15 cada")
    evidence = gather(LexiconSpecies(), text, "pt")
    assert evidence.negative_cues and evidence.clean_item
    score, why = bounded_score(0.1, evidence)
    assert score == CLASSIFIER_CLEAN_OFFER_FLOOR and why and "one line of the list" in why
    toys = gather(LexiconSpecies(), "Plush bundle\n- plush pangolin £5\n- plush tiger £5\n"
                  "- soft toy rhino £4", "en")
    assert toys.clean_item is None
    cage = gather(LexiconSpecies(), "Parrot cage\n- parrot cage 1.5 m, £60\n- perches £5\n"
                  "sold without the bird", "en")
    assert cage.clean_item is None


def test_a_veiled_sale_naming_no_taxon_is_flagged_under_named_offers() -> None:
    from classifier.settings import CLASSIFIER_THRESHOLD, CLASSIFIER_VEILED_SCORE

    insider = ListingEvidence(price_given=True, wording=WordingCues(
        veiled=["insider: 懂的来", "proof: not 树脂"]))
    score, why = bounded_score(0.05, insider)
    assert score == CLASSIFIER_VEILED_SCORE and why and "懂的来" in why
    assert CLASSIFIER_THRESHOLD <= score < CLASSIFIER_CLEAN_OFFER_FLOOR
    # a trade code word the lexicon cannot tie to a taxon alone is one more signal
    coded = ListingEvidence(code_words=["ของขาว"], wording=WordingCues(
        offer="ขาย", veiled=["proof: not เรซิ่น"]))
    score, why = bounded_score(0.2, coded)
    assert score == CLASSIFIER_VEILED_SCORE and why and "ของขาว" in why
    two_kinds = ListingEvidence(wording=WordingCues(
        offer="vendo", veiled=["no papers: sem anilha", "wild-caught: do ninho"]))
    assert bounded_score(0.1, two_kinds)[0] == CLASSIFIER_VEILED_SCORE


def test_veiled_wording_alone_or_beside_other_cues_does_not_flag() -> None:
    two = ["insider: those who know", "no papers: no papers"]
    for evidence in (
        # proof alone: an amber seller's hot-needle test; an insider phrase alone: a watch
        # collector's "for those who know"; a weak code word alone
        ListingEvidence(price_given=True, wording=WordingCues(veiled=["proof: hot needle"])),
        ListingEvidence(price_given=True, wording=WordingCues(veiled=["insider: 懂的来"])),
        ListingEvidence(price_given=True, code_words=["white gold"]),
        # no sale
        ListingEvidence(wording=WordingCues(veiled=two)),
        # a buyer, a report, a look-alike word, a lexicon negative cue
        ListingEvidence(price_given=True, wording=WordingCues(
            wanted="wtb", veiled=two)),
        ListingEvidence(price_given=True, wording=WordingCues(
            reports=["seized"], veiled=["no papers: no papers", "proof: schreger"])),
        ListingEvidence(price_given=True, wording=WordingCues(
            lookalike=["resin"], veiled=two)),
        ListingEvidence(price_given=True, negative_cues=["colour"],
                        wording=WordingCues(veiled=two)),
    ):
        # the head unsure (under rule 8's minimum): rule 7 alone decides
        assert bounded_score(CLASSIFIER_UNNAMED_OFFER_MIN - 0.05, evidence)[0] == (
            CLASSIFIER_NO_TAXON_CAP)


def test_rule_8_a_clean_unnamed_sale_the_head_reads_as_an_offer_is_not_capped() -> None:
    for sign, terms in ((WordingCues(offer="for sale", live="hand-fed",
                                     veiled=["insider: those who know"]), []),
                        (WordingCues(offer="for sale", veiled=["insider: those who know"]),
                         ["powder"])):
        sale = ListingEvidence(wording=sign, price_given=True, product_terms=terms)
        score, why = bounded_score(0.7, sale)
        assert score == 0.7 and why and "names no listed taxon" in why
        # the head is not sure, even with two kinds of sign
        unsure = CLASSIFIER_UNNAMED_OFFER_TWO_SIGNS_MIN - 0.05
        assert bounded_score(unsure, sale) == (unsure, None)
    coded = ListingEvidence(price_given=True, code_words=["white gold"],
                            wording=WordingCues(live="hand-fed"))
    assert bounded_score(0.7, coded)[0] == 0.7


def test_rule_8_with_two_kinds_of_sign_needs_a_lower_head_score() -> None:
    low = (CLASSIFIER_UNNAMED_OFFER_TWO_SIGNS_MIN + CLASSIFIER_UNNAMED_OFFER_MIN) / 2
    nickname = WordingCues(offer="for sale", veiled=["quoted name: 'frogman'"])
    one = ListingEvidence(wording=nickname, price_given=True)
    assert bounded_score(low, one)[0] == CLASSIFIER_NO_TAXON_CAP
    two = ListingEvidence(wording=nickname, price_given=True, product_terms=["powder"])
    assert bounded_score(low, two)[0] == CLASSIFIER_VEILED_SCORE
    # one word read twice (live wording and the lexicon's live product: "活体", "hidup") is one
    # kind of sign, and so is a code word with the product it names ("buche", the maw)
    for evidence in (
            ListingEvidence(wording=WordingCues(offer="jual", live="hidup"), price_given=True,
                            product_terms=["live"]),
            ListingEvidence(wording=WordingCues(offer="vendo"), price_given=True,
                            code_words=["buche"], product_terms=["maw"])):
        assert trade_signs(evidence) == 1
        assert bounded_score(low, evidence)[0] == CLASSIFIER_NO_TAXON_CAP
    hidden = ListingEvidence(wording=WordingCues(offer="se vende", live="pichón", veiled=[
        "discreet: envío discreto"]), price_given=True, product_terms=["live", "meat"])
    assert trade_signs(hidden) == 3


def test_rule_8_counts_kinds_of_sign(monkeypatch: pytest.MonkeyPatch) -> None:
    # one sign alone is an honest seller's habit too (live wording of a puppy, a quoted
    # nickname of a watch): an operator who wants fewer such flags asks for two kinds
    for wording in (WordingCues(offer="for sale", live="puppies"),
                    WordingCues(offer="for sale", veiled=["quoted name: 'frogman'"])):
        sale = ListingEvidence(wording=wording, price_given=True)
        assert bounded_score(0.7, sale)[0] == 0.7  # the default: one kind
        monkeypatch.setattr(rules, "CLASSIFIER_UNNAMED_OFFER_SIGN", 2)
        assert bounded_score(0.7, sale)[0] == CLASSIFIER_NO_TAXON_CAP
        two = ListingEvidence(wording=wording, price_given=True, product_terms=["powder"])
        assert bounded_score(0.7, two)[0] == 0.7
        monkeypatch.setattr(rules, "CLASSIFIER_UNNAMED_OFFER_SIGN", 1)


def test_rule_8_needs_no_negative_news_buyer_or_look_alike_cue(
        monkeypatch: pytest.MonkeyPatch) -> None:
    live = "hand-fed"
    plain_sale = ListingEvidence(wording=WordingCues(offer="price in DM"), price_given=True)
    monkeypatch.setattr(rules, "CLASSIFIER_UNNAMED_OFFER_SIGN", 0)
    assert bounded_score(0.6, plain_sale)[0] == 0.6  # the head decides (sign not required)
    monkeypatch.setattr(rules, "CLASSIFIER_UNNAMED_OFFER_SIGN", 1)
    for evidence in (
        ListingEvidence(wording=WordingCues(live=live)),  # no offer wording, no price
        # with the sign required: a sale with no sign of animals or the veiled trade
        plain_sale,
        ListingEvidence(price_given=True, negative_cues=["colour"],
                        wording=WordingCues(live=live)),
        ListingEvidence(wording=WordingCues(offer="sale", live=live, lookalike=["resin"])),
        ListingEvidence(wording=WordingCues(offer="sale", live=live, wanted="looking for")),
        ListingEvidence(wording=WordingCues(offer="sale", live=live, reports=["seized"])),
    ):
        score, why = bounded_score(0.6, evidence)
        assert score == CLASSIFIER_NO_TAXON_CAP and why and "no CITES-listed taxon" in why
        if evidence is not plain_sale:  # a very sure head does not lift these either
            assert bounded_score(0.95, evidence)[0] == CLASSIFIER_NO_TAXON_CAP


def test_rule_8_by_default_needs_a_sign_of_the_trade() -> None:
    plain_sale = ListingEvidence(wording=WordingCues(offer="price in DM"), price_given=True)
    assert bounded_score(0.6, plain_sale)[0] == CLASSIFIER_NO_TAXON_CAP
    coded = ListingEvidence(wording=WordingCues(offer="price in DM"), price_given=True,
                            product_terms=["scale"], code_words=["white gold"])
    assert bounded_score(0.6, coded)[0] == 0.6


def test_rule_8_without_a_sign_needs_a_very_sure_head(monkeypatch: pytest.MonkeyPatch) -> None:
    # "Ready si putih dari Bali sepasang, 6jt": a sale, no sign the lexicon or the cues know
    plain_sale = ListingEvidence(wording=WordingCues(offer="ready"), price_given=True)
    sure = CLASSIFIER_UNNAMED_OFFER_NO_SIGN_MIN + 0.05
    score, why = bounded_score(sure, plain_sale)
    assert score == sure and why and "names no listed taxon" in why
    unsure = CLASSIFIER_UNNAMED_OFFER_NO_SIGN_MIN - 0.05
    assert bounded_score(unsure, plain_sale)[0] == CLASSIFIER_NO_TAXON_CAP
    # not a sale: no offer wording, no price
    assert bounded_score(sure, ListingEvidence())[0] == CLASSIFIER_NO_TAXON_CAP
    monkeypatch.setattr(rules, "CLASSIFIER_UNNAMED_OFFER_NO_SIGN_MIN", 0)
    assert bounded_score(sure, plain_sale)[0] == CLASSIFIER_NO_TAXON_CAP


def test_an_emoji_alone_does_not_raise_an_offer_to_the_floor() -> None:
    lion = SpeciesMention("Panthera leo", "lion", "I/II", "🦁", "emoji")
    evidence = ListingEvidence(mentions=[lion], price_given=True)
    assert bounded_score(0.3, evidence) == (0.3, None)
    named = SpeciesMention("Panthera leo", "lion", "I/II", "lion cub", "name")
    evidence = ListingEvidence(mentions=[lion, named], price_given=True)
    assert bounded_score(0.3, evidence)[0] == CLASSIFIER_CLEAN_OFFER_FLOOR


@pytest.mark.parametrize(("text", "lang"), [
    ("Bán vê tảy (nói lái nha mn), đã sao vàng, lạng 1tr8, gửi xe khách", "vi"),
    ("Botas de kaimán (se escribe así pa que no borren), $4,800, envío gratis", "es"),
    ("ขายลูกแมวด@ว 8,500 บาท เขียนแบบนี้เพราะโดนลบโพสต์บ่อย", "th"),
])
def test_a_seller_hiding_the_name_from_filters_is_two_veiled_signals(text: str,
                                                                      lang: str) -> None:
    from classifier.cues import read_wording

    wording = read_wording(text, lang)
    assert any(cue.startswith("evasion:") for cue in wording.veiled)
    sale = ListingEvidence(price_given=True, wording=WordingCues(
        offer=wording.offer, veiled=[cue for cue in wording.veiled
                                     if cue.startswith("evasion:")]))
    assert bounded_score(0.1, sale)[0] >= 0.5
    # a buyer or a news report saying the same is not flagged
    assert bounded_score(0.1, ListingEvidence(price_given=True, wording=WordingCues(
        wanted="wtb", veiled=sale.wording.veiled)))[0] < 0.5


def test_a_live_plants_trade_wording_is_a_sign_of_the_trade() -> None:
    # "bare root", "ไม้ชำ", "esquejes": a live plant is sold, as live wording says of an animal;
    # with the plant's wild collection ("sacadas de campo") it makes two kinds of sign
    plant = ListingEvidence(wording=WordingCues(offer="vendo", plant="bare root"),
                            price_given=True)
    assert trade_signs(plant) == 1
    wild = ListingEvidence(wording=WordingCues(offer="vendo", plant="enraizad", veiled=[
        "wild-caught: sacadas de campo"]), price_given=True)
    assert trade_signs(wild) == 2
    bare = ListingEvidence(wording=WordingCues(offer="vendo"), price_given=True)
    assert bounded_score(CLASSIFIER_UNNAMED_OFFER_MIN, bare)[0] == CLASSIFIER_NO_TAXON_CAP
    assert bounded_score(CLASSIFIER_UNNAMED_OFFER_MIN, plant)[0] > CLASSIFIER_NO_TAXON_CAP
    # a plant word and live wording are one kind: a live thing is sold
    both = ListingEvidence(wording=WordingCues(offer="vendo", plant="esquejes", live="vivo"),
                           price_given=True)
    assert trade_signs(both) == 1
