"""Listing fields from embedded metadata: schema.org JSON-LD, microdata, RDFa and OpenGraph.

extruct reads the syntaxes; this module picks the item that describes the page (a Product,
Offer, Vehicle, RealEstateListing...) and maps its properties onto listing fields, recording
where each came from ("json-ld", "microdata", "rdfa", "opengraph"). An ``ItemList`` gives the
listings of a result page.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from typing import Any

from lxml.html import HtmlElement

from wildtrace.models import ListingLink

logger = logging.getLogger(__name__)

ITEM_TYPES = frozenset({"product", "offer", "individualproduct", "vehicle", "car",
                        "motorizedbicycle", "realestatelisting", "aggregateoffer", "productmodel",
                        "artwork", "sculpture", "classified", "listing"})
Found = dict[str, tuple[Any, str]]


def _types(item: dict[str, Any]) -> set[str]:
    value = item.get("@type") or []
    values = value if isinstance(value, list) else [value]
    return {str(v).rsplit("/", 1)[-1].lower() for v in values}


def _first(value: Any) -> Any:
    while isinstance(value, list):
        if not value:
            return None
        value = value[0]
    return value


def _text(value: Any) -> str | None:
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or value.get("text")
        value = _first(value)
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _walk(items: list[Any]) -> Iterator[dict[str, Any]]:
    for item in items:
        if isinstance(item, dict):
            yield item
            if "@graph" in item:
                yield from _walk(item["@graph"] if isinstance(item["@graph"], list) else [])
        elif isinstance(item, list):
            yield from _walk(item)


def _place(value: Any) -> str | None:
    value = _first(value)
    if isinstance(value, dict):
        address = value.get("address", value)
        address = _first(address)
        if isinstance(address, dict):
            parts = [_text(address.get(key)) for key in
                     ("streetAddress", "addressLocality", "addressRegion")]
            postal = _text(address.get("postalCode"))
            text = ", ".join(p for p in parts if p)
            if postal:
                text = f"{text} ({postal})" if text else postal
            return text or _text(address.get("name"))
        return _text(address) or _text(value.get("name"))
    return _text(value)


def _country(value: Any) -> str | None:
    value = _first(value)
    if isinstance(value, dict):
        address = _first(value.get("address", value))
        if isinstance(address, dict):
            country = _text(address.get("addressCountry"))
            if country and len(country) == 2:
                return country.upper()
    return None


def _offer_fields(offer: dict[str, Any], source: str, found: Found) -> None:
    for key in ("price", "lowPrice"):
        if offer.get(key) not in (None, ""):
            found.setdefault("price", (_text(offer[key]), source))
            break
    spec = _first(offer.get("priceSpecification"))
    if isinstance(spec, dict) and spec.get("price") not in (None, ""):
        found.setdefault("price", (_text(spec["price"]), source))
        if spec.get("priceCurrency"):
            found.setdefault("currency", (_text(spec["priceCurrency"]), source))
    if offer.get("priceCurrency"):
        found.setdefault("currency", (_text(offer["priceCurrency"]), source))
    _common_fields(offer, source, found)


def _common_fields(item: dict[str, Any], source: str, found: Found) -> None:
    seller = _first(item.get("seller") or item.get("offeredBy") or item.get("author"))
    if seller:
        name = _text(seller)
        if name:
            found.setdefault("seller", (name, source))
        if isinstance(seller, dict):
            if _text(seller.get("url")):
                found.setdefault("seller_url", (_text(seller.get("url")), source))
            ident = _text(seller.get("identifier") or seller.get("@id"))
            if ident:
                found.setdefault("seller_id", (ident, source))
    for key in ("availableAtOrFrom", "itemLocation", "areaServed", "contentLocation", "location",
                "address"):
        place = _place(item.get(key))
        if place:
            found.setdefault("location", (place, source))
            country = _country(item.get(key))
            if country:
                found.setdefault("country", (country, source))
            break
    for key in ("datePosted", "datePublished", "availabilityStarts", "validFrom", "dateCreated",
                "uploadDate"):
        if _text(item.get(key)):
            found.setdefault("posted", (_text(item.get(key)), source))
            break


def _item_fields(item: dict[str, Any], source: str, found: Found) -> None:
    for key, field in (("name", "title"), ("description", "description"),
                       ("category", "category")):
        if _text(item.get(key)):
            found.setdefault(field, (_text(item.get(key)), source))
    images = item.get("image")
    if images:
        values = images if isinstance(images, list) else [images]
        urls = [_text(v.get("url") or v.get("contentUrl")) if isinstance(v, dict) else _text(v)
                for v in values]
        found.setdefault("images", ([u for u in urls if u], source))
    if "offer" in _types(item) or "aggregateoffer" in _types(item):
        _offer_fields(item, source, found)
    offers = item.get("offers")
    for offer in (offers if isinstance(offers, list) else [offers]):
        if isinstance(offer, dict):
            _offer_fields(offer, source, found)
    _common_fields(item, source, found)


def _item_list(item: dict[str, Any]) -> list[ListingLink]:
    links: list[ListingLink] = []
    for element in item.get("itemListElement") or []:
        if not isinstance(element, dict):
            continue
        inner: dict[str, Any] = element["item"] if isinstance(element.get("item"), dict) \
            else element
        url = _text(inner.get("url") or inner.get("@id") or element.get("url"))
        if not url:
            continue
        offer = _first(inner.get("offers"))
        price = _text(offer.get("price")) if isinstance(offer, dict) else None
        currency = _text(offer.get("priceCurrency")) if isinstance(offer, dict) else None
        links.append(ListingLink(url=url, title=_text(inner.get("name") or element.get("name")),
                                 price=_float(price), currency=currency))
    return links


def _float(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return float(value.replace(",", "")) if value.count(",") and "." in value \
            else float(value.replace(",", "."))
    except ValueError:
        return None


def read_structured(tree: HtmlElement, url: str,
                    rdfa: bool = False) -> tuple[Found, list[ListingLink], int]:
    """Fields found in the page's metadata, the ItemList entries, and how many items it lists."""
    import extruct

    try:
        # errors="ignore": one bad block must not print a traceback or hide the others
        data = extruct.extract(tree, base_url=url, syntaxes=["microdata", "opengraph"],
                               uniform=True, errors="ignore")
    except Exception as exc:  # extruct raises anything on hostile markup; metadata is optional
        logger.info("metadata unreadable on %s: %s", url, exc)
        data = {}
    data["json-ld"] = _json_ld(tree, url)
    if rdfa:
        data["rdfa"] = _rdfa(tree, url)
    found: Found = {}
    listings: list[ListingLink] = []
    items_seen = 0
    for syntax in ("json-ld", "microdata", "rdfa"):
        for item in _walk(data.get(syntax, [])):
            types = _types(item)
            if "breadcrumblist" in types:
                names = [_text(e.get("name") or (e.get("item") or {}).get("name")
                               if isinstance(e.get("item"), dict) else e.get("name"))
                         for e in item.get("itemListElement") or [] if isinstance(e, dict)]
                if len(names) >= 2:
                    found.setdefault("breadcrumbs", (names, syntax))
            elif types & {"itemlist", "searchresultspage", "offercatalog"}:
                listings.extend(_item_list(item))
                main = item.get("mainEntity")
                if isinstance(main, dict):
                    listings.extend(_item_list(main))
            elif types & ITEM_TYPES and _text(item.get("name")):
                # Offers nested in a named Product are read through it; a nameless item
                # (a broken block, a bare Offer of a Product already seen) adds no listing.
                items_seen += 1
                if items_seen == 1:
                    _item_fields(item, syntax, found)
            elif types & ITEM_TYPES and items_seen == 0:
                _item_fields(item, syntax, found)
    for og in data.get("opengraph", []):
        for key, field in (("og:title", "title"), ("og:description", "description"),
                           ("product:price:amount", "price"), ("og:price:amount", "price"),
                           ("product:price:currency", "currency"),
                           ("og:price:currency", "currency"), ("og:locale", "og_locale"),
                           ("og:site_name", "site_name"), ("og:type", "og_type")):
            value = _text(og.get(key))
            if value:
                found.setdefault(field, (value, "opengraph"))
        image = og.get("og:image")
        if image and "images" not in found:
            found["images"] = ([_text(v) for v in (image if isinstance(image, list) else [image])
                                if _text(v)], "opengraph")
    return found, listings, items_seen


