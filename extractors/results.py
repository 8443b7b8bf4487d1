"""Result and seller pages: find the repeated tiles (same structure, a link each, prices or images).

Works on markup never seen before: siblings with the same tag and class signature form a group;
groups under parents of the same signature are merged (grids split in rows); the group whose
tiles carry the most evidence of being listings (a link, a price, an image, a title) wins.
Navigation menus repeat too, but carry neither prices nor images.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from extractors.dom import absolute, clean, hints, in_chrome, text_nodes
from extractors.prices import is_price_text, parse_price
from extractors.settings import (
    EXTRACT_MIN_PRICED_TILES,
    EXTRACT_MIN_TILE_EVIDENCE,
    EXTRACT_MIN_TILES,
)
from wildtrace.models import ListingLink

_TITLE_HINT = re.compile(r"title|name|subject|heading|headline")
_PRICE_HINT = re.compile(r"price|prix|precio|preco|preis|prezzo|cena|harga|gia|fiyat|amount")
_DIGITS = re.compile(r"\d+")
_IMAGE_LINK = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)(?:\?|$)", re.IGNORECASE)


@dataclass
class TileGroup:
    tiles: list[HtmlElement]
    listings: list[ListingLink] = field(default_factory=list)
    priced: int = 0
    pictured: int = 0
    text_chars: int = 0

    @property
    def score(self) -> float:
        return 2.0 * self.priced + self.pictured + 0.5 * len(self.listings)


def _signature(element: HtmlElement) -> str:
    # BEM modifiers ("card--top") and state classes vary between tiles of one list.
    classes = sorted(_DIGITS.sub("", c) for c in (element.get("class") or "").split()
                     if "--" not in c)
    classes = [c for c in classes if c not in ("odd", "even", "first", "last", "active",
                                               "selected", "highlight", "featured", "sponsored")]
    return f"{element.tag}.{'.'.join(classes)}"


def _primary_link(tile: HtmlElement, base: str, page_url: str) -> HtmlElement | None:
    links = [tile] if tile.tag == "a" and tile.get("href") else []
    links += [a for a in tile.iter("a") if a is not tile and a.get("href")]
    best: HtmlElement | None = None
    best_len = -1
    for link in links:
        url = absolute(base, link.get("href"))
        if not url or url.split("#")[0] == page_url.split("#")[0] or _IMAGE_LINK.search(url):
            continue
        length = len(clean(link.text_content())) + (20 if link.get("title") else 0)
        if length > best_len:
            best, best_len = link, length
    return best


def _tile_title(tile: HtmlElement, link: HtmlElement) -> tuple[str | None, HtmlElement | None]:
    for node in tile.iter():
        if not isinstance(node.tag, str):
            continue
        if node.tag in ("h1", "h2", "h3", "h4", "h5", "h6") or \
                _TITLE_HINT.search((node.get("class") or "") + " " + (node.get("itemprop") or "")):
            text = clean(node.text_content())
            if text and not is_price_text(text):
                return text[:300], node
    text = clean(link.text_content())
    if link.get("title") and (not text or len(text) > 200 or is_price_text(text)):
        return clean(link.get("title")), None
    if text:
        return text[:300], (link if link is not tile else None)
    image = next(iter(tile.iter("img")), None)
    alt = clean(image.get("alt")) if image is not None and image.get("alt") else None
    return alt, None


def _tile_price(tile: HtmlElement, title_node: HtmlElement | None, country: str | None,
                currency: str | None) -> tuple[float | None, str | None]:
    for node, text in text_nodes(tile):
        if title_node is not None and (node is title_node or title_node in node.iterancestors()):
            continue
        price = is_price_text(text, country=country)
        if price is not None:
            return price.amount, price.currency or currency
    for node in tile.iter():
        if isinstance(node.tag, str) and _PRICE_HINT.search(hints(node)):
            content = node.get("content") or clean(node.text_content())
            price = parse_price(content, default_currency=currency, country=country, bare_ok=True)
            if price is not None:
                return price.amount, price.currency
    return None, None


def _has_image(tile: HtmlElement) -> bool:
    if any(True for _ in tile.iter("img", "picture")):
        return True
    return any(any(k.startswith("data-") and "img" in k.lower() for k in node.attrib)
               for node in tile.iter() if isinstance(node.tag, str))


def _read_group(tiles: list[HtmlElement], base: str, page_url: str, country: str | None,
                currency: str | None) -> TileGroup:
    group = TileGroup(tiles=tiles)
    seen: set[str] = set()
    for tile in tiles:
        link = _primary_link(tile, base, page_url)
        if link is None:
            continue
        url = absolute(base, link.get("href"))
        if url is None or url in seen:
            continue
        seen.add(url)
        if len(clean(tile.text_content())) < 3:
            continue  # a photo gallery repeats too, but its tiles say nothing
        title, title_node = _tile_title(tile, link)
        price, cur = _tile_price(tile, title_node, country, currency)
        group.priced += price is not None
        group.pictured += _has_image(tile)
        group.text_chars += len(clean(tile.text_content()))
        group.listings.append(ListingLink(url=url, title=title, price=price, currency=cur))
    return group


def find_tiles(tree: HtmlElement, base: str, page_url: str, *, country: str | None = None,
               currency: str | None = None) -> TileGroup | None:
    """The best group of listing tiles on the page, or None when nothing repeats like tiles."""
    candidates: dict[tuple[HtmlElement | None, str, str], list[HtmlElement]] = defaultdict(list)
    for parent in tree.iter():
        if not isinstance(parent.tag, str) or len(parent) < 2:
            continue
        if parent.tag in ("nav", "footer", "select", "ul") and in_chrome(parent):
            continue
        grandparent = parent.getparent()
        by_signature: dict[str, list[HtmlElement]] = defaultdict(list)
        for child in parent:
            if isinstance(child.tag, str) and child.tag not in ("br", "hr", "script", "option"):
                by_signature[_signature(child)].append(child)
        for signature, children in by_signature.items():
            if len(children) >= 2:
                # Rows of one grid (siblings with the same signature) merge into one group.
                key = (grandparent, _signature(parent), signature)
                candidates[key].extend(children)
    best: TileGroup | None = None
    for tiles in candidates.values():
        if best is not None and len(tiles) * 3 <= best.score:
            continue
        group = _read_group(tiles, base, page_url, country, currency)
        count = len(group.listings)
        if count < EXTRACT_MIN_TILES and (count < EXTRACT_MIN_PRICED_TILES
                                          or group.priced < count):
            continue
        if group.priced / count < EXTRACT_MIN_TILE_EVIDENCE:
            # Without prices, tiles need pictures and real titles (menus have icons and
            # one-word labels).
            titles = [len(link.title or "") for link in group.listings]
            if group.pictured / count < 0.5 or sum(titles) / count < 15:
                continue
        if best is None or group.score > best.score:
            best = group
    return best
