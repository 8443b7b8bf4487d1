"""Fixtures of the evidence tests: a local origin server (gzip, chunked, plain pages)."""

from __future__ import annotations

import gzip
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

GZIP_HTML = "<html><body><h1>Pangolin scales for sale</h1>" + "ivory " * 200 + "</body></html>"
GZIP_BYTES = gzip.compress(GZIP_HTML.encode(), mtime=0)
CHUNKS = [b"<html><body>", b"<p>tortoise shell</p>" * 30, b"</body></html>"]


class _Origin(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/gzip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(GZIP_BYTES)))
            self.end_headers()
            self.wfile.write(GZIP_BYTES)
        elif self.path == "/chunked":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for chunk in CHUNKS:
                self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
        elif self.path.startswith("/page/"):
            body = (f"<html><head><title>Listing {self.path}</title></head><body>"
                    f"<p>Parrot {self.path}</p><img src='/img.png'></body></html>").encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            body = b"not here"
            self.send_response(404)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)


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
