"""The marketplace spider: one spider for every site, driven by a profile (or none).

It starts from the start URL, the profile's start paths, its search URLs filled with watchlist
terms and the listings to re-visit; extracts every page with the extractors; yields one
:class:`~crawlers.items.PageRecord` per page and follows the links :mod:`crawlers.links`
selects, within the page budget. A crawl resumed after a kill starts from the journal's
pending requests instead.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import quote_plus, urljoin

from scrapy import Request, Spider, signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from crawlers.items import PageRecord
from crawlers.journal import CrawlJournal
from crawlers.links import discover_links
from crawlers.profiles import Profile
from wildtrace.models import PageExtraction

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

log = logging.getLogger(__name__)

Extract = Callable[..., PageExtraction]
REMOVED_WORDS = ("this listing has been removed", "listing removed", "no longer available",
                 "annonce supprimée", "annonce n'est plus disponible", "anuncio eliminado",
                 "ya no está disponible", "已下架", "商品已删除", "tin đã bị xóa")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class MarketplaceSpider(Spider):
    name = "marketplace"

    def __init__(self, *, start_url: str, profile: Profile, journal: CrawlJournal,
                 extract: Extract, max_pages: int, search_terms: list[str] | None = None,
                 revisit_urls: list[str] | None = None, resume: bool = True,
                 shared_idle_seconds: float | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_url = start_url
        self.profile = profile
        self.journal = journal
        self.extract = extract
        self.max_pages = max_pages
        self.search_terms = search_terms or []
        self.revisit_urls = revisit_urls or []
        self.resume = resume
        self.allowed_domains = list(profile.allowed_domains)
        self.scheduled = 0
        self.removed_markers = [m.lower() for m in profile.removed_markers] or list(REMOVED_WORDS)
        self.shared_idle_seconds = shared_idle_seconds
        self.empty_since: float | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **kwargs)
        if spider.shared_idle_seconds is not None:
            crawler.signals.connect(spider.idle, signal=signals.spider_idle)
        return spider

    def idle(self) -> None:
        """On a shared frontier: keep going while it holds requests, then wait a little
        (another worker's pages in flight may still add some) before stopping."""
        assert self.shared_idle_seconds is not None
        import redis

        settings = self.crawler.settings
        client = redis.Redis.from_url(settings["REDIS_URL"])
        try:
            waiting = int(client.zcard(settings["SCHEDULER_QUEUE_KEY"]))
        except redis.RedisError as exc:
            log.error("shared frontier unreadable, stopping this worker: %s", exc)
            return
        finally:
            client.close()
        now = time.monotonic()
        log.info("idle on the shared frontier: %d requests waiting there", waiting)
        if waiting:
            self.empty_since = None
            raise DontCloseSpider
        if self.empty_since is None:
            self.empty_since = now
        if now - self.empty_since < self.shared_idle_seconds:
            raise DontCloseSpider

    # --- requests ----------------------------------------------------------------------------
    def make_request(self, url: str, kind: str, depth: int = 0, *, fp: str | None = None,
                     priority: int = 0) -> Request:
        meta: dict[str, Any] = {"wt_kind": kind, "wt_depth": depth}
        if fp is not None:
            meta["wt_fp"] = fp
        if self.profile.render:
            meta.update(self._render_meta())
        return Request(url, callback=self.parse, errback=self.failed, meta=meta,
                       priority=priority, dont_filter=fp is not None)

    def _render_meta(self) -> dict[str, Any]:
        from scrapy_playwright.page import PageMethod

        methods = []
        if self.profile.render_wait_for:
            methods.append(PageMethod("wait_for_selector", self.profile.render_wait_for))
        else:
            methods.append(PageMethod("wait_for_load_state", self.profile.render_wait_until))
        if self.profile.render_scrolls:
            methods.append(PageMethod("evaluate", _GROW_JS, [None, self.profile.render_scrolls]))
        if self.profile.render_load_more and self.profile.render_load_more_clicks:
            methods.append(PageMethod("evaluate", _GROW_JS, [self.profile.render_load_more,
                                                             self.profile.render_load_more_clicks]))
        return {"playwright": True, "playwright_page_methods": methods}

    def _budget_left(self) -> bool:
        return self.scheduled < self.max_pages

    def _new(self, url: str, kind: str, depth: int, priority: int = 0) -> Request | None:
        request = self.make_request(url, kind, depth, priority=priority)
        assert self.crawler.request_fingerprinter is not None
        if self.journal.seen(self.crawler.request_fingerprinter.fingerprint(request).hex()):
            return None
        if not self._budget_left():
            return None
        self.scheduled += 1
        return request

    async def start(self) -> AsyncIterator[Any]:
        if self.resume and self.journal.requests_count():
            pending = self.journal.pending()
            self.scheduled = self.journal.requests_count()
            log.info("resuming: %d pending requests of %d", len(pending), self.scheduled)
            for row in pending:
                yield self.make_request(row.url, row.kind, row.depth, fp=row.fp)
            return
        # claim the budget of every initial request before the first is yielded: Scrapy pulls
        # from start() lazily, between callbacks, and links found on the first pages would
        # otherwise spend the third kept for re-visits (a removed listing then goes unnoticed)
        for request in list(self._initial_requests()):
            yield request

    def _initial_requests(self) -> Iterator[Request]:
        wanted = [(url, "start", 10) for url in self.profile.start_urls(self.start_url)]
        searches = [(t, term) for t in self.profile.search_urls for term in self.search_terms]
        # searches and re-visits each take at most a third of the budget: discovery keeps one
        wanted += [(urljoin(self.start_url, template.replace("{query}", quote_plus(term))),
                    "search", 5) for template, term in searches[:max(1, self.max_pages // 3)]]
        wanted += [(url, "revisit", 1) for url in self.revisit_urls[:self.max_pages // 3]]
        first_kind: dict[str, tuple[str, int]] = {}
        for url, kind, priority in wanted:  # one request per URL, of the first kind named
            first_kind.setdefault(url, (kind, priority))
        for url, (kind, priority) in first_kind.items():
            request = self._new(url, kind, 0, priority=priority)
            if request is not None:
                yield request

    # --- responses -----------------------------------------------------------------------------
    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        fp = response.meta.get("wt_fp")
        kind = response.meta.get("wt_kind", "page")
        depth = int(response.meta.get("wt_depth", 0))
        fetched_at = _now()
        if response.status in (404, 410):
            yield PageRecord(response.url, fp, response.status, fetched_at, "removed",
                             removed=kind in ("listing", "revisit"))
            return
        if not isinstance(response, TextResponse):
            yield PageRecord(response.url, fp, response.status, fetched_at, "other")
            return
        extraction = self.extract(
            response.body, response.url,
            content_type=(response.headers.get("Content-Type") or b"").decode("latin-1") or None,
            encoding=response.encoding, profile=self.profile.extractor_profile())
        if kind in ("listing", "revisit") and self._looks_removed(response, extraction):
            yield PageRecord(response.url, fp, response.status, fetched_at, "removed",
                             removed=True)
            return
        for link in discover_links(response, extraction, self.profile):
            request = self._new(link.url, link.kind, depth + 1, priority=link.priority)
            if request is not None:
                yield request
        is_listing = extraction.page_type == "listing" and bool(extraction.title)
        if is_listing and self.profile.listing_url_patterns:  # the profile knows better
            is_listing = any(p.search(response.url) for p in self.profile.listing_url_patterns)
        yield PageRecord(response.url, fp, response.status, fetched_at, extraction.page_type,
                         listing=extraction if is_listing else None)

    def _looks_removed(self, response: TextResponse, extraction: PageExtraction) -> bool:
        if extraction.page_type == "listing":
            return False
        selector = self.profile.extract.get("removed")
        if selector and response.css(selector):
            return True
        text = " ".join(response.xpath("//title//text() | //h1//text()").getall()).lower()
        return any(marker in text for marker in self.removed_markers)

    def failed(self, failure: Failure) -> None:
        request = getattr(failure, "request", None)
        url = request.url if request is not None else "?"
        log.warning("request failed: %s: %s", url, failure.getErrorMessage())
        fp = request.meta.get("wt_fp") if request is not None else None
        if fp:
            self.journal.request_failed(fp)
        else:
            self.journal.bump("errors")


# Press "load more" (selector) or scroll to the end (null) up to `times` times, each time
# waiting (at most 2.5 s) for more links to appear; stop when none do.
_GROW_JS = """async ([selector, times]) => {
  const count = () => document.querySelectorAll("a[href]").length;
  for (let i = 0; i < times; i++) {
    const before = count();
    if (selector) {
      const button = document.querySelector(selector);
      if (!button || button.hidden || button.disabled) break;
      button.click();
    } else {
      window.scrollTo(0, document.body.scrollHeight);
    }
    for (let k = 0; k < 50 && count() === before; k++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (count() === before) break;
  }
}"""
