"""The three sites served from background threads: :class:`DemoMarket` and ``serve_forever``."""

from __future__ import annotations

import gzip
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import parse_qsl, urlsplit

from demo_market import longma, mercado, savanna, settings
from demo_market.catalog import SITE_SPECS, DemoListing, SiteSpec, load_catalog
from demo_market.exceptions import MarketNotStartedError, MarketStartError, UnknownListingError
from demo_market.images import image_bytes
from demo_market.state import MarketState, Response

logger = logging.getLogger(__name__)

Router = Callable[[MarketState, str, dict[str, str], str], Response]
ROUTERS: dict[str, Router] = {"jsonld": savanna.route, "plain": mercado.route,
                              "spa": longma.route}


class SiteServer(ThreadingHTTPServer):
    """One site's server: a thread per connection and a backlog deep enough for crawlers."""

    daemon_threads = True
    request_queue_size = 128


@dataclass(frozen=True)
class SiteInfo:
    """One running site: its name, page style and where it listens."""

    name: str
    style: str  # "jsonld" | "plain" | "spa"
    base_url: str
    languages: tuple[str, ...]
    country: str
    currency: str


def robots_txt() -> str:
    lines = ["User-agent: *", "Allow: /"]
    if settings.DEMO_CRAWL_DELAY is not None:
        lines.append(f"Crawl-delay: {settings.DEMO_CRAWL_DELAY:g}")
    return "\n".join(lines) + "\n"


def _handler(spec: SiteSpec, state: MarketState, base_url: Callable[[], str]) -> type:
    router = ROUTERS[spec.style]

    class SiteHandler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = f"{spec.name}/1.0"

        def do_GET(self) -> None:
            self._answer(head=False)

        def do_HEAD(self) -> None:
            self._answer(head=True)

        def _answer(self, head: bool) -> None:
            url = urlsplit(self.path)
            params = dict(parse_qsl(url.query, keep_blank_values=True))
            response = self._respond(url.path, params)
            self._send(response, head)

        def _respond(self, path: str, params: dict[str, str]) -> Response:
            if path == "/robots.txt":
                return Response(200, robots_txt().encode(), "text/plain; charset=utf-8")
            if path.startswith("/img/"):
                found = image_bytes(path)
                if found is None:
                    return Response(404, b"no such image", "text/plain; charset=utf-8")
                return Response(200, found[0], found[1], {"Cache-Control": "max-age=86400"})
            if path.startswith("/static/"):
                found_static = longma.static(path[len("/static/"):])
                return found_static or Response(404, b"not found", "text/plain; charset=utf-8")
            if path == "/favicon.ico":
                return Response(404, b"", "text/plain; charset=utf-8")
            return router(state, path, params, base_url())

        def _send(self, response: Response, head: bool) -> None:
            body = response.body
            headers = dict(response.headers)
            accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "").lower()
            if (spec.style == "jsonld" and accepts_gzip and response.content_type.startswith(
                    "text/html") and len(body) >= settings.DEMO_GZIP_MIN_BYTES):
                body = gzip.compress(body, mtime=0)
                headers["Content-Encoding"] = "gzip"
                headers["Vary"] = "Accept-Encoding"
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            for name, value in headers.items():
                self.send_header(name, value)
            # as real servers do: no transfer coding in answer to an HTTP/1.0 request
            chunked = (response.chunked and spec.style == "plain" and not head
                       and self.request_version != "HTTP/1.0")
            if chunked:
                self.send_header("Transfer-Encoding", "chunked")
            else:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if head:
                return
            if not chunked:
                self.wfile.write(body)
                return
            size = settings.DEMO_CHUNK_SIZE
            for start in range(0, len(body), size):
                piece = body[start:start + size]
                self.wfile.write(f"{len(piece):X}\r\n".encode() + piece + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")

        def log_message(self, format: str, *args: object) -> None:
            logger.debug("%s %s", spec.name, format % args)

    return SiteHandler


class DemoMarket:
    """The three demo sites on 127.0.0.1, each on its own port; a context manager."""

    def __init__(self, host: str = settings.DEMO_HOST, base_port: int = 0) -> None:
        self.host = host
        self.base_port = base_port
        self.catalog = load_catalog()
        self._by_id = {listing.id: listing for listing in self.catalog}
        self._states = {spec.name: MarketState(spec.name, self.catalog) for spec in SITE_SPECS}
        self._servers: list[SiteServer] = []
        self._threads: list[threading.Thread] = []
        self.sites: list[SiteInfo] = []

    def start(self) -> None:
        """Listen on every site's port and serve from daemon threads."""
        if self._servers:
            return
        for offset, spec in enumerate(SITE_SPECS):
            port = self.base_port + offset if self.base_port else 0
            holder: list[str] = []

            def base_url_of(h: list[str] = holder) -> str:
                return h[0]

            handler = _handler(spec, self._states[spec.name], base_url_of)
            try:
                server = SiteServer((self.host, port), handler)
            except OSError as exc:
                self.stop()
                raise MarketStartError(f"cannot listen on {self.host}:{port} for {spec.name}: "
                                       f"{exc.strerror}; choose another --port") from exc
            base_url = f"http://{self.host}:{server.server_address[1]}"
            holder.append(base_url)
            thread = threading.Thread(target=server.serve_forever, name=f"demo-{spec.name}",
                                      daemon=True)
            thread.start()
            self._servers.append(server)
            self._threads.append(thread)
            self.sites.append(SiteInfo(spec.name, spec.style, base_url, spec.languages,
                                       spec.country, spec.currency))
        logger.info("demo marketplace: %s", ", ".join(s.base_url for s in self.sites))

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._servers, self._threads, self.sites = [], [], []

    def __enter__(self) -> DemoMarket:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.stop()

    def site(self, name: str) -> SiteInfo:
        for info in self.sites:
            if info.name == name:
                return info
        raise MarketNotStartedError(f"site {name!r} is not running; call start() first")

    def url_for(self, listing: DemoListing) -> str:
        """Absolute URL of a listing's page on its running site."""
        return self.site(listing.site).base_url + listing.url_path

    def _listing(self, listing_id: str) -> DemoListing:
        listing = self._by_id.get(listing_id)
        if listing is None:
            raise UnknownListingError(f"no demo listing {listing_id!r}")
        return listing

    def remove(self, listing_id: str) -> None:
        """Take a listing down: its page answers 410 and it leaves results and seller pages."""
        listing = self._listing(listing_id)
        self._states[listing.site].remove(listing_id)

    def set_price(self, listing_id: str, price: float) -> None:
        """Change a listing's price as shown on every page and in the API from now on."""
        listing = self._listing(listing_id)
        self._states[listing.site].set_price(listing_id, float(price))


def serve_forever(host: str = settings.DEMO_HOST, base_port: int = settings.DEMO_BASE_PORT) -> None:
    """Serve the three sites until Ctrl-C."""
    with DemoMarket(host, base_port) as market:
        for info in market.sites:
            print(f"{info.name:<8} {info.style:<6} {info.base_url}", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
