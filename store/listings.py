"""Listings and their captures: save a page, mark it removed, read it back, list them."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.engine import Connection

from store import schema as t
from store.base import StoreBase, appendices_of, new_id
from store.database import as_utc, now
from store.exceptions import InvalidQueryError, WriteConflictError
from store.identity import canonical_url, normalise_identifier
from store.query import fold
from store.records import (
    LISTING_ORDERS,
    CaptureVersion,
    DecisionRecord,
    Identifier,
    ListingDetail,
    ListingSummary,
    NetworkRow,
    SavedListing,
)
from store.search import textindex
from store.sellers import save_identifiers, upsert_seller
from store.settings import STORE_SEARCH_MAX_PAGE_SIZE
from wildtrace.models import CaptureRef, PageExtraction, SpeciesMention, Verdict

log = logging.getLogger(__name__)
L = t.listings
CONTENT = ("title", "description", "price", "currency")
SAVE_ATTEMPTS = 3
# parameters passed at execution (not .values()) so the statement is compiled once
_UPDATE_LISTING = update(L).where(L.c.id == bindparam("pk"))


class ListingsMixin(StoreBase):
    """Writing and reading listings."""

    def save_page(self, extraction: PageExtraction, *, marketplace: str,
                  capture: CaptureRef | None, verdict: Verdict | None,
                  crawl_run_id: int | None = None) -> SavedListing:
        """Insert or update the listing at ``extraction.url`` (by canonical URL).

        A change of title, description, price or currency makes a new content version; every
        capture is kept, linked to the capture before it. A write that loses a race with another
        writer (same URL, seller or identifier inserted meanwhile) is tried again.
        """
        for attempt in range(1, SAVE_ATTEMPTS + 1):
            try:
                saved = self._save_page_once(extraction, marketplace, capture, verdict,
                                             crawl_run_id)
                break
            except WriteConflictError:
                if attempt == SAVE_ATTEMPTS:
                    raise
                log.info("save of %s raced another writer; trying again", extraction.url)
        self._after_write()
        return saved

    def _save_page_once(self, extraction: PageExtraction, marketplace: str,
                        capture: CaptureRef | None, verdict: Verdict | None,
                        crawl_run_id: int | None) -> SavedListing:
        url = canonical_url(extraction.url)
        at = now()
        with self._tx() as conn:
            row = conn.execute(select(L).where(L.c.url == url)).mappings().first()
            seller = upsert_seller(conn, extraction, marketplace, at)
            values = _listing_values(extraction, verdict)
            values.update(marketplace=marketplace, marketplace_key=fold(marketplace),
                          last_seen=at, removed_at=None)
            if seller is not None:
                values["seller_id"] = seller
            if crawl_run_id is not None:
                values["crawl_run_id"] = crawl_run_id
            if row is None:
                is_new, changed = True, True
                values.update(url=url, original_url=extraction.url, first_seen=at,
                              content_version=1)
                listing_id = new_id(conn.execute(insert(L), values))
                version = 1
            else:
                is_new = False
                listing_id = row["id"]
                changed = any(_differs(row[name], values[name]) for name in CONTENT)
                version = row["content_version"] + (1 if changed else 0)
                values["content_version"] = version
                for name in ("seller_id", "location", "country", "posted", "language",
                             "category"):
                    if values.get(name) is None:
                        values.pop(name, None)  # keep what an earlier capture showed
                conn.execute(_UPDATE_LISTING, {**values, "pk": listing_id})
            capture_id = None
            if capture is not None or changed:
                previous = None if row is None else row["current_capture_id"]
                capture_id = self._add_capture(conn, listing_id, version, changed, previous,
                                               extraction, capture, crawl_run_id, at)
                conn.execute(_UPDATE_LISTING, {"current_capture_id": capture_id,
                                               "pk": listing_id})
            self._save_species(conn, listing_id, extraction, verdict)
            save_identifiers(conn, listing_id, extraction)
            if verdict is not None:
                conn.execute(insert(t.classifications), {
                    "listing_id": listing_id, "score": verdict.score, "flagged": verdict.flagged,
                    "product_type": verdict.product_type, "model_version": verdict.model_version,
                    "reasons": list(verdict.reasons),
                    "species": [s.to_json() for s in verdict.species], "created_at": at})
            if is_new or changed:
                textindex.write_terms(conn, listing_id, extraction.title, extraction.description)
            self._listing_changed(conn, listing_id)
        return SavedListing(id=listing_id, is_new=is_new, changed=changed, capture_id=capture_id)

    def mark_removed(self, url: str, at: datetime) -> bool:
        """Note the listing is gone from the marketplace; evidence stays. False: unknown URL."""
        with self._tx() as conn:
            result = conn.execute(update(L).where(L.c.url == canonical_url(url))
                                  .values(removed_at=as_utc(at) or now())
                                  .returning(L.c.id)).first()
            if result is not None:
                self._listing_changed(conn, result[0])
        self._after_write()
        return result is not None

    def get_listing(self, listing_id: int) -> ListingDetail | None:
        with self._tx(write=False) as conn:
            summaries = self._summaries(conn, [listing_id])
            if not summaries:
                return None
            row = conn.execute(select(L).where(L.c.id == listing_id)).mappings().one()
            seller = None
            if row["seller_id"] is not None:
                seller = conn.execute(select(t.sellers).where(t.sellers.c.id == row["seller_id"])
                                      ).mappings().first()
            mentions = [SpeciesMention(
                scientific_name=s["scientific_name"], common_name=s["common_name"] or "",
                cites_appendix=s["cites_appendix"] or "", matched_text=s["matched_text"] or "",
                match_kind=s["match_kind"] or "common", language=s["language"])
                for s in conn.execute(select(t.listing_species)
                                      .where(t.listing_species.c.listing_id == listing_id)
                                      .order_by(t.listing_species.c.scientific_name)).mappings()]
            idents = [Identifier(kind=r.kind, value=r.value, id=r.id) for r in conn.execute(
                select(t.identifiers).join(t.listing_identifiers,
                                           t.listing_identifiers.c.identifier_id
                                           == t.identifiers.c.id)
                .where(t.listing_identifiers.c.listing_id == listing_id)
                .order_by(t.identifiers.c.kind, t.identifiers.c.value))]
            captures = [_capture(c) for c in conn.execute(
                select(t.captures).where(t.captures.c.listing_id == listing_id)
                .order_by(t.captures.c.id)).mappings()]
            decisions = [DecisionRecord(
                id=d["id"], listing_id=listing_id, user=d["user"], decision=d["decision"],
                reason=d["reason"], note=d["note"], created_at=as_utc(d["created_at"]))
                for d in conn.execute(select(t.decisions)
                                      .where(t.decisions.c.listing_id == listing_id)
                                      .order_by(t.decisions.c.id)).mappings()]
            case_ids = list(conn.execute(
                select(t.case_listings.c.case_id)
                .where(t.case_listings.c.listing_id == listing_id)
                .order_by(t.case_listings.c.case_id)).scalars())
        base = summaries[0]
        return ListingDetail(
            **{f: getattr(base, f) for f in ListingSummary.__dataclass_fields__},
            description=row["description"], location=row["location"], posted=row["posted"],
            language=row["language"], category=row["category"], images=list(row["images"] or []),
            seller_url=seller["url"] if seller else None,
            seller_id=seller["external_id"] if seller else None,
            product_type=row["product_type"], reasons=list(row["reasons"] or []),
            model_version=row["model_version"], mentions=mentions, identifiers=idents,
            captures=captures, decisions=decisions, case_ids=case_ids)

    def list_listings(self, *, flagged: bool | None = None, limit: int = 100, offset: int = 0,
                      order: str = "score") -> list[ListingSummary]:
        """Listings, best classifier score first (or ``newest``, ``last_seen``)."""
        if order not in LISTING_ORDERS:
            raise InvalidQueryError(f"unknown order {order!r} (use {', '.join(LISTING_ORDERS)})")
        if not 0 <= limit <= STORE_SEARCH_MAX_PAGE_SIZE * 100 or offset < 0:
            raise InvalidQueryError("limit and offset must be positive")
        query = select(L.c.id)
        if flagged is not None:
            query = query.where(L.c.flagged == flagged)
        if order == "score":
            query = query.order_by(func.coalesce(L.c.score, -1.0).desc(), L.c.id.desc())
        elif order == "newest":
            query = query.order_by(L.c.id.desc())
        else:
            query = query.order_by(L.c.last_seen.desc(), L.c.id.desc())
        with self._tx(write=False) as conn:
            ids = list(conn.execute(query.limit(limit).offset(offset)).scalars())
            return self._summaries(conn, ids)

    def count_listings(self, *, flagged: bool | None = None) -> int:
        query = select(func.count()).select_from(L)
        if flagged is not None:
            query = query.where(L.c.flagged == flagged)
        with self._tx(write=False) as conn:
            return int(conn.execute(query).scalar_one())

    def listings_sharing(self, kind: str, value: str) -> list[ListingSummary]:
        """Listings showing the identifier (``phone``, ``email``, ``handle``, ``wallet``)."""
        folded = normalise_identifier(kind, value)
        ident = t.identifiers
        query = (select(t.listing_identifiers.c.listing_id)
                 .join(ident, ident.c.id == t.listing_identifiers.c.identifier_id)
                 .where(ident.c.kind == kind))
        if kind == "handle" and ":" not in folded:
            query = query.where(ident.c.value.like(f"%:{folded}"))
        else:
            query = query.where(ident.c.value == folded)
        with self._tx(write=False) as conn:
            ids = sorted(set(conn.execute(query).scalars()))
            return self._summaries(conn, ids)

    def listing_id_for_url(self, url: str) -> int | None:
        """The id of the listing at ``url`` (compared in canonical form), None if unknown."""
        with self._tx(write=False) as conn:
            found = conn.execute(select(L.c.id).where(L.c.url == canonical_url(url))).first()
            return int(found[0]) if found else None

    def network_rows(self) -> list[NetworkRow]:
        """Every listing with what can link it to others, read in three queries (the network
        builder needs all of them at once; get_listing per listing is far too slow)."""
        S = t.sellers
        query = (select(L.c.id, L.c.url, L.c.marketplace, L.c.country, L.c.description,
                        L.c.images, L.c.first_seen, S.c.name, S.c.external_id, S.c.key)
                 .select_from(L.outerjoin(S, S.c.id == L.c.seller_id)).order_by(L.c.id))
        links = (select(t.listing_identifiers.c.listing_id, t.identifiers.c.kind,
                        t.identifiers.c.value)
                 .join(t.identifiers,
                       t.identifiers.c.id == t.listing_identifiers.c.identifier_id))
        species = select(t.listing_species.c.listing_id, t.listing_species.c.scientific_name)
        with self._tx(write=False) as conn:
            rows = {r.id: NetworkRow(
                listing_id=r.id, url=r.url, marketplace=r.marketplace, country=r.country,
                description=r.description or "", images=list(r.images or []),
                first_seen=r.first_seen, seller=r.name, seller_id=r.external_id or r.key)
                for r in conn.execute(query)}
            for listing_id, kind, value in conn.execute(links):
                if listing_id in rows:
                    rows[listing_id].identifiers.append((kind, value))
            for listing_id, name in conn.execute(species):
                if listing_id in rows:
                    rows[listing_id].species.append(name)
        return list(rows.values())

    def warc_file_hashes(self) -> dict[str, str]:
        """Every recorded WARC file (path as recorded) and its SHA-256."""
        with self._tx(write=False) as conn:
            rows = conn.execute(select(t.warc_files.c.path, t.warc_files.c.sha256))
            return {str(path): str(digest) for path, digest in rows}

    def record_warc_file(self, path: str, sha256: str, size: int,
                         crawl_run_id: int | None = None) -> None:
        """Note a closed WARC file and its digest (re-recording the same path updates it)."""
        with self._tx() as conn:
            existing = conn.execute(select(t.warc_files.c.id)
                                    .where(t.warc_files.c.path == path)).first()
            values = {"sha256": sha256, "size": size, "crawl_run_id": crawl_run_id,
                      "recorded_at": now()}
            if existing is None:
                conn.execute(insert(t.warc_files).values(path=path, **values))
            else:
                conn.execute(update(t.warc_files).where(t.warc_files.c.id == existing[0])
                             .values(**values))

    # -- helpers ------------------------------------------------------------------------------

    def _add_capture(self, conn: Connection, listing_id: int, version: int, changed: bool,
                     previous: int | None, page: PageExtraction, capture: CaptureRef | None,
                     crawl_run_id: int | None, at: datetime) -> int:
        values: dict[str, Any] = {
            "listing_id": listing_id, "version": version, "changed": changed,
            "previous_capture_id": previous, "url": capture.url if capture else page.url,
            "title": page.title, "description": page.description, "price": page.price,
            "currency": page.currency, "crawl_run_id": crawl_run_id, "recorded_at": at}
        if capture is not None:
            values.update(
                warc_file=capture.warc_file, record_id=capture.record_id, offset=capture.offset,
                length=capture.length, payload_digest=capture.payload_digest,
                fetched_at=capture.fetched_at, status=capture.status,
                screenshot_record_id=capture.screenshot_record_id,
                dom_record_id=capture.dom_record_id)
        return new_id(conn.execute(insert(t.captures), values))

    def _save_species(self, conn: Connection, listing_id: int, page: PageExtraction,
                      verdict: Verdict | None) -> None:
        mentions: dict[str, SpeciesMention] = {}
        for mention in [*page.species, *(verdict.species if verdict else [])]:
            if mention.scientific_name.strip():
                mentions[mention.scientific_name.strip()] = mention
        if verdict is None and not mentions:
            return  # nothing new: keep what an earlier capture said
        species = t.listing_species
        conn.execute(species.delete().where(species.c.listing_id == listing_id))
        if mentions:
            conn.execute(insert(species), [
                {"listing_id": listing_id, "scientific_name": name,
                 "folded_name": fold(name) or name, "common_name": m.common_name,
                 "cites_appendix": m.cites_appendix, "matched_text": m.matched_text,
                 "match_kind": m.match_kind, "language": m.language}
                for name, m in mentions.items()])


def _listing_values(page: PageExtraction, verdict: Verdict | None) -> dict[str, Any]:
    values: dict[str, Any] = {
        "title": page.title, "description": page.description, "price": page.price,
        "currency": page.currency.upper() if page.currency else None,
        "location": page.location, "country": page.country.upper() if page.country else None,
        "posted": page.posted, "language": page.language, "category": page.category,
        "page_type": page.page_type, "images": list(page.images)}
    if verdict is not None:
        values.update(score=float(verdict.score), flagged=bool(verdict.flagged),
                      product_type=verdict.product_type, model_version=verdict.model_version,
                      reasons=list(verdict.reasons))
    return values


def _differs(old: Any, new: Any) -> bool:
    if isinstance(old, float) or isinstance(new, float):
        return old is None or new is None or abs(float(old) - float(new)) > 1e-9
    return bool((old or None) != (new or None))


def _capture(row: Any) -> CaptureVersion:
    return CaptureVersion(**{k: row[k] for k in CaptureVersion.__dataclass_fields__
                             if k != "recorded_at"}, recorded_at=as_utc(row["recorded_at"]))


__all__ = ["ListingsMixin", "appendices_of"]
