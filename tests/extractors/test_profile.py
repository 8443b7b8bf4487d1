"""Site profiles: [extract] selectors and [site] defaults, and their errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import read_listing
from extractors.exceptions import ProfileError
from extractors.profile import read_profile

PAGES = Path(__file__).parent / "pages"
PROFILE = {
    "site": {"name": "rao-vat-example", "country": "VN", "language": "vi", "currency": "VND"},
    "extract": {
        "title": ".zq2", "price": ".zq3::text", "location": ".zq4", "seller": ".zq5 a",
        "seller_url": ".zq5 a::attr(href)", "posted": ".zq6", "description": ".zq7",
        "images": ".zq8 img::attr(data-big)",
    },
    "crawl": {"start": "ignored by the extractor"},
}


def test_profile_selectors_read_an_unmarked_page() -> None:
    result = read_listing((PAGES / "profiled_site.html").read_bytes(),
                          "https://raovat.example.com/item/5512", profile=PROFILE)
    assert result.title == "Ngà voi nguyên khúc 2kg"
    assert (result.price, result.currency) == (45000000.0, "VND")
    assert result.seller == "Minh Đức"
    assert result.seller_url == "https://raovat.example.com/u/991"
    assert result.location == "Hà Nội"
    assert result.posted == "2026-11-20"
    assert result.description == "Hàng thật, bao kiểm tra."
    assert result.images == ["https://raovat.example.com/media/5512-a.jpg",
                             "https://raovat.example.com/media/5512-b.jpg"]
    assert result.country == "VN" and result.language == "vi"
    assert result.sources["title"] == result.sources["price"] == "profile"


def test_without_profile_the_bare_number_is_no_price() -> None:
    result = read_listing((PAGES / "profiled_site.html").read_bytes(),
                          "https://raovat.example.com/item/5512")
    assert result.price is None  # "45.000.000" with no currency mark and no price element


def test_metadata_wins_over_profile() -> None:
    profile = {"extract": {"title": "h1", "price": ".prix"}}
    result = read_listing((PAGES / "jsonld_product.html").read_bytes(),
                          "https://brocante.example.fr/annonce/77", profile=profile)
    assert result.sources["title"] == "json-ld" and result.price == 2300.0


@pytest.mark.parametrize(("profile", "message"), [
    ({"extract": {"title": "div[["}}, "bad CSS selector"),
    ({"extract": {"price": 12}}, "must be a CSS selector"),
    ({"extract": "h1"}, "must be tables"),
    ({"site": {"country": "France"}}, "ISO 3166"),
    ({"site": {"currency": "euro"}}, "ISO 4217"),
    ({"site": {"language": 3}}, "must be a string"),
])
def test_malformed_profiles(profile: dict, message: str) -> None:
    with pytest.raises(ProfileError, match=message):
        read_profile(profile)


def test_empty_profile_is_fine() -> None:
    assert read_profile({}).selectors == {}
    assert read_profile(None).country is None
