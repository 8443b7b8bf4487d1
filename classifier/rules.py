"""Evidence rules applied after the learned head, each stated in the listing's reasons.

The head (MiniLM embedding + lexicon features) is trained on a synthetic corpus and, on wording
far from it, can score a listing that names no protected taxon at all, or miss an explicit
one. Eight rules, each a fact that holds whatever the wording, bound its score:

1. A listing that names or implies no CITES-listed taxon (no species, product term or code word
   the lexicon maps to a taxon) is not a protected-species offer: its score is capped below the
   threshold (``CLASSIFIER_NO_TAXON_CAP``). Except when the text is disguised (spelled out,
   leetspeak, stretched letters: ``CLASSIFIER_DISGUISE_LIFTS_CAP``): a disguise is made to slip
   past word lists, so the head decides alone.
2. A listing that names a listed taxon in words (an emoji alone is not enough), is worded as
   an offer (offer words or a price), and carries none of the lexicon's negative cues
   (look-alike materials, colours, toys, brands, idioms) and no news or wanted-to-buy wording
   is flagged: its score is raised to at least
   ``CLASSIFIER_CLEAN_OFFER_FLOOR``. Except when the head is nearly sure it is not an offer
   (under ``CLASSIFIER_LOOKALIKE_VETO``) and the text has a look-alike word of
   ``classifier.cues`` (wood, acetate, statue...): two independent signals then agree.

3. A listing whose every word naming a listed taxon is part of a phrase naming something else
   (an ivory-coloured dress, coral lipstick, a leopard gecko, "façon crocodile": the lexicon's
   colour, brand, place, other-meaning, unlisted-species, pattern and imitation cues, see
   ``SpeciesFindings.sense_only``) is capped like rule 1.

4. A listing whose lexicon cues say the thing sold is a costume, toy, balm, vegan product or an
   accessory alone, that names its taxa only by their plain names (no product term, no code
   word) and has no live-animal wording, is capped like rule 1 (``CLASSIFIER_ITEM_CUES_CAP``);
   so is one with an imitation cue and no word insisting the goods are genuine, whatever names
   the taxon ("vây cá giả", imitation shark fin).

5. A listing with ``CLASSIFIER_REPORT_WORDS_CAP`` (2) or more different news or campaign
   words of ``classifier.cues`` ("polisi ... penyelundupan", "apreendeu ... Polícia Federal",
   "thu giữ ... xử phạt") reports or campaigns about the trade: capped like rule 1. In the
   corpus and the six evaluation sets of 2026-12-06 (about 7,900 rows) no offer has two such
   words and 962 news and campaign rows do; one word alone ("customs", "police") is left to the
   head, sellers use it too ("ships past customs").

6. In a list of at least three lines (a shop's stock, a stall's price list), a line that names
   a listed taxon with a price of its own and no negative cue of its own is an offer, whatever
   the other lines sell (plush toys, budgies, resin beads): raised to the floor of rule 2, unless
   the text has news or buyer wording or a cue that speaks for the whole listing ("sold without
   the bird"). Rules 1, 3 and 5 come first; rule 4 after it.

7. A sale (offer wording or a price) that names no listed taxon but speaks the veiled trade's
   language of ``classifier.cues.VEILED_WORDS`` is flagged at ``CLASSIFIER_VEILED_SCORE``,
   under named offers, before rule 1 would cap it: code words are made to be unknown, the way
   sellers use them is not. It takes ``CLASSIFIER_VEILED_KINDS`` signals among an insider
   phrase ("those who know", "懂的来", "ya me entendéis"), no papers, wild-caught, proof ("hot
   pin tested", "not resin"), cover name (a look-alike material in quotes or after "listed
   as": "'plastic' bangle"), another name in quotes ("'coconuts'", "'os blanc'") and a trade
   code word the lexicon cannot tie to a taxon alone ("ของขาว", "hàng trắng"): each alone is
   also an honest seller's habit ("for those who know" of watch and coin collectors, quoted
   nicknames of watches and cars, proof of amber and jade sellers, "no papers" of dog
   breeders, "wild" of honey and berries). The seller saying he hides the name from the
   site's filters or asks not to be reported ("se escribe así pa que no borren", "nói lái nha",
   "合起来读", "please dont report", "เขียนแบบนี้เพราะโดนลบโพสต์") counts as two signals: no
   honest seller has a reason to write it (on 2026-12-07 it flagged 4 more offers and no
   other row among 12,600 labelled and ordinary listings). Not with buyer or news wording,
   nor with a look-alike word or a negative cue of the lexicon unless the seller gave a cover
   name (then the look-alike word is his cover).

8. A sale (offer wording or a price) that names no listed taxon, with no negative, look-alike,
   news or buyer cue, that the head scores at least ``CLASSIFIER_UNNAMED_OFFER_MIN``, is not
   capped by rule 1 but kept at least at ``CLASSIFIER_VEILED_SCORE``. It also needs
   ``CLASSIFIER_UNNAMED_OFFER_SIGN`` (1) kinds of sign of the trade among: each kind of rule 7's
   signals, live-animal wording, a code word, a product term (:func:`trade_signs`); with two
   kinds the head needs only ``CLASSIFIER_UNNAMED_OFFER_TWO_SIGNS_MIN`` (0.1); with none, it
   needs ``CLASSIFIER_UNNAMED_OFFER_NO_SIGN_MIN`` (0.85). The head is
   trained on a copy of every code-word offer with the taxon features cleared
   (``CLASSIFIER_HIDE_CODE_WORDS``), so it has learned to read such offers from the text when
   the lexicon does not know the seller's word, and on ordinary listings (phones, cars, gold,
   legal pets), so it does not read every "price in DM" as one. Measured on four blind sets
   scored with the lexicon of their first reading (classifier/README.md § Evaluation).

Everything between (a taxon with a negative cue, news wording, a buyer's post) is left to the
head. ``CLASSIFIER_EVIDENCE_RULES = False`` turns the rules off (for measuring the head alone).
"""

