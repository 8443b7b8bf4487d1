"""savanna: a server-rendered marketplace with schema.org Product/Offer JSON-LD and OpenGraph."""

from __future__ import annotations

import json
from html import escape
from urllib.parse import quote_plus

from demo_market import settings
from demo_market.catalog import DemoListing
from demo_market.search import ResultPage, category_name, paginate, parse_page
from demo_market.state import MarketState, Response

SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "KES": "KSh "}


def money(price: float, currency: str) -> str:
    """"$1,250.00" for dollars, "1 250,00 €" for euros, as the site shows them."""
    if currency == "EUR":
        whole = f"{price:,.2f}".replace(",", " ").replace(".", ",")
        return f"{whole} €"
    return f"{SYMBOLS.get(currency, currency + ' ')}{price:,.2f}"


def _page(title: str, body: str, head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{escape(title)} | Savanna Market</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}
<style>body{{font-family:sans-serif;margin:0}} header{{background:#c7862e;padding:8px}}
.tile{{display:inline-block;width:220px;vertical-align:top;margin:6px}}
.price{{font-weight:bold}}</style>
</head>
<body>
<header><a href="/" class="brand">Savanna Market</a>
<form action="/search" method="get" role="search">
<input type="search" name="q" placeholder="Search ads">
<button type="submit">Search</button></form></header>
<main>
{body}
</main>
<footer><p>Savanna Market &middot; buy and sell across Africa and beyond &middot;
<a href="/robots.txt">robots</a></p></footer>
</body>
</html>
"""


def _tiles(state: MarketState, listings: list[DemoListing] | tuple[DemoListing, ...]) -> str:
    rows = []
    for listing in listings:
        rows.append(
            f'<li class="tile"><a href="{listing.url_path}">'
            f'<img src="{listing.images[0]}" alt="" width="200" height="150">'
            f'<h3 class="tile-title">{escape(listing.title)}</h3></a>'
            f'<span class="price">{money(state.price(listing), listing.currency)}</span> '
            f'<span class="loc">{escape(listing.location)}</span></li>')
    return '<ul class="results">\n' + "\n".join(rows) + "\n</ul>"


def _pager(result: ResultPage, base: str) -> str:
    links = []
    if result.has_previous:
        links.append(f'<a rel="prev" href="{base}page={result.page - 1}">&laquo; Previous</a>')
    links.append(f"<span>Page {result.page} of {result.pages}</span>")
    if result.has_next:
        links.append(f'<a rel="next" class="next" href="{base}page={result.page + 1}">'
                     "Next &raquo;</a>")
    return '<nav class="pagination">' + " ".join(links) + "</nav>"


def home(state: MarketState) -> Response:
    cats = "".join(f'<li><a href="/category/{slug}">{escape(category_name(slug, "en"))}</a></li>'
                   for slug in state.categories())
    latest = state.live()[:settings.DEMO_HOME_LATEST]
    body = (f"<h1>Savanna Market</h1><h2>Categories</h2><ul class=\"categories\">{cats}</ul>"
            f"<h2>Latest ads</h2>{_tiles(state, latest)}")
    return Response.html(200, _page("Home", body))


def results(state: MarketState, heading: str, listings: list[DemoListing], page_raw: str | None,
            base: str) -> Response:
    result = paginate(listings, parse_page(page_raw))
    body = (f"<h1>{escape(heading)}</h1><p class=\"count\">{result.total} ads</p>"
            f"{_tiles(state, list(result.listings))}{_pager(result, base)}")
    head = (f'<link rel="next" href="{base}page={result.page + 1}">' if result.has_next else "")
    return Response.html(200, _page(heading, body, head))


def search(state: MarketState, query: str, page_raw: str | None) -> Response:
    heading = f"Results for “{query}”" if query else "All ads"
    return results(state, heading, state.search(query), page_raw,
                   f"/search?q={quote_plus(query)}&")


def category(state: MarketState, slug: str, page_raw: str | None) -> Response:
    if slug not in state.categories():
        return not_found()
    return results(state, category_name(slug, "en"), state.in_category(slug), page_raw,
                   f"/category/{slug}?")


def listing_page(state: MarketState, listing: DemoListing, base_url: str) -> Response:
    price = state.price(listing)
    url = base_url + listing.url_path
    images = [base_url + path for path in listing.images]
    product = {
        "@context": "https://schema.org", "@type": "Product", "name": listing.title,
        "description": listing.description, "image": images, "sku": listing.id,
        "category": category_name(listing.category, "en"),
        "offers": {
            "@type": "Offer", "url": url, "price": f"{price:.2f}",
            "priceCurrency": listing.currency, "availability": "https://schema.org/InStock",
            "itemCondition": "https://schema.org/UsedCondition",
            "seller": {"@type": "Person", "name": listing.seller_name,
                       "url": base_url + listing.seller_path},
            "availableAtOrFrom": {"@type": "Place", "address": {
                "@type": "PostalAddress", "addressLocality": listing.location,
                "addressCountry": listing.country}},
            "validFrom": listing.posted,
        },
    }
    ld = json.dumps(product, ensure_ascii=False).replace("</", "<\\/")
    head = (f'<script type="application/ld+json">{ld}</script>\n'
            f'<meta property="og:type" content="product">\n'
            f'<meta property="og:title" content="{escape(listing.title)}">\n'
            f'<meta property="og:description" content="{escape(listing.description[:200])}">\n'
            f'<meta property="og:url" content="{escape(url)}">\n'
            f'<meta property="og:image" content="{escape(images[0])}">\n'
            f'<meta property="product:price:amount" content="{price:.2f}">\n'
            f'<meta property="product:price:currency" content="{listing.currency}">\n'
            f'<link rel="canonical" href="{escape(url)}">')
    gallery = "".join(f'<img src="{path}" alt="photo {n}" width="480" height="360">'
                      for n, path in enumerate(listing.images, start=1))
    paragraphs = "".join(f"<p>{escape(part)}</p>" for part in listing.description.split("\n")
                         if part.strip())
    body = f"""<article class="listing" lang="{listing.language}">
<nav class="crumbs"><a href="/">Home</a> &rsaquo;
<a href="/category/{listing.category}">{escape(category_name(listing.category, "en"))}</a></nav>
<h1 class="listing-title">{escape(listing.title)}</h1>
<div class="gallery">{gallery}</div>
<p class="price">{money(price, listing.currency)}</p>
<ul class="facts"><li>Location: <span class="location">{escape(listing.location)}</span></li>
<li>Posted: <time datetime="{listing.posted}">{listing.posted}</time></li>
<li>Ad ID: {listing.id}</li></ul>
<section class="description"><h2>Description</h2>{paragraphs}</section>
<aside class="seller">Sold by
<a href="{listing.seller_path}">{escape(listing.seller_name)}</a></aside>
</article>"""
    return Response.html(200, _page(listing.title, body, head))


def seller_page(state: MarketState, seller_id: str) -> Response:
    if not state.seller_known(seller_id):
        return not_found()
    mine = state.of_seller(seller_id)
    sample = next(listing for listing in state.get_all() if listing.seller_id == seller_id)
    body = (f'<h1 class="seller-name">{escape(sample.seller_name)}</h1>'
            f'<p class="seller-location">{escape(sample.location)} ({sample.country})</p>'
            f"<h2>{len(mine)} ads from this seller</h2>{_tiles(state, mine)}")
    return Response.html(200, _page(sample.seller_name, body))


def not_found() -> Response:
    return Response.html(404, _page("Not found", "<h1>Page not found</h1>"
                                    "<p>We could not find that page. <a href=\"/\">Home</a></p>"))


def removed() -> Response:
    return Response.html(410, _page("Ad removed", '<h1 class="removed">This ad has been removed'
                                    "</h1><p>The seller has taken this ad down.</p>"))


def route(state: MarketState, path: str, params: dict[str, str], base_url: str) -> Response:
    parts = [part for part in path.split("/") if part]
    if not parts:
        return home(state)
    if parts == ["search"]:
        return search(state, params.get("q", ""), params.get("page"))
    if len(parts) == 2 and parts[0] == "category":
        return category(state, parts[1], params.get("page"))
    if len(parts) == 2 and parts[0] == "seller":
        return seller_page(state, parts[1])
    if parts[0] == "listing" and len(parts) in (2, 3):
        listing = state.get(parts[1])
        if listing is None:
            return not_found()
        if state.is_removed(listing.id):
            return removed()
        return listing_page(state, listing, base_url)
    return not_found()
