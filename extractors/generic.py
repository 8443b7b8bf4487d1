"""Generic rules for any classified-ad page: title, price, description and images.

Nothing here knows a site. The title is the heading that agrees with the page's ``<title>`` /
``og:title`` (site-name suffix removed); the price comes from price-named elements, then from a
standalone price near the main heading, then from the title line ("Sony Vaio - $480 (Miami)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.html import HtmlElement

from extractors.dom import absolute, clean, hints, in_chrome, text_nodes
from extractors.prices import Price, find_prices, is_price_text, parse_price
from extractors.settings import EXTRACT_MAX_IMAGES, EXTRACT_MAX_TITLE, EXTRACT_PRICE_WINDOW

_SEPARATORS = re.compile(r"\s+(?:-|\||–|—|::|·|»|/)\s+")
_TITLE_HINT = re.compile(r"title|subject|headline|product-?name|item-?name|ad-?name")
_PRICE_HINT = re.compile(r"(?<![a-z])(?:price|prix|precio|preco|preço|preis|prezzo|cena|harga|"
                         r"gia|giá|fiyat|amount|cost|tarif|valor|jiage|jia|rmb)|price")
_NOT_PRICE_HINT = re.compile(r"old|was|before|strike|crossed|former|regular|list-?price|"
                             r"shipping|delivery|per-?month|monthly|installment|min|max|filter")
_DESCRIPTION_HINTS = (
    re.compile(r"descr|userbody|posting-?body|ad-?body|item-?body|beschreibung|mo-?ta|deskripsi|"
               r"descripcion|descricao|annonce-?text|ad-?text|listing-?text"),
    re.compile(r"details?|content|texte|text|body"),
)
_BLOCKS = frozenset({"div", "table", "p", "ul", "ol", "section", "article", "h1", "h2", "h3",
                     "form", "dl"})
_INLINE = frozenset({"a", "b", "i", "em", "strong", "span", "br", "u", "small", "font", "mark"})
_DESCRIPTION_LABEL = re.compile(r"^(?:description|details|détails|detalles|detalhes|descriptif|"
                                r"descripci[oó]n|descri[cç][aã]o|"
                                r"beschreibung|descrizione|deskripsi|m[oô] t[aả]|chi ti[eế]t|"
                                r"商品描述|描述|详情|商品详情|รายละเอียด|الوصف)\s*[:：]?$",
                                re.IGNORECASE)
_BAD_IMAGE = re.compile(r"logo|icon|picto|sprite|pixel|blank|spacer|avatar|badge|flag|banner|"
                        r"loader|loading|placeholder|\.svg|\.gif|1x1|tracking|/ads?/",
                        re.IGNORECASE)
# Interface pictures named for what they do ("adviewv2_mail.png", "btn-share.png").
_UI_IMAGE = re.compile(r"(?:^|[_\-.])(?:mail|e?mail|phone|modify|delete|edit|share|print|arrow|"
                       r"btn|button|close|star|heart|cart|search|menu|social|facebook|twitter|"
                       r"whatsapp|zoom|play|next|prev)(?:[_\-.\d]|$)", re.IGNORECASE)
_IMAGE_ATTRS = ("src", "data-src", "data-original", "data-lazy", "data-lazy-src",
                "data-imgsrc", "data-zoom-image", "data-large", "data-full", "data-popin-content")
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|webp|avif)(?:[?#]|$)", re.IGNORECASE)
# A title line that ends with its price and place: "Sony Vaio - $480 (orlando,florida)".
_HEADLINE_TAIL = re.compile(r"^(?P<title>.+?)\s+-\s+(?P<price>[^()]{1,25}?)\s*"
                            r"(?:\((?P<place>[^()]{1,80})\))?\s*$")


@dataclass(frozen=True)
class Headline:
    title: str
    price: Price | None
    place: str | None


def split_headline(shown: str, title: str | None = None,
                   country: str | None = None) -> Headline:
    """A title line's parts: 'Sony Vaio - $480 (Miami)', '$1149000 / 3br - House (Keys)'.

    When the page title (``title``) sits inside the shown line, what surrounds it is read for
    one price and a trailing "(place)"; otherwise a "title - price (place)" tail is looked for.
    """
    shown = clean(shown)
    if title and clean(title) and clean(title) in shown and clean(title) != shown:
        head, _, tail = shown.partition(clean(title))
        prices = find_prices(f"{head} | {tail}", country=country)
        place = re.search(r"\(([^()]{1,80})\)\s*$", tail)
        return Headline(clean(title), prices[0] if len(prices) == 1 else None,
                        place.group(1).strip() if place else None)
    match = _HEADLINE_TAIL.match(shown)
    if match:
        price = is_price_text(match.group("price"), country=country)
        if price is not None:
            return Headline(match.group("title"), price, match.group("place"))
    return Headline(shown, None, None)


def strip_site_name(title: str, site_words: set[str]) -> str:
    """Drop leading/trailing segments that name the site ("... - leboncoin.fr", "eBay | ...")."""
    parts = _SEPARATORS.split(clean(title))
    if len(parts) == 1:
        return parts[0]

    def is_site(part: str) -> bool:
        folded = part.lower()
        return any(word and word in folded for word in site_words) or \
            bool(re.search(r"\.(com|net|org|fr|de|vn|cn|co|uk|br|id|th)\b", folded))

    while len(parts) > 1 and is_site(parts[-1]):
        parts.pop()
    while len(parts) > 1 and is_site(parts[0]):
        parts.pop(0)
    return " - ".join(parts)


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.lower()).strip()


def find_title(tree: HtmlElement, page_titles: list[str]) -> tuple[str | None, HtmlElement | None]:
    """The heading that agrees with a page title, else the first h1, else the page title."""
    headings = [el for el in tree.iter("h1", "h2", "h3", "b", "strong", "span", "div", "p")
                if el.tag in ("h1", "h2", "h3") or _TITLE_HINT.search(hints(el))]
    normal_titles = [_norm(t) for t in page_titles if t]
    for heading in headings:
        for text in _heading_texts(heading):
            found = _agree(text, page_titles, normal_titles)
            if found:
                return found, heading
    for heading in tree.iter("h1"):
        text = clean(heading.text_content())
        if text and len(text) <= EXTRACT_MAX_TITLE and not in_chrome(heading):
            return text, heading
    return (page_titles[0], None) if page_titles else (None, None)


def _heading_texts(heading: HtmlElement) -> list[str]:
    """A heading's text, and its leading text alone (an unclosed <h1> swallows what follows)."""
    texts = [clean(heading.text_content())]
    if len(heading) and clean(heading.text) and clean(heading.text) != texts[0]:
        texts.append(clean(heading.text))
    return [t for t in texts if t and len(t) <= EXTRACT_MAX_TITLE]


