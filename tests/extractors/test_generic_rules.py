"""Generic rules on small inline pages: where prices, titles and sellers hide, and traps."""

from __future__ import annotations

from extractors import read_listing

URL = "https://market.example.com/item/1"


def page(body: str, head: str = "<title>Thing - Market Example</title>") -> bytes:
    return f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>".encode()


def test_aggregate_offer_low_price() -> None:
    head = ('<script type="application/ld+json">{"@type": "Product", "name": "Thing",'
            ' "offers": {"@type": "AggregateOffer", "lowPrice": "19.99", "highPrice": "40",'
            ' "priceCurrency": "GBP"}}</script>')
    result = read_listing(page("<h1>Thing</h1>", head), URL)
    assert (result.price, result.currency) == (19.99, "GBP")


def test_old_price_and_shipping_are_not_the_price() -> None:
    body = ('<h1>Thing</h1><span class="price-old">€ 90</span>'
            '<span class="shipping-price">€ 5</span><span class="price-current">€ 60</span>')
    result = read_listing(page(body), URL)
    assert (result.price, result.currency) == (60.0, "EUR")


def test_contact_for_price_has_no_price() -> None:
    body = ('<h1>Thing</h1><div class="price">Contact for price</div>'
            '<p class="description">Call 0912 345 678 or 2024 model, 3 pieces.</p>')
    result = read_listing(page(body), URL)
    assert result.price is None and result.currency is None
    assert result.page_type == "listing"


def test_price_in_text_after_the_heading() -> None:
    body = "<div><h1>Thing</h1></div><div><div><span>US $1,299.00</span></div></div><p>Nice</p>"
    result = read_listing(page(body), URL)
    assert (result.price, result.currency) == (1299.0, "USD")


def test_site_name_prefix_and_suffix_removed() -> None:
    head = "<title>Market Example | Old bronze bell – Market Example</title>"
    result = read_listing(page("<p>x</p>", head), URL)
    assert result.title == "Old bronze bell"


def test_login_links_are_not_sellers() -> None:
    body = ('<div class="user-menu"><a href="/user/login">Log in</a></div><h1>Thing</h1>'
            '<div class="seller-box"><a href="/user/anna_k">anna_k</a></div>')
    result = read_listing(page(body), URL)
    assert result.seller == "anna_k"
    assert result.seller_url == "https://market.example.com/user/anna_k"


def test_relative_links_and_base_href() -> None:
    body = ('<h1>Thing</h1><img src="photos/1.jpg" width="640">'
            '<img src="/static/icons/cart.png" width="16">')
    head = '<title>Thing</title><base href="https://cdn.example.com/items/">'
    result = read_listing(page(body, head), URL)
    assert result.images == ["https://cdn.example.com/items/photos/1.jpg"]


def test_navigation_menu_is_not_a_result_page() -> None:
    menu = "".join(f'<li><a href="/c/{n}">Category {n}</a></li>' for n in range(12))
    body = f'<nav><ul>{menu}</ul></nav><ul class="side">{menu}</ul><h1>Thing</h1><b>$5</b>'
    result = read_listing(page(body), URL)
    assert result.page_type == "listing" and result.listings == []
    assert result.price == 5.0
