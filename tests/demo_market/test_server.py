"""Every site style serves home, search with pagination, listings, sellers, images and errors."""

from __future__ import annotations

import gzip
import html
import http.client
import json
import re
import urllib.error
import urllib.request
from urllib.parse import urlsplit

import pytest

from demo_market import DemoListing, DemoMarket, keyed_ids, load_catalog


def fetch(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def first(site: str, kind: str | None = None) -> DemoListing:
    return next(item for item in load_catalog()
                if item.site == site and (kind is None or item.kind == kind))


def test_sites_listen_on_distinct_origins(market: DemoMarket) -> None:
    assert [site.name for site in market.sites] == ["savanna", "mercado", "longma"]
    assert [site.style for site in market.sites] == ["jsonld", "plain", "spa"]
    assert len({site.base_url for site in market.sites}) == 3
    for site in market.sites:
        status, _, body = fetch(site.base_url + "/robots.txt")
        assert status == 200 and b"User-agent: *" in body


def test_savanna_listing_has_jsonld_and_opengraph(market: DemoMarket) -> None:
    listing = first("savanna")
    status, _, body = fetch(market.url_for(listing))
    assert status == 200
    page = body.decode()
    ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert ld is not None
    product = json.loads(ld.group(1))
    assert product["@type"] == "Product" and product["name"] == listing.title
    assert product["offers"]["priceCurrency"] == listing.currency
    assert float(product["offers"]["price"]) == listing.price
    assert 'property="og:title"' in page


def test_savanna_gzip_has_right_length_and_bytes(market: DemoMarket) -> None:
    listing = first("savanna")
    parts = urlsplit(market.url_for(listing))
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    connection.request("GET", parts.path, headers={"Accept-Encoding": "gzip"})
    response = connection.getresponse()
    raw = response.read()
    connection.close()
    assert response.getheader("Content-Encoding") == "gzip"
    assert int(response.getheader("Content-Length") or -1) == len(raw)
    assert raw[:2] == b"\x1f\x8b"
    assert listing.title.encode() in gzip.decompress(raw)
    _, headers, plain = fetch(market.url_for(listing))
    assert "Content-Encoding" not in headers and plain.startswith(b"<!DOCTYPE html>")


def test_mercado_has_no_structured_data_and_uses_chunking(market: DemoMarket) -> None:
    site = market.site("mercado")
    parts = urlsplit(site.base_url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    connection.request("GET", "/search?q=")
    response = connection.getresponse()
    body = response.read()
    connection.close()
    assert response.getheader("Transfer-Encoding") == "chunked"
    assert response.getheader("Content-Length") is None
    assert b"ld+json" not in body and b"og:" not in body and b"itemprop" not in body
    for listing in [item for item in load_catalog() if item.site == "mercado"][:4]:
        status, _, page = fetch(market.url_for(listing))
        assert status == 200 and b"ld+json" not in page


def test_mercado_escapes_injection_and_serves_broken_html(market: DemoMarket) -> None:
    ids = keyed_ids()
    hostile = next(item for item in load_catalog() if item.id == ids["mercado:hostile"])
    _, _, body = fetch(market.url_for(hostile))
    page = body.decode()
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page
    assert "<img src=x" not in page
    broken = next(item for item in load_catalog() if item.id == ids["mercado:broken"])
    status, _, body = fetch(market.url_for(broken))
    assert status == 200 and b"</html>" not in body
    assert html.escape(broken.title).encode() in body


@pytest.mark.parametrize("site", ["savanna", "mercado"])
def test_search_paginates_and_is_accent_insensitive(market: DemoMarket, site: str) -> None:
    base = market.site(site).base_url
    listings = [item for item in load_catalog() if item.site == site]
    _, _, body = fetch(base + "/search?q=")
    page_one = body.decode()
    assert page_one.count('href="' + listings[0].url_path[:9]) >= 20
    assert "page=2" in page_one
    _, _, body = fetch(base + "/search?q=&page=2")
    assert body.decode() != page_one
    accented = next(item for item in listings if any(ch in item.title for ch in "éíóúñã"))
    word = next(w for w in accented.title.split() if any(ch in w for ch in "éíóúñã"))
    plain = word.translate(str.maketrans("éíóúñã", "eiouna")).upper()
    _, _, body = fetch(base + "/search?q=" + urllib.request.quote(plain))
    assert accented.url_path in body.decode()


def test_seller_pages_list_the_sellers_items(market: DemoMarket) -> None:
    for site in ("savanna", "mercado"):
        listing = first(site)
        _, _, body = fetch(market.site(site).base_url + listing.seller_path)
        assert listing.url_path in body.decode()
    listing = first("longma")
    _, _, body = fetch(market.site("longma").base_url + f"/api/sellers/{listing.seller_id}")
    assert listing.id in {item["id"] for item in json.loads(body)["items"]}


def test_images_are_served_as_jpeg_or_png(market: DemoMarket) -> None:
    for site in ("savanna", "mercado", "longma"):
        listing = first(site)
        for path in listing.images:
            status, headers, body = fetch(market.site(site).base_url + path)
            assert status == 200
            if path.endswith(".png"):
                assert headers["Content-Type"] == "image/png" and body[:4] == b"\x89PNG"
            else:
                assert headers["Content-Type"] == "image/jpeg" and body[:2] == b"\xff\xd8"
    status, _, _ = fetch(market.site("savanna").base_url + "/img/sv-9999-1.jpg")
    assert status == 404


def test_spa_shell_has_no_listing_text_but_api_has(market: DemoMarket) -> None:
    listing = first("longma")
    status, _, body = fetch(market.url_for(listing))
    assert status == 200 and b"longma.js" in body
    assert listing.title.encode() not in body
    assert listing.description[:20].encode() not in body
    _, _, api = fetch(market.site("longma").base_url + f"/api/listings/{listing.id}")
    detail = json.loads(api)
    assert detail["title"] == listing.title and detail["description"] == listing.description
    _, _, first_page = fetch(market.site("longma").base_url + "/api/search?q=&page=1")
    data = json.loads(first_page)
    assert len(data["items"]) == 20 and data["next"]
    _, _, second = fetch(market.site("longma").base_url + data["next"])
    assert {i["id"] for i in json.loads(second)["items"]}.isdisjoint(
        {i["id"] for i in data["items"]})


def test_unknown_ids_answer_404() -> None:
    with DemoMarket() as market:
        for site, path in (("savanna", "/listing/sv-9999/x"), ("mercado", "/anuncio/mc-9999.html"),
                           ("longma", "/item/lm-9999"), ("longma", "/api/listings/lm-9999"),
                           ("savanna", "/seller/nobody"), ("mercado", "/nothing")):
            status, _, _ = fetch(market.site(site).base_url + path)
            assert status == 404, (site, path)


def test_remove_answers_410_and_set_price_changes_pages() -> None:
    with DemoMarket() as market:
        for site in ("savanna", "mercado", "longma"):
            listing = first(site)
            market.set_price(listing.id, 1234.5)
            _, _, body = fetch(market.url_for(listing))
            if site == "longma":
                _, _, body = fetch(market.site(site).base_url + f"/api/listings/{listing.id}")
                assert json.loads(body)["price"] == 1234.5
            else:
                assert b"1234.50" in body or b"1.234,50" in body or b"1,234.50" in body
            market.remove(listing.id)
            status, _, body = fetch(market.url_for(listing))
            assert status == 410
            if site != "longma":
                assert b"removed" in body or b"eliminado" in body
            _, _, results = fetch(market.site(site).base_url + "/search?q=&page=1")
            assert listing.url_path.encode() not in results
        from demo_market.exceptions import UnknownListingError

        with pytest.raises(UnknownListingError):
            market.remove("nope-1")


def test_many_parallel_clients_are_all_served(market: DemoMarket) -> None:
    from concurrent.futures import ThreadPoolExecutor

    listings = [item for item in load_catalog() if item.site == "mercado"][:60]
    with ThreadPoolExecutor(max_workers=30) as pool:
        statuses = list(pool.map(lambda item: fetch(market.url_for(item))[0], listings))
    assert statuses == [200] * len(listings)
