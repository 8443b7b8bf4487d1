"""Search documents built from the system of record, and the index mapping they follow.

Keyword fields that filters compare against are stored folded (``*_keys``) so that a filter
matches the same listings as the SQL conditions in :mod:`store.search.sql`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from store import schema as t
from store.base import appendices_of
from store.database import as_utc
from store.query import fold
from store.text import index_terms

KEYWORD = {"type": "keyword"}

MAPPINGS: dict[str, Any] = {
    "dynamic": "strict",
    "properties": {
        "id": {"type": "long"},
        "url": KEYWORD,
        "title": {"type": "text"},
        "description": {"type": "text"},
        "terms": KEYWORD,  # folded words and CJK/Thai pairs from store/text.py
        "marketplace": KEYWORD,
        "marketplace_key": KEYWORD,
        "country": KEYWORD,
        "price": {"type": "double"},
        "currency": KEYWORD,
        "score": {"type": "double"},
        "sort_score": {"type": "double"},  # score, or -1 when not classified
        "flagged": {"type": "boolean"},
        "decision": KEYWORD,  # confirm | dismiss | escalate | none
        "seller": KEYWORD,
        "seller_keys": KEYWORD,
        "species": KEYWORD,
        "species_keys": KEYWORD,
        "appendix": KEYWORD,  # I, II, III (split listings expanded)
        "identifiers": KEYWORD,
        "first_seen": {"type": "date"},
        "last_seen": {"type": "date"},
        "removed": {"type": "boolean"},
    },
}


def documents(conn: Connection, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """The search document of each listing in ``ids`` that still exists."""
    if not ids:
        return {}
    L, sellers = t.listings, t.sellers
    rows = conn.execute(
        select(L.c.id, L.c.url, L.c.title, L.c.description, L.c.marketplace, L.c.country,
               L.c.price, L.c.currency, L.c.score, L.c.flagged, L.c.decision,
               L.c.first_seen, L.c.last_seen, L.c.removed_at, sellers.c.name, sellers.c.key)
        .select_from(L.outerjoin(sellers, L.c.seller_id == sellers.c.id))
        .where(L.c.id.in_(list(ids)))).all()
    species: dict[int, list[tuple[str, str | None]]] = {}
    for listing_id, name, appendix in conn.execute(
            select(t.listing_species.c.listing_id, t.listing_species.c.scientific_name,
                   t.listing_species.c.cites_appendix)
            .where(t.listing_species.c.listing_id.in_(list(ids)))):
        species.setdefault(listing_id, []).append((name, appendix))
    idents: dict[int, list[str]] = {}
    link = t.listing_identifiers
    for listing_id, value in conn.execute(
            select(link.c.listing_id, t.identifiers.c.folded_value)
            .join(t.identifiers, t.identifiers.c.id == link.c.identifier_id)
            .where(link.c.listing_id.in_(list(ids)))):
        idents.setdefault(listing_id, []).append(value)
    out: dict[int, dict[str, Any]] = {}
    for row in rows:
        names = species.get(row.id, [])
        first_seen, last_seen = as_utc(row.first_seen), as_utc(row.last_seen)
        out[row.id] = {
            "id": row.id, "url": row.url, "title": row.title, "description": row.description,
            "terms": index_terms(row.title, row.description),
            "marketplace": row.marketplace, "marketplace_key": fold(row.marketplace),
            "country": row.country, "price": row.price, "currency": row.currency,
            "score": row.score, "sort_score": row.score if row.score is not None else -1.0,
            "flagged": bool(row.flagged), "decision": row.decision or "none",
            "seller": row.name,
            "seller_keys": [k for k in {fold(row.name), row.key} if k],
            "species": [n for n, _ in names], "species_keys": [fold(n) for n, _ in names],
            "appendix": appendices_of([a for _, a in names]),
            "identifiers": idents.get(row.id, []),
            "first_seen": first_seen.isoformat() if first_seen else None,
            "last_seen": last_seen.isoformat() if last_seen else None,
            "removed": row.removed_at is not None,
        }
    return out
