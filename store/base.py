"""What every part of :class:`store.Store` shares: the engine, transactions, row conversion."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import CursorResult, Engine, RowMapping, select
from sqlalchemy.engine import Connection

from store import schema as t
from store.database import as_utc, translated
from store.exceptions import UnknownRecordError
from store.records import ListingSummary

if TYPE_CHECKING:
    from store.search.base import SearchBackend

log = logging.getLogger(__name__)

SUMMARY_COLUMNS = (
    t.listings.c.id, t.listings.c.url, t.listings.c.title, t.listings.c.price,
    t.listings.c.currency, t.listings.c.marketplace, t.listings.c.score, t.listings.c.flagged,
    t.listings.c.country, t.listings.c.decision, t.listings.c.first_seen,
    t.listings.c.last_seen, t.listings.c.removed_at, t.sellers.c.name.label("seller_name"),
)


def appendices_of(values: Sequence[str | None]) -> list[str]:
    """Split listings ("I/II") into single appendices, sorted I, II, III."""
    found = {part.strip() for value in values if value for part in value.split("/")}
    return [a for a in ("I", "II", "III") if a in found]


class StoreBase:
    """The engine and the helpers the mixins build on."""

    engine: Engine
    url: str
    index: SearchBackend

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def _tx(self, *, write: bool = True) -> Iterator[Connection]:
        """One transaction; database errors leave as the store's own exceptions.

        ``write=False`` for reads: on SQLite they then take no write lock.
        """
        with translated(self.url), self.engine.connect() as connection:
            connection.execution_options(store_write=write)
            with connection.begin():
                yield connection

    def _summaries(self, conn: Connection, ids: Sequence[int]) -> list[ListingSummary]:
        """Summaries of ``ids``, in that order (unknown ids are skipped)."""
        if not ids:
            return []
        rows: dict[int, RowMapping] = {}
        for chunk in _chunks(list(ids), 900):
            query = (select(*SUMMARY_COLUMNS)
                     .select_from(t.listings.outerjoin(t.sellers,
                                                       t.listings.c.seller_id == t.sellers.c.id))
                     .where(t.listings.c.id.in_(chunk)))
            rows.update({r["id"]: r for r in conn.execute(query).mappings()})
        species: dict[int, list[tuple[str, str | None]]] = {}
        for chunk in _chunks(list(ids), 900):
            query = (select(t.listing_species.c.listing_id, t.listing_species.c.scientific_name,
                            t.listing_species.c.cites_appendix)
                     .where(t.listing_species.c.listing_id.in_(chunk))
                     .order_by(t.listing_species.c.scientific_name))
            for item in conn.execute(query):
                species.setdefault(int(item[0]), []).append((str(item[1]), item[2]))
        out = []
        for listing_id in ids:
            row = rows.get(listing_id)
            if row is not None:
                out.append(summary_from_row(row, species.get(listing_id, [])))
        return out

    def _listing_changed(self, conn: Connection, listing_id: int) -> None:
        """Hook inside each listing write's transaction (the search side queues it)."""

    def _after_write(self) -> None:
        """Hook after each committed write (the search side may push its queue)."""

    def _require_listing(self, conn: Connection, listing_id: int) -> None:
        found = conn.execute(select(t.listings.c.id).where(t.listings.c.id == listing_id)).first()
        if found is None:
            raise UnknownRecordError(f"no listing with id {listing_id}")


def summary_from_row(row: RowMapping, species: list[tuple[str, str | None]]) -> ListingSummary:
    return ListingSummary(
        id=row["id"], url=row["url"], title=row["title"], price=row["price"],
        currency=row["currency"], marketplace=row["marketplace"], score=row["score"],
        flagged=bool(row["flagged"]), country=row["country"], seller=row["seller_name"],
        species=[name for name, _ in species],
        appendices=appendices_of([appendix for _, appendix in species]),
        decision=row["decision"], first_seen=as_utc(row["first_seen"]),
        last_seen=as_utc(row["last_seen"]), removed_at=as_utc(row["removed_at"]))


def new_id(result: CursorResult[Any]) -> int:
    """The primary key of the row an INSERT just added."""
    key = result.inserted_primary_key
    if key is None:  # pragma: no cover - every table here has an integer primary key
        raise RuntimeError("INSERT returned no primary key")
    return int(key[0])


def _chunks(values: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]
