"""Seller networks: connected groups of listings, each link explained by what they share.

Listings are linked when they carry the same identifier (phone, e-mail, handle, wallet, seller
profile), a photo whose perceptual hash is within a few bits, or a description written from one
text. Connected groups of two or more listings are networks.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from networks import photos, wording
from networks.model import ListingEntities
from networks.settings import NETWORK_MAX_IDENTIFIER_FANOUT


@dataclass(frozen=True)
class Link:
    """Two listings and the reason they are linked."""

    a: int
    b: int
    kind: str  # phone | email | handle | wallet | seller | photo | wording
    value: str  # the shared identifier, the photo hashes, or the similarity

    @property
    def reason(self) -> str:
        if self.kind == "photo":
            return f"same photo (perceptual hash {self.value})"
        if self.kind == "wording":
            return f"copied description ({self.value})"
        return f"shared {self.kind} {self.value}"


@dataclass
class Network:
    id: str
    listing_ids: list[int]
    links: list[Link]
    sellers: list[str] = field(default_factory=list)
    marketplaces: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    species: list[str] = field(default_factory=list)
    identifiers: list[tuple[str, str]] = field(default_factory=list)
    first_seen: str | None = None
    last_seen: str | None = None

    @property
    def size(self) -> int:
        return len(self.listing_ids)


@dataclass
class NetworkSet:
    networks: list[Network]
    listings: dict[int, ListingEntities]

    @cached_property
    def _membership(self) -> dict[int, Network]:
        return {i: network for network in self.networks for i in network.listing_ids}

    def network_of(self, listing_id: int) -> Network | None:
        return self._membership.get(listing_id)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, item: int) -> int:
        parent = self.parent.setdefault(item, item)
        if parent != item:
            root = self.find(parent)
            self.parent[item] = root
            return root
        return item

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _identifier_links(listings: Iterable[ListingEntities]) -> list[Link]:
    holders: dict[tuple[str, str], list[int]] = defaultdict(list)
    for listing in listings:
        keys = set(listing.identifiers)
        if listing.seller_id:
            keys.add(("seller", f"{listing.marketplace}:{listing.seller_id}"))
        for key in keys:
            holders[key].append(listing.listing_id)
    links: list[Link] = []
    for (kind, value), ids in holders.items():
        if len(ids) < 2 or len(ids) > NETWORK_MAX_IDENTIFIER_FANOUT:
            continue
        ordered = sorted(set(ids))
        links.extend(Link(ordered[0], other, kind, value) for other in ordered[1:])
    return links


def _photo_links(listings: Iterable[ListingEntities]) -> list[Link]:
    owner: dict[int, tuple[int, str]] = {}
    keyed: list[tuple[int, str]] = []
    for listing in listings:
        for image_hash in listing.image_hashes:
            key = len(owner)
            owner[key] = (listing.listing_id, image_hash)
            keyed.append((key, image_hash))
    links: set[Link] = set()
    for ka, kb, distance in photos.similar_pairs(keyed):
        (la, ha), (lb, hb) = owner[ka], owner[kb]
        if la != lb:
            a, b = sorted((la, lb))
            value = ha if ha == hb else f"{ha}~{hb}, {distance} bits apart"
            links.add(Link(a, b, "photo", value))
    return sorted(links, key=lambda link: (link.a, link.b, link.value))


def _wording_links(listings: Iterable[ListingEntities]) -> list[Link]:
    pairs = wording.similar_pairs((item.listing_id, item.description) for item in listings)
    return [Link(a, b, "wording", f"{score:.0%} of the shorter text's word sequences shared")
            for a, b, score in pairs]


def _network_id(listing_ids: list[int]) -> str:
    digest = hashlib.sha256(",".join(map(str, sorted(listing_ids))).encode()).hexdigest()
    return "N-" + digest[:10]


def build_networks(entities: Iterable[ListingEntities]) -> NetworkSet:
    """Group listings into networks; every link keeps the reason it was made."""
    listings = {item.listing_id: item for item in entities}
    links = (_identifier_links(listings.values()) + _photo_links(listings.values())
             + _wording_links(listings.values()))
    groups = _UnionFind()
    for link in links:
        groups.union(link.a, link.b)
    members: dict[int, list[int]] = defaultdict(list)
    for listing_id in listings:
        members[groups.find(listing_id)].append(listing_id)
    by_root: dict[int, list[Link]] = defaultdict(list)
    for link in links:
        by_root[groups.find(link.a)].append(link)
    networks = [_summarise(sorted(ids), by_root[root], listings)
                for root, ids in members.items() if len(ids) > 1]
    networks.sort(key=lambda n: (-n.size, n.id))
    return NetworkSet(networks=networks, listings=listings)


def _summarise(ids: list[int], links: list[Link],
               listings: dict[int, ListingEntities]) -> Network:
    items = [listings[i] for i in ids]
    seen = sorted(item.seen_at for item in items if item.seen_at)
    identifiers = sorted({pair for item in items for pair in item.identifiers})
    return Network(
        id=_network_id(ids), listing_ids=ids, links=links,
        sellers=sorted({item.seller for item in items if item.seller}),
        marketplaces=sorted({item.marketplace for item in items}),
        countries=sorted({item.country for item in items if item.country}),
        species=sorted({name for item in items for name in item.species}),
        identifiers=identifiers,
        first_seen=seen[0] if seen else None, last_seen=seen[-1] if seen else None)
