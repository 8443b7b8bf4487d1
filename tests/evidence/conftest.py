"""Fixtures of the evidence tests: a local origin server (gzip, chunked, plain pages)."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evidence_fixtures import LocalTsa, _Authority, _Origin, make_tsa


@pytest.fixture(scope="session")
def origin() -> Iterator[str]:
    """Base URL of a local origin server: /gzip, /chunked, /page/<n>, anything else 404."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Origin)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def tsa(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalTsa]:
    """A local RFC 3161 authority answering with ``openssl ts -reply``."""
    folder = tmp_path_factory.mktemp("tsa")
    ca_file = make_tsa(folder)
    handler = type("Authority", (_Authority,), {"folder": folder})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield LocalTsa(f"http://127.0.0.1:{server.server_address[1]}/tsa", ca_file)
    server.shutdown()
    server.server_close()

