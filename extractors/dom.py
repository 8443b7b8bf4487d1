"""Small helpers over lxml trees shared by the generic rules: parsing, text, attribute hints."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urljoin

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from extractors.exceptions import PageDecodeError

_INVISIBLE = ("script", "style", "noscript", "template", "svg", "iframe", "object")
_SPACE = re.compile(r"\s+")
_PARSER = lxml.html.HTMLParser(huge_tree=True, remove_blank_text=False)


def parse_html(text: str) -> HtmlElement:
    """An lxml tree for any HTML, however broken; raises PageDecodeError when there is none."""
    text = text.lstrip("\ufeff")
    if text.startswith("<?xml"):
        text = re.sub(r"^<\?xml[^>]*>", "", text)
    try:
        # huge_tree: hostile pages nest past libxml2's default depth of 256 and would be cut
        # short; the body size is capped before parsing (EXTRACT_MAX_BODY_BYTES).
        tree = lxml.html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise PageDecodeError(f"no HTML in the page: {exc}") from exc
    return tree


def drop_invisible(tree: HtmlElement) -> None:
    """Remove scripts, styles and comments in place (after metadata was read from them)."""
    for element in list(tree.iter(*_INVISIBLE)):
        parent = element.getparent()
        if parent is not None:
            element.drop_tree()
    for comment in list(tree.iter(etree.Comment)):
        parent = comment.getparent()
        if parent is not None:
            tail = comment.tail
            parent.remove(comment)
            if tail:  # keep the text that followed the comment
                prev = comment.getprevious()
                if prev is not None:
                    prev.tail = (prev.tail or "") + tail
                else:
                    parent.text = (parent.text or "") + tail


def clean(text: str | None) -> str:
    """Collapse whitespace (including NBSP) and trim."""
    return _SPACE.sub(" ", (text or "").replace("\u00a0", " ")).strip()


def text_of(element: HtmlElement) -> str:
    """Visible text of an element, block boundaries kept as spaces."""
    parts: list[str] = []
    for _owner, piece in text_nodes(element):
        parts.append(piece)
    return clean(" ".join(parts))


def text_nodes(element: HtmlElement) -> Iterator[tuple[HtmlElement, str]]:
    """(element, text) for every non-blank text node under ``element``, in reading order."""
    for node in element.iter():
        if not isinstance(node.tag, str):
            continue
        if node.text and node.text.strip():
            yield node, node.text
        for child in node:
            if child.tail and child.tail.strip():
                yield node, child.tail


def hints(element: HtmlElement) -> str:
    """Lower-case class, id, itemprop, name and data-* of an element: where sites name roles."""
    values = [element.get(key, "") for key in ("class", "id", "itemprop", "name", "role")]
    for key, value in element.attrib.items():
        if key.startswith("data-") and key != _CHROME_MARK:
            values.append(key)
            values.append(value[:120])
    return " ".join(values).lower()


def absolute(base: str, link: str | None) -> str | None:
    """``link`` made absolute against ``base``; None for javascript:, mailto:, data: and '#'."""
    if not link:
        return None
    link = link.strip()
    if not link or link.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return None
    try:
        return urljoin(base, link)
    except ValueError:
        return None


def ancestors(element: HtmlElement) -> Iterator[HtmlElement]:
    parent = element.getparent()
    while parent is not None:
        yield parent
        parent = parent.getparent()


_CHROME_MARK = "data-wildtrace-chrome"


def mark_chrome(tree: HtmlElement) -> None:
    """Mark every element inside page chrome once, so :func:`in_chrome` is a lookup."""
    for element in tree.iter():
        if isinstance(element.tag, str) and _is_chrome_root(element):
            for node in element.iter():
                if isinstance(node.tag, str):
                    node.set(_CHROME_MARK, "1")


def in_chrome(element: HtmlElement) -> bool:
    """True inside page chrome (header, nav, footer, aside), where listing fields never are."""
    return element.get(_CHROME_MARK) is not None


def visible_text_nodes(tree: HtmlElement, skip: set[HtmlElement]) -> list[tuple[HtmlElement, str]]:
    """Text nodes outside page chrome and outside ``skip`` (the tiles of related listings)."""
    return [(n, t) for n, t in text_nodes(tree) if n not in skip and not in_chrome(n)]


def _is_chrome_root(node: HtmlElement) -> bool:
    if node.get(_CHROME_MARK) is not None:
        return False  # already inside marked chrome
    if node.tag in ("nav", "footer", "aside"):
        return True
    parent = node.getparent()
    if node.tag == "header" and parent is not None and parent.tag == "body":
        return True
    return (node.get("role") or "").lower() in ("navigation", "banner", "contentinfo")
