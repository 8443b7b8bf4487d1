"""The crawl child process: ``python -m crawlers.runner SPEC.json``.

Twisted's reactor cannot be restarted, so every crawl runs in its own process. The child opens
the crawl journal (resuming when it holds a crawl killed before), starts the capture proxy,
runs the marketplace spider, then hands over to :mod:`crawlers.finalize` to classify, seal and
index the WARCs and store the listings. It reports progress and its result as JSON lines on
the file descriptor named in the spec; errors end with an ``error`` event and exit code 2.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import uuid
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crawlers import settings as defaults
from crawlers.backends import Backends, load_backends
from crawlers.journal import CrawlJournal, open_journal
from crawlers.profiles import Profile, generic_profile, load_profile
from crawlers.progress import ProgressChannel, channel
from wildtrace.config import Config
from wildtrace.exceptions import WildtraceError

log = logging.getLogger(__name__)


@dataclass
class CrawlSpec:
    """Everything the child needs, as the parent sends it (JSON)."""

    start_url: str
    data_dir: str
    database_url: str
    elasticsearch_url: str | None = None
    redis_url: str | None = None
    operator: str = "unknown-operator"
    profile: str | None = None
    max_pages: int | None = None
    capture: bool = True
    frontier: str | None = None
    schedule_id: str | None = None
    backends: str | None = None
    progress_fd: int | None = None
    log_file: str | None = None

    @property
    def config(self) -> Config:
        return Config(data_dir=Path(self.data_dir), database_url=self.database_url,
                      elasticsearch_url=self.elasticsearch_url, redis_url=self.redis_url,
                      operator=self.operator)


def crawl_key(profile: Profile, start_url: str) -> str:
    """The name of a crawl's state folder: the same crawl resumes in the same folder."""
    digest = hashlib.sha256(start_url.encode()).hexdigest()[:12]
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in profile.name)
    return f"{safe}-{digest}"


def state_dir_for(config: Config, profile: Profile, start_url: str, frontier: str | None) -> Path:
    folder = config.paths.crawl_state / crawl_key(profile, start_url)
    if frontier:  # each worker journals its own pages; the frontier itself is in Redis
        folder = folder / f"worker-{os.getpid()}-{uuid.uuid4().hex[:6]}"
    return folder


