"""Seller, location and posting date found by their labels or role names, in many languages.

Sites label these fields in text ("Location:", "Ville :", "Vendedor:", "Ngày đăng:", "所在地")
or name them in markup (class "seller", "upload_by", "location", "date"). Both are read; values
inside page chrome (header menus, footers) are ignored.
"""

from __future__ import annotations

import re
from datetime import datetime

from lxml.html import HtmlElement

from extractors.dates import parse_date
from extractors.dom import absolute, clean, hints, in_chrome, visible_text_nodes

_LABEL_END = r"\s*[:：]?\s*"
LOCATION_LABELS = re.compile(
    r"^(?:(?:item |ad |product |seller )?location|located in|city|town|area|region|address|"
    r"zona|zone|barrio|bairro|ville|commune|lieu|localisation|adresse|"
    r"ubicaci[oó]n|localidad|ciudad|provincia|localiza[cç][aã]o|cidade|endere[cç]o|standort|"
    r"ort|stadt|citt[aà]|localit[aà]|lokasi|kota|alamat|[đd][iị]a ch[iỉ]|khu v[uự]c|"
    r"t[iỉ]nh th[aà]nh|所在地|地区|发货地|地址|位置|ที่อยู่|จังหวัด|الموقع|المدينة)" + _LABEL_END,
    re.IGNORECASE)
COUNTRY_LABELS = re.compile(r"^(?:country|pays|pa[ií]s|land|paese|negara|qu[oố]c gia|国家|"
                            r"国家/地区|ประเทศ|البلد)" + _LABEL_END, re.IGNORECASE)
POSTAL_LABELS = re.compile(r"^(?:code postal|postal code|zip(?: code)?|cp|plz|cep|c[oó]digo "
                           r"postal|postleitzahl|mã bưu chính)" + _LABEL_END, re.IGNORECASE)
SELLER_LABELS = re.compile(
    r"^(?:seller details|seller information|seller info|about the seller|about this seller|"
    r"seller|sold by|sales? person|posted by|listed by|vendor|vendeur|vendu par|annonceur|"
    r"vendedor|vendido por|anunciante|verk[aä]ufer|venditore|penjual|ng[uư][oờ]i b[aá]n|"
    r"người đăng|卖家|商家|店铺|掌柜|ผู้ขาย|البائع)" + _LABEL_END, re.IGNORECASE)
POSTED_LABELS = re.compile(
    r"(?:posted|published|listed|date|fecha|datum|日期|วันที่|mise en ligne|publi[ée]e?|"
    r"d[ée]pos[ée]e?|publicado|"
    r"ver[öo]ffentlicht|eingestellt|pubblicato|inserito|diposting|ditayangkan|ng[aà]y [đd][aă]ng|"
    r"[đd][aă]ng l[uú]c|发布|发布时间|上架|掲載|ลงประกาศ|تاريخ النشر)", re.IGNORECASE)
_SELLER_HINT = re.compile(r"seller|vendor|vendeur|annonceur|owner|author|upload_?by|poster|"
                          r"advertiser|merchant|dealer|vendedor|anunciante|verkaeufer|penjual|"
                          r"nguoi-?ban|shop-?name|store-?name|user-?name|username|member-?name|"
                          r"profile-?name|pseudo|nickname")
_SELLER_URL = re.compile(r"/(?:user|users|u|profile|profil|perfil|seller|sellers|shop|store|member|"
                         r"members|vendor|vendeur|vendedor|verkaeufer|people|usr|str|cua-hang|"
                         r"nguoi-ban|penjual|toko|boutique|tienda|loja)/", re.IGNORECASE)
_NOT_SELLER = re.compile(r"^(?:contact|reply|message|send|call|show|voir|afficher|login|log in|"
                         r"sign|connexion|se connecter|my |mon |profile|profil|follow|report|"
                         r"signaler|share|partager|more|plus|see|view)", re.IGNORECASE)
_LOCATION_HINT = re.compile(r"location|locality|city|address|region|place|item_?supp|"
                            r"geo|area|ville|lieu|ubicacion|dia-?chi|khu-?vuc|lokasi")
# "Listed 3 days ago in Miami, FL", "Publié il y a 2 jours à Lyon".
_LISTED_IN = re.compile(r"(?:listed|posted|publi[ée]e?|publicado|đăng).{0,40}?\s(?:in|à|en|em|tại)"
                        r"\s+([^\W\d][\w .,'’-]{1,60})$", re.IGNORECASE)
_DATE_HINT = re.compile(r"date|time|posted|published|created|upload|mise-?en-?ligne|ngay")


def _value_after(nodes: list[tuple[HtmlElement, str]], index: int, label: re.Pattern[str]) -> str:
    """The text after a label in the same node, or the next text node (th/td, dt/dd)."""
    text = clean(nodes[index][1])
    match = label.search(text)
    rest = clean(text[match.end():]) if match else ""
    if rest:
        return rest
    if index + 1 < len(nodes):
        return clean(nodes[index + 1][1])
    return ""


def _usable(text: str, limit: int = 80) -> bool:
    return 1 < len(text) <= limit and not text.replace(" ", "").isdigit()


Nodes = list[tuple[HtmlElement, str]]


