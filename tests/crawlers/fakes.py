"""In-memory stand-ins for the extractors, classifier, evidence and store (unit tests only).

The fake store appends JSON lines to ``<data dir>/fake-store.jsonl`` so the test process can
read what the crawl child stored.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from parsel import Selector

from wildtrace.models import ListingLink, PageExtraction, Verdict

STORE_FILE = "fake-store.jsonl"


class FakeStore:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / STORE_FILE

    def _write(self, **record: Any) -> None:
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(record, default=str) + "\n")

    def start_crawl_run(self, marketplace: str, start_url: str, schedule_id: Any) -> int:
        runs = [r for r in read_store(self.path.parent) if r["op"] == "start"]
        self._write(op="start", marketplace=marketplace, start_url=start_url)
        return len(runs) + 1

    def finish_crawl_run(self, run_id: str, **counts: int) -> None:
        self._write(op="finish", run_id=run_id, **counts)

    def save_page(self, extraction: PageExtraction, *, marketplace: str, capture: Any,
                  verdict: Verdict | None, crawl_run_id: str) -> None:
        self._write(op="save", url=extraction.url, title=extraction.title,
                    price=extraction.price, currency=extraction.currency,
                    marketplace=marketplace, flagged=bool(verdict and verdict.flagged),
                    capture=capture.to_json() if capture else None, run=crawl_run_id)

    def mark_removed(self, url: str, at: str) -> None:
        self._write(op="removed", url=url, at=at)

    def record_warc_file(self, path: Path, sha256: str, size: int, run_id: str) -> None:
        self._write(op="warc", path=str(path), sha256=sha256, size=size)

    def listing_urls(self, marketplace: str) -> list[str]:
        saved = [r["url"] for r in read_store(self.path.parent)
                 if r["op"] == "save" and r["marketplace"] == marketplace]
        return list(dict.fromkeys(saved))

    def close(self) -> None:
        pass


def read_store(data_dir: Path) -> list[dict[str, Any]]:
    path = data_dir / STORE_FILE
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


class FakeBackends:
    def extract(self, body: bytes | str, url: str, *, content_type: str | None = None,
                encoding: str | None = None, profile: dict[str, Any] | None = None
                ) -> PageExtraction:
        text = body.decode(encoding or "utf-8") if isinstance(body, bytes) else body
        page = Selector(text=text)
        tiles = page.css("li.tile")
        if tiles:
            links = [ListingLink(url=t.css("a::attr(href)").get(""), title=t.css("a::text").get())
                     for t in tiles]
            from urllib.parse import urljoin
            for link in links:
                link.url = urljoin(url, link.url)
            return PageExtraction(url=url, page_type="results", listings=links)
        title = page.css("h1::text").get()
        price_text = page.css(".price::text").get()
        if title and price_text:
            match = re.search(r"[\d.]+", price_text)
            return PageExtraction(url=url, page_type="listing", title=title,
                                  price=float(match.group()) if match else None, currency="USD")
        return PageExtraction(url=url, page_type="other", title=title)

    def watchlist_terms(self, language: str, limit: int | None = None) -> list[str]:
        return ["ivory", "pangolin"][:limit]

    def classify(self, listings: Sequence[tuple[str, PageExtraction]]) -> list[Verdict]:
        return [Verdict(id=key, score=0.9 if "ivory" in (p.title or "") else 0.1,
                        flagged="ivory" in (p.title or "")) for key, p in listings]

    def capture_proxy(self, config: Any, prefix: str, warcinfo: dict[str, str]) -> Any:
        return nullcontext(None)

    def index_warcs(self, paths: Sequence[Path]) -> list[Any]:
        return []

    def not_captured(self, fetched: Sequence[tuple[str, int]], captured: list[Any]) -> list[str]:
        return [url for url, _ in fetched]

    def snapshots(self, urls: Sequence[str], proxy: Any,
                  warc_dir: Path) -> dict[str, tuple[str | None, str | None]]:
        return {}

    def open_store(self, config: Any) -> FakeStore:
        return FakeStore(Path(config.data_dir))

    def custody(self, config: Any, action: str, object_id: str, object_hash: str,
                details: dict[str, Any]) -> None:
        pass


def make() -> FakeBackends:
    return FakeBackends()


class RealExtractBackends(FakeBackends):
    """The real extractors (and lexicon), fake everything else."""

    def extract(self, body: bytes | str, url: str, *, content_type: str | None = None,
                encoding: str | None = None, profile: dict[str, Any] | None = None
                ) -> PageExtraction:
        from crawlers.backends import PackageBackends

        return PackageBackends().extract(body, url, content_type=content_type,
                                         encoding=encoding, profile=profile)


def make_real_extract() -> RealExtractBackends:
    return RealExtractBackends()


def make_real_but_classifier() -> Any:
    """Every real package except the classifier (a keyword stand-in)."""
    from crawlers.backends import PackageBackends

    class Backends(PackageBackends):
        def classify(self, listings: Sequence[tuple[str, PageExtraction]]) -> list[Verdict]:
            return FakeBackends().classify(listings)

    return Backends()