from __future__ import annotations

from classifier.features import ListingEvidence
from classifier.settings import (
    CLASSIFIER_CLEAN_OFFER_FLOOR,
    CLASSIFIER_DISGUISE_LIFTS_CAP,
    CLASSIFIER_EVIDENCE_RULES,
    CLASSIFIER_ITEM_CUES,
    CLASSIFIER_ITEM_CUES_CAP,
    CLASSIFIER_LOOKALIKE_VETO,
    CLASSIFIER_NO_TAXON_CAP,
    CLASSIFIER_REPORT_WORDS_CAP,
    CLASSIFIER_UNNAMED_OFFER_MIN,
    CLASSIFIER_UNNAMED_OFFER_NO_SIGN_MIN,
    CLASSIFIER_UNNAMED_OFFER_SIGN,
    CLASSIFIER_UNNAMED_OFFER_TWO_SIGNS_MIN,
    CLASSIFIER_VEILED_KINDS,
    CLASSIFIER_VEILED_SCORE,
)


def bounded_score(score: float, evidence: ListingEvidence) -> tuple[float, str | None]:
    """The score after the evidence rules, and the reason when a rule changed it."""
    if not CLASSIFIER_EVIDENCE_RULES:
        return score, None
    veiled = _veiled_sale(evidence)
    if veiled:
        return max(score, CLASSIFIER_VEILED_SCORE), (
            "a sale in the veiled trade's wording (" + ", ".join(veiled) + ") that names no "
            "listed taxon: code words hide the goods, check what is sold")
    if not evidence.mentions and CLASSIFIER_DISGUISE_LIFTS_CAP and evidence.wording.obfuscation:
        return score, None
    if _unnamed_offer(score, evidence):
        return max(score, CLASSIFIER_VEILED_SCORE), (
            "the model reads an offer in a sale that names no listed taxon the lexicon knows and "
            "has no negative, news or buyer cue: a new code word? check what is sold")
    reason = _cap_reason(evidence)
    if reason is not None:
        return _capped(score, reason)
    if evidence.clean_item and score < CLASSIFIER_CLEAN_OFFER_FLOOR:
        return CLASSIFIER_CLEAN_OFFER_FLOOR, (
            f"one line of the list offers a listed taxon with its own price and no negative cue "
            f"of its own: '{evidence.clean_item[:80]}'")
    if CLASSIFIER_ITEM_CUES_CAP and _not_the_animal(evidence):
        return _capped(score, _ITEM_CUE_REASON)
    wording = evidence.wording
    # the lexicon's negative cues are read in context (colour words, brands, idioms); the
    # head's own look-alike word list is not (it fires on "pattern", "figura", "not resin")
    clean = not (_negatives(evidence) or wording.wanted or wording.report)
    offered = _for_sale(evidence)
    vetoed = bool(evidence.wording.lookalike) and score < CLASSIFIER_LOOKALIKE_VETO
    # an emoji alone names nothing for certain ("Bora Leão! 🦁" of a football fan)
    worded = any(item.match_kind != "emoji" for item in evidence.mentions)
    if clean and offered and worded and not vetoed and score < CLASSIFIER_CLEAN_OFFER_FLOOR:
        return CLASSIFIER_CLEAN_OFFER_FLOOR, ("a listed taxon in an offer (offer wording or a "
                                              "price) with no negative, news or buyer cue")
    return score, None


