"""warcprox's request handler, changed for evidence: HTTP/1.0 upstream, no pooling, loopback.

Imported only when a :class:`~evidence.capture.CaptureProxy` starts (warcprox is heavy).
"""

from __future__ import annotations

import logging
from typing import Any

import warcprox
import warcprox.warcproxy

logger = logging.getLogger(__name__)

# The version on the request line sent to the origin server. An HTTP/1.1 server must not answer
# an HTTP/1.0 request with a transfer coding (RFC 9112 section 6.1), so the recorded response has
# none: its body is the payload, delimited by Content-Length or by the server closing the
# connection, and every WARC reader agrees on the payload digest. Heritrix does the same.
UPSTREAM_HTTP_VERSION = "HTTP/1.0"


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

    def _build_request(self) -> bytes:
        """The request as sent upstream (and recorded): the client's, on an HTTP/1.0 line.

        Headers are the client's after warcprox dropped the hop-by-hop ones (``Connection``,
        ``Keep-Alive``, ``Proxy-*``, ``Upgrade``) and added ``Via``; ``Host`` is kept, so
        name-based virtual hosts answer as for the client. The proxy still answers the client
        with ``Connection: close`` and closes, so a body delimited by the server's close reaches
        the client whole.
        """
        line = f"{self.command} {self.path} {UPSTREAM_HTTP_VERSION}\r\n"
        headers = "".join(f"{name}: {value}\r\n" for name, value in self.headers.items())
        return (line + headers + "\r\n").encode("latin1")

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
