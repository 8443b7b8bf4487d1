"""The two evidence rules bound the head's score, and say so."""

from __future__ import annotations

from classifier.cues import WordingCues
from classifier.features import ListingEvidence
from classifier.rules import bounded_score
from classifier.settings import CLASSIFIER_CLEAN_OFFER_FLOOR, CLASSIFIER_NO_TAXON_CAP
from wildtrace.models import SpeciesMention

IVORY = SpeciesMention("Elephantidae", "elephants", "I/II", "ivory", "product")


def test_no_taxon_caps_a_confident_head() -> None:
    score, why = bounded_score(0.98, ListingEvidence(price_given=True))
    assert score == CLASSIFIER_NO_TAXON_CAP and why and "no CITES-listed taxon" in why


def test_clean_offer_of_a_listed_taxon_is_raised() -> None:
    evidence = ListingEvidence(mentions=[IVORY], wording=WordingCues(offer="for sale"))
    score, why = bounded_score(0.05, evidence)
    assert score == CLASSIFIER_CLEAN_OFFER_FLOOR and why


def test_negative_news_or_buyer_cues_leave_the_head_alone() -> None:
    for evidence in (
        ListingEvidence(mentions=[IVORY], negative_cues=["colour"], price_given=True),
        ListingEvidence(mentions=[IVORY], wording=WordingCues(offer="sale", report="seized")),
        ListingEvidence(mentions=[IVORY], wording=WordingCues(wanted="looking for")),
    ):
        assert bounded_score(0.3, evidence) == (0.3, None)


def test_a_taxon_without_offer_wording_or_price_is_left_to_the_head() -> None:
    assert bounded_score(0.3, ListingEvidence(mentions=[IVORY])) == (0.3, None)
