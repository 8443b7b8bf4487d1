"""wildtrace crawlers: profile-driven, resumable, browser-capable crawls of marketplaces.

Public API::

    from crawlers import run_crawl, CrawlSummary, CrawlProgress
"""

from crawlers.progress import CrawlProgress
from crawlers.run import CrawlSummary, run_crawl

__all__ = ["CrawlProgress", "CrawlSummary", "run_crawl"]
