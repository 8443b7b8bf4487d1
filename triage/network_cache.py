"""The seller networks of the whole store, built on demand and reused for a short time.

Building them (``networks``) reads every listing and hashes new captured photos, so the
application keeps the last :class:`networks.graph.NetworkSet` for
``TRIAGE_NETWORK_CACHE_SECONDS``. One build runs at a time, in a background thread, so an
expired result is served while the next is built; pages that must stay fast (the listing page)
ask :meth:`NetworkCache.peek`, which never builds.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from triage.exceptions import NetworkBuildError
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
    """The last NetworkSet, rebuilt in a background thread once older than ``ttl``.

    ``get(wait)`` never makes a page wait for a rebuild when an older result exists (it returns
    that one and starts the rebuild); the very first build is waited for at most ``wait``
    seconds (None: until done), after which ``get`` returns None and the page says the networks
    are being computed. A failed build raises :class:`NetworkBuildError` to the next caller.
    """

    def __init__(self, ttl: float, build: Callable[[], NetworkSet],
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self._build = build
        self._clock = clock
        self._lock = threading.Lock()
        self._value: NetworkSet | None = None
        self._built_at = 0.0
        self._thread: threading.Thread | None = None
        self._error: Exception | None = None

    def _fresh(self) -> bool:
        return self._value is not None and self._clock() - self._built_at < self.ttl

    def _run(self) -> None:
        started = self._clock()
        try:
            value = self._build()
        except Exception as exc:  # any failure is reported to the next page that asks
            log.exception("building the seller networks failed")
            with self._lock:
                self._error, self._thread = exc, None
            return
        with self._lock:
            self._value, self._built_at, self._error = value, self._clock(), None
            self._thread = None
        log.info("built %d seller networks in %.1f s", len(value.networks),
                 self._clock() - started)

    def get(self, wait: float | None = None) -> NetworkSet | None:
        """The networks (possibly up to one rebuild old), or None while the first build runs."""
        with self._lock:
            if self._fresh():
                return self._value
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="triage-networks",
                                                daemon=True)
                self._thread.start()
            thread, stale = self._thread, self._value
        if stale is not None:
            return stale
        thread.join(wait)
        with self._lock:
            if self._value is not None:
                return self._value
            if self._error is not None and self._thread is None:
                error, self._error = self._error, None
                raise NetworkBuildError(f"the seller networks could not be built: {error}") \
                    from error
        return None

    def peek(self) -> NetworkSet | None:
        """The cached networks if still fresh, without building."""
        with self._lock:
            return self._value if self._fresh() else None
