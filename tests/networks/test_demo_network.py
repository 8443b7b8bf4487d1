"""Listings on two demo marketplaces, fetched, extracted and stored for real, form one network:
a phone number written in two formats, a re-compressed photo and a copied description."""

from __future__ import annotations

import tomllib
from pathlib import Path

import httpx
import pytest

from demo_market import DemoMarket, load_catalog
from extractors import extract_page
from networks import ListingEntities, build_networks
from networks.photos import phash_bytes
from store import open_store
from wildtrace.config import load_config

PROFILES = Path(__file__).resolve().parents[2] / "crawlers" / "profiles"
# sv-1001 and mc-2007 share a Kenyan phone written two ways; mc-2007 re-posts sv-1008's photo;
# mc-2050 copies sv-1005's description and re-posts its photo.
LISTINGS = ("sv-1001", "mc-2007", "sv-1008", "sv-1005", "mc-2050")


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory):
    catalog = {c.id: c for c in load_catalog()}
    config = load_config(tmp_path_factory.mktemp("net") / "data")
    photos: dict[int, list[str]] = {}
    with DemoMarket() as market, httpx.Client(timeout=30) as client, \
            open_store(config) as store:
        for listing_id in LISTINGS:
            listing = catalog[listing_id]
            url = market.url_for(listing)
            profile = tomllib.loads((PROFILES / f"{listing.site}.toml").read_text())
            page = client.get(url)
            extraction = extract_page(page.content, url, profile=profile,
                                      content_type=page.headers.get("content-type"))
            saved = store.save_page(extraction, marketplace=listing.site, capture=None,
                                    verdict=None)
            photos[saved.id] = [h for image in extraction.images
                                if (h := phash_bytes(client.get(image).content))]
        entities = []
        for listing_id, hashes in photos.items():
            detail = store.get_listing(listing_id)
            assert detail is not None
            entities.append(ListingEntities(
                listing_id=detail.id, url=detail.url, marketplace=detail.marketplace,
                seller=detail.seller, seller_id=detail.seller_id,
                identifiers=[(i.kind, i.value) for i in detail.identifiers],
                image_hashes=hashes, description=detail.description or ""))
    return build_networks(entities), entities


def test_phone_in_two_formats_links_two_marketplaces(stored) -> None:
    result, _ = stored
    phone_links = [link for n in result.networks for link in n.links
                   if link.kind == "phone" and link.value == "+254712345678"]
    assert phone_links, [n.links for n in result.networks]
    link = phone_links[0]
    assert {result.listings[link.a].marketplace, result.listings[link.b].marketplace} == {
        "savanna", "mercado"}
    assert link.reason == "shared phone +254712345678"


def test_recompressed_photo_and_copied_text_are_links_with_reasons(stored) -> None:
    result, _ = stored
    kinds = {(link.kind, result.listings[link.a].marketplace,
              result.listings[link.b].marketplace) for n in result.networks for link in n.links}
    assert ("photo", "savanna", "mercado") in kinds or ("photo", "mercado", "savanna") in kinds
    assert ("wording", "savanna", "mercado") in kinds or \
        ("wording", "mercado", "savanna") in kinds
    reasons = [link.reason for n in result.networks for link in n.links]
    assert any(r.startswith("same photo") for r in reasons)
    assert any(r.startswith("copied description") for r in reasons)


def test_the_five_listings_are_two_networks_spanning_both_sites(stored) -> None:
    result, _ = stored
    assert len(result.networks) == 2
    for network in result.networks:
        assert network.marketplaces == ["mercado", "savanna"]
