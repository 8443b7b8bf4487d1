"""warcprox's request handler, changed for evidence: no upstream pooling, loopback allowed.

Imported only when a :class:`~evidence.capture.CaptureProxy` starts (warcprox is heavy).
"""

from __future__ import annotations

import logging
from typing import Any

import warcprox
import warcprox.warcproxy

logger = logging.getLogger(__name__)


class NeverBlacklist(dict[Any, Any]):
    """Stands in for warcprox's 60-second cache of failed hosts: remembers nothing.

    A host that failed once is asked again next time; with the cache, every later request to
    it would get a 502 without reaching the server, and no record.
    """

    def __setitem__(self, key: Any, value: Any) -> None:
        logger.debug("not blacklisting %s after status %s", key, value)

    def get(self, key: Any, default: Any = None) -> Any:
        return default


class _ClosingPool:
    """Wraps a urllib3 pool so a connection handed back is closed instead of kept."""

    def __init__(self, pool: Any) -> None:
        self._pool = pool

    def _put_conn(self, connection: Any) -> None:
        connection.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pool, name)


class EvidenceProxyHandler(warcprox.warcproxy.WarcProxyHandler):
    allow_localhost = True

    def setup(self) -> None:
        previous = getattr(self, "connection", None)  # set again after CONNECT turns to TLS
        super().setup()
        server = self.server
        with server.evidence_clients_lock:
            server.evidence_clients.discard(previous)
            server.evidence_clients.add(self.connection)

    def finish(self) -> None:
        server = self.server
        with server.evidence_clients_lock:
            server.evidence_clients.discard(self.connection)
        super().finish()

    def _connect_to_remote_server(self) -> Any:
        sock = super()._connect_to_remote_server()
        self._conn_pool: Any = _ClosingPool(self._conn_pool)
        return sock

    def _proxy_request(self, extra_response_headers: Any = None) -> Any:
        counter = self.server.evidence_in_flight
        counter.add(1)
        try:
            return super()._proxy_request()
        finally:
            connection = getattr(self, "_remote_server_conn", None)
            if connection is not None:
                connection.close()
            counter.add(-1)