def _agree(text: str, page_titles: list[str], normal_titles: list[str]) -> str | None:
    """The title to use when a heading and a page title tell the same thing, else None."""
    normal = _norm(text)
    if normal:
        for title, normal_title in zip(page_titles, normal_titles, strict=False):
            if not normal_title:
                continue
            if normal_title.startswith(normal) and len(normal) >= 0.3 * len(normal_title):
                return text
            if normal.startswith(normal_title) and len(normal_title) >= 3:
                return title
            if len(normal_title) >= 10 and normal_title in normal and len(normal) < 2 * len(
                    normal_title) + 60:
                return title
    return None


def find_price(tree: HtmlElement, heading: HtmlElement | None, *, country: str | None,
               currency: str | None, skip: set[HtmlElement]) -> Price | None:
    """Price-named elements first, then the first standalone price after the main heading."""
    for element in tree.iter():
        if not isinstance(element.tag, str) or element in skip:
            continue
        hint = hints(element)
        if not _PRICE_HINT.search(hint) or _NOT_PRICE_HINT.search(hint) or in_chrome(element):
            continue
        if element.tag in ("input", "select", "option", "form", "label", "button"):
            continue
        content = element.get("content") or element.get("data-price") or element.get("value")
        if content:
            price = parse_price(content, default_currency=currency, country=country,
                                bare_ok=True)
            if price is not None:
                marked = parse_price(clean(element.text_content()), country=country)
                return Price(price.amount, (marked.currency if marked else price.currency),
                             content)
        text = clean(element.text_content())
        if 0 < len(text) <= 80:
            price = parse_price(text, default_currency=currency, country=country, bare_ok=True)
            if price is not None and (price.currency or currency):
                return price
    if heading is not None:
        return _price_after(tree, heading, country, skip)
    return None


def _price_after(tree: HtmlElement, heading: HtmlElement, country: str | None,
                 skip: set[HtmlElement]) -> Price | None:
    """The first short element after the main heading whose text is only a price."""
    started = False
    seen = 0
    # An unclosed heading swallows the rest of the page: then its inside is searched too.
    proper = not any(node.tag in _BLOCKS for node in heading.iterdescendants())
    for node in tree.iter():
        if not isinstance(node.tag, str):
            continue
        if node is heading:
            started = True
            continue
        if not started or node in skip or (proper and heading in node.iterancestors()):
            continue
        seen += 1
        if seen > EXTRACT_PRICE_WINDOW:
            break
        text = clean(node.text_content())
        if text and len(text) <= 60 and any(ch.isdigit() for ch in text):
            price = is_price_text(text, country=country)
            if price is not None:
                return price
    return None


