"""What the network builder reads about each listing."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ListingEntities:
    """One listing and everything that can link it to others."""

    listing_id: int
    url: str
    marketplace: str
    seller: str | None = None
    seller_id: str | None = None  # the marketplace's own seller id or profile URL
    country: str | None = None
    species: list[str] = field(default_factory=list)
    seen_at: str | None = None  # ISO 8601, first capture
    identifiers: list[tuple[str, str]] = field(default_factory=list)  # (kind, normalised value)
    image_hashes: list[str] = field(default_factory=list)  # 64-bit perceptual hashes, hex
    description: str = ""
