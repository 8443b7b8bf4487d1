"""A tiny marketplace served on 127.0.0.1 for the crawler tests, and fake backends."""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

HERE = Path(__file__).resolve().parent
FAKES = f"{HERE / 'fakes.py'}:make"
PER_PAGE = 5


@dataclass
class TinyMarket:
    """N listings, PER_PAGE per result page; records every path it served."""

    items: int = 12
    per_page: int = PER_PAGE
    delay: float = 0.0
    removed: set[int] = field(default_factory=set)
    prices: dict[int, float] = field(default_factory=dict)
    hits: Counter[str] = field(default_factory=Counter)
    failures: dict[str, int] = field(default_factory=dict)  # path -> 503s still to answer
    times: dict[str, list[float]] = field(default_factory=dict)
    base_url: str = ""

    def title(self, n: int) -> str:
        return f"Carved ivory bangle no. {n}" if n % 3 == 0 else f"Wooden bowl no. {n}"

    def price(self, n: int) -> float:
        return self.prices.get(n, 10.0 + n)

    def page(self, path: str, query: dict[str, list[str]]) -> tuple[int, str]:
        if path == "/robots.txt":
            return 200, "User-agent: *\nDisallow: /private/\n"
        if path in ("/", "/results"):
            page = int(query.get("page", ["1"])[0])
            first = (page - 1) * self.per_page + 1
            tiles = "".join(
                f'<li class="tile"><a href="/item/{n}">{self.title(n)}</a> '
                f'<span class="price">{self.price(n):.2f} USD</span></li>'
                for n in range(first, min(first + self.per_page, self.items + 1)))
            more = (f'<a rel="next" href="/results?page={page + 1}">Next</a>'
                    if first + self.per_page <= self.items else "")
            return 200, (f"<html><head><title>Results {page}</title></head><body>"
                         f'<ul>{tiles}</ul>{more}<a href="/private/admin">admin</a>'
                         "</body></html>")
        if path.startswith("/item/"):
            n = int(path.rsplit("/", 1)[1])
            if n in self.removed or n > self.items:
                return 404, "<html><body><h1>Not found</h1></body></html>"
            product = {"@context": "https://schema.org", "@type": "Product",
                       "name": self.title(n), "description": f"Item {n}, good condition.",
                       "offers": {"@type": "Offer", "price": f"{self.price(n):.2f}",
                                  "priceCurrency": "USD"}}
            return 200, ("<html><head><title>" + self.title(n) + "</title>"
                         '<script type="application/ld+json">' + json.dumps(product) +
                         "</script></head><body><h1>" + self.title(n) + "</h1>"
                         f'<p class="price">{self.price(n):.2f} USD</p>'
                         f"<p>Item {n}, good condition.</p></body></html>")
        return 404, "<html><body>Not found</body></html>"


@pytest.fixture
def tiny_market() -> Iterator[TinyMarket]:
    market = TinyMarket()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            market.hits[parts.path + (f"?{parts.query}" if parts.query else "")] += 1
            market.times.setdefault(parts.path, []).append(time.monotonic())
            if market.delay:
                time.sleep(market.delay)
            status, body = market.page(parts.path, parse_qs(parts.query))
            if market.failures.get(parts.path, 0) > 0:
                market.failures[parts.path] -= 1
                status, body = 503, "<html><body>busy</body></html>"
            data = body.encode()
            self.send_response(status)
            ctype = "text/plain" if parts.path == "/robots.txt" else "text/html; charset=utf-8"
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    market.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield market
    server.shutdown()
    server.server_close()


@pytest.fixture
def fakes() -> str:
    """The ``backends`` argument that swaps in tests/crawlers/fakes.py."""
    return FAKES
