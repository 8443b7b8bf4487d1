"""Collect the facts of a support request from a case in the store."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from case_requests import settings
from case_requests.content import (
    NCB,
    Agency,
    CountryRow,
    ListingRow,
    NetworkRow,
    SellerRow,
    SpeciesRow,
    SupportRequest,
    TimelineEvent,
)
from case_requests.exceptions import UnknownCaseError

if TYPE_CHECKING:
    from networks.graph import NetworkSet
    from store import Store
    from store.records import CaptureVersion, ListingDetail


@dataclass
class CaseEvidence:
    """The listings of a case with their newest captures: what the package must hold."""

    listings: list[ListingDetail] = field(default_factory=list)

    def captures(self) -> list[CaptureVersion]:
        return [c for item in self.listings for c in item.captures if c.warc_file]

    def warc_files(self, evidence_dir: Path) -> list[Path]:
        """The WARC files holding the responses and the snapshots of the case's captures."""
        names = {evidence_dir / c.warc_file for c in self.captures() if c.warc_file}
        names |= set(self.snapshot_records(evidence_dir).values())
        return sorted(names)

    def snapshot_records(self, evidence_dir: Path) -> dict[str, Path]:
        """Screenshot and DOM record id -> the WARC file holding it (the capture run's
        snapshot file, beside the crawl's)."""
        from evidence.index import locate_records

        by_file: dict[str, set[str]] = defaultdict(set)
        for capture in self.captures():
            ids = {rid for rid in (capture.screenshot_record_id, capture.dom_record_id) if rid}
            if ids and capture.warc_file:
                by_file[capture.warc_file] |= ids
        found: dict[str, Path] = {}
        for warc_file, ids in by_file.items():
            found.update(locate_records(evidence_dir / warc_file, ids))
        return found


def _iso(value: datetime | str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _phone_country(value: str) -> str | None:
    import phonenumbers

    try:
        return phonenumbers.region_code_for_number(phonenumbers.parse(value, None))
    except phonenumbers.NumberParseException:
        return None


def load_case(store: Store, case_id: int) -> tuple[str, str, CaseEvidence]:
    case = store.get_case(case_id)
    if case is None:
        raise UnknownCaseError(f"no case #{case_id} (see 'wildtrace case list')")
    details = [d for s in case.listings if (d := store.get_listing(s.id)) is not None]
    return case.title, case.description, CaseEvidence(details)


def _newest_capture(item: ListingDetail) -> CaptureVersion | None:
    with_warc = [c for c in item.captures if c.warc_file]
    return with_warc[-1] if with_warc else None


def build_content(*, store: Store, case_id: int, agency: Agency, ncb: NCB, language: str,
                  support_types: list[str], summary: str | None = None,
                  reference: str | None = None) -> tuple[SupportRequest, CaseEvidence]:
    title, description, evidence = load_case(store, case_id)
    now = datetime.now(UTC).replace(microsecond=0)
    reference = reference or (f"{agency.reference_prefix}-{now:%Y%m%d}-C{case_id}-"
                              f"{now:%H%M%S}")
    species_count: Counter[tuple[str, str, str]] = Counter()
    sellers: dict[str, SellerRow] = {}
    countries: dict[str, set[str]] = defaultdict(set)
    rows: list[ListingRow] = []
    timeline: list[TimelineEvent] = []
    for item in evidence.listings:
        capture = _newest_capture(item)
        digest = (capture.payload_digest or "") if capture else ""
        rows.append(ListingRow(
            listing_id=item.id, url=item.url, marketplace=item.marketplace,
            title=item.title or "", seller=item.seller or "", price=item.price,
            currency=item.currency, captured_at=_iso(capture.fetched_at if capture else None),
            sha256=digest.removeprefix("sha256:"), country=item.country,
            status="removed" if item.removed_at else "active"))
        seen = {(m.scientific_name, m.common_name, m.cites_appendix) for m in item.mentions}
        species_count.update(seen)
        seller_key = f"{item.marketplace}:{item.seller_id or item.seller or item.id}"
        seller = sellers.setdefault(seller_key, SellerRow(name=item.seller or "(no name shown)"))
        seller.listings += 1
        if item.marketplace not in seller.marketplaces:
            seller.marketplaces.append(item.marketplace)
        for ident in item.identifiers:
            pair = (ident.kind, ident.value)
            if pair not in seller.identifiers:
                seller.identifiers.append(pair)
            if ident.kind == "phone" and (code := _phone_country(ident.value)):
                countries[code].add(f"phone {ident.value}")
        if item.country:
            countries[item.country].add(f"listing location ({item.location or item.country})")
        if item.first_seen:
            timeline.append(TimelineEvent(_iso(item.first_seen),
                                          f"listing {item.id} first captured: {item.url}"))
        if item.removed_at:
            timeline.append(TimelineEvent(_iso(item.removed_at),
                                          f"listing {item.id} taken down"))
        for decision in item.decisions:
            timeline.append(TimelineEvent(_iso(decision.created_at),
                                          f"listing {item.id} {decision.decision}ed by "
                                          f"{decision.user}"))
    timeline.sort(key=lambda event: event.at)
    species = [SpeciesRow(name, common, appendix, count)
               for (name, common, appendix), count in species_count.most_common()]
    summary = summary or _default_summary(description, rows, species, sellers)
    request = SupportRequest(
        reference=reference, created_at=now.isoformat(), language=language, agency=agency,
        ncb=ncb, cc=settings.REQUEST_INTERPOL_CC, handling=settings.REQUEST_HANDLING_MARKING,
        classification=settings.REQUEST_CLASSIFICATION, case_id=case_id, case_title=title,
        summary=summary, support_types=support_types, species=species, listings=rows,
        sellers=sorted(sellers.values(), key=lambda s: (-s.listings, s.name)),
        countries=[CountryRow(code, sorted(why)) for code, why in sorted(countries.items())],
        timeline=timeline)
    return request, evidence


def _default_summary(description: str, rows: list[ListingRow], species: list[SpeciesRow],
                     sellers: dict[str, SellerRow]) -> str:
    marketplaces = sorted({row.marketplace for row in rows})
    names = ", ".join(f"{s.scientific_name} (Appendix {s.cites_appendix})" for s in species[:5])
    text = (f"{len(rows)} online listings on {len(marketplaces)} marketplace(s) "
            f"({', '.join(marketplaces)}) by {len(sellers)} seller account(s) offer "
            f"specimens of CITES-listed species: {names or 'see the table'}.")
    return f"{description.strip()} {text}".strip()


MAX_LINKS_SHOWN = 12


def network_rows(networks: NetworkSet, listing_ids: set[int]) -> list[NetworkRow]:
    """The networks holding any of ``listing_ids``, with the reason of each link."""
    rows = []
    for network in networks.networks:
        if not listing_ids & set(network.listing_ids):
            continue
        links = [f"listing {link.a} — listing {link.b}: {link.reason}"
                 for link in network.links if link.kind != "seller"]
        links += [f"listing {link.a} — listing {link.b}: {link.reason}"
                  for link in network.links if link.kind == "seller"]
        rows.append(NetworkRow(id=network.id, listings=network.size,
                               marketplaces=network.marketplaces, sellers=network.sellers,
                               links=links[:MAX_LINKS_SHOWN]))
    return rows
