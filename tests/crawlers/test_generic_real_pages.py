"""Generic mode on real marketplace pages the project was never tuned for.

../shared/data/marketplace_pages (leboncoin, craigslist) is served on 127.0.0.1, each page at
its original path, raw bytes, no charset header (as many sites do). The entry page is a plain
list of links; the crawl must tell item pages from result pages by their content and store
every item page as a listing with the right title and price. Real extractors, real Scrapy,
fake store/classifier/evidence (they are not what this test is about).
"""

from __future__ import annotations

import importlib.util
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawlers import run_crawl
from wildtrace.config import load_config

pytest.importorskip("extractors.page")

_spec = importlib.util.spec_from_file_location("crawl_fakes", Path(__file__).parent / "fakes.py")
assert _spec and _spec.loader
fakes_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fakes_module)

RESULT_PATHS = {"leboncoin/search_result.html": "/voitures/offres/basse_normandie/",
                "craigslist/listing_cta_ftl_112612.html": "/cta/"}


def _pages(shared_data: Path, site: str) -> list[dict]:
    truth = json.loads((shared_data / "marketplace_pages" / "truth.json").read_text())
    return [p for p in truth["pages"] if p["file"].startswith(site + "/")]


@pytest.fixture
def replay(shared_data: Path) -> Iterator[tuple[str, dict[str, Path]]]:
    routes: dict[str, Path] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = urlsplit(self.path).path
            if path == "/":
                links = "".join(f'<li><a href="{p}">{p}</a></li>' for p in sorted(routes))
                body = f"<html><body><h1>Saved pages</h1><ul>{links}</ul></body></html>".encode()
            elif path in routes:
                body = routes[path].read_bytes()
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", routes
    server.shutdown()
    server.server_close()


@pytest.mark.slow
@pytest.mark.parametrize("site", ["leboncoin", "craigslist"])
def test_generic_crawl_stores_item_pages(site, replay, shared_data, data_dir):
    base, routes = replay
    pages = _pages(shared_data, site)
    for page in pages:
        path = RESULT_PATHS.get(page["file"]) or urlsplit(page["url"]).path
        routes[path] = shared_data / "marketplace_pages" / page["file"]
    summary = run_crawl(base + "/", config=load_config(data_dir), capture=False,
                        backends=f"{Path(__file__).parent / 'fakes.py'}:make_real_extract")
    saved = {urlsplit(r["url"]).path: r for r in fakes_module.read_store(data_dir)
             if r["op"] == "save"}
    items = [p for p in pages if p["page_type"] == "item"]
    for page in items:
        path = urlsplit(page["url"]).path
        assert path in saved, f"{page['file']} was not stored as a listing"
        assert saved[path]["title"] == page["title"], page["file"]
        if page["price"] is not None:
            assert saved[path]["price"] == pytest.approx(page["price"]), page["file"]
    for file, path in RESULT_PATHS.items():
        if file.startswith(site):
            assert path not in saved, f"the result page {file} was stored as a listing"
    assert summary.listings == len(items)
