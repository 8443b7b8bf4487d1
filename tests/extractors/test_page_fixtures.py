"""Hand-made pages shaped like other marketplaces (auction, OLX, social, Taobao, Chợ Tốt, ...)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from extractors import read_listing

PAGES = Path(__file__).parent / "pages"
FETCHED = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)

EXPECTED: dict[str, tuple[str, dict[str, Any]]] = {
    "auction_item": ("https://www.example-auction.com/itm/2245", {
        "page_type": "listing", "title": "Carved bone netsuke figure, antique style",
        "price": 450.0, "currency": "USD", "seller": "oldcurios_tx",
        "seller_url": "https://www.example-auction.com/usr/oldcurios_tx",
        "location": "Houston, Texas, United States", "posted": "2026-11-14T09:12:00-08:00",
        "language": "en", "seller_id": "oldcurios_tx"}),
    "olx_like": ("https://sp.olx-exemplo.com.br/anuncio/123", {
        "page_type": "listing", "title": "Gaiola grande para papagaio com poleiro",
        "price": 1234.56, "currency": "BRL", "seller": "Marcos P.", "country": "BR",
        "location": "Campinas, Jardim Proença, SP", "posted": "2026-11-03T14:05:00",
        "language": "pt"}),
    "marketplace_social": ("https://www.socialbook.example/marketplace/item/777/", {
        "page_type": "listing", "title": "Real tortoise shell decor", "price": 1250.0,
        "currency": "USD", "seller": "Dana Whitfield", "location": "Miami, FL",
        "seller_url": "https://www.socialbook.example/marketplace/profile/100064/",
        "seller_id": "100064", "posted": "2026-11-20", "language": "en"}),
    "taobao_like_gbk": ("https://item.taobao.com/item.htm?id=1", {
        "page_type": "listing", "title": "精品象牙雕刻手镯 老料", "price": 3500.0,
        "currency": "CNY", "seller": "老王古玩店", "location": "广东 广州", "country": "CN",
        "language": "zh"}),
    "chotot_like": ("https://www.chorao-example.vn/tp-ho-chi-minh/123.htm", {
        "page_type": "listing", "title": "Bán vảy tê tê khô, hàng hiếm", "price": 3500000.0,
        "currency": "VND", "seller": "Anh Tuấn", "location": "Quận 5, Tp Hồ Chí Minh",
        "country": "VN", "posted": "2026-11-21", "language": "vi"}),
    "microdata_only": ("https://kleinanzeigen.example.de/s-anzeige/42", {
        "page_type": "listing", "title": "Schildkrötenpanzer, antik, 30 cm", "price": 1200.0,
        "currency": "EUR", "seller": "K. Bauer", "location": "Berlin (10115)", "country": "DE",
        "posted": "2026-10-02", "language": "de",
        "images": ["https://kleinanzeigen.example.de/bilder/panzer-1.jpg"]}),
    "og_only": ("https://shop.example.sg/p/9981", {
        "page_type": "listing", "title": "Rosewood carving, large dragon", "price": 880.0,
        "currency": "SGD", "country": "SG", "description": "Solid rosewood dragon, 60 cm, heavy.",
        "images": ["https://cdn.example.sg/p/9981/main.jpg"]}),
    "jsonld_product": ("https://brocante.example.fr/annonce/77", {
        "page_type": "listing", "title": "Défense sculptée ancienne", "price": 2300.0,
        "currency": "EUR", "seller": "Jean-Marc D.", "location": "Lyon (69002)",
        "seller_url": "https://brocante.example.fr/vendeur/jmd", "country": "FR",
        "seller_id": "jmd",
        "posted": "2026-11-20T08:30:00+01:00", "language": "fr", "listings": []}),
    "broken": ("https://annonces.example.fr/a/1", {
        "page_type": "listing", "title": "Tabouret en rotin", "price": 1185000.0,
        "currency": "EUR", "seller": "Mme Lebrun", "location": "Caen (14000)"}),
    "hostile": ("https://quick.example.net/a/9", {
        "page_type": "listing", "title": "Pangolin scales 1kg", "price": 450.0, "currency": "USD",
        "images": []}),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_item_fixture(name: str) -> None:
    url, expected = EXPECTED[name]
    result = read_listing((PAGES / f"{name}.html").read_bytes(), url, fetched_at=FETCHED)
    got = {key: getattr(result, key) for key in expected}
    assert got == expected
    assert result.sources.get("title") and result.sources.get("price")


def test_results_grid_lists_tiles_not_menus() -> None:
    result = read_listing((PAGES / "results_grid.html").read_bytes(),
                          "https://anuncios.example.es/buscar?q=loros")
    assert result.page_type == "results"
    assert [(link.url.rsplit("/", 1)[-1], link.price, link.currency)
            for link in result.listings] == [
        ("loro-gris-101", 1200.0, "EUR"), ("guacamayo-102", 2500.0, "EUR"),
        ("cacatua-103", 900.0, "EUR"), ("jaula-104", 0.0, "EUR")]
    assert result.listings[1].title == "Guacamayo azul, muy manso"
    assert result.price is None


def test_itemlist_metadata_gives_results() -> None:
    result = read_listing((PAGES / "jsonld_itemlist.html").read_bytes(),
                          "https://exotic.example.com/search?q=horn")
    assert result.page_type == "results"
    assert [(link.url, link.price) for link in result.listings] == [
        ("https://exotic.example.com/listing/501", 5200.0),
        ("https://exotic.example.com/listing/502", 640.0),
        ("https://exotic.example.com/listing/503", 12.5)]
    assert result.listings[0].currency == "USD"


def test_shop_page_is_a_seller_page() -> None:
    result = read_listing((PAGES / "seller_shop.html").read_bytes(),
                          "https://jualan.example.com.my/shop/tropicalpetskl")
    assert result.page_type == "seller"
    assert result.seller == "TropicalPetsKL"
    assert [link.price for link in result.listings] == [1800.0, 450.0, 120.0, 700.0]
    assert {link.currency for link in result.listings} == {"MYR"}
    assert result.listings[0].title == "Slow loris baby"


def test_item_page_with_related_carousel_stays_a_listing() -> None:
    result = read_listing((PAGES / "auction_item.html").read_bytes(),
                          "https://www.example-auction.com/itm/2245")
    assert result.page_type == "listing" and result.listings == []
    # "Was US $600.00" and the carousel's "$30.00" are not the price
    assert result.price == 450.0


def test_hostile_page_ignores_scripts_comments_and_bad_links() -> None:
    result = read_listing((PAGES / "hostile.html").read_bytes(), "https://quick.example.net/a/9")
    assert result.price == 450.0  # not the $999999 written by a script nor the commented $7
    assert all(url.startswith("https://") for url in result.images)
    assert result.description is not None and "t.me/scaleshop" in result.description


def test_broken_json_ld_block_does_not_hide_the_good_one(caplog) -> None:
    page = (b'<html><head><script type="application/ld+json">{bad json</script>'
            b'<script type="application/ld+json">{"@type": "Product", "name": "Good one",'
            b' "offers": {"price": "5", "priceCurrency": "EUR",},}</script>'
            b'<script type="application/ld+json">[{"@type": "Product", "offers": [null, 5,'
            b' {"price": {"x": 1}}]}]</script></head><body><h1>Good one</h1></body></html>')
    with caplog.at_level("WARNING"):
        result = read_listing(page, "https://x.example/a")
    assert (result.title, result.price, result.currency) == ("Good one", 5.0, "EUR")
    assert result.sources["price"] == "json-ld"
    assert caplog.records == []  # page content is no reason to print a traceback
