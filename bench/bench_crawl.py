"""Crawl throughput: the full wildtrace pipeline vs plain Scrapy on the same demo site.

Both run in a child process against the bundled demo marketplace (savanna, then mercado),
in the same run: plain Scrapy follows the same links (listings, categories, pagination) and
only fetches; wildtrace crawls with its profile (watchlist searches, extraction, journal,
classification, WARC capture, sealing, storing). A second row compares capture on and off.
When the classifier has no trained model yet, a keyword stand-in is used and the note says so.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Row

ROOT = Path(__file__).resolve().parent.parent
STANDIN = f"{ROOT / 'tests' / 'crawlers' / 'fakes.py'}:make_real_but_classifier"

PLAIN_SCRAPY = r"""
import json, re, sys, time
from scrapy import Request, Spider
from scrapy.crawler import CrawlerProcess
from scrapy.linkextractors import LinkExtractor
start, limit = sys.argv[1], int(sys.argv[2])
deny = [r"/seller/", r"/vendedor/", r"/img/", r"/static/", r"/search", r"/buscar"]
class Plain(Spider):
    name = "plain"
    pages = 0
    async def start(self):
        yield Request(start)
    def parse(self, response):
        Plain.pages += 1
        for link in LinkExtractor(deny=deny).extract_links(response):
            if not link.url.startswith(start):
                continue
            if Plain.pages + len(self.crawler.engine.downloader.active) < limit:
                yield Request(link.url)
process = CrawlerProcess({"LOG_LEVEL": "ERROR", "ROBOTSTXT_OBEY": True,
                          "CONCURRENT_REQUESTS_PER_DOMAIN": 8, "DOWNLOAD_DELAY": 0,
                          "TELNETCONSOLE_ENABLED": False, "CLOSESPIDER_PAGECOUNT": limit})
t = time.perf_counter()
process.crawl(Plain)
process.start()
print(json.dumps({"pages": Plain.pages, "seconds": time.perf_counter() - t}))
"""


def plain_scrapy(start_url: str, limit: int) -> tuple[int, float]:
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", PLAIN_SCRAPY, start_url, str(limit)],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    seconds = time.perf_counter() - started  # child start-up included, as for wildtrace
    return int(json.loads(out.stdout.strip().splitlines()[-1])["pages"]), seconds


def pipeline(start_url: str, profile: Path, limit: int, capture: bool,
             backends: str | None) -> tuple[int, float]:
    from crawlers import run_crawl
    from wildtrace.config import load_config

    with tempfile.TemporaryDirectory(prefix="wt-bench-") as folder:
        summary = run_crawl(start_url, config=load_config(folder), profile=profile,
                            max_pages=limit, capture=capture, backends=backends)
    return summary.pages, summary.seconds


SYNTHETIC = r"""
import json, pathlib, resource, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from crawlers import run_crawl
from wildtrace.config import load_config
items, per_page, folder, backends = int(sys.argv[1]), 50, sys.argv[2], sys.argv[3]
class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        path, _, query = self.path.partition("?")
        if path == "/robots.txt":
            body = b"User-agent: *\nAllow: /\n"
        elif path == "/":
            page = int(query.split("=")[1]) if query else 1
            first = (page - 1) * per_page + 1
            tiles = "".join(f'<li class="tile"><a href="/item/{n}">Item {n}</a>'
                            f'<span class="price">{n}.00 USD</span></li>'
                            for n in range(first, min(first + per_page, items + 1)))
            more = (f'<a rel="next" href="/?page={page + 1}">Next</a>'
                    if first + per_page <= items else "")
            body = f"<html><body><ul>{tiles}</ul>{more}</body></html>".encode()
        else:
            n = path.rsplit("/", 1)[1]
            ld = json.dumps({"@context": "https://schema.org", "@type": "Product",
                             "name": f"Carved bowl {n}", "offers": {"@type": "Offer",
                             "price": f"{n}.00", "priceCurrency": "USD"}})
            body = (f"<html><head><script type='application/ld+json'>{ld}</script></head>"
                    f"<body><h1>Carved bowl {n}</h1><p class='price'>{n}.00 USD</p>"
                    "<p>" + "hand made, old stock. " * 40 + "</p></body></html>").encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
url = f"http://127.0.0.1:{server.server_address[1]}/"
profile = pathlib.Path(folder) / "synthetic.toml"
profile.write_text('[site]\nname = "synthetic"\n[crawl]\nlisting_url_patterns = ["/item/"]\n'
                   '[politeness]\ndelay = 0\nconcurrency = 8\nautothrottle = false\n')
summary = run_crawl(url, config=load_config(folder), capture=False, max_pages=items * 2,
                    profile=profile, backends=backends)
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"pages": summary.pages, "seconds": summary.seconds, "rss_mib": rss}))
"""


def synthetic_memory(items: int) -> dict[str, float]:
    """Peak RSS of a crawl process over ``items`` listings (+ result pages), capture off."""
    with tempfile.TemporaryDirectory(prefix="wt-bench-mem-") as folder:
        out = subprocess.run([sys.executable, "-c", SYNTHETIC, str(items), folder, STANDIN],
                             capture_output=True, text=True, check=True, cwd=ROOT)
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _classifier_backends() -> tuple[str | None, str]:
    try:
        from classifier import load_classifier

        load_classifier()
        return None, ""
    except Exception as exc:  # no trained model yet: measure the rest honestly
        return STANDIN, f"classifier stand-in ({type(exc).__name__})"


def run(quick: bool) -> list[Row]:
    from demo_market import DemoMarket

    limit = 60 if quick else 400
    backends, note = _classifier_backends()
    totals = {"plain": [0, 0.0], "full": [0, 0.0], "nocapture": [0, 0.0]}
    with DemoMarket() as market:
        for name in ("savanna", "mercado"):
            site = market.site(name)
            profile = ROOT / "crawlers" / "profiles" / f"{name}.toml"
            start = site.base_url + "/"
            runs = {"plain": plain_scrapy(start, limit),
                    "full": pipeline(start, profile, limit, True, backends),
                    "nocapture": pipeline(start, profile, limit, False, backends)}
            for key, (pages, seconds) in runs.items():
                totals[key][0] += pages
                totals[key][1] += seconds
    rate = {k: v[0] / v[1] if v[1] else 0.0 for k, v in totals.items()}
    big = 2000 if quick else 50000
    small, large = synthetic_memory(big // 10), synthetic_memory(big)
    sizes = ", ".join(f"{k} {int(v[0])} pages" for k, v in totals.items())
    return [
        Row("crawl: full pipeline vs plain Scrapy (savanna+mercado)", "pages/s", rate["full"],
            "plain Scrapy, fetch only", rate["plain"],
            f"child start-up included; {sizes}" + (f"; {note}" if note else "")),
        Row("crawl: WARC capture on vs off", "pages/s", rate["full"], "capture off",
            rate["nocapture"], note),
        Row(f"crawl: peak RSS of the crawl process, {int(large['pages'])} pages",
            "MiB", large["rss_mib"], f"same crawl, {int(small['pages'])} pages",
            small["rss_mib"], f"synthetic site, capture off, real extractors, "
            f"{large['pages'] / large['seconds']:.0f} pages/s"),
    ]
