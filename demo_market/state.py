"""What the running marketplace knows: its listings, removals and price edits, and a response."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from demo_market.catalog import DemoListing
from demo_market.search import fold


@dataclass
class Response:
    """One HTTP answer before transport details (gzip, chunking) are applied."""

    status: int
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    chunked: bool = False

    @classmethod
    def html(cls, status: int, text: str, *, chunked: bool = False) -> Response:
        return cls(status, text.encode("utf-8"), chunked=chunked)


class MarketState:
    """Listings of one site with the runtime edits tests make (removal, new price)."""

    def __init__(self, site: str, listings: list[DemoListing]) -> None:
        self.site = site
        self._listings = [listing for listing in listings if listing.site == site]
        self._by_id = {listing.id: listing for listing in self._listings}
        self._removed: set[str] = set()
        self._prices: dict[str, float] = {}
        self._lock = threading.Lock()

    def get(self, listing_id: str) -> DemoListing | None:
        return self._by_id.get(listing_id)

    def get_all(self) -> list[DemoListing]:
        """Every listing of the site, removed ones included, in catalogue order."""
        return list(self._listings)

    def is_removed(self, listing_id: str) -> bool:
        with self._lock:
            return listing_id in self._removed

    def remove(self, listing_id: str) -> None:
        with self._lock:
            self._removed.add(listing_id)

    def set_price(self, listing_id: str, price: float) -> None:
        with self._lock:
            self._prices[listing_id] = price

    def price(self, listing: DemoListing) -> float:
        with self._lock:
            return self._prices.get(listing.id, listing.price)

    def live(self) -> list[DemoListing]:
        """Listings not removed, newest first (ties by id), as result pages show them."""
        with self._lock:
            removed = set(self._removed)
        alive = [listing for listing in self._listings if listing.id not in removed]
        return sorted(alive, key=lambda listing: (listing.posted, listing.id), reverse=True)

    def search(self, query: str) -> list[DemoListing]:
        from demo_market.search import matches

        if not fold(query):
            return self.live()
        return [listing for listing in self.live() if matches(listing, query)]

    def in_category(self, slug: str) -> list[DemoListing]:
        return [listing for listing in self.live() if listing.category == slug]

    def categories(self) -> list[str]:
        return sorted({listing.category for listing in self._listings})

    def of_seller(self, seller_id: str) -> list[DemoListing]:
        return [listing for listing in self.live() if listing.seller_id == seller_id]

    def seller_known(self, seller_id: str) -> bool:
        return any(listing.seller_id == seller_id for listing in self._listings)
