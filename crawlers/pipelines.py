"""Journals each fetched page and its listing, and closes its request, in one transaction.

Listings are stored in the system of record after the fetch phase (see runner.py), once their
WARC records are sealed and can be referenced; until then the journal keeps them on disk.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from scrapy.exceptions import NotConfigured

from crawlers.items import PageRecord
from crawlers.journal import CrawlJournal, open_journal

if TYPE_CHECKING:
    from typing import Self

    from scrapy import Spider
    from scrapy.crawler import Crawler

log = logging.getLogger(__name__)


class JournalPipeline:
    """Writes :class:`PageRecord` items to the crawl journal."""

    def __init__(self, journal: CrawlJournal) -> None:
        self.journal = journal

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        state_dir = crawler.settings.get("CRAWL_STATE_DIR")
        if not state_dir:
            raise NotConfigured("JournalPipeline needs CRAWL_STATE_DIR")
        return cls(open_journal(state_dir))

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if isinstance(item, PageRecord):
            self.journal.page_done(fp=item.fp, url=item.url, status=item.status,
                                   fetched_at=item.fetched_at, page_type=item.page_type,
                                   listing=item.listing, removed=item.removed)
        return item
