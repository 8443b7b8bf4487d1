"""A duplicate filter kept in the crawl journal on disk, so it survives SIGKILL."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from scrapy.dupefilters import BaseDupeFilter
from scrapy.exceptions import NotConfigured

from crawlers.journal import CrawlJournal, open_journal

if TYPE_CHECKING:
    from typing import Self

    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.utils.request import RequestFingerprinterProtocol

log = logging.getLogger(__name__)


class JournalDupeFilter(BaseDupeFilter):
    """Each request is recorded as pending in the journal the first time it is scheduled."""

    def __init__(self, journal: CrawlJournal, fingerprinter: RequestFingerprinterProtocol) -> None:
        self.journal = journal
        self.fingerprinter = fingerprinter
        self.filtered = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        state_dir = crawler.settings.get("CRAWL_STATE_DIR")
        if not state_dir:
            raise NotConfigured("JournalDupeFilter needs CRAWL_STATE_DIR")
        assert crawler.request_fingerprinter is not None
        return cls(open_journal(state_dir), crawler.request_fingerprinter)

    def request_seen(self, request: Request) -> bool:
        fp = self.fingerprinter.fingerprint(request).hex()
        request.meta["wt_fp"] = fp
        new = self.journal.add_request(fp, request.url, request.meta.get("wt_kind", "page"),
                                       int(request.meta.get("wt_depth", 0)))
        if not new:
            self.filtered += 1
        return not new

    def close(self, reason: str) -> None:
        log.info("duplicate filter: %d repeated requests skipped", self.filtered)
