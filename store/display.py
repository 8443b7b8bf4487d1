"""Plain-text and JSON renderings of listings and search results for the command line."""

from __future__ import annotations

import json
from collections.abc import Sequence

from store.query import SearchResults
from store.records import ListingSummary

LISTING_JSON_FIELDS = ("id", "url", "title", "price", "currency", "marketplace", "score",
                       "flagged", "country", "seller", "species", "appendices", "decision",
                       "first_seen", "last_seen", "removed_at")


def listing_json(listing: ListingSummary) -> dict[str, object]:
    data = listing.to_json()
    return {name: data[name] for name in LISTING_JSON_FIELDS}


def listings_json(listings: Sequence[ListingSummary]) -> str:
    return json.dumps([listing_json(item) for item in listings], ensure_ascii=False, indent=2)


def _cut(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[:width - 1] + "…"


def listings_table(listings: Sequence[ListingSummary]) -> str:
    """One line per listing: id, flag, score, price, marketplace, title, species."""
    if not listings:
        return "no listings"
    lines = [f"{'id':>6}  {'flag':<4} {'score':>5}  {'price':>12}  {'marketplace':<14} "
             f"{'title':<48} species"]
    for item in listings:
        score = f"{item.score:.2f}" if item.score is not None else "-"
        price = f"{item.price:,.2f} {item.currency or ''}".strip() if item.price is not None \
            else "-"
        lines.append(f"{item.id:>6}  {'YES' if item.flagged else '':<4} {score:>5}  "
                     f"{price:>12}  {_cut(item.marketplace, 14):<14} {_cut(item.title, 48):<48} "
                     f"{', '.join(item.species)}")
    return "\n".join(lines)


def search_report(results: SearchResults) -> str:
    """The table, then the facets and how to get the next page."""
    parts = [f"{results.total} listing(s) match ({results.backend})",
             listings_table(results.listings)]
    for name, buckets in results.facets.items():
        if buckets:
            parts.append(f"{name}: " + ", ".join(f"{b.value} ({b.count})" for b in buckets))
    if results.next_cursor:
        parts.append(f"more: add --cursor {results.next_cursor}")
    return "\n".join(parts)
