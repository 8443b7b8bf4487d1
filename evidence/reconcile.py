"""Reconciling what a crawler fetched with what the capture proxy wrote.

A response the crawler saw but the WARC files do not hold is lost evidence: the proxy may have
answered with its own error (a 502 the crawler filtered quietly), or a record was not written.
URLs are compared after light normalisation (scheme and host lower-cased, default port and
fragment dropped), and counted, so fetching a URL twice needs two records.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from evidence.index import CapturedResponse

logger = logging.getLogger(__name__)

_DEFAULT_PORTS = {"http": 80, "https": 443}


def normalise_url(url: str) -> str:
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


@dataclass
class ReconcileReport:
    fetched: int  # responses the crawler saw
    captured: int  # response records found for them
    missing: list[str] = field(default_factory=list)  # fetched, not captured (one per miss)
    status_mismatches: list[str] = field(default_factory=list)  # "url: crawler 200, WARC 502"
    extra: int = 0  # response records nobody reported fetching (sub-resources, redirects...)

    @property
    def complete(self) -> bool:
        return not self.missing and not self.status_mismatches

    def lines(self) -> list[str]:
        out = [f"{self.captured}/{self.fetched} fetched responses captured"
               f" ({self.extra} other response records)"]
        out += [f"not captured: {url}" for url in self.missing]
        out += [f"status differs: {line}" for line in self.status_mismatches]
        return out


def reconcile(fetched: Iterable[tuple[str, int]],
              captured: Iterable[CapturedResponse]) -> ReconcileReport:
    """Count crawler responses ``(url, status)`` against response records."""
    by_url: dict[str, list[int]] = {}
    total_records = 0
    for response in captured:
        by_url.setdefault(normalise_url(response.url), []).append(response.status)
        total_records += 1
    fetched_list = list(fetched)
    report = ReconcileReport(fetched=len(fetched_list), captured=0)
    used: Counter[str] = Counter()
    for url, status in fetched_list:
        key = normalise_url(url)
        statuses = by_url.get(key, [])
        if used[key] >= len(statuses):
            report.missing.append(url)
            continue
        if status in statuses[used[key]:]:
            statuses.remove(status)
            statuses.insert(used[key], status)
        elif status:
            report.status_mismatches.append(f"{url}: crawler {status}, WARC {statuses[used[key]]}")
        used[key] += 1
        report.captured += 1
    report.extra = total_records - report.captured
    if report.missing:
        logger.warning("%d fetched responses have no WARC record", len(report.missing))
    return report
