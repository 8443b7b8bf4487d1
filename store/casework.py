"""Decisions on listings and the cases they are gathered into."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import func, insert, select, update

from store import schema as t
from store.base import StoreBase, new_id
from store.database import as_utc, now
from store.exceptions import InvalidQueryError, UnknownRecordError
from store.records import DECISIONS, CaseDetail, CaseSummary


class CaseworkMixin(StoreBase):
    """Triage decisions and cases."""

    def record_decision(self, listing_id: int, user: str, decision: str,
                        reason: str | None = None, note: str | None = None) -> int:
        """Append a decision (confirm, dismiss, escalate); the newest one is the listing's."""
        if decision not in DECISIONS:
            raise InvalidQueryError(f"unknown decision {decision!r} (use {', '.join(DECISIONS)})")
        with self._tx() as conn:
            self._require_listing(conn, listing_id)
            decision_id = new_id(conn.execute(insert(t.decisions).values(
                listing_id=listing_id, user=user, decision=decision, reason=reason, note=note,
                created_at=now())))
            conn.execute(update(t.listings).where(t.listings.c.id == listing_id)
                         .values(decision=decision))
            self._listing_changed(conn, listing_id)
        self._after_write()
        return decision_id

    def training_decisions(self) -> Iterator[tuple[str, str, str | None, str]]:
        """(title, text, language, decision) of the latest decision on each decided listing."""
        listings = t.listings
        query = (select(listings.c.title, listings.c.description, listings.c.language,
                        listings.c.decision)
                 .where(listings.c.decision.is_not(None)).order_by(listings.c.id))
        with self._tx(write=False) as conn:
            rows = conn.execute(query).all()
        for title, description, language, decision in rows:
            yield (title or "", description or "", language, decision)

    def create_case(self, title: str, created_by: str, description: str = "") -> int:
        if not title.strip():
            raise InvalidQueryError("a case needs a title")
        with self._tx() as conn:
            return new_id(conn.execute(insert(t.cases).values(
                title=title.strip(), description=description, created_by=created_by,
                status="open", created_at=now())))

    def add_to_case(self, case_id: int, listing_id: int) -> None:
        """Link a listing to a case (linking twice is harmless)."""
        with self._tx() as conn:
            if conn.execute(select(t.cases.c.id).where(t.cases.c.id == case_id)).first() is None:
                raise UnknownRecordError(f"no case with id {case_id}")
            self._require_listing(conn, listing_id)
            link = t.case_listings
            if conn.execute(select(link.c.case_id).where(
                    link.c.case_id == case_id, link.c.listing_id == listing_id)).first() is None:
                conn.execute(insert(link).values(case_id=case_id, listing_id=listing_id,
                                                 added_at=now()))

    def remove_from_case(self, case_id: int, listing_id: int) -> bool:
        link = t.case_listings
        with self._tx() as conn:
            result = conn.execute(link.delete().where(link.c.case_id == case_id,
                                                      link.c.listing_id == listing_id))
            return bool(result.rowcount)

    def set_case_status(self, case_id: int, status: str) -> None:
        with self._tx() as conn:
            result = conn.execute(update(t.cases).where(t.cases.c.id == case_id)
                                  .values(status=status))
            if result.rowcount == 0:
                raise UnknownRecordError(f"no case with id {case_id}")

    def list_cases(self) -> list[CaseSummary]:
        """Newest first."""
        cases, link = t.cases, t.case_listings
        count = (select(func.count()).where(link.c.case_id == cases.c.id)
                 .correlate(cases).scalar_subquery())
        with self._tx(write=False) as conn:
            rows = conn.execute(select(cases, count.label("listing_count"))
                                .order_by(cases.c.id.desc())).mappings().all()
        return [_case(r) for r in rows]

    def get_case(self, case_id: int) -> CaseDetail | None:
        link = t.case_listings
        with self._tx(write=False) as conn:
            row = conn.execute(select(t.cases).where(t.cases.c.id == case_id)).mappings().first()
            if row is None:
                return None
            ids = list(conn.execute(select(link.c.listing_id).where(link.c.case_id == case_id)
                                    .order_by(link.c.added_at, link.c.listing_id)).scalars())
            listings = self._summaries(conn, ids)
        summary = _case({**row, "listing_count": len(ids)})
        return CaseDetail(**vars(summary), listings=listings)


def _case(row: Mapping[Any, Any]) -> CaseSummary:
    get = row.__getitem__
    return CaseSummary(id=get("id"), title=get("title"), description=get("description"),
                       created_by=get("created_by"), created_at=as_utc(get("created_at")),
                       status=get("status"), listing_count=int(get("listing_count")))