def find_location(tree: HtmlElement, skip: set[HtmlElement],
                  nodes: Nodes | None = None) -> str | None:
    nodes = visible_text_nodes(tree, skip) if nodes is None else nodes
    for index, (_node, text) in enumerate(nodes):
        if LOCATION_LABELS.match(clean(text)) and len(clean(text)) < 120:
            value = _value_after(nodes, index, LOCATION_LABELS)
            if _usable(value, 100) and not LOCATION_LABELS.match(value):
                postal = _postal(nodes, index)
                return f"{value} ({postal})" if postal and postal not in value else value
    for _node, text in nodes:
        match = _LISTED_IN.search(clean(text))
        if match:
            return match.group(1).strip(" .")
    for element in tree.iter("span", "div", "p", "td", "li", "address", "a"):
        if element in skip or not _LOCATION_HINT.search(hints(element)):
            continue
        text = clean(element.text_content())
        if _usable(text, 100) and not in_chrome(element):
            return text
    return None


def find_country(tree: HtmlElement, location: str | None, skip: set[HtmlElement],
                 nodes: Nodes | None = None) -> str | None:
    """ISO country shown as "País: ES" / "Country: KE", or at the end of a place "Madrid (ES)"."""
    if location:
        match = re.search(r"\(([A-Z]{2})\)\s*$", location)
        if match:
            return match.group(1)
    nodes = visible_text_nodes(tree, skip) if nodes is None else nodes
    for index, (_node, text) in enumerate(nodes):
        if COUNTRY_LABELS.match(clean(text)) and len(clean(text)) < 40:
            value = _value_after(nodes, index, COUNTRY_LABELS)
            if re.fullmatch(r"[A-Z]{2}", value):
                return value
    return None


def _postal(nodes: list[tuple[HtmlElement, str]], index: int) -> str | None:
    for node_index in range(index + 1, min(index + 8, len(nodes))):
        text = clean(nodes[node_index][1])
        if POSTAL_LABELS.match(text):
            value = _value_after(nodes, node_index, POSTAL_LABELS)
            return value if re.fullmatch(r"[\w -]{3,10}", value) else None
    return None


def find_seller(tree: HtmlElement, base: str, skip: set[HtmlElement],
                nodes: Nodes | None = None) -> tuple[str | None, str | None]:
    """(seller name, seller profile URL) from labels, role-named elements or profile links."""
    nodes = visible_text_nodes(tree, skip) if nodes is None else nodes
    for index, (_node, text) in enumerate(nodes):
        if SELLER_LABELS.match(clean(text)) and len(clean(text)) < 80:
            value = _value_after(nodes, index, SELLER_LABELS)
            if _usable(value, 60) and not _NOT_SELLER.match(value):
                return value, _link_near(nodes, index, base)
    for element in tree.iter():
        if not isinstance(element.tag, str) or element in skip:
            continue
        hinted = _SELLER_HINT.search(hints(element))
        href = element.get("href") if element.tag == "a" else None
        if not hinted and not (href and _SELLER_URL.search(href)):
            continue
        if in_chrome(element):
            continue
        links = [element] if element.tag == "a" else list(element.iter("a"))
        for link in links[:3]:
            name = clean(link.text_content())
            if _usable(name, 60) and not _NOT_SELLER.match(name):
                return name, absolute(base, link.get("href"))
        if hinted and element.tag in ("span", "strong", "b", "p", "div"):
            name = clean(element.text_content())
            if _usable(name, 40) and not _NOT_SELLER.match(name):
                return name, None
    return None, None


def _link_near(nodes: list[tuple[HtmlElement, str]], index: int, base: str) -> str | None:
    """The href of a link holding the label's text or the text right after it."""
    for node, _text in nodes[index:index + 2]:
        for candidate in (node, *node.iterancestors()):
            if candidate.tag == "a" and candidate.get("href"):
                return absolute(base, candidate.get("href"))
            if candidate.tag in ("div", "td", "li", "p", "body"):
                break
    return None


def find_posted(tree: HtmlElement, skip: set[HtmlElement], *, reference: datetime | None,
                month_first: bool, nodes: Nodes | None = None) -> str | None:
    for element in tree.iter("time"):
        if element in skip or in_chrome(element):
            continue
        for value in (element.get("datetime"), element.text_content()):
            parsed = parse_date(clean(value or ""), reference=reference, month_first=month_first)
            if parsed:
                return parsed
    nodes = visible_text_nodes(tree, skip) if nodes is None else nodes
    for index, (node, text) in enumerate(nodes):
        text = clean(text)
        hinted = _DATE_HINT.search(hints(node))
        if len(text) > 160 or not (hinted or POSTED_LABELS.search(text)):
            continue
        window = " ".join(clean(t) for _n, t in nodes[index:index + 3])[:200]
        parsed = parse_date(window, reference=reference, month_first=month_first)
        if parsed:
            return parsed
    return None


def seller_id_from_url(url: str) -> str | None:
    """The seller's id in a profile URL ("/usr/oldcurios_tx", "/marketplace/profile/100064/")."""
    match = _SELLER_URL.search(url)
    if not match:
        return None
    rest = url[match.end():].split("?")[0].split("#")[0].strip("/")
    first = rest.split("/")[0] if rest else ""
    return first or None