def _veiled_sale(evidence: ListingEvidence) -> list[str]:
    """The veiled-trade wording that makes rule 7, or an empty list."""
    wording = evidence.wording
    if not CLASSIFIER_VEILED_SCORE or evidence.mentions or not wording.veiled:
        return []
    if not _for_sale(evidence):
        return []
    kinds = {cue.split(":", 1)[0] for cue in wording.veiled}
    # a cover name is the seller's own look-alike word: "'plastic' bangle", "listed as bone"
    lookalike = "cover name" not in kinds and (wording.lookalike or evidence.negative_cues)
    if wording.wanted or wording.reports or lookalike:
        return []
    # a trade code word the lexicon could not tie to a taxon alone ("ของขาว", "hàng trắng")
    # counts as one more signal
    # discreet shipping is a sign for rule 8, no signal here: a parts dealer's "envoi discret"
    signals = (len(kinds - {"discreet"}) + (1 if evidence.code_words else 0)
               + (1 if "evasion" in kinds else 0))
    if signals >= CLASSIFIER_VEILED_KINDS:
        return wording.veiled + [f"trade code word: {word}" for word in evidence.code_words[:2]]
    return []


def _unnamed_offer(score: float, evidence: ListingEvidence) -> bool:
    """Rule 8: a clean sale naming no listed taxon that the head reads as an offer."""
    wording = evidence.wording
    if not CLASSIFIER_UNNAMED_OFFER_MIN:
        return False
    lowest = min(CLASSIFIER_UNNAMED_OFFER_MIN, CLASSIFIER_UNNAMED_OFFER_TWO_SIGNS_MIN or 1.0)
    if score < lowest or evidence.mentions or not _for_sale(evidence):
        return False
    if _negatives(evidence) or wording.lookalike or wording.wanted or wording.reports:
        return False
    if CLASSIFIER_UNNAMED_OFFER_NO_SIGN_MIN and score >= CLASSIFIER_UNNAMED_OFFER_NO_SIGN_MIN:
        return True
    signs = trade_signs(evidence)
    if CLASSIFIER_UNNAMED_OFFER_TWO_SIGNS_MIN and signs >= 2 and (
            score >= CLASSIFIER_UNNAMED_OFFER_TWO_SIGNS_MIN):
        return True
    if score < CLASSIFIER_UNNAMED_OFFER_MIN:
        return False
    return signs >= CLASSIFIER_UNNAMED_OFFER_SIGN


