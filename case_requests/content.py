"""The facts of one NCB support request, independent of how they are rendered.

Every renderer (PDF letter, JSON, .docx, .xlsx, .eml) reads a :class:`SupportRequest`; nothing
is looked up twice. The request is built from a case in the store by :mod:`case_requests.gather`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SUPPORT_TYPES = {
    "information": "Information and intelligence sharing",
    "mentoring": "Tailored support and mentoring",
    "operational": "Operational support by an Investigative Support Team",
    "capacity": "Capacity building",
    "experts": "The global network of experts",
}


@dataclass
class Agency:
    """The requesting agency and the officer who signs the request."""

    name: str
    country: str  # ISO 3166-1 alpha-2
    officer: str
    officer_title: str = ""
    email: str = ""
    phone: str = ""
    reference_prefix: str = "WT"


@dataclass
class NCB:
    """An INTERPOL National Central Bureau as kept in the operator's directory."""

    country: str  # ISO 3166-1 alpha-2
    name: str  # e.g. "INTERPOL NCB Nairobi"
    email: str = ""
    language: str = "en"
    certificate: str = ""  # path of the NCB's S/MIME certificate (PEM), empty if none
    verified: bool = False  # the operator confirmed the address through an official channel


@dataclass
class SpeciesRow:
    scientific_name: str
    common_name: str
    cites_appendix: str
    listings: int = 0


@dataclass
class ListingRow:
    listing_id: int
    url: str
    marketplace: str
    title: str
    seller: str
    price: float | None
    currency: str | None
    captured_at: str  # ISO 8601 UTC
    sha256: str  # payload digest of the capture, hex
    country: str | None = None
    status: str = "active"


@dataclass
class SellerRow:
    name: str
    marketplaces: list[str] = field(default_factory=list)
    identifiers: list[tuple[str, str]] = field(default_factory=list)  # (kind, value)
    listings: int = 0


@dataclass
class CountryRow:
    code: str
    reasons: list[str] = field(default_factory=list)  # "listing location", "phone +84"...


@dataclass
class TimelineEvent:
    at: str  # ISO 8601 UTC
    event: str


@dataclass
class NoticeProposal:
    colour: str  # Blue, Purple, Green, Red
    purpose: str
    facts: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


@dataclass
class NetworkRow:
    """A seller network some of the case's listings belong to, and why it holds together."""

    id: str
    listings: int
    marketplaces: list[str] = field(default_factory=list)
    sellers: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)  # "listing 3 — listing 9: shared phone +84..."


@dataclass
class PackageRef:
    file_name: str
    sha256: str
    size: int
    attached: bool


@dataclass
class SupportRequest:
    """One support request to an NCB, copied to INTERPOL's environmental crime team."""

    reference: str
    created_at: str
    language: str
    agency: Agency
    ncb: NCB
    cc: str
    handling: str
    classification: str
    case_id: int
    case_title: str
    summary: str
    support_types: list[str]
    species: list[SpeciesRow] = field(default_factory=list)
    listings: list[ListingRow] = field(default_factory=list)
    sellers: list[SellerRow] = field(default_factory=list)
    countries: list[CountryRow] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    notices: list[NoticeProposal] = field(default_factory=list)
    networks: list[NetworkRow] = field(default_factory=list)
    package: PackageRef | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["support_types"] = [
            {"code": code, "label": SUPPORT_TYPES[code]} for code in self.support_types]
        data["provenance"] = "open-source"
        return data
