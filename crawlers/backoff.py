"""Back-off between retries: Scrapy's RetryMiddleware retries at once; this waits first.

A request carrying ``retry_times`` (set by RetryMiddleware) waits
``CRAWL_RETRY_BACKOFF * 2 ** (retry_times - 1)`` seconds, at most ``CRAWL_RETRY_BACKOFF_MAX``,
before it is sent again, so a struggling site gets room instead of a burst.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Self

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.crawler import Crawler

log = logging.getLogger(__name__)


class RetryBackoffMiddleware:
    """Delays retried requests exponentially."""

    def __init__(self, base: float, cap: float) -> None:
        self.base = base
        self.cap = cap

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler.settings.getfloat("CRAWL_RETRY_BACKOFF", 1.0),
                   crawler.settings.getfloat("CRAWL_RETRY_BACKOFF_MAX", 30.0))

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        retries = int(request.meta.get("retry_times", 0))
        if retries and self.base > 0:
            delay = min(self.base * 2 ** (retries - 1), self.cap)
            log.info("retry %d of %s in %.1f s", retries, request.url, delay)
            await asyncio.sleep(delay)