def trade_signs(evidence: ListingEvidence) -> int:
    """Kinds of sign that an animal or its parts are sold (rule 8): each kind of rule 7's
    veiled wording (discreet shipping included), a live animal or plant (live wording, a live
    plant's trade wording or the lexicon's "live" product), the goods (a code word or another
    product term). One word counts once: "活体" is live wording and the live product, "buche" a
    code word and the maw."""
    wording = evidence.wording
    kinds = {cue.split(":", 1)[0] for cue in wording.veiled}
    live = bool(wording.live or wording.plant) or "live" in evidence.product_terms
    goods = bool(evidence.code_words) or any(term != "live" for term in evidence.product_terms)
    return len(kinds) + int(live) + int(goods)


def _negatives(evidence: ListingEvidence) -> list[str]:
    """The lexicon's negative cues less those the text itself voids (rules 2, 4 and 8): an
    imitation the seller denies ("ของแท้ไม่ใช่ของทำเลียนแบบ", "not a replica"), a toy that is a
    live animal's own plaything ("นอนกอดตุ๊กตา": sleeps hugging its doll)."""
    wording = evidence.wording
    void = set()
    if wording.not_imitation:
        void.add("imitation")
    if wording.plaything and wording.live:
        void.add("toy")
    return [cue for cue in evidence.negative_cues if cue not in void]


def _for_sale(evidence: ListingEvidence) -> bool:
    """Offer wording or a price: the listing sells something (rules 2, 7 and 8)."""
    return bool(evidence.wording.offer) or evidence.price_given


def _capped(score: float, reason: str) -> tuple[float, str | None]:
    """The score held under the cap, with the reason when the cap lowered it."""
    if score > CLASSIFIER_NO_TAXON_CAP:
        return CLASSIFIER_NO_TAXON_CAP, reason
    return score, None


def _cap_reason(evidence: ListingEvidence) -> str | None:
    """Why rules 1, 3 or 5 cap the score, or None when none applies (rule 4 comes after the
    list rule 6: a toy on one line of a shop's list does not cap the seahorses on the next)."""
    if not evidence.mentions:
        return ("no CITES-listed taxon is named or implied, so it is not flagged whatever the "
                "wording")
    if CLASSIFIER_REPORT_WORDS_CAP and len(evidence.wording.reports) >= CLASSIFIER_REPORT_WORDS_CAP:
        shown = ", ".join(f"'{word}'" for word in evidence.wording.reports[:3])
        return f"news or campaign wording ({shown}): it reports on the trade, it does not offer"
    if evidence.sense_only:
        return ("every word naming a listed taxon is part of a phrase naming something else here "
                "(a colour, a brand, a place, an unlisted species, a pattern, an imitation)")
    return None


_ITEM_CUE_REASON = ("the thing sold is a costume, toy, balm or accessory named after the animal: "
                    "no part, product or live animal of a listed taxon is offered")


def _not_the_animal(evidence: ListingEvidence) -> bool:
    """An item cue (costume, toy, balm, vegan, accessory only; or imitation, when the seller
    does not also insist the goods are genuine), and no live-animal wording. A product term or
    code word of the taxon keeps the listing out, except beside an imitation cue: a tiger
    costume, a plush pangolin, Tiger Balm, a terrarium sold without the tortoise, vegetarian
    "shark fin" soup."""
    cues = set(_negatives(evidence))
    imitation = "imitation" in cues and evidence.wording.genuine is None
    if not (imitation or cues & set(CLASSIFIER_ITEM_CUES)):
        return False
    if not imitation and any(m.match_kind in ("product", "code_word")
                             for m in evidence.mentions):
        return False
    return evidence.wording.live is None
