"""Fixtures of the evidence tests: a local origin server (gzip, chunked, plain pages), a local
time-stamping authority, and the real ``warcio check`` run on every WARC the tests write."""

from __future__ import annotations

import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evidence_fixtures import LocalTsa, _Authority, _Origin, make_tsa, warcio_check

from evidence.warcfile import WarcFileWriter


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "server_chunks_anyway: the test captures a server that sends a transfer "
        "coding to an HTTP/1.0 request; warcio check misreads those records (README)")


@pytest.fixture(autouse=True)
def every_written_warc_passes_warcio_check(request: pytest.FixtureRequest,
                                           monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every WARC closed during a test (captures, snapshots) must pass the real ``warcio check``.

    Runs at the end of the test, on the files as closed; the tamper tests work on copies.
    """
    closed: list[Path] = []
    close = WarcFileWriter.close

    def recording_close(writer: WarcFileWriter) -> Path:
        path = close(writer)
        if path not in closed:
            closed.append(path)
        return path

    monkeypatch.setattr(WarcFileWriter, "close", recording_close)
    yield
    if closed and request.node.get_closest_marker("server_chunks_anyway") is None:
        failures = warcio_check(closed)
        assert failures == "", failures


@pytest.fixture(scope="session")
def origin() -> Iterator[str]:
    """Base URL of a local origin server: /gzip, /gzip-stream, /chunked, /always-chunked,
    /echo, /page/<n>, anything else 404 (see evidence_fixtures._Origin)."""
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


@pytest.fixture(scope="session")
def tls_origin(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An HTTPS origin on localhost with a self-signed certificate (the proxy checks none)."""
    folder = tmp_path_factory.mktemp("tls")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:P-256", "-nodes", "-keyout", "key.pem", "-out",
                    "cert.pem", "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost"],
                   cwd=folder, check=True, capture_output=True)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Origin)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    server.socket = context.wrap_socket(server.socket, server_side=True)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"https://localhost:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
