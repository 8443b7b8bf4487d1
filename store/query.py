"""Search requests and answers, shared by every search backend."""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from store.exceptions import InvalidQueryError
from store.identity import normalise_any
from store.records import DECISIONS, SEARCH_ORDERS, ListingSummary
from store.settings import STORE_SEARCH_MAX_PAGE_SIZE, STORE_SEARCH_PAGE_SIZE
from store.text import search_terms

FACETS: tuple[str, ...] = ("species", "appendix", "marketplace", "country", "flagged",
                           "decision")
APPENDICES: tuple[str, ...] = ("I", "II", "III")


@dataclass
class SearchQuery:
    """Full text plus filters. Every filter is optional; all given filters must hold.

    ``text`` matches listings whose title or description contain every word (case, accents
    and width folded; Chinese, Japanese, Thai... matched by character pairs). ``species`` is a
    scientific name; ``decision`` is confirm, dismiss, escalate or "none" (not yet decided);
    ``since``/``until`` bound the date the listing was first seen; ``seller`` is the seller's
    name or id as shown; ``identifier`` is a phone, e-mail, handle or wallet value.
    """

    text: str = ""
    species: str | None = None
    appendix: str | None = None
    marketplace: str | None = None
    country: str | None = None
    min_price: float | None = None
    max_price: float | None = None
    since: datetime | None = None
    until: datetime | None = None
    flagged: bool | None = None
    decision: str | None = None
    seller: str | None = None
    identifier: str | None = None
    order: str = "score"
    limit: int = STORE_SEARCH_PAGE_SIZE
    cursor: str | None = None
    facets: bool = True

    def normalised(self) -> SearchQuery:
        """Checked copy with filter values folded the way the index stores them."""
        if self.order not in SEARCH_ORDERS:
            raise InvalidQueryError(
                f"unknown order {self.order!r} (use {', '.join(SEARCH_ORDERS)})")
        if not 1 <= self.limit <= STORE_SEARCH_MAX_PAGE_SIZE:
            raise InvalidQueryError(f"limit must be 1..{STORE_SEARCH_MAX_PAGE_SIZE}")
        appendix = self.appendix.strip().upper() if self.appendix else None
        if appendix is not None and appendix not in APPENDICES:
            raise InvalidQueryError(f"unknown CITES appendix {self.appendix!r} (use I, II or III)")
        decision = self.decision.strip().lower() if self.decision else None
        if decision is not None and decision not in (*DECISIONS, "none"):
            raise InvalidQueryError(
                f"unknown decision {self.decision!r} (use {', '.join(DECISIONS)} or none)")
        if (self.min_price is not None and self.max_price is not None
                and self.min_price > self.max_price):
            raise InvalidQueryError("--min-price is above --max-price")
        decode_cursor(self.cursor)
        return replace(
            self,
            text=self.text.strip(),
            species=fold(self.species), appendix=appendix, marketplace=fold(self.marketplace),
            country=self.country.strip().upper() if self.country else None,
            decision=decision, seller=fold(self.seller),
            since=_utc(self.since), until=_utc(self.until),
            identifier=normalise_any(self.identifier) if self.identifier else None)

    @property
    def terms(self) -> list[str]:
        return search_terms(self.text)


def _utc(value: datetime | None) -> datetime | None:
    """Dates without a zone are taken as UTC (the zone every date is stored in)."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def fold(value: str | None) -> str | None:
    """Case-fold a keyword filter value; empty means no filter."""
    if value is None:
        return None
    value = " ".join(value.split()).casefold()
    return value or None


@dataclass
class FacetBucket:
    value: str
    count: int


@dataclass
class SearchResults:
    """One page of matching listings, the total, facet counts and the next page's cursor."""

    listings: list[ListingSummary]
    total: int
    facets: dict[str, list[FacetBucket]] = field(default_factory=dict)
    next_cursor: str | None = None
    backend: str = "sqlite"  # sqlite | postgresql | elasticsearch (| "<db> (index down)")

    def to_json(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "backend": self.backend,
            "next_cursor": self.next_cursor,
            "facets": {k: [asdict(b) for b in v] for k, v in self.facets.items()},
            "listings": [item.to_json() for item in self.listings],
        }


def sort_key(score: float | None, listing_id: int, order: str) -> list[float | int]:
    """The values a result is ordered by (descending), as stored in a cursor."""
    if order == "newest":
        return [listing_id]
    return [score if score is not None else -1.0, listing_id]


def encode_cursor(key: list[float | int]) -> str:
    return base64.urlsafe_b64encode(json.dumps(key).encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> list[float | int] | None:
    if not cursor:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key = json.loads(raw)
    except ValueError as exc:
        raise InvalidQueryError("the paging cursor is not valid (start again without it)") from exc
    if (not isinstance(key, list) or not 1 <= len(key) <= 2
            or not all(isinstance(v, int | float) for v in key)):
        raise InvalidQueryError("the paging cursor is not valid (start again without it)")
    return key
