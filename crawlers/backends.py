"""The crawl's boundaries with the other packages, behind one small interface.

:class:`PackageBackends` calls the real extractors, classifier, evidence layer and store; unit
tests pass an in-memory implementation instead (``backends="path/to/file.py:factory"`` in
:func:`crawlers.run_crawl`), so no test needs patching.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from collections.abc import Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol

from crawlers.exceptions import CrawlError
from wildtrace.config import Config
from wildtrace.models import PageExtraction, Verdict

log = logging.getLogger(__name__)


class Backends(Protocol):
    """What a crawl needs from the rest of wildtrace."""

    def extract(self, body: bytes | str, url: str, *, content_type: str | None = None,
                encoding: str | None = None, profile: dict[str, Any] | None = None
                ) -> PageExtraction: ...

    def watchlist_terms(self, language: str, limit: int | None = None) -> list[str]: ...

    def classify(self, listings: Sequence[tuple[str, PageExtraction]]) -> list[Verdict]: ...

    def capture_proxy(self, config: Config, prefix: str,
                      warcinfo: dict[str, str]) -> AbstractContextManager[Any]: ...

    def index_warcs(self, paths: Sequence[Path]) -> list[Any]: ...

    def not_captured(self, fetched: Sequence[tuple[str, int]], captured: list[Any]) -> list[str]:
        ...

    def snapshots(self, urls: Sequence[str], proxy: Any,
                  warc_dir: Path) -> dict[str, tuple[str | None, str | None]]: ...

    def open_store(self, config: Config) -> Any: ...

    def custody(self, config: Config, action: str, object_id: str, object_hash: str,
                details: dict[str, Any]) -> None: ...


class PackageBackends:
    """The real thing: extractors, classifier, evidence and store packages."""

    def __init__(self) -> None:
        self._classifier: Any = None

    def extract(self, body: bytes | str, url: str, *, content_type: str | None = None,
                encoding: str | None = None, profile: dict[str, Any] | None = None
                ) -> PageExtraction:
        from extractors import extract_page

        result: PageExtraction = extract_page(body, url, content_type=content_type,
                                              encoding=encoding, profile=profile)
        return result

    def watchlist_terms(self, language: str, limit: int | None = None) -> list[str]:
        from extractors.species import watchlist_terms

        return list(watchlist_terms(language, limit=limit))

    def classify(self, listings: Sequence[tuple[str, PageExtraction]]) -> list[Verdict]:
        from classifier import ClassifierInput, load_classifier

        if self._classifier is None:
            self._classifier = load_classifier()  # once per crawl
        inputs = [ClassifierInput(id=key, title=page.title or "", text=page.description or "",
                                  lang=page.language, url=page.url, price=page.price)
                  for key, page in listings]
        verdicts: list[Verdict] = self._classifier.classify(inputs)
        return verdicts

    def capture_proxy(self, config: Config, prefix: str,
                      warcinfo: dict[str, str]) -> AbstractContextManager[Any]:
        from evidence import CaptureProxy

        proxy: AbstractContextManager[Any] = CaptureProxy(
            config.paths.warcs, prefix=prefix, warcinfo=warcinfo, keys_dir=config.paths.keys,
            custody_log=config.paths.custody_log, actor=config.operator)
        return proxy

    def index_warcs(self, paths: Sequence[Path]) -> list[Any]:
        from evidence import index_warcs

        return list(index_warcs(list(paths)))

    def not_captured(self, fetched: Sequence[tuple[str, int]], captured: list[Any]) -> list[str]:
        from evidence.reconcile import reconcile

        report = reconcile(list(fetched), captured)
        return list(report.missing) + list(report.status_mismatches)

    def snapshots(self, urls: Sequence[str], proxy: Any,
                  warc_dir: Path) -> dict[str, tuple[str | None, str | None]]:
        from evidence import capture_snapshots

        result = capture_snapshots(list(urls), proxy=proxy, warc_dir=warc_dir)
        found: dict[str, tuple[str | None, str | None]] = {}
        for url, snap in (result or {}).items():
            if snap.error:
                log.warning("snapshot of %s failed: %s", url, snap.error)
            found[url] = (snap.screenshot_record_id, snap.dom_record_id)
        return found

    def open_store(self, config: Config) -> Any:
        from store import open_store

        return open_store(config)

    def custody(self, config: Config, action: str, object_id: str, object_hash: str,
                details: dict[str, Any]) -> None:
        from evidence import CustodyLog

        CustodyLog(config.paths.custody_log).append(action, config.operator, object_id,
                                                    object_hash, details)


def load_backends(spec: str | None) -> Backends:
    """``None`` for the real packages, else ``module:factory`` or ``file.py:factory``."""
    if not spec:
        return PackageBackends()
    target, _, attr = spec.rpartition(":")
    if not target or not attr:
        raise CrawlError(f"backends {spec!r}: expected module:factory or file.py:factory")
    try:
        if target.endswith(".py"):
            module_spec = importlib.util.spec_from_file_location("wildtrace_crawl_backends",
                                                                 target)
            if module_spec is None or module_spec.loader is None:
                raise ImportError(target)
            module = importlib.util.module_from_spec(module_spec)
            module_spec.loader.exec_module(module)
        else:
            module = importlib.import_module(target)
        factory = getattr(module, attr)
    except (ImportError, AttributeError, OSError) as exc:
        raise CrawlError(f"backends {spec!r}: cannot load ({exc})") from exc
    backends: Backends = factory()
    return backends