def find_description(tree: HtmlElement, title: str | None) -> str | None:
    """The longest description-named block (newlines kept), ignoring page chrome.

    Strong names ("description", "userbody") win over weak ones ("content", "details").
    """
    for strong, hint in ((True, _DESCRIPTION_HINTS[0]), (False, _DESCRIPTION_HINTS[1])):
        best = ""
        for element in tree.iter("div", "section", "p", "article", "td", "span"):
            if not hint.search(hints(element)) or in_chrome(element):
                continue
            pieces = [clean(piece) for _node, piece in text_nodes(element) if clean(piece)]
            text = "\n".join(pieces)
            if not strong and _direct_share(element, len(text)) < 0.5:
                continue  # a weakly named container of the whole page, not a text block
            first, _, rest = text.partition("\n")
            if rest and _DESCRIPTION_LABEL.match(first):
                text = rest  # "Description" heading inside the block
            if len(text) > len(best) and len(text) < 30000 and text != title:
                best = text
        if best:
            return best
        if strong:
            labelled = _labelled_description(tree)
            if labelled:
                return labelled
    return None


def _direct_share(element: HtmlElement, total: int) -> float:
    """Share of an element's text held in its own text nodes and inline children."""
    own = len(clean(element.text))
    for child in element:
        if isinstance(child.tag, str) and child.tag in _INLINE:
            own += len(clean(child.text_content()))
        own += len(clean(child.tail))
    return own / max(total, 1)


def _labelled_description(tree: HtmlElement) -> str | None:
    """The block after a "Description :" label (th/td, dt/dd, div pairs)."""
    for element in tree.iter("div", "span", "th", "dt", "h2", "h3", "h4", "strong", "b", "p"):
        if not _DESCRIPTION_LABEL.match(clean(element.text_content())):
            continue
        following = element.getnext()
        if following is not None:
            text = "\n".join(clean(p) for _n, p in text_nodes(following) if clean(p))
            if len(text) > 20:
                return text
    return None


def _photo_like(url: str) -> bool:
    """Not a logo, icon or interface picture. PNGs must carry an id ("sv-1009-1.png"):
    interface PNGs are named for what they show ("adviewv2_up.png", "picto_fb.png")."""
    if _BAD_IMAGE.search(url) or _UI_IMAGE.search(url.rsplit("/", 1)[-1]):
        return False
    path = url.split("?")[0].split("/", 3)[-1]
    if path.lower().endswith(".png"):
        return bool(re.search(r"\d{3}|[0-9a-f]{8}", path, re.IGNORECASE))
    return True


def find_images(tree: HtmlElement, base: str, skip: set[HtmlElement]) -> list[str]:
    """Absolute URLs of the listing's photos: img sources, lazy-load attributes, photo links."""
    found: list[str] = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element in skip:
            continue
        candidates = [element.get(attr) for attr in _IMAGE_ATTRS if element.get(attr)]
        if element.tag == "a" and _IMAGE_FILE.search(element.get("href") or ""):
            candidates.append(element.get("href"))
        if element.tag != "img" and element.tag != "a":
            candidates = [c for c in candidates if c and _IMAGE_FILE.search(c)]
        for candidate in candidates:
            url = absolute(base, candidate)
            if not url or url in found or not _photo_like(url):
                continue
            width = element.get("width") or ""
            if width.isdigit() and int(width) < 100:
                continue
            if in_chrome(element):
                continue
            found.append(url)
            if len(found) >= EXTRACT_MAX_IMAGES:
                return found
    return found


def find_category(tree: HtmlElement, title: str | None) -> str | None:
    """The deepest breadcrumb link that is not the listing itself ("Ventes immobilières")."""
    for element in tree.iter("nav", "ol", "ul", "div", "p"):
        if "breadcrumb" not in hints(element) and (element.get("aria-label") or "").lower() \
                not in ("breadcrumb", "breadcrumbs", "fil d'ariane"):
            continue
        names = [clean(link.text_content()) for link in element.iter("a")]
        names = [n for n in names if n and n != title and len(n) <= 80]
        if len(names) >= 2:
            return names[-1]
    return None
