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
    sizes = ", ".join(f"{k} {int(v[0])} pages" for k, v in totals.items())
    return [
        Row("crawl: full pipeline vs plain Scrapy (savanna+mercado)", "pages/s", rate["full"],
            "plain Scrapy, fetch only", rate["plain"],
            f"child start-up included; {sizes}" + (f"; {note}" if note else "")),
        Row("crawl: WARC capture on vs off", "pages/s", rate["full"], "capture off",
            rate["nocapture"], note),
    ]
