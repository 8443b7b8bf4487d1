"""Which links of a page to follow, and as what: listing, result page, or just a page.

Profile rules come first (CSS selectors for listing links and the next page, URL patterns).
Without them (generic mode) the page's content decides: listing links found by the
extractors (repeated result tiles), ``rel=next`` and "next"-worded pagination links in many
languages, URL shapes typical of listings and of page numbers, then any other link of the
same site at the lowest priority.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urldefrag, urljoin, urlsplit

from crawlers.profiles import Profile

if TYPE_CHECKING:
    from scrapy.http import TextResponse

    from wildtrace.models import PageExtraction

NEXT_WORDS = re.compile(
    r"^\s*(next|next page|more results|suivant|suivante|page suivante|siguiente|"
    r"próxima|seguinte|weiter|nächste|avanti|successiva|volgende|下一页|下一頁|下页|次へ|"
    r"다음|trang sau|tiếp|sau|далее|следующая|»|›|>|>>|→)\s*[»›>→]?\s*$", re.IGNORECASE)
PAGE_URL = re.compile(r"([?&](page|p|pg|pagenum|o|start|offset|s)=\d+)|(/page/\d+)|(/p\d+\b)",
                      re.IGNORECASE)
LISTING_URL = re.compile(
    r"(/(item|items|ad|ads|annonce|annonces|anuncio|listing|listings|offer|offers|product|"
    r"products|produit|producto|post|posting|detail|details|view|vi|itm|goods|sp)[/_-])|"
    r"(\d{5,}\.html?$)|([/_-]\d{4,}(\.html?)?$)|(/#/(item|listing|product)/)",
    re.IGNORECASE)
SKIP_URL = re.compile(
    r"\.(jpe?g|png|gif|webp|svg|ico|css|js|pdf|zip|gz|mp4|mp3|woff2?|ttf|xml|rss)(\?|$)|"
    r"/(login|logout|signin|signup|sign-in|sign-up|register|account|cart|checkout|basket|"
    r"password|auth|oauth|share|print|help|faq|terms|privacy|cookies?|contact)\b",
    re.IGNORECASE)


@dataclass(frozen=True)
class Link:
    url: str
    kind: str  # listing | results | page
    priority: int


def same_site(url: str, allowed: list[str]) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == d.lower() or host.endswith("." + d.lower()) for d in allowed)


def _clean(base: str, href: str | None) -> str | None:
    if not href:
        return None
    href = href.strip()
    if href.startswith(("mailto:", "tel:", "javascript:", "data:", "sms:", "whatsapp:")):
        return None
    url = urljoin(base, href)
    if "#/" not in url:  # keep hash routes of single-page apps, drop plain fragments
        url = urldefrag(url)[0]
    if urlsplit(url).scheme not in ("http", "https"):
        return None
    return url


def _matches(url: str, patterns: list[re.Pattern[str]]) -> bool:
    return any(p.search(url) for p in patterns)


def discover_links(response: TextResponse, extraction: PageExtraction,
                   profile: Profile) -> list[Link]:
    """The links of ``response`` worth following, best first, each once."""
    base = response.url
    found: dict[str, Link] = {}

    def add(href: str | None, kind: str, priority: int) -> None:
        url = _clean(base, href)
        if url is None or url == base or not same_site(url, profile.allowed_domains):
            return
        if _matches(url, profile.deny_url_patterns) or (SKIP_URL.search(url) and
                                                       kind != "listing"):
            return
        old = found.get(url)
        if old is None or old.priority < priority:
            found[url] = Link(url, kind, priority)

    for item in extraction.listings:
        add(item.url, "listing", 30)
    selector = profile.extract.get("listing_links")
    if selector:
        for href in response.css(selector).xpath("(self::a | .//a)/@href").getall():
            add(href, "listing", 30)
    next_selector = profile.extract.get("next_page")
    if next_selector:
        for href in response.css(next_selector).xpath("(self::a | .//a)/@href").getall():
            add(href, "results", 20)
    for href in response.xpath("//link[@rel='next']/@href | //a[@rel='next']/@href").getall():
        add(href, "results", 20)

    anchors = response.xpath("//a[@href]")
    profiled = bool(profile.listing_url_patterns or selector)
    for anchor in anchors:
        url = _clean(base, anchor.attrib.get("href"))
        if url is None:
            continue
        text = " ".join(anchor.xpath(".//text()").getall()).strip()
        label = (anchor.attrib.get("aria-label") or anchor.attrib.get("title") or "").strip()
        if _matches(url, profile.listing_url_patterns):
            add(url, "listing", 30)
        elif (_matches(url, profile.results_url_patterns) or NEXT_WORDS.match(text)
              or NEXT_WORDS.match(label)):
            add(url, "results", 20)
        elif _matches(url, profile.follow_url_patterns):
            add(url, "page", 5)
        elif not profiled:
            if LISTING_URL.search(url):
                add(url, "listing", 25)
            elif PAGE_URL.search(url):
                add(url, "results", 15)
            else:
                add(url, "page", 0)
    return sorted(found.values(), key=lambda link: -link.priority)
