"""Search answered by the database itself: SQLite FTS5 or PostgreSQL ``text[]`` + filters.

Filters become SQL conditions on ``listings`` (with sub-selects for species, sellers and
identifiers); facets are GROUP BY counts over the matching listings; paging is keyset paging
on (classifier score, id) or id, carried in an opaque cursor.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, or_, select
from sqlalchemy.engine import Connection

from store import schema as t
from store.exceptions import InvalidQueryError
from store.query import (
    APPENDICES,
    FacetBucket,
    SearchQuery,
    decode_cursor,
    encode_cursor,
    sort_key,
)
from store.search.textindex import matching
from store.settings import STORE_FACET_SIZE

L = t.listings
S = t.listing_species


def appendix_condition(appendix: str) -> ColumnElement[bool]:
    column = S.c.cites_appendix
    return or_(column == appendix, column.like(f"{appendix}/%"), column.like(f"%/{appendix}"))


def conditions(query: SearchQuery, dialect: str) -> list[ColumnElement[bool]]:
    """SQL conditions for a normalised query (see :meth:`SearchQuery.normalised`)."""
    conds: list[ColumnElement[bool]] = []
    terms = query.terms
    if terms:
        conds.append(matching(dialect, terms))
    if query.species:
        conds.append(L.c.id.in_(select(S.c.listing_id).where(S.c.folded_name == query.species)))
    if query.appendix:
        conds.append(L.c.id.in_(select(S.c.listing_id)
                                 .where(appendix_condition(query.appendix))))
    if query.marketplace:
        conds.append(L.c.marketplace_key == query.marketplace)
    if query.country:
        conds.append(L.c.country == query.country)
    if query.min_price is not None:
        conds.append(L.c.price >= query.min_price)
    if query.max_price is not None:
        conds.append(L.c.price <= query.max_price)
    if query.since is not None:
        conds.append(L.c.first_seen >= query.since)
    if query.until is not None:
        conds.append(L.c.first_seen <= query.until)
    if query.flagged is not None:
        conds.append(L.c.flagged == query.flagged)
    if query.decision == "none":
        conds.append(L.c.decision.is_(None))
    elif query.decision:
        conds.append(L.c.decision == query.decision)
    if query.seller:
        conds.append(L.c.seller_id.in_(
            select(t.sellers.c.id).where(or_(t.sellers.c.folded_name == query.seller,
                                             t.sellers.c.key == query.seller))))
    if query.identifier:
        conds.append(L.c.id.in_(
            select(t.listing_identifiers.c.listing_id)
            .join(t.identifiers,
                  t.identifiers.c.id == t.listing_identifiers.c.identifier_id)
            .where(t.identifiers.c.folded_value == query.identifier)))
    return conds


def search_ids(conn: Connection, query: SearchQuery) -> tuple[list[int], int, str | None]:
    """One page of matching ids in order, the total and the next cursor."""
    conds = conditions(query, conn.dialect.name)
    score = func.coalesce(L.c.score, literal(-1.0))
    key = decode_cursor(query.cursor)
    page = select(L.c.id, L.c.score).where(*conds)
    if query.order == "newest":
        page = page.order_by(L.c.id.desc())
        if key is not None:
            if len(key) != 1:
                raise InvalidQueryError("the paging cursor belongs to another sort order")
            page = page.where(L.c.id < int(key[0]))
    else:
        page = page.order_by(score.desc(), L.c.id.desc())
        if key is not None:
            if len(key) != 2:
                raise InvalidQueryError("the paging cursor belongs to another sort order")
            page = page.where(or_(score < key[0], and_(score == key[0], L.c.id < int(key[1]))))
    rows = conn.execute(page.limit(query.limit + 1)).all()
    total = conn.execute(select(func.count()).select_from(L).where(*conds)).scalar_one()
    more = len(rows) > query.limit
    rows = rows[:query.limit]
    cursor = None
    if more and rows:
        last_id, last_score = rows[-1]
        cursor = encode_cursor(sort_key(last_score, last_id, query.order))
    return [r[0] for r in rows], int(total), cursor


def facets(conn: Connection, query: SearchQuery) -> dict[str, list[FacetBucket]]:
    """Counts of matching listings per facet value (most frequent first)."""
    matched = select(L.c.id).where(*conditions(query, conn.dialect.name)).scalar_subquery()
    out: dict[str, list[FacetBucket]] = {}

    def grouped(name: str, column: Any, base: Any, where: Any) -> None:
        count = func.count(func.distinct(where))
        rows = conn.execute(select(column, count).select_from(base).where(where.in_(matched))
                            .where(column.is_not(None)).group_by(column)).all()
        out[name] = top([FacetBucket(_label(bool(v) if name == "flagged" else v), int(n))
                          for v, n in rows])

    grouped("species", S.c.scientific_name, S, S.c.listing_id)
    counts = conn.execute(select(*[
        func.count(func.distinct(case((appendix_condition(a), S.c.listing_id))))
        for a in APPENDICES]).where(S.c.listing_id.in_(matched))).one()
    out["appendix"] = top([FacetBucket(a, int(n)) for a, n in zip(APPENDICES, counts, strict=True)
                           if n])
    grouped("marketplace", L.c.marketplace, L, L.c.id)
    grouped("country", L.c.country, L, L.c.id)
    grouped("flagged", L.c.flagged, L, L.c.id)
    grouped("decision", func.coalesce(L.c.decision, "none"), L, L.c.id)
    return out


def _label(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def top(buckets: list[FacetBucket]) -> list[FacetBucket]:
    """Most frequent first, ties by value; at most STORE_FACET_SIZE buckets."""
    return sorted(buckets, key=lambda b: (-b.count, b.value))[:STORE_FACET_SIZE]
