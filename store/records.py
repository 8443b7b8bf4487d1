"""Typed records the store returns. Plain dataclasses; ``to_json()`` gives JSON-ready dicts."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Literal

from wildtrace.models import SpeciesMention

Decision = Literal["confirm", "dismiss", "escalate"]
DECISIONS: tuple[str, ...] = ("confirm", "dismiss", "escalate")
ROLES: tuple[str, ...] = ("analyst", "supervisor", "admin")
LISTING_ORDERS: tuple[str, ...] = ("score", "newest", "last_seen")
SEARCH_ORDERS: tuple[str, ...] = ("score", "newest")


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


class _Record:
    def to_json(self) -> dict[str, Any]:
        return _jsonable(asdict(self))  # type: ignore[call-overload]


@dataclass
class SavedListing(_Record):
    """What :meth:`Store.save_page` did."""

    id: int
    is_new: bool
    changed: bool
    capture_id: int | None


@dataclass
class ListingSummary(_Record):
    """One row of a list of listings."""

    id: int
    url: str
    title: str | None
    price: float | None
    currency: str | None
    marketplace: str
    score: float | None
    flagged: bool
    country: str | None = None
    seller: str | None = None
    species: list[str] = field(default_factory=list)  # scientific names
    appendices: list[str] = field(default_factory=list)  # "I", "II", "III"
    decision: str | None = None  # the latest decision, if any
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    removed_at: datetime | None = None


@dataclass
class Identifier(_Record):
    """A normalised way to reach a seller: phone (E.164), email, handle, wallet, ..."""

    kind: str
    value: str
    id: int = 0


@dataclass
class CaptureVersion(_Record):
    """One capture of a listing: where its bytes are preserved and what it said then."""

    id: int
    listing_id: int
    version: int  # content version: grows by one when price, title or description change
    changed: bool  # True when this capture's content differs from the previous capture's
    previous_capture_id: int | None
    url: str
    warc_file: str | None
    record_id: str | None
    offset: int | None
    length: int | None
    payload_digest: str | None
    fetched_at: str | None
    status: int | None
    screenshot_record_id: str | None
    dom_record_id: str | None
    title: str | None
    description: str | None
    price: float | None
    currency: str | None
    crawl_run_id: int | None
    recorded_at: datetime | None


@dataclass
class DecisionRecord(_Record):
    id: int
    listing_id: int
    user: str
    decision: str
    reason: str | None
    note: str | None
    created_at: datetime | None


@dataclass
class ListingDetail(ListingSummary):
    """Everything the store knows about one listing."""

    description: str | None = None
    location: str | None = None
    posted: str | None = None
    language: str | None = None
    category: str | None = None
    images: list[str] = field(default_factory=list)
    seller_url: str | None = None
    seller_id: str | None = None
    product_type: str | None = None
    reasons: list[str] = field(default_factory=list)
    model_version: str | None = None
    mentions: list[SpeciesMention] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    captures: list[CaptureVersion] = field(default_factory=list)  # oldest first
    decisions: list[DecisionRecord] = field(default_factory=list)  # oldest first
    case_ids: list[int] = field(default_factory=list)


@dataclass
class User(_Record):
    id: int
    name: str
    role: str
    password_hash: str
    failed_attempts: int = 0
    locked_until: datetime | None = None
    created_at: datetime | None = None
    last_login_at: datetime | None = None


@dataclass
class CaseSummary(_Record):
    id: int
    title: str
    description: str
    created_by: str
    created_at: datetime | None
    status: str
    listing_count: int


@dataclass
class CaseDetail(CaseSummary):
    listings: list[ListingSummary] = field(default_factory=list)


@dataclass
class Schedule(_Record):
    id: int
    cron: str
    start_url: str
    profile: str | None
    max_pages: int | None
    enabled: bool
    created_at: datetime | None
    last_run_at: datetime | None


@dataclass
class CrawlRun(_Record):
    id: int
    marketplace: str
    start_url: str
    schedule_id: int | None
    started_at: datetime | None
    finished_at: datetime | None
    pages: int
    listings: int
    flagged: int
    errors: int


@dataclass
class AuditEntry(_Record):
    id: int
    at: datetime | None
    actor: str
    action: str
    object_type: str
    object_id: str
    details: dict[str, Any]


@dataclass
class NetworkRow(_Record):
    """One listing as the seller-network builder reads it (see Store.network_rows)."""

    listing_id: int
    url: str
    marketplace: str
    country: str | None = None
    description: str = ""
    images: list[str] = field(default_factory=list)
    first_seen: datetime | None = None
    seller: str | None = None
    seller_id: str | None = None
    identifiers: list[tuple[str, str]] = field(default_factory=list)
    species: list[str] = field(default_factory=list)
