"""Ground truth of seller networks: listings on different sites tied by what they share.

A link exists when listings on two or more sites carry the same phone (however written), the
same messaging handle or e-mail, re-post the same photo, or copy the same description.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

from demo_market.catalog import DemoListing, load_catalog

LinkKind = Literal["phone", "email", "handle", "photo", "text"]


@dataclass(frozen=True)
class SellerLink:
    """Listings of different sites that share one identifier, photo or text."""

    kind: LinkKind
    value: str  # E.164 phone, e-mail, "platform:handle", or the original listing id
    listing_ids: tuple[str, ...]

    @property
    def sites(self) -> tuple[str, ...]:
        by_id = {listing.id: listing.site for listing in load_catalog()}
        return tuple(sorted({by_id[listing_id] for listing_id in self.listing_ids}))


def _shared(listings: list[DemoListing], kind: LinkKind,
            values: dict[str, list[DemoListing]]) -> list[SellerLink]:
    links = []
    for value, carriers in sorted(values.items()):
        if len({listing.site for listing in carriers}) > 1:
            links.append(SellerLink(kind, value, tuple(listing.id for listing in carriers)))
    return links


def seller_links() -> list[SellerLink]:
    """Every cross-site link in the catalogue, in a fixed order."""
    listings = load_catalog()
    phones: dict[str, list[DemoListing]] = defaultdict(list)
    emails: dict[str, list[DemoListing]] = defaultdict(list)
    handles: dict[str, list[DemoListing]] = defaultdict(list)
    for listing in listings:
        for phone in listing.phones:
            phones[phone].append(listing)
        for email in listing.emails:
            emails[email].append(listing)
        for handle in listing.handles:
            handles[f"{handle.platform}:{handle.value}"].append(listing)
    links = (_shared(listings, "phone", phones) + _shared(listings, "email", emails)
             + _shared(listings, "handle", handles))
    for listing in listings:
        if listing.photo_of:
            links.append(SellerLink("photo", listing.photo_of, (listing.photo_of, listing.id)))
        if listing.copy_of:
            links.append(SellerLink("text", listing.copy_of, (listing.copy_of, listing.id)))
    return links
