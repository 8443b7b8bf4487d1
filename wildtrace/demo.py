"""``wildtrace demo``: the whole path on the embedded default, in one command.

Serves the bundled demo marketplace on 127.0.0.1, crawls each of its sites with capture on,
extracts, classifies, preserves evidence, stores and indexes; then (unless ``serve`` is false)
serves the triage application with a demo login. Everything goes into one data directory.
"""

from __future__ import annotations

import logging
import secrets
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from wildtrace.config import Config
from wildtrace.exceptions import WildtraceError

if TYPE_CHECKING:
    from crawlers import CrawlProgress, CrawlSummary

log = logging.getLogger(__name__)

DEMO_USER = "demo"
DEMO_ROLE = "supervisor"
PROFILES = Path(__file__).resolve().parent.parent / "crawlers" / "profiles"


@dataclass
class DemoSummary:
    """What one demo run did, for the closing table and the tests."""

    sites: list[CrawlSummary] = field(default_factory=list)
    seconds: float = 0.0
    login: tuple[str, str] | None = None

    @property
    def pages(self) -> int:
        return sum(s.pages for s in self.sites)

    @property
    def listings(self) -> int:
        return sum(s.listings for s in self.sites)

    @property
    def flagged(self) -> int:
        return sum(s.flagged for s in self.sites)

    @property
    def errors(self) -> int:
        return sum(s.errors for s in self.sites)

    @property
    def not_captured(self) -> int:
        return sum(s.not_captured for s in self.sites)

    @property
    def evidence_files(self) -> int:
        return sum(len(s.warc_files) for s in self.sites)


class ProgressLine:
    """One line on a terminal that rewrites itself; plain lines when not a terminal."""

    def __init__(self, stream: TextIO = sys.stderr) -> None:
        self.stream = stream
        self.live = stream.isatty()
        self._last = 0.0
        self._shown = ""

    def show(self, text: str, *, final: bool = False) -> None:
        now = time.monotonic()
        if self.live:
            self.stream.write("\r\033[K" + text + ("\n" if final else ""))
            self.stream.flush()
        elif final or (text != self._shown and now - self._last >= 5):
            self.stream.write(text + "\n")
            self.stream.flush()
            self._last, self._shown = now, text


def _crawl_progress(line: ProgressLine, site: str) -> Callable[[CrawlProgress], None]:
    def report(progress: CrawlProgress) -> None:
        line.show(f"  {site:<8} pages {progress.pages:>4}  listings {progress.listings:>4}  "
                  f"flagged {progress.flagged:>4}  errors {progress.errors}")
    return report


def ensure_demo_login(config: Config) -> tuple[str, str]:
    """Create (or reset) the demo supervisor account and return its name and password."""
    from store import open_store
    from triage.auth import hash_password

    password = secrets.token_urlsafe(12)
    with open_store(config) as store:
        if store.get_user(DEMO_USER) is None:
            store.add_user(DEMO_USER, DEMO_ROLE, hash_password(password))
        else:
            store.set_password(DEMO_USER, hash_password(password))
    return DEMO_USER, password


def run_demo(config: Config, *, max_pages: int | None = None,
             stream: TextIO = sys.stderr) -> DemoSummary:
    """Serve the demo marketplace, crawl every site into ``config``'s data directory."""
    from crawlers import run_crawl
    from demo_market import DemoMarket

    config.paths.ensure()
    line = ProgressLine(stream)
    summary = DemoSummary()
    started = time.monotonic()
    with DemoMarket() as market:
        stream.write(f"wildtrace demo: demo marketplace on {len(market.sites)} sites; "
                     f"data in {config.data_dir}\n")
        for site in market.sites:
            profile = PROFILES / f"{site.name}.toml"
            stream.write(f"- crawling {site.name} ({site.style}) {site.base_url}\n")
            result = run_crawl(site.base_url, config=config,
                               profile=profile if profile.exists() else None,
                               max_pages=max_pages, capture=True,
                               progress=_crawl_progress(line, site.name))
            line.show(f"  {site.name:<8} pages {result.pages:>4}  listings {result.listings:>4}  "
                      f"flagged {result.flagged:>4}  errors {result.errors}  "
                      f"({result.seconds:.0f}s)", final=True)
            summary.sites.append(result)
    summary.seconds = time.monotonic() - started
    return summary


def format_summary(summary: DemoSummary) -> str:
    rows = [
        ("pages fetched", summary.pages),
        ("listings stored", summary.listings),
        ("flagged", summary.flagged),
        ("evidence files (WARC)", summary.evidence_files),
        ("responses not captured", summary.not_captured),
        ("errors", summary.errors),
        ("time", f"{summary.seconds:.0f} s"),
    ]
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"  {name:<{width}}  {value}" for name, value in rows)


def serve_triage(config: Config, *, host: str, port: int, login: tuple[str, str],
                 stream: TextIO = sys.stderr) -> None:
    """Serve the triage application until interrupted."""
    from triage.app import serve

    def ready(url: str) -> None:
        stream.write(f"\nTriage: {url}\n  login: {login[0]}  password: {login[1]}\n"
                     "  (Ctrl-C to stop)\n")
        stream.flush()

    try:
        serve(config, host, port, ready=ready)
    except OSError as exc:
        raise WildtraceError(f"cannot serve the triage page on {host}:{port}: {exc}") from exc
