"""Human-readable reasons and the product type of a verdict, from the evidence gathered."""

from __future__ import annotations

from classifier.features import ListingEvidence, SpeciesSource

TIMBER_GROUPS = ("timber", "tree", "wood")
TIMBER_PRODUCTS = ("timber", "wood", "log", "logs", "lumber", "plank", "rosewood", "agarwood")


def product_type(evidence: ListingEvidence, species: SpeciesSource) -> str:
    """"live animal", "part or derivative", "timber", "plant" or "unknown"."""
    if not evidence.mentions:
        return "unknown"
    first = evidence.mentions[0]
    kingdom, group = species.kingdom_and_group(first.scientific_name)
    products = [p.lower() for m in evidence.mentions for p in m.product_terms]
    products += [p.lower() for p in evidence.product_terms]
    if kingdom.lower().startswith("plant"):
        if any(word in group.lower() for word in TIMBER_GROUPS) or any(
                p in TIMBER_PRODUCTS for p in products):
            return "timber"
        return "plant"
    if "live" in products:  # the lexicon's product for live animals ("cub", "chick"...)
        return "live animal"
    if (products or evidence.code_words) and not evidence.wording.live:
        return "part or derivative"
    # An animal named without any part or product is, in a listing, the animal itself.
    return "live animal"


def _species_reason(evidence: ListingEvidence) -> list[str]:
    out = []
    for mention in evidence.mentions[:3]:
        via = f" via '{mention.matched_text}'" if mention.matched_text else ""
        kind = {"code_word": " (code word)", "product": " (product term)"}.get(
            mention.match_kind, "")
        out.append(f"names {mention.scientific_name} ({mention.common_name}, "
                   f"Appendix {mention.cites_appendix}){via}{kind}")
    return out


def reasons(evidence: ListingEvidence, score: float, threshold: float) -> list[str]:
    """Why the score is what it is, strongest signals first."""
    wording = evidence.wording
    out = _species_reason(evidence)
    if not evidence.mentions:
        out.append("no CITES-listed species named")
    if evidence.code_words:
        out.append("trade code word " + ", ".join(f"'{w}'" for w in evidence.code_words[:3]))
    if wording.obfuscation:
        out.append(f"disguised spelling '{wording.obfuscation}'")
    if wording.offer:
        price = ", price given" if evidence.price_given else ""
        out.append(f"offer wording: '{wording.offer}'{price}")
    elif evidence.price_given:
        out.append("price given")
    if wording.wanted:
        out.append(f"wanted-to-buy wording '{wording.wanted}' (a buyer, not an offer) "
                   "lowers the score")
    if wording.report:
        out.append(f"news or campaign wording '{wording.report}' lowers the score")
    for cue in evidence.negative_cues[:3]:
        out.append(f"negative cue '{cue}' lowers the score")
    for word in wording.lookalike:
        out.append(f"look-alike word '{word}' lowers the score")
    side = "at or above" if score >= threshold else "below"
    out.append(f"calibrated score {score:.2f} is {side} the threshold {threshold:.2f}")
    return out
