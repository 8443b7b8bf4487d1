"""The full-text index kept inside the database, in the same transaction as the listing.

SQLite: the FTS5 table ``listing_fts`` (rowid = listing id) holds the folded terms.
PostgreSQL: the ``listings.search_terms`` ``text[]`` column with a GIN index.
Both store exactly the terms of :mod:`store.text`, so both match the same listings.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, bindparam, column, literal_column, select, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Connection

from store import schema as t
from store.text import index_terms


def write_terms(conn: Connection, listing_id: int, title: str | None,
                description: str | None) -> None:
    """Replace the terms of one listing."""
    terms = index_terms(title, description)
    if conn.dialect.name == "sqlite":
        conn.execute(text("DELETE FROM listing_fts WHERE rowid = :id"), {"id": listing_id})
        conn.execute(text("INSERT INTO listing_fts (rowid, terms) VALUES (:id, :terms)"),
                     {"id": listing_id, "terms": " ".join(terms)})
    else:
        conn.execute(
            text("UPDATE listings SET search_terms = :terms WHERE id = :id")
            .bindparams(bindparam("terms", type_=postgresql.ARRAY(postgresql.TEXT))),
            {"id": listing_id, "terms": terms})


def matching(dialect: str, terms: Sequence[str]) -> ColumnElement[bool]:
    """A condition on ``listings.id`` true for listings that contain every term."""
    if dialect == "sqlite":
        expression = " ".join('"' + term.replace('"', '""') + '"' for term in terms)
        fts: Any = (select(column("rowid")).select_from(text("listing_fts"))
               .where(text("listing_fts MATCH :fts_query").bindparams(fts_query=expression)))
        return t.listings.c.id.in_(fts)
    array = bindparam("search_terms_query", list(terms), type_=postgresql.ARRAY(postgresql.TEXT))
    condition: ColumnElement[bool] = literal_column("listings.search_terms").op("@>")(array)
    return condition


def rebuild(conn: Connection) -> int:
    """Recompute every listing's terms (after a change of the folding rules)."""
    count = 0
    if conn.dialect.name == "sqlite":
        conn.execute(text("DELETE FROM listing_fts"))
    rows = conn.execute(select(t.listings.c.id, t.listings.c.title, t.listings.c.description))
    for listing_id, title, description in rows.all():
        write_terms(conn, listing_id, title, description)
        count += 1
    return count
