"""Two evidence rules applied after the learned head, each stated in the listing's reasons.

The head (MiniLM embedding + lexicon features) is trained on a synthetic corpus and, on wording
far from it, can score a listing that names no protected taxon at all, or miss an explicit
one. Two facts hold whatever the wording, so they bound its score:

1. A listing that names or implies no CITES-listed taxon (no species, product term or code word
   the lexicon maps to a taxon) is not a protected-species offer: its score is capped below the
   threshold (``CLASSIFIER_NO_TAXON_CAP``).
2. A listing that names a listed taxon, is worded as an offer (offer words or a price), and
   carries none of the lexicon's negative cues (look-alike materials, colours, toys, brands,
   idioms) and no news or wanted-to-buy wording is flagged: its score is raised to at least
   ``CLASSIFIER_CLEAN_OFFER_FLOOR``.

Everything between (a taxon with a negative cue, news wording, a buyer's post) is left to the
head. ``CLASSIFIER_EVIDENCE_RULES = False`` turns the rules off (for measuring the head alone).
"""

from __future__ import annotations

from classifier.features import ListingEvidence
from classifier.settings import (
    CLASSIFIER_CLEAN_OFFER_FLOOR,
    CLASSIFIER_EVIDENCE_RULES,
    CLASSIFIER_NO_TAXON_CAP,
)


def bounded_score(score: float, evidence: ListingEvidence) -> tuple[float, str | None]:
    """The score after the evidence rules, and the reason when a rule changed it."""
    if not CLASSIFIER_EVIDENCE_RULES:
        return score, None
    if not evidence.mentions:
        if score > CLASSIFIER_NO_TAXON_CAP:
            return CLASSIFIER_NO_TAXON_CAP, ("no CITES-listed taxon is named or implied, so it "
                                             "is not flagged whatever the wording")
        return score, None
    wording = evidence.wording
    # the lexicon's negative cues are read in context (colour words, brands, idioms); the
    # head's own look-alike word list is not (it fires on "pattern", "figura", "not resin")
    clean = not (evidence.negative_cues or wording.wanted or wording.report)
    offered = wording.offer is not None or evidence.price_given
    if clean and offered and score < CLASSIFIER_CLEAN_OFFER_FLOOR:
        return CLASSIFIER_CLEAN_OFFER_FLOOR, ("a listed taxon in an offer (offer wording or a "
                                              "price) with no negative, news or buyer cue")
    return score, None
