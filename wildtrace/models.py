"""Plain records passed between the stages of the pipeline.

These are the contracts between packages: the extractors fill a :class:`PageExtraction`, the
classifier returns a :class:`Verdict`, the evidence layer returns :class:`CaptureRef`, and the
store persists all three. Keep them free of behaviour beyond (de)serialisation.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

PageType = Literal["listing", "results", "seller", "other"]
ProductType = Literal["live animal", "part or derivative", "timber", "plant", "unknown"]


@dataclass
class SpeciesMention:
    """One protected taxon named (or implied by a code word) in a text."""

    scientific_name: str
    common_name: str
    cites_appendix: str  # "I", "II", "III" or "I/II" for split listings
    matched_text: str = ""
    match_kind: str = "common"  # scientific | synonym | common | product | code_word
    language: str | None = None
    product_terms: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Handle:
    platform: str  # whatsapp, wechat, telegram, line, zalo, viber, instagram, facebook, ...
    value: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Wallet:
    currency: str  # BTC, ETH, TRX/USDT, LTC, XMR ...
    address: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ListingLink:
    """A listing as shown on a search-result or category page."""

    url: str
    title: str | None = None
    price: float | None = None
    currency: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class PageExtraction:
    """Everything the extractors read from one page."""

    url: str
    page_type: PageType = "other"
    title: str | None = None
    description: str | None = None
    price: float | None = None
    currency: str | None = None
    seller: str | None = None
    seller_url: str | None = None
    seller_id: str | None = None
    location: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    posted: str | None = None  # ISO 8601 date or datetime when known
    images: list[str] = field(default_factory=list)
    category: str | None = None
    language: str | None = None
    phones: list[str] = field(default_factory=list)  # E.164
    emails: list[str] = field(default_factory=list)
    handles: list[Handle] = field(default_factory=list)
    wallets: list[Wallet] = field(default_factory=list)
    species: list[SpeciesMention] = field(default_factory=list)
    negative_cues: list[str] = field(default_factory=list)
    listings: list[ListingLink] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)  # field name -> where it came from

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def text(self) -> str:
        """Title and description joined: what the classifier reads."""
        return "\n".join(part for part in (self.title, self.description) if part)


@dataclass
class Verdict:
    """The classifier's answer for one listing."""

    id: str
    score: float
    flagged: bool
    species: list[SpeciesMention] = field(default_factory=list)
    product_type: str = "unknown"
    reasons: list[str] = field(default_factory=list)
    model_version: str = ""

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["species"] = [
            {"scientific_name": s.scientific_name, "common_name": s.common_name,
             "cites_appendix": s.cites_appendix, "matched_text": s.matched_text}
            for s in self.species
        ]
        return data


@dataclass
class CaptureRef:
    """Where the bytes of one fetched page are preserved."""

    url: str
    warc_file: str  # path relative to the evidence folder
    record_id: str  # WARC-Record-ID of the response record, "<urn:uuid:...>"
    offset: int
    length: int
    payload_digest: str  # "sha256:<hex>" of the body as sent
    fetched_at: str  # ISO 8601 UTC
    status: int
    screenshot_record_id: str | None = None
    dom_record_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)
