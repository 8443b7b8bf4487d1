"""A short-lived cache of the queue's facet counts.

Facet counts are the dearest part of a queue page on a large store (one grouped count per facet
over every matching listing) and the part that matters least to the second: they guide the next
filter. The listings shown and the total are always fetched fresh; the counts in the sidebar
may lag by up to ``TRIAGE_FACET_CACHE_SECONDS``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

FacetKey = tuple[tuple[str, str], ...]


class FacetCache:
    """Facet counts per filter set, each kept for ``seconds``."""

    def __init__(self, seconds: float, *, size: int = 256,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self.size = size
        self._clock = clock
        self._entries: dict[FacetKey, tuple[float, Any]] = {}
        self._lock = threading.Lock()

    @staticmethod
    def key(params: dict[str, str]) -> FacetKey:
        """Filters only: paging and order do not change the counts."""
        return tuple(sorted((k, v) for k, v in params.items()
                            if k not in ("cursor", "order")))

    def get(self, key: FacetKey) -> Any | None:
        if self.seconds <= 0:
            return None
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or self._clock() - entry[0] > self.seconds:
                return None
            return entry[1]

    def put(self, key: FacetKey, facets: Any) -> None:
        if self.seconds <= 0:
            return
        with self._lock:
            if len(self._entries) >= self.size:
                self._entries.pop(next(iter(self._entries)))
            self._entries[key] = (self._clock(), facets)