def scrapy_settings(spec: CrawlSpec, profile: Profile, state_dir: Path,
                    proxy_url: str | None) -> dict[str, Any]:
    """Scrapy settings for one crawl: the defaults module, then the profile's politeness."""
    values = {k: getattr(defaults, k) for k in dir(defaults) if k.isupper()}
    values.pop("HELP", None)
    values.pop("BROWSER_ARGS", None)
    values["CRAWL_STATE_DIR"] = str(state_dir)
    values["CRAWL_PROGRESS_FD"] = spec.progress_fd if spec.progress_fd is not None else -1
    values["CRAWL_CAPTURE_PROXY"] = proxy_url
    values["CRAWL_PROFILE_PROXY"] = profile.proxy
    if profile.user_agent:
        values["USER_AGENT"] = profile.user_agent
    if profile.obey_robots is False:
        log.warning("robots.txt NOT obeyed for %s: %s", profile.name, profile.robots_off_reason)
        values["ROBOTSTXT_OBEY"] = False
    if profile.delay is not None:
        values["DOWNLOAD_DELAY"] = profile.delay
        values["AUTOTHROTTLE_START_DELAY"] = max(profile.delay, 0.01)
    if profile.concurrency is not None:
        values["CONCURRENT_REQUESTS_PER_DOMAIN"] = profile.concurrency
    if profile.autothrottle is not None:
        values["AUTOTHROTTLE_ENABLED"] = profile.autothrottle
    if spec.log_file:
        values["LOG_FILE"] = spec.log_file
    if profile.render:
        values["DOWNLOAD_HANDLERS"] = {
            "http": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
            "https": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"}
        launch: dict[str, Any] = {"executable_path": defaults.CRAWL_BROWSER_PATH,
                                  "args": list(defaults.BROWSER_ARGS), "headless": True}
        browser_proxy = proxy_url or profile.proxy
        if browser_proxy:  # <-loopback> makes chromium proxy 127.0.0.1 too
            launch["proxy"] = {"server": browser_proxy, "bypass": "<-loopback>"}
        values["PLAYWRIGHT_LAUNCH_OPTIONS"] = launch
        values["PLAYWRIGHT_BROWSER_TYPE"] = "chromium"
        values["PLAYWRIGHT_MAX_CONTEXTS"] = defaults.CRAWL_BROWSER_MAX_CONTEXTS
        values["PLAYWRIGHT_MAX_PAGES_PER_CONTEXT"] = defaults.CRAWL_BROWSER_MAX_PAGES
        values["PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT"] = defaults.CRAWL_BROWSER_TIMEOUT_MS
        values["PLAYWRIGHT_CONTEXTS"] = {"default": {"ignore_https_errors": True}}
    if spec.frontier:
        key = crawl_key(profile, spec.start_url)
        values.update({
            "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
            "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
            "SCHEDULER_PERSIST": True,
            "SCHEDULER_QUEUE_KEY": f"wildtrace:{key}:requests",
            "SCHEDULER_DUPEFILTER_KEY": f"wildtrace:{key}:dupefilter",
            # a worker takes only what it can fetch now, leaving the rest to the others
            "CONCURRENT_REQUESTS": values["CONCURRENT_REQUESTS_PER_DOMAIN"],
            "REDIS_URL": spec.frontier,
        })
    return values


def search_terms(backends: Backends, profile: Profile, data_dir: Path) -> list[str]:
    if not profile.search_urls:
        return []
    if profile.search_terms:
        return list(profile.search_terms)
    from crawlers.watchlist import Watchlist

    limit = profile.search_terms_limit or defaults.CRAWL_SEARCH_TERMS_LIMIT
    watchlist = Watchlist(data_dir, backends)
    terms: list[str] = []
    for language in profile.languages or ["en"]:
        terms.extend(watchlist.terms(language, limit=limit))
    return list(dict.fromkeys(terms))


def run_spider(spec: CrawlSpec, profile: Profile, journal: CrawlJournal, backends: Backends,
               state_dir: Path, proxy_url: str | None, terms: list[str],
               revisit: list[str]) -> None:
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    from crawlers.spiders.marketplace import MarketplaceSpider

    settings = Settings(scrapy_settings(spec, profile, state_dir, proxy_url))
    for handler in list(logging.root.handlers):  # e.g. an implicit basicConfig: log once
        logging.root.removeHandler(handler)
    process = CrawlerProcess(settings, install_root_handler=True)
    max_pages = spec.max_pages or profile.max_pages or defaults.CRAWL_MAX_PAGES
    process.crawl(MarketplaceSpider, start_url=spec.start_url, profile=profile,
                  journal=journal, extract=backends.extract, max_pages=max_pages,
                  search_terms=terms, revisit_urls=revisit, resume=not spec.frontier,
                  shared_idle_seconds=defaults.CRAWL_REDIS_IDLE_SECONDS if spec.frontier else None)
    process.start()


def crawl(spec: CrawlSpec, out: ProgressChannel) -> dict[str, Any]:
    """Run one crawl to the end (fetch, then finalize); return the summary fields."""
    from crawlers.finalize import (
        classify_listings,
        revisit_urls,
        store_results,
        take_snapshots,
    )

    config = spec.config
    config.paths.ensure()
    profile = load_profile(spec.profile) if spec.profile else generic_profile(spec.start_url)
    profile.for_start_url(spec.start_url)
    backends = load_backends(spec.backends)
    state_dir = state_dir_for(config, profile, spec.start_url, spec.frontier)
    journal = open_journal(state_dir)
    store = backends.open_store(config)
    try:
        run_id = journal.get("run_id")
        resumed = run_id is not None
        if run_id is None:
            schedule = int(spec.schedule_id) if spec.schedule_id else None
            run_id = str(store.start_crawl_run(profile.name, spec.start_url, schedule))
            journal.set("run_id", run_id)
            journal.set("warc_prefix", f"{crawl_key(profile, spec.start_url)}-{run_id}")
        out.send("started", run_id=run_id, marketplace=profile.name, resumed=resumed,
                 state_dir=str(state_dir))
        prefix = journal.get("warc_prefix") or run_id
        terms = search_terms(backends, profile, config.data_dir)
        budget = spec.max_pages or profile.max_pages or defaults.CRAWL_MAX_PAGES
        revisit = [] if resumed else revisit_urls(store, profile.name, budget // 3)
        proxy_cm: AbstractContextManager[Any] = nullcontext(None)
        if spec.capture:
            proxy_cm = backends.capture_proxy(
                config, prefix,
                {"software": "wildtrace crawlers", "operator": config.operator,
                 "start-url": spec.start_url, "marketplace": profile.name, "crawl-run": run_id})
        with proxy_cm as proxy:
            proxy_url = str(proxy.url) if proxy is not None and proxy.url else None
            run_spider(spec, profile, journal, backends, state_dir, proxy_url, terms, revisit)
            verdicts = classify_listings(journal, backends, out)
            snaps: dict[str, tuple[str | None, str | None]] = {}
            if proxy_url and defaults.CRAWL_SNAPSHOT_FLAGGED:
                snaps = take_snapshots(journal, verdicts, backends, proxy, config, out)
        summary = store_results(config=config, journal=journal, backends=backends,
                                store=store, run_id=run_id, marketplace=profile.name,
                                prefix=prefix if spec.capture else None, verdicts=verdicts,
                                snapshots=snaps, out=out)
    finally:
        store.close()
        journal.close()
    if summary["completed"]:
        _remove_state(state_dir)
    return summary


def _remove_state(state_dir: Path) -> None:
    for child in sorted(state_dir.rglob("*"), reverse=True):
        if child.is_file():
            child.unlink()
        else:
            child.rmdir()
    state_dir.rmdir()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    spec = CrawlSpec(**json.loads(Path(args[0]).read_text()))
    out = channel(spec.progress_fd)
    try:
        summary = crawl(spec, out)
    except WildtraceError as exc:
        out.send("error", type=type(exc).__name__, exit_code=exc.exit_code, message=str(exc))
        return 2
    except Exception as exc:  # a bug: keep the traceback in the log, one line to the parent
        log.exception("crawl failed")
        out.send("error", type="CrawlProcessError", exit_code=1,
                 message=f"crawl failed: {type(exc).__name__}: {exc}")
        return 1
    out.send("summary", **summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())

