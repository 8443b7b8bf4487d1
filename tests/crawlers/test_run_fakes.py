"""run_crawl end to end in a child process, with fake backends and the tiny market."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from crawlers import CrawlProgress, run_crawl
from crawlers.exceptions import SiteUnreachableError, StartUrlError
from wildtrace.config import load_config

_spec = importlib.util.spec_from_file_location("crawl_fakes", Path(__file__).parent / "fakes.py")
assert _spec and _spec.loader
fakes_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fakes_module)
read_store = fakes_module.read_store


def test_crawl_stores_every_listing_once(tiny_market, fakes, data_dir):
    config = load_config(data_dir)
    seen: list[CrawlProgress] = []
    summary = run_crawl(tiny_market.base_url + "/", config=config, capture=False,
                        progress=seen.append, backends=fakes)
    saved = [r for r in read_store(data_dir) if r["op"] == "save"]
    assert sorted(r["title"] for r in saved) == sorted(tiny_market.title(n) for n in range(1, 13))
    assert {r["url"] for r in saved} == {f"{tiny_market.base_url}/item/{n}" for n in range(1, 13)}
    assert summary.listings == 12
    assert summary.flagged == 4  # items 3, 6, 9, 12 say "ivory"
    assert summary.pages == 12 + 3  # items and three result pages
    assert tiny_market.hits["/private/admin"] == 0  # robots.txt obeyed
    assert all(count == 1 for path, count in tiny_market.hits.items()), tiny_market.hits
    assert seen and seen[-1].phase == "done"
    finish = [r for r in read_store(data_dir) if r["op"] == "finish"]
    assert finish[-1]["listings"] == 12


def test_max_pages_bounds_the_crawl(tiny_market, fakes, data_dir):
    summary = run_crawl(tiny_market.base_url + "/", config=load_config(data_dir), capture=False,
                        max_pages=4, backends=fakes)
    assert summary.pages == 4
    assert sum(1 for p in tiny_market.hits if p != "/robots.txt") == 4


def test_bad_url_and_down_site_fail_in_one_line(data_dir):
    config = load_config(data_dir)
    with pytest.raises(StartUrlError):
        run_crawl("ftp://example.org/", config=config)
    with pytest.raises(SiteUnreachableError):
        run_crawl("http://127.0.0.1:9/", config=config)