_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_COMMENT = re.compile(r"^\s*(?:<!--|//.*$)|-->\s*$", re.MULTILINE)


def _json_ld(tree: HtmlElement, url: str) -> list[Any]:
    """Every JSON-LD block, each parsed on its own (a broken one is skipped, not fatal)."""
    items: list[Any] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        text = script.text or ""
        for attempt in (text, _TRAILING_COMMA.sub(r"\1", _COMMENT.sub("", text))):
            try:
                items.append(json.loads(attempt, strict=False))
                break
            except ValueError:
                continue
        else:
            logger.info("unreadable JSON-LD block on %s", url)
    return items


def _rdfa(tree: HtmlElement, url: str) -> list[dict[str, Any]]:
    """RDFa is rare on marketplaces and slow to read: only called when the page uses it."""
    from extruct.rdfa import RDFaExtractor

    try:
        raw = RDFaExtractor().extract_items(tree, base_url=url)
    except Exception as exc:  # pyRdfa fails in many ways on broken markup
        logger.info("RDFa unreadable on %s: %s", url, exc)
        return []
    items: list[dict[str, Any]] = []
    for node in raw:
        item: dict[str, Any] = {"@type": [t.rsplit("/", 1)[-1] for t in node.get("@type", [])]}
        for key, values in node.items():
            if key.startswith("http"):
                short = key.rstrip("/").rsplit("/", 1)[-1]
                item[short] = [v.get("@value", v.get("@id")) for v in values]
        items.append(item)
    return items
