"""Site profiles: one TOML file per marketplace says how to crawl it (schema in README.md).

A profile is data, never code. :func:`load_profile` reads and validates one, with errors that
name the file, the key and what was expected; :func:`generic_profile` builds the profile used
when a site has none (crawl the start URL's site, recognise pages by their content).
"""

from __future__ import annotations

import logging
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from crawlers.exceptions import ProfileError

log = logging.getLogger(__name__)

SECTIONS = {"site", "crawl", "extract", "render", "politeness"}
_KEYS: dict[str, dict[str, type | tuple[type, ...]]] = {
    "site": {"name": str, "country": str, "languages": list, "currency": str,
             "allowed_domains": list},
    "crawl": {"start_paths": list, "search_urls": list, "search_terms": list,
              "search_terms_limit": int, "listing_url_patterns": list,
              "results_url_patterns": list, "follow_url_patterns": list,
              "deny_url_patterns": list, "max_pages": int, "removed_markers": list},
    "render": {"enabled": bool, "wait_for": str, "wait_until": str, "scrolls": int,
               "load_more": str, "load_more_clicks": int},
    "politeness": {"obey_robots": bool, "robots_off_reason": str, "delay": (int, float),
                   "concurrency": int, "autothrottle": bool, "user_agent": str, "proxy": str},
}
EXTRACT_KEYS = {"title", "description", "price", "currency", "seller", "seller_url", "location",
                "posted", "images", "listing_links", "next_page", "removed"}


@dataclass
class Profile:
    """A validated site profile (``path`` is None for the generic profile)."""

    name: str
    path: Path | None = None
    country: str | None = None
    languages: list[str] = field(default_factory=list)
    currency: str | None = None
    allowed_domains: list[str] = field(default_factory=list)
    start_paths: list[str] = field(default_factory=list)
    search_urls: list[str] = field(default_factory=list)
    search_terms: list[str] = field(default_factory=list)
    search_terms_limit: int | None = None
    listing_url_patterns: list[re.Pattern[str]] = field(default_factory=list)
    results_url_patterns: list[re.Pattern[str]] = field(default_factory=list)
    follow_url_patterns: list[re.Pattern[str]] = field(default_factory=list)
    deny_url_patterns: list[re.Pattern[str]] = field(default_factory=list)
    removed_markers: list[str] = field(default_factory=list)
    max_pages: int | None = None
    extract: dict[str, str] = field(default_factory=dict)
    render: bool = False
    render_wait_for: str | None = None
    render_wait_until: str = "networkidle"
    render_scrolls: int = 0
    render_load_more: str | None = None
    render_load_more_clicks: int = 0
    obey_robots: bool | None = None
    robots_off_reason: str | None = None
    delay: float | None = None
    concurrency: int | None = None
    autothrottle: bool | None = None
    user_agent: str | None = None
    proxy: str | None = None

    @property
    def generic(self) -> bool:
        return self.path is None

    def extractor_profile(self) -> dict[str, Any]:
        """The mapping the extractors take: ``{"site": {...}, "extract": {...}}``."""
        return {
            "site": {"name": self.name, "country": self.country,
                     "language": self.languages[0] if self.languages else None,
                     "languages": list(self.languages), "currency": self.currency},
            "extract": dict(self.extract),
        }

    def for_start_url(self, start_url: str) -> Profile:
        """Without ``site.allowed_domains`` a crawl stays on the start URL's host."""
        if not self.allowed_domains:
            self.allowed_domains = [urlsplit(start_url).hostname or ""]
        return self

    def start_urls(self, start_url: str) -> list[str]:
        urls = [start_url] + [urljoin(start_url, p) for p in self.start_paths]
        return list(dict.fromkeys(urls))


def _fail(path: Path, message: str) -> ProfileError:
    return ProfileError(f"profile {path}: {message}")


def _check_type(path: Path, where: str, value: Any, expected: type | tuple[type, ...]) -> None:
    if isinstance(value, bool) and expected in (int, (int, float)):
        raise _fail(path, f"{where} must be a number, not true/false")
    if not isinstance(value, expected):
        names = (expected,) if isinstance(expected, type) else expected
        wanted = " or ".join({"str": "a string", "list": "a list", "int": "an integer",
                              "float": "a number", "bool": "true or false"}[t.__name__]
                             for t in names)
        raise _fail(path, f"{where} must be {wanted}, got {value!r}")
    if isinstance(value, list) and not all(isinstance(v, str) for v in value):
        raise _fail(path, f"{where} must be a list of strings")


def _patterns(path: Path, where: str, values: list[str]) -> list[re.Pattern[str]]:
    compiled = []
    for value in values:
        try:
            compiled.append(re.compile(value))
        except re.error as exc:
            raise _fail(path, f"{where}: {value!r} is not a valid regex ({exc})") from exc
    return compiled


