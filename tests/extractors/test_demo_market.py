"""The demo marketplace's listing pages, fetched over HTTP, against its ground truth."""

from __future__ import annotations

import urllib.request
from collections.abc import Iterator

import pytest

from extractors import read_listing
from wildtrace.browser import CHROMIUM_ARGS, CHROMIUM_PATH

demo_market = pytest.importorskip("demo_market")


@pytest.fixture(scope="module")
def market() -> Iterator[object]:
    with demo_market.DemoMarket() as running:
        yield running


def _fetch(url: str) -> tuple[bytes, str | None]:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read(), response.headers.get("Content-Type")


@pytest.mark.slow
@pytest.mark.parametrize("site", ["savanna", "mercado"])
def test_listing_pages_match_ground_truth(market, site: str) -> None:
    listings = [item for item in demo_market.load_catalog() if item.site == site]
    assert listings
    wrong: list[str] = []
    sellers = places = 0
    for listing in listings:
        url = market.url_for(listing)
        body, content_type = _fetch(url)
        result = read_listing(body, url, content_type=content_type)
        got = (result.page_type, result.title, result.price, result.currency)
        expected = ("listing", listing.title, listing.price, listing.currency)
        if got != expected:
            wrong.append(f"{listing.id}: {got} != {expected}")
        sellers += result.seller == listing.seller_name
        places += result.location == listing.location
        assert len(result.images) >= len(listing.images)
    assert wrong == []
    # Seller and place come from labels on the plain site: nearly all, not all (broken pages).
    assert sellers >= 0.95 * len(listings)
    assert places >= 0.9 * len(listings)


@pytest.mark.slow
def test_home_pages_are_result_pages(market) -> None:
    catalog = {market.url_for(item): item for item in demo_market.load_catalog()}
    for site in market.sites:
        if site.style == "spa":
            continue  # rendered by scripts: the crawler's browser mode gives the DOM
        body, content_type = _fetch(site.base_url + "/")
        result = read_listing(body, site.base_url + "/", content_type=content_type)
        assert result.page_type == "results", site.name
        assert len(result.listings) >= 5
        for link in result.listings:
            item = catalog.get(link.url)
            assert item is not None, link.url
            assert (link.title, link.price, link.currency) == (item.title, item.price,
                                                               item.currency)


@pytest.mark.slow
@pytest.mark.parametrize("query", ["tortoise", "ivory", "marfil"])
def test_search_pages_list_catalogue_listings(market, query: str) -> None:
    catalog = {market.url_for(item): item for item in demo_market.load_catalog()}
    for site in market.sites:
        if site.style == "spa":
            continue
        url = f"{site.base_url}/search?q={query}"
        body, content_type = _fetch(url)
        result = read_listing(body, url, content_type=content_type)
        if not result.listings:
            assert result.page_type == "other"  # nothing found: an empty result page
            continue
        assert result.page_type == "results", (site.name, query)
        for link in result.listings:
            item = catalog[link.url]
            assert (link.title, link.price, link.currency) == (item.title, item.price,
                                                               item.currency)


@pytest.mark.slow
def test_seller_page_of_the_plain_site(market) -> None:
    site = next(s for s in market.sites if s.name == "mercado")
    seller = next(item for item in demo_market.load_catalog() if item.site == "mercado")
    url = site.base_url + seller.seller_path
    body, content_type = _fetch(url)
    result = read_listing(body, url, content_type=content_type)
    assert result.page_type == "seller"
    assert result.seller == seller.seller_name
    assert market.url_for(seller) in {link.url for link in result.listings}




@pytest.mark.slow
@pytest.mark.browser
def test_script_rendered_site_from_the_browser_dom(market) -> None:
    """longma builds its pages with scripts: the DOM Chromium renders is what gets extracted."""
    sync_api = pytest.importorskip("playwright.sync_api")
    site = next(s for s in market.sites if s.style == "spa")
    listings = [item for item in demo_market.load_catalog() if item.site == site.name]
    listings = listings[::6]  # every 6th listing: all four languages, under 30 s
    wrong: list[str] = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM_PATH,
                                             args=list(CHROMIUM_ARGS))
        try:
            page = browser.new_page()
            raw = read_listing(_fetch(market.url_for(listings[0]))[0],
                               market.url_for(listings[0]))
            assert raw.price is None  # the HTML as served has no listing in it
            for listing in listings:
                url = market.url_for(listing)
                page.goto(url)
                page.wait_for_load_state("networkidle")
                result = read_listing(page.content(), url)
                got = (result.page_type, result.title, result.price, result.currency)
                if got != ("listing", listing.title, listing.price, listing.currency):
                    wrong.append(f"{listing.id}: {got}")
            page.goto(site.base_url + "/")
            page.wait_for_load_state("networkidle")
            home = read_listing(page.content(), site.base_url + "/")
        finally:
            browser.close()
    assert wrong == []
    assert home.page_type == "results" and len(home.listings) >= 5
