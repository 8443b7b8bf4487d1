"""Which INTERPOL notice, if any, the facts of a case support.

- Blue: to locate or identify a person: a seller known only by online identifiers.
- Purple: to share a modus operandi: concealment, code words, several marketplaces.
- Green: a likely repeat offender: one seller with many offers over time or across sites.
- Red: to seek arrest for extradition: only when an arrest warrant exists, never proposed on
  online evidence alone.

Each proposal lists the facts that support it and what the NCB will still need, so the notice
is a suggestion an officer can act on, not a conclusion.
"""

from __future__ import annotations

from case_requests.content import NoticeProposal, SellerRow, SupportRequest

REPEAT_OFFENDER_MIN_LISTINGS = 3


def _identified(seller: SellerRow) -> bool:
    return any(kind in {"name", "national_id", "passport"} for kind, _ in seller.identifiers)


def propose_notices(request: SupportRequest, *, arrest_warrant: str | None = None,
                    modus_operandi: list[str] | None = None) -> list[NoticeProposal]:
    proposals: list[NoticeProposal] = []
    unknown = [s for s in request.sellers if s.identifiers and not _identified(s)]
    if unknown:
        facts = [f"{s.name}: " + ", ".join(f"{k} {v}" for k, v in s.identifiers[:6])
                 for s in unknown[:10]]
        proposals.append(NoticeProposal(
            colour="Blue", purpose="Locate or identify the persons behind these seller accounts",
            facts=facts,
            missing=["subscriber records for the phone numbers and accounts",
                     "confirmation of the person's identity by the NCB"]))
    cues = list(modus_operandi or [])
    marketplaces = sorted({row.marketplace for row in request.listings})
    if len(marketplaces) > 1:
        cues.append("offers spread over marketplaces: " + ", ".join(marketplaces))
    if cues:
        proposals.append(NoticeProposal(
            colour="Purple", purpose="Share the modus operandi with member countries",
            facts=cues, missing=["analyst's description of the concealment method"]))
    repeat = [s for s in request.sellers if s.listings >= REPEAT_OFFENDER_MIN_LISTINGS]
    if repeat:
        proposals.append(NoticeProposal(
            colour="Green", purpose="Warn of a likely repeat offender",
            facts=[f"{s.name}: {s.listings} offers on {', '.join(s.marketplaces)}"
                   for s in repeat],
            missing=["prior convictions or ongoing proceedings, if any"]))
    if arrest_warrant:
        proposals.append(NoticeProposal(
            colour="Red", purpose="Locate and provisionally arrest pending extradition",
            facts=[f"arrest warrant {arrest_warrant}"],
            missing=["judicial authority's confirmation that extradition will be sought"]))
    return proposals
