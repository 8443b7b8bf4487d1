"""Listings on demo marketplaces, fetched, extracted and stored for real, form networks through a
phone number written in two formats, a re-compressed photo and a copied description; a third
small marketplace page that re-uses all three joins them into one network."""

from __future__ import annotations

import io
import threading
import tomllib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from PIL import Image

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


class Bazaar(BaseHTTPRequestHandler):
    """A third marketplace: one listing page whose seller re-uses a phone (a third format), a
    copied description and a re-compressed photo of listings seen on the demo sites."""

    page = b""
    photo = b""

    def do_GET(self) -> None:
        body, ctype = (self.photo, "image/jpeg") if self.path.endswith(".jpg") else (
            self.page, "text/html; charset=utf-8")
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        return None


@pytest.fixture(scope="module")
def bazaar() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Bazaar)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def bazaar_page(description: str) -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Grey parrots, tame -
    Bazaar</title></head><body><h1>Grey parrots, tame</h1><div class="price">KSh 45,000</div>
    <div class="description">{description}
    Call 0712 345 678 (Nairobi).</div><img src="/img/1.jpg" alt="photo"></body></html>""".encode()


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory, bazaar: str):
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
        # the third marketplace copies mc-2050's description and sv-1008's photo (re-compressed)
        original = Image.open(io.BytesIO(client.get(
            market.url_for(catalog["sv-1008"]).split("/listing/")[0]
            + catalog["sv-1008"].images[0]).content)).convert("RGB")
        buffer = io.BytesIO()
        original.resize((original.width * 3 // 4, original.height * 3 // 4)).save(
            buffer, "JPEG", quality=45)
        Bazaar.photo = buffer.getvalue()
        Bazaar.page = bazaar_page(catalog["mc-2050"].description)
        url = f"{bazaar}/ad/77"
        extraction = extract_page(client.get(url).content, url,
                                  profile={"site": {"country": "KE", "currency": "KES"}})
        saved = store.save_page(extraction, marketplace="bazaar", capture=None, verdict=None)
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


def test_all_listings_are_one_network_over_three_marketplaces(stored) -> None:
    result, entities = stored
    assert len(result.networks) == 1
    network = result.networks[0]
    assert network.size == len(entities) == 6
    assert network.marketplaces == ["bazaar", "mercado", "savanna"]
    kinds = {link.kind for link in network.links}
    assert {"phone", "photo", "wording"} <= kinds
    # the bazaar listing joins through all three kinds of link, each with its reason
    bazaar_id = next(e.listing_id for e in entities if e.marketplace == "bazaar")
    joined = {link.kind for link in network.links if bazaar_id in (link.a, link.b)}
    assert {"phone", "photo", "wording"} <= joined
