"""longma renders its listings only in a browser: check it in Debian's Chromium."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, sync_playwright

from demo_market import DemoMarket, load_catalog
from wildtrace.browser import CHROMIUM_ARGS, CHROMIUM_PATH

pytestmark = pytest.mark.browser



@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM_PATH,
                                              args=list(CHROMIUM_ARGS))
        yield launched
        launched.close()


def test_listing_text_appears_only_after_javascript(market: DemoMarket, browser: Browser) -> None:
    listing = next(item for item in load_catalog()
                   if item.site == "longma" and item.language == "zh")
    page = browser.new_page()
    try:
        response = page.goto(market.url_for(listing))
        assert response is not None and listing.title not in response.text()
        page.wait_for_selector("#app[data-ready='1']", timeout=15000)
        assert page.inner_text("h1.item-title") == listing.title
        body = page.inner_text(".item-description")
        assert listing.description.split("\n")[0][:30] in body
        assert listing.seller_name in page.inner_text(".item-seller")
        assert page.title().startswith(listing.title)
    finally:
        page.close()


def test_results_grow_with_load_more(market: DemoMarket, browser: Browser) -> None:
    page = browser.new_page()
    try:
        page.goto(market.site("longma").base_url + "/search?q=")
        page.wait_for_selector("#app[data-loaded='20']", timeout=15000)
        page.click("#load-more")  # scrolling to the button may load a page too
        page.wait_for_function("Number(document.querySelector('#app').dataset.loaded) >= 40",
                               timeout=15000)
        links = page.eval_on_selector_all("a.item-link", "els => els.map(e => e.href)")
        assert len(links) >= 40 and len(set(links)) == len(links)
    finally:
        page.close()


def test_removed_listing_says_so(browser: Browser) -> None:
    listing = next(item for item in load_catalog() if item.site == "longma")
    with DemoMarket() as market:
        market.remove(listing.id)
        page = browser.new_page()
        try:
            response = page.goto(market.url_for(listing))
            assert response is not None and response.status == 410
            page.wait_for_selector("h1.removed", timeout=15000)
            assert "removed" in page.inner_text("h1.removed")
        finally:
            page.close()