def load_profile(path: str | Path) -> Profile:
    """Read and validate a TOML site profile; raise :class:`ProfileError` naming the problem."""
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ProfileError(f"profile {path}: no such file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(f"profile {path}: cannot read it ({exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"profile {path}: not valid TOML ({exc})") from exc
    unknown = set(raw) - SECTIONS
    if unknown:
        raise _fail(path, f"unknown section(s) {sorted(unknown)}; expected {sorted(SECTIONS)}")
    for section, keys in _KEYS.items():
        table = raw.get(section, {})
        if not isinstance(table, dict):
            raise _fail(path, f"[{section}] must be a table")
        for key, value in table.items():
            if key not in keys:
                raise _fail(path, f"unknown key {section}.{key}; expected one of {sorted(keys)}")
            _check_type(path, f"{section}.{key}", value, keys[key])
    extract = raw.get("extract", {})
    if not isinstance(extract, dict):
        raise _fail(path, "[extract] must be a table of CSS selectors")
    for key, value in extract.items():
        if key not in EXTRACT_KEYS:
            raise _fail(path, f"unknown key extract.{key}; expected one of {sorted(EXTRACT_KEYS)}")
        _check_type(path, f"extract.{key}", value, str)
    return _build(path, raw)


def _build(path: Path, raw: dict[str, Any]) -> Profile:
    site, crawl = raw.get("site", {}), raw.get("crawl", {})
    render, polite = raw.get("render", {}), raw.get("politeness", {})
    if "name" not in site:
        raise _fail(path, "site.name is required (it names the marketplace in the store)")
    for template in crawl.get("search_urls", []):
        if "{query}" not in template:
            raise _fail(path, f"crawl.search_urls: {template!r} has no {{query}} placeholder")
    for key in ("max_pages", "search_terms_limit"):
        if key in crawl and crawl[key] < 1:
            raise _fail(path, f"crawl.{key} must be at least 1")
    if polite.get("obey_robots") is False and not polite.get("robots_off_reason", "").strip():
        raise _fail(path, "politeness.obey_robots = false needs politeness.robots_off_reason")
    if "concurrency" in polite and polite["concurrency"] < 1:
        raise _fail(path, "politeness.concurrency must be at least 1")
    if "delay" in polite and polite["delay"] < 0:
        raise _fail(path, "politeness.delay must not be negative")
    proxy = polite.get("proxy")
    if proxy and urlsplit(proxy).scheme not in ("http", "https", "socks5", "socks5h"):
        raise _fail(path, f"politeness.proxy {proxy!r} must be an http(s):// or socks5:// URL")
    if proxy and proxy.startswith("socks") and not render.get("enabled", False):
        raise _fail(path, "a socks5:// proxy needs render.enabled = true (Scrapy's own "
                          "downloader speaks HTTP proxies only)")
    return Profile(
        name=site["name"], path=path, country=site.get("country"),
        languages=list(site.get("languages", [])), currency=site.get("currency"),
        allowed_domains=list(site.get("allowed_domains", [])),
        start_paths=list(crawl.get("start_paths", [])),
        search_urls=list(crawl.get("search_urls", [])),
        search_terms=list(crawl.get("search_terms", [])),
        search_terms_limit=crawl.get("search_terms_limit"),
        listing_url_patterns=_patterns(path, "crawl.listing_url_patterns",
                                       crawl.get("listing_url_patterns", [])),
        results_url_patterns=_patterns(path, "crawl.results_url_patterns",
                                       crawl.get("results_url_patterns", [])),
        follow_url_patterns=_patterns(path, "crawl.follow_url_patterns",
                                      crawl.get("follow_url_patterns", [])),
        deny_url_patterns=_patterns(path, "crawl.deny_url_patterns",
                                    crawl.get("deny_url_patterns", [])),
        removed_markers=list(crawl.get("removed_markers", [])),
        max_pages=crawl.get("max_pages"), extract=dict(raw.get("extract", {})),
        render=render.get("enabled", False), render_wait_for=render.get("wait_for"),
        render_wait_until=render.get("wait_until", "networkidle"),
        render_scrolls=render.get("scrolls", 0), render_load_more=render.get("load_more"),
        render_load_more_clicks=render.get("load_more_clicks", 0),
        obey_robots=polite.get("obey_robots"), robots_off_reason=polite.get("robots_off_reason"),
        delay=polite.get("delay"), concurrency=polite.get("concurrency"),
        autothrottle=polite.get("autothrottle"), user_agent=polite.get("user_agent"),
        proxy=proxy,
    )


def generic_profile(start_url: str) -> Profile:
    """The profile of a site nobody described: stay on its host, recognise pages by content."""
    host = urlsplit(start_url).hostname or "site"
    name = host.removeprefix("www.")
    return Profile(name=name, allowed_domains=[host])
