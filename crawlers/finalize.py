"""After the fetch phase: classify, snapshot, then store listings linked to their WARC records.

Listings wait in the crawl journal until the capture proxy has sealed its WARC files. Then
each stored listing gets a :class:`~wildtrace.models.CaptureRef` to its response record
(record id, offset, payload digest); every WARC file is hashed and recorded; every fetched
page is counted against the WARC records, and pages with no record (or a proxy 502) are
reported as not captured. Each listing is marked saved in the journal right after the store
accepts it, so a crawl killed here does not store it twice on resume.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from crawlers import settings as defaults
from crawlers.backends import Backends
from crawlers.journal import CrawlJournal
from crawlers.progress import ProgressChannel, snapshot
from wildtrace.config import Config
from wildtrace.models import CaptureRef, PageExtraction, Verdict

log = logging.getLogger(__name__)


def store_run_id(run_id: str) -> int | str:
    """The store numbers its crawl runs; the journal keeps them as text."""
    return int(run_id) if run_id.isdigit() else run_id


def revisit_urls(store: Any, marketplace: str, limit: int) -> list[str]:
    """Listings of this marketplace seen before and not removed, least recently seen first."""
    method = getattr(store, "listing_urls", None)
    if method is not None:
        return [str(u) for u in method(marketplace)][:limit]
    found: list[str] = []
    offset, page = 0, 500
    while len(found) < limit:
        rows = store.list_listings(limit=page, offset=offset, order="last_seen")
        found += [r.url for r in rows if r.marketplace == marketplace and r.removed_at is None]
        if len(rows) < page:
            break
        offset += page
    return list(reversed(found))[:limit]


def classify_listings(journal: CrawlJournal, backends: Backends,
                      out: ProgressChannel) -> dict[str, Verdict]:
    """Classify every unsaved listing, in batches; the classifier loads once."""
    pending = [(item.url, item.extraction) for item in journal.unsaved_listings()]
    verdicts: dict[str, Verdict] = {}
    batch = defaults.CRAWL_CLASSIFY_BATCH
    for start in range(0, len(pending), batch):
        chunk: Sequence[tuple[str, PageExtraction]] = pending[start:start + batch]
        for (url, _), verdict in zip(chunk, backends.classify(chunk), strict=True):
            verdicts[url] = verdict
        progress = snapshot(journal, "classify")
        progress.flagged = sum(v.flagged for v in verdicts.values())
        out.progress(progress)
    return verdicts


def take_snapshots(journal: CrawlJournal, verdicts: dict[str, Verdict], backends: Backends,
                   proxy: Any, config: Config,
                   out: ProgressChannel) -> dict[str, tuple[str | None, str | None]]:
    """Screenshot + DOM of every flagged listing, through the capture proxy."""
    urls = [url for url, verdict in verdicts.items() if verdict.flagged]
    if not urls:
        return {}
    progress = snapshot(journal, "snapshot")
    progress.flagged = len(urls)
    out.progress(progress)
    try:
        return backends.snapshots(urls, proxy, config.paths.warcs)
    except Exception as exc:  # a failed screenshot must not lose the crawl; it is reported
        log.error("snapshots of %d flagged listings failed: %s", len(urls), exc)
        journal.bump("errors")
        return {}


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def warc_files(warc_dir: Path, prefix: str) -> list[Path]:
    """The closed WARC files of a crawl run (its snapshots and files from before a kill)."""
    return sorted(p for p in warc_dir.glob(f"{prefix}-*.warc.gz") if p.is_file())


def _relative(path: Path, evidence: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(evidence.resolve()))
    except ValueError:
        return str(path)


def url_key(url: str) -> str:
    """A URL as the crawler and the WARC may spell it differently (default port, fragment)."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port in (None, default) else f"{host}:{port}"
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


def capture_index(records: list[Any]) -> dict[str, Any]:
    """URL -> its last captured response record (a proxy-made 502 is not a capture)."""
    index: dict[str, Any] = {}
    for record in records:
        if int(getattr(record, "status", 0) or 0) == 502:
            continue
        index[url_key(str(record.url))] = record
    return index


def store_results(*, config: Config, journal: CrawlJournal, backends: Backends, store: Any,
                  run_id: str, marketplace: str, prefix: str | None,
                  verdicts: dict[str, Verdict],
                  snapshots: dict[str, tuple[str | None, str | None]],
                  out: ProgressChannel) -> dict[str, Any]:
    """Index the sealed WARCs, store listings and removals, close the run; the summary."""
    files = warc_files(config.paths.warcs, prefix) if prefix else []
    records = backends.index_warcs(files) if files else []
    index = capture_index(records)
    progress = snapshot(journal, "store")
    progress.flagged = sum(v.flagged for v in verdicts.values())
    out.progress(progress)
    for path in files:
        digest = sha256_file(path)
        store.record_warc_file(_relative(path, config.paths.evidence), digest,
                               path.stat().st_size, store_run_id(run_id))
        backends.custody(config, "capture", path.name, f"sha256:{digest}",
                         {"crawl_run": run_id, "marketplace": marketplace})
    new_flagged: list[dict[str, Any]] = []
    for item in journal.unsaved_listings():
        verdict = verdicts.get(item.url)
        capture = _capture_ref(index.get(url_key(item.url)), item.url, item.fetched_at, config,
                               snapshots.get(item.url, (None, None)))
        saved = store.save_page(item.extraction, marketplace=marketplace, capture=capture,
                                verdict=verdict, crawl_run_id=store_run_id(run_id))
        if verdict is not None and verdict.flagged and getattr(saved, "is_new", True):
            new_flagged.append({"id": getattr(saved, "id", None), "url": item.url,
                                "title": item.extraction.title, "price": item.extraction.price,
                                "currency": item.extraction.currency, "score": verdict.score})
        journal.listing_saved(item.url, bool(verdict and verdict.flagged))
    for url, at in journal.unsaved_removals():
        store.mark_removed(url, datetime.fromisoformat(at))
        journal.removal_saved(url)
    not_captured: list[str] = []
    if prefix:
        fetched = [(url, status) for url, status, _ in journal.pages()]
        not_captured = backends.not_captured(fetched, records)
    for line in not_captured[:50]:
        log.warning("not captured in WARC: %s", line)
    final = snapshot(journal, "done")
    store.finish_crawl_run(store_run_id(run_id), pages=final.pages, listings=final.listings,
                           flagged=final.flagged, errors=final.errors)
    out.progress(final)
    return {"run_id": run_id, "marketplace": marketplace, "pages": final.pages,
            "listings": final.listings, "flagged": final.flagged, "errors": final.errors,
            "not_captured": len(not_captured), "removed": journal.count("removed"),
            "warc_files": [str(p) for p in files], "completed": True,
            "new_flagged": new_flagged}


def _capture_ref(record: Any, url: str, fetched_at: str, config: Config,
                 snap: tuple[str | None, str | None]) -> CaptureRef | None:
    if record is None:
        return None
    return CaptureRef(
        url=url, warc_file=_relative(Path(record.warc_file), config.paths.evidence),
        record_id=str(record.record_id), offset=int(record.offset), length=int(record.length),
        payload_digest=str(record.payload_digest),
        fetched_at=str(getattr(record, "date", None) or fetched_at),
        status=int(record.status), screenshot_record_id=snap[0], dom_record_id=snap[1])

