"""The real saved marketplace pages in ../shared/data/marketplace_pages against truth.json."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from extractors import read_listing
from extractors.dates import parse_date

RESULT_URLS = {  # result pages carry no URL in truth.json: the site's own search URLs
    "leboncoin/search_result.html": "https://www.leboncoin.fr/voitures/offres/basse_normandie/",
    "craigslist/listing_cta_ftl_112612.html": "http://miami.craigslist.org/cta/",
}


def _pages(kind: str) -> list[dict[str, Any]]:
    truth = Path(__file__).resolve().parents[3] / "shared/data/marketplace_pages/truth.json"
    if not truth.is_file():
        return []
    return [p for p in json.loads(truth.read_text())["pages"] if p["page_type"] == kind]


def _words(text: str | None) -> set[str]:
    return set(re.findall(r"\w+", (text or "").lower()))


def _extract(shared_data: Path, page: dict[str, Any]):
    body = (shared_data / "marketplace_pages" / page["file"]).read_bytes()
    return read_listing(body, page.get("url") or RESULT_URLS[page["file"]])


@pytest.mark.parametrize("page", _pages("item"), ids=lambda p: p["file"])
def test_item_page_matches_truth(shared_data: Path, page: dict[str, Any]) -> None:
    result = _extract(shared_data, page)
    assert result.page_type == "listing"
    assert result.title == page["title"]
    assert result.price == page["price"]
    assert result.currency == page["currency"]
    assert result.seller == page["seller"]
    assert result.language == page["language"]
    # Location: the words truth shows ("Fontaine-Etoupefour (14790)" etc.), in any layout.
    assert _words(page["location"]) <= _words(result.location)


@pytest.mark.parametrize("page", _pages("item"), ids=lambda p: p["file"])
def test_item_page_posted_date(shared_data: Path, page: dict[str, Any]) -> None:
    result = _extract(shared_data, page)
    assert result.posted is not None
    if "year not shown" in page["posted"]:
        # "14 décembre (year not shown)": ISO 8601 without a year, "--12-14".
        expected = parse_date(page["posted"].split("(")[0])
        assert expected is not None and result.posted.startswith(expected)
        assert result.posted.startswith("--")
    else:
        # "2012-12-10 8:51PM EST" -> "2012-12-10T20:51:00-05:00"
        expected = parse_date(page["posted"].replace(" ", ", ", 1))
        assert result.posted == expected


@pytest.mark.parametrize("page", _pages("search_results"), ids=lambda p: p["file"])
def test_result_page_yields_its_listings(shared_data: Path, page: dict[str, Any]) -> None:
    result = _extract(shared_data, page)
    assert result.page_type == "results"
    assert len(result.listings) == page["items_on_page"]
    assert len({link.url for link in result.listings}) == page["items_on_page"]
    for key in ("first_item", "second_item"):
        if key not in page:
            continue
        index = 0 if key == "first_item" else 1
        expected, got = page[key], result.listings[index]
        assert urlsplit(got.url).path == urlsplit(expected["url"]).path
        assert got.url.startswith(("http://", "https://"))
        assert got.title == expected["title"]
        assert got.price == expected["price"]
        assert got.currency == expected["currency"]
    assert result.price is None  # a result page has no price of its own


def test_truth_file_is_there(shared_data: Path) -> None:
    assert len(_pages("item")) == 11 and len(_pages("search_results")) == 2


def test_category_from_breadcrumbs(shared_data: Path) -> None:
    page = next(p for p in _pages("item") if p["file"] == "leboncoin/ad_1072097995.html")
    assert _extract(shared_data, page).category == "Ventes immobilières"


def test_photos_without_interface_pictures_or_duplicate_thumbnails(shared_data: Path) -> None:
    pages = {p["file"]: p for p in _pages("item")}
    photos = _extract(shared_data, pages["leboncoin/ad_897011669.html"]).images
    assert len(photos) == 3 and all(p.endswith(".jpg") for p in photos)
    assert any("/images/cd2/" in p for p in photos)  # the full photo, not its thumbnail
    craigslist = _extract(shared_data, pages["craigslist/posting_sya_121012.html"]).images
    assert len(craigslist) == 5 and not any("/thumb/" in p for p in craigslist)
