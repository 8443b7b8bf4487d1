"""``extract_page``: one fetched page to a :class:`~wildtrace.models.PageExtraction`.

Order of sources for every field: embedded metadata (JSON-LD, microdata, RDFa, OpenGraph), then
the site profile's selectors, then the generic rules. ``sources`` records which one answered.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from lxml.html import HtmlElement

from extractors.dates import parse_date
from extractors.decoding import decode_page
from extractors.dom import (
    absolute,
    clean,
    drop_invisible,
    mark_chrome,
    parse_html,
    text_of,
    visible_text_nodes,
)
from extractors.entities import add_entities
from extractors.generic import (
    find_category,
    find_description,
    find_images,
    find_price,
    find_title,
    split_headline,
    strip_site_name,
)
from extractors.labels import (
    find_country,
    find_location,
    find_posted,
    find_seller,
    seller_id_from_url,
)
from extractors.language import detect_language
from extractors.prices import parse_price
from extractors.profile import ExtractProfile, read_profile
from extractors.region import country_from_language, country_from_url, currency_of
from extractors.results import TileGroup, find_tiles
from extractors.settings import (
    EXTRACT_MIN_PRICED_TILES,
    EXTRACT_MIN_TILES,
    EXTRACT_RESULTS_TEXT_SHARE,
)
from extractors.structured import Found, read_structured
from wildtrace.models import ListingLink, PageExtraction

logger = logging.getLogger(__name__)

_THUMB = re.compile(r"/thumbs?/|/thumbnails?/|[_-]thumb\b", re.IGNORECASE)
_SELLER_PAGE = re.compile(r"/(?:user|users|u|usr|profile|profil|perfil|seller|sellers|shop|store|"
                          r"member|members|vendor|vendeur|vendedor|verkaeufer|boutique|tienda|"
                          r"loja|cua-hang|nguoi-ban|penjual|toko|dianpu)(?:/|$|\?)", re.IGNORECASE)


def _profile_values(tree: HtmlElement, prof: ExtractProfile) -> dict[str, list[str]]:
    if not prof.selectors:
        return {}
    from parsel import Selector

    from extractors.profile import select

    page = Selector(root=tree)
    return {key: values for key, selector in prof.selectors.items()
            if (values := select(page, selector))}


def extract_page(body: bytes | str, url: str, *, content_type: str | None = None,
                 encoding: str | None = None, profile: Mapping[str, Any] | None = None,
                 fetched_at: datetime | None = None) -> PageExtraction:
    """Read a listing, result or seller page; raises ExtractionError subclasses on bad input.

    ``fetched_at`` (the capture time) anchors relative dates ("yesterday") and completes dates
    shown without a year; without it relative dates count from now and year-less dates are
    returned as "--MM-DD". Identifiers and species are read from the listing's text.
    """
    result = read_listing(body, url, content_type=content_type, encoding=encoding,
                          profile=profile, fetched_at=fetched_at)
    add_entities(result)
    return result


def read_listing(body: bytes | str, url: str, *, content_type: str | None = None,
                 encoding: str | None = None, profile: Mapping[str, Any] | None = None,
                 fetched_at: datetime | None = None) -> PageExtraction:
    """The listing fields and result tiles of a page, without identifiers and species."""
    prof = read_profile(profile)
    text, _used = decode_page(body, content_type=content_type, encoding=encoding)
    tree = parse_html(text)
    base = absolute(url, tree.xpath("string(//base/@href)") or None) or url
    found, ld_listings, items_seen = read_structured(
        tree, url, rdfa=' typeof="' in text or " vocab=" in text)
    selected = _profile_values(tree, prof)
    declared = tree.get("lang") or tree.xpath("string(//meta[@http-equiv='content-language']"
                                              "/@content)") or prof.language
    drop_invisible(tree)
    mark_chrome(tree)
    result = PageExtraction(url=url)

    def take(field: str, value: Any, source: str) -> None:
        if value not in (None, "", []) and getattr(result, field) in (None, "", []):
            setattr(result, field, value)
            result.sources[field] = source

    locale_country = country_from_language(None, _value(found, "og_locale"))
    # A first guess of the language (title and headings) helps read "¥" and phone numbers.
    glance = " ".join(clean(node.text_content()) for node in tree.iter("title", "h1", "h2"))
    first_language = prof.language or detect_language(glance, declared)
    country = (prof.country or _value(found, "country") or country_from_url(url)
               or locale_country or country_from_language(first_language))
    currency_default = prof.currency or currency_of(country)
    group = find_tiles(tree, base, url, country=country, currency=currency_default)
    skip: set[HtmlElement] = set()
    if group is not None:
        for tile in group.tiles:
            skip.update(tile.iter())
    item_metadata = items_seen <= 1
    _fields_from_metadata(found, item_metadata, take, base)
    for key in ("title", "description", "seller", "location", "category"):
        if selected.get(key):
            take(key, selected[key][0], "profile")
    if selected.get("seller_url"):
        take("seller_url", absolute(base, selected["seller_url"][0]), "profile")
    site_words = _site_words(url, found, tree)
    page_titles = [strip_site_name(t, site_words) for t in
                   (_value(found, "title_og"), clean(tree.findtext(".//title")))
                   if t]
    headline = None
    if result.title is None:
        title, heading = find_title(tree, page_titles)
        if title:
            own = split_headline(title, None, country)
            take("title", own.title, "generic")
            shown = clean(heading.text_content()) if heading is not None else title
            headline = split_headline(shown, own.title, country) if shown != title else own
    else:
        heading = None
    _price(result, found, selected, tree, heading, headline, country, currency_default, skip,
           item_metadata, take)
    if headline is not None and headline.place:
        take("location", headline.place, "generic")
    nodes = visible_text_nodes(tree, skip)
    take("location", find_location(tree, skip, nodes), "generic")
    seller, seller_url = find_seller(tree, base, skip, nodes)
    take("seller", seller, "generic")
    take("seller_url", seller_url, "generic")
    if result.posted is not None:
        result.posted = parse_date(result.posted, reference=fetched_at) or result.posted
    if selected.get("posted"):
        take("posted", parse_date(selected["posted"][0], reference=fetched_at), "profile")
    take("posted", find_posted(tree, skip, reference=fetched_at, month_first=country == "US",
                               nodes=nodes), "generic")
    take("description", find_description(tree, result.title), "generic")
    crumbs = [c for c in (_value(found, "breadcrumbs") or []) if c and c != result.title]
    take("category", crumbs[-1] if crumbs else None, "breadcrumbs")
    take("category", find_category(tree, result.title), "generic")
    if result.seller_url and result.seller_id is None:
        take("seller_id", seller_id_from_url(result.seller_url), "seller_url")
    take("description", _value(found, "description_og"), "opengraph")
    _images(result, found, selected, tree, base, skip)
    result.language = detect_language(result.text or text_of(tree)[:3000], declared)
    result.sources["language"] = "detected"
    take("country", find_country(tree, result.location, skip, nodes), "generic")
    if result.location and result.country and result.location.endswith(f"({result.country})"):
        result.location = result.location[: -len(result.country) - 2].strip()  # "Madrid (ES)"
    take("country", country or country_from_language(result.language), "inferred")
    _classify_page(result, group, ld_listings, item_metadata, tree, base)
    return result


def _value(found: Found, key: str) -> Any:
    return found[key][0] if key in found else None


def _site_words(url: str, found: Found, tree: HtmlElement) -> set[str]:
    """Names of the site: host, og:site_name, and the text of links home (the logo)."""
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    words = {host, host.split(".")[0]} if host and not host[0].isdigit() else set()
    site = _value(found, "site_name")
    if site:
        words.add(site.lower())
    home = {"/", url.split("/", 3)[0] + "//" + (urlsplit(url).netloc or "") + "/"}
    for link in tree.iter("a"):
        text = clean(link.text_content())
        if link.get("href") in home and 3 <= len(text) <= 40:
            words.add(text.lower())
    return {w for w in words if len(w) >= 3}


def _fields_from_metadata(found: Found, item_metadata: bool, take: Any, base: str) -> None:
    for key in ("title", "description"):
        if key in found and found[key][1] == "opengraph":
            found[f"{key}_og"] = found.pop(key)
    if not item_metadata:
        return
    for key in ("title", "description", "seller", "seller_url", "seller_id", "location",
                "country", "posted", "category"):
        if key in found:
            value = found[key][0]
            take(key, absolute(base, value) if key == "seller_url" else value, found[key][1])


def _price(result: PageExtraction, found: Found, selected: dict[str, list[str]],
           tree: HtmlElement, heading: HtmlElement | None, headline: Any, country: str | None,
           currency: str | None, skip: set[HtmlElement], item_metadata: bool, take: Any) -> None:
    if item_metadata and "price" in found:
        price = parse_price(str(found["price"][0]), default_currency=currency, country=country,
                            bare_ok=True)
        if price is not None:
            take("price", price.amount, found["price"][1])
            meta_currency = _value(found, "currency")
            take("currency", (meta_currency or price.currency or "").upper() or None,
                 found.get("currency", found["price"])[1])
    if selected.get("price"):
        default = selected["currency"][0] if selected.get("currency") else currency
        price = parse_price(selected["price"][0], default_currency=default, country=country,
                            bare_ok=True)
        if price is not None:
            take("price", price.amount, "profile")
            take("currency", price.currency, "profile")
    price = find_price(tree, heading, country=country, currency=currency, skip=skip)
    if price is None and headline is not None:
        price = headline.price
    if price is not None:
        take("price", price.amount, "generic")
        take("currency", price.currency or currency, "generic")


def _images(result: PageExtraction, found: Found, selected: dict[str, list[str]],
            tree: HtmlElement, base: str, skip: set[HtmlElement]) -> None:
    images: list[str] = []
    for source, values in (("metadata", found.get("images", ([], ""))[0]),
                           ("profile", selected.get("images", [])),
                           ("generic", find_images(tree, base, skip))):
        for value in values:
            url = absolute(base, value)
            if url and url not in images:
                images.append(url)
                result.sources.setdefault("images", source)
    result.images = _without_thumbnails(images)


def _without_thumbnails(images: list[str]) -> list[str]:
    """Drop a thumbnail when the full photo of the same file is listed too."""
    def name(url: str) -> str:
        return url.split("?")[0].rsplit("/", 1)[-1]

    full = {name(u) for u in images if not _THUMB.search(u)}
    return [u for u in images if not (_THUMB.search(u) and name(u) in full)]


def _classify_page(result: PageExtraction, group: TileGroup | None,
                   ld_listings: list[ListingLink], item_metadata: bool, tree: HtmlElement,
                   base: str) -> None:
    listings = [ListingLink(url=absolute(base, link.url) or link.url, title=link.title,
                            price=link.price, currency=link.currency) for link in ld_listings]
    if group is not None and len(group.listings) > len(listings):
        listings = group.listings
    is_results = False
    if len(listings) >= EXTRACT_MIN_TILES or (group is not None and listings is group.listings
                                              and len(listings) >= EXTRACT_MIN_PRICED_TILES):
        if not item_metadata or result.price is None:
            is_results = True
        elif group is not None:
            body_chars = max(len(text_of(tree)), 1)
            is_results = group.text_chars / body_chars >= EXTRACT_RESULTS_TEXT_SHARE
    if is_results:
        result.page_type = "seller" if _SELLER_PAGE.search(result.url) else "results"
        if result.page_type == "seller" and result.seller is None and result.title:
            result.seller, result.sources["seller"] = result.title, "title"
        result.listings = listings
        for field in ("price", "currency", "posted", "seller", "seller_url"):
            if result.sources.get(field) == "generic":
                setattr(result, field, None)
                result.sources.pop(field, None)
        result.sources["listings"] = "metadata" if listings is not (group and group.listings) \
            else "tiles"
    elif result.price is not None or result.description or result.posted or result.seller:
        result.page_type = "listing"
    else:
        result.page_type = "other"
