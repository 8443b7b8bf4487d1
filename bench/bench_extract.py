"""Extraction speed: pages per second of ``read_listing`` and of ``extract_page``.

Workload: the real saved pages of ../shared/data/marketplace_pages (when present), the
hand-made fixtures of tests/extractors/pages, and the demo marketplace's listing and home pages
(fetched once over HTTP, then kept in memory). Baseline, in the same run: lxml parsing alone of
the same bytes (the least any extractor must do).
"""

from __future__ import annotations

import time
import urllib.request
from pathlib import Path

import lxml.html

from bench.common import Row, stopwatch

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "marketplace_pages"


def _demo_pages(limit: int) -> list[tuple[bytes, str]]:
    try:
        from demo_market import DemoMarket, load_catalog
    except ImportError:
        return []
    pages: list[tuple[bytes, str]] = []
    with DemoMarket() as market:
        urls = [market.url_for(item) for item in load_catalog()
                if item.site in ("savanna", "mercado")][:limit]
        urls += [site.base_url + "/" for site in market.sites if site.style != "spa"]
        for url in urls:
            with urllib.request.urlopen(url, timeout=30) as response:
                pages.append((response.read(), url))
    return pages


def workload(quick: bool) -> list[tuple[bytes, str]]:
    pages = [(path.read_bytes(), f"https://{path.parent.name}.example/{path.name}")
             for path in sorted(SHARED.glob("*/*.html"))]
    pages += [(path.read_bytes(), f"https://fixture.example/{path.name}")
              for path in sorted((ROOT / "tests/extractors/pages").glob("*.html"))]
    pages += _demo_pages(20 if quick else 200)
    return pages


def _rate(pages: list[tuple[bytes, str]], rounds: int, work) -> float:
    for body, url in pages[:3]:  # warm imports and caches
        work(body, url)
    with stopwatch() as elapsed:
        for _ in range(rounds):
            for body, url in pages:
                work(body, url)
    return rounds * len(pages) / elapsed()


def run(quick: bool) -> list[Row]:
    from extractors import extract_page, read_listing

    pages = workload(quick)
    rounds = 1 if quick else 3
    parse_rate = _rate(pages, rounds, lambda body, url: lxml.html.document_fromstring(body))
    listing_rate = _rate(pages, rounds, lambda body, url: read_listing(body, url))
    rows = [Row("extract: listing fields (read_listing)", "pages/s", listing_rate,
                "lxml parse alone", parse_rate,
                f"{len(pages)} pages (shared real, fixtures, demo) x {rounds}")]
    try:
        start = time.perf_counter()
        extract_page(pages[0][0], pages[0][1])
        warm = time.perf_counter() - start
        full_rate = _rate(pages, rounds, lambda body, url: extract_page(body, url))
    except Exception as exc:  # the species/identifier matchers are another package
        rows.append(Row("extract: with identifiers and species (extract_page)", "pages/s",
                        0.0, "lxml parse alone", parse_rate, f"not measured: {exc}"[:90]))
    else:
        rows.append(Row("extract: with identifiers and species (extract_page)", "pages/s",
                        full_rate, "lxml parse alone", parse_rate,
                        f"first call (lexicon load) {warm:.2f}s"))
    return rows
