"""The seller networks of the whole store, built on demand and reused for a short time.

Building them (``networks``) reads every listing and hashes new captured photos, so the
application keeps the last :class:`networks.graph.NetworkSet` for
``TRIAGE_NETWORK_CACHE_SECONDS``. Only one build runs at a time; pages that must stay fast (the
listing page) ask :meth:`NetworkCache.peek`, which never builds.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from wildtrace.config import Config

if TYPE_CHECKING:
    from networks.graph import NetworkSet

log = logging.getLogger(__name__)


def build_from_app_store(config: Config, store: Any) -> NetworkSet:
    """Networks over the application's own store (the same store the pages read)."""
    from networks.graph import build_networks
    from networks.source import entities_from_store

    return build_networks(entities_from_store(store, config))


class NetworkCache:
    """The last NetworkSet and when it was built; ``ttl`` 0 rebuilds on every ``get``."""

    def __init__(self, ttl: float, build: Callable[[], NetworkSet],
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self._build = build
        self._clock = clock
        self._lock = threading.Lock()
        self._value: NetworkSet | None = None
        self._built_at = 0.0

    def _fresh(self) -> bool:
        return self._value is not None and self._clock() - self._built_at < self.ttl

    def get(self) -> NetworkSet:
        """The networks, rebuilt when older than ``ttl``."""
        with self._lock:
            if not self._fresh():
                started = self._clock()
                self._value = self._build()
                self._built_at = self._clock()
                log.info("built %d seller networks in %.1f s", len(self._value.networks),
                         self._built_at - started)
            assert self._value is not None
            return self._value

    def peek(self) -> NetworkSet | None:
        """The cached networks if still fresh, without building."""
        with self._lock:
            return self._value if self._fresh() else None

    def clear(self) -> None:
        with self._lock:
            self._value = None
