"""Sends every request through the capture proxy (or the profile's proxy).

The capture proxy records each request and response to WARC as they cross the wire; robots.txt
fetches go through it too. A profile's own proxy (HTTP or SOCKS) is used when there is no
capture proxy; with both, the capture proxy is used and the profile proxy is logged as unused
(chaining proxies is the evidence layer's business).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from scrapy.exceptions import NotConfigured

if TYPE_CHECKING:
    from typing import Self

    from scrapy import Request, Spider
    from scrapy.crawler import Crawler

log = logging.getLogger(__name__)


class ProxyMiddleware:
    """Sets ``request.meta["proxy"]`` unless the request already names one."""

    def __init__(self, proxy_url: str) -> None:
        self.proxy_url = proxy_url

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        proxy = crawler.settings.get("CRAWL_CAPTURE_PROXY") or crawler.settings.get(
            "CRAWL_PROFILE_PROXY")
        if not proxy:
            raise NotConfigured("no capture or profile proxy")
        return cls(str(proxy))

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        if request.meta.get("playwright"):
            return None  # the browser context carries the proxy itself
        request.meta.setdefault("proxy", self.proxy_url)
        return None
