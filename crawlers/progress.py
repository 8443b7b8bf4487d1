"""Live progress of a crawl: a record, and the extension that reports it as JSON lines.

The crawl child process writes one JSON object per line to a pipe the parent reads
(``{"event": "progress", ...}``); the parent turns each into a :class:`CrawlProgress` for the
caller's callback. Reports are throttled to ``CRAWL_PROGRESS_INTERVAL`` seconds.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass
from typing import IO, TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import NotConfigured

from crawlers.journal import CrawlJournal, open_journal

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler


@dataclass
class CrawlProgress:
    """Where a running crawl stands."""

    phase: str = "fetch"  # fetch | classify | snapshot | store | done
    pages: int = 0
    listings: int = 0
    flagged: int = 0
    errors: int = 0


class ProgressChannel:
    """The writing end of the progress pipe (a no-op when there is none)."""

    def __init__(self, fd: int | None) -> None:
        self.stream: IO[str] | None = os.fdopen(fd, "w", buffering=1) if fd is not None else None

    def send(self, event: str, **fields: Any) -> None:
        if self.stream is None:
            return
        try:
            self.stream.write(json.dumps({"event": event, **fields}) + "\n")
        except (BrokenPipeError, OSError):
            self.stream = None  # the parent went away; keep crawling, it is journaled

    def progress(self, progress: CrawlProgress) -> None:
        self.send("progress", **asdict(progress))


_CHANNELS: dict[int | None, ProgressChannel] = {}


def channel(fd: int | None) -> ProgressChannel:
    if fd not in _CHANNELS:
        _CHANNELS[fd] = ProgressChannel(fd)
    return _CHANNELS[fd]


def snapshot(journal: CrawlJournal, phase: str = "fetch") -> CrawlProgress:
    return CrawlProgress(phase=phase, pages=journal.count("pages"),
                         listings=journal.count("listings"), flagged=journal.flagged_count(),
                         errors=int(journal.get("errors") or 0))


class ProgressExtension:
    """Reports progress after items, throttled, and once more when the spider closes."""

    def __init__(self, journal: CrawlJournal, out: ProgressChannel, interval: float) -> None:
        self.journal = journal
        self.out = out
        self.interval = interval
        self._last = 0.0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        state_dir = crawler.settings.get("CRAWL_STATE_DIR")
        fd = crawler.settings.getint("CRAWL_PROGRESS_FD", -1)
        if not state_dir or fd < 0:
            raise NotConfigured("no progress channel")
        ext = cls(open_journal(state_dir), channel(fd),
                  crawler.settings.getfloat("CRAWL_PROGRESS_INTERVAL", 0.5))
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def item_scraped(self) -> None:
        now = time.monotonic()
        if now - self._last >= self.interval:
            self._last = now
            self.out.progress(snapshot(self.journal))

    def spider_closed(self) -> None:
        self.out.progress(snapshot(self.journal))
