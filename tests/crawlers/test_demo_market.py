"""The crawl against the bundled demo marketplace with the real packages: Scrapy, Chromium,
the capture proxy writing WARC, the extractors, the store. The classifier is a keyword
stand-in here (its own tests cover it; loading the model per crawl would double the time).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from crawlers import run_crawl
from wildtrace.config import load_config

demo_market = pytest.importorskip("demo_market")
store_api = pytest.importorskip("store")

PROFILES = Path(__file__).resolve().parents[2] / "crawlers" / "profiles"
BACKENDS = f"{Path(__file__).parent / 'fakes.py'}:make_real_but_classifier"


def _stored(config):
    store = store_api.open_store(config)
    try:
        return {s.url: store.get_listing(s.id) for s in store.list_listings(limit=2000)}
    finally:
        store.close()


@pytest.mark.slow
def test_savanna_captured_stored_then_changed_and_removed(data_dir):
    config = load_config(data_dir)
    catalog = {item.id: item for item in demo_market.load_catalog() if item.site == "savanna"}
    with demo_market.DemoMarket() as market:
        site = market.site("savanna")
        first = run_crawl(site.base_url + "/", config=config, profile=PROFILES / "savanna.toml",
                          max_pages=40, backends=BACKENDS)
        stored = _stored(config)
        assert first.listings >= 10 and len(stored) == first.listings
        by_url = {market.url_for(item): item for item in catalog.values()}
        for url, listing in stored.items():
            truth = by_url[url]
            assert (listing.title, listing.price, listing.currency) == (
                truth.title, pytest.approx(truth.price), truth.currency)
            capture = listing.captures[-1]
            assert capture.record_id and capture.record_id.startswith("<urn:uuid:")
            assert capture.payload_digest.startswith("sha256:")
            warc = config.paths.evidence / capture.warc_file
            with warc.open("rb") as handle:  # the offset points at that record
                handle.seek(capture.offset)
                assert handle.read(2) == b"\x1f\x8b"
        assert first.not_captured == 0 and first.warc_files
        for path in first.warc_files:
            assert hashlib.sha256(path.read_bytes()).hexdigest()  # sealed, readable
        custody = config.paths.custody_log.read_text()
        assert all(path.name in custody for path in first.warc_files)

        changed_url, removed_url = sorted(stored)[:2]
        changed, removed = by_url[changed_url], by_url[removed_url]
        market.set_price(changed.id, changed.price + 100)
        market.remove(removed.id)
        # a budget whose third (for re-visits) covers every listing stored so far
        second = run_crawl(site.base_url + "/", config=config,
                           profile=PROFILES / "savanna.toml", max_pages=3 * len(stored) + 3,
                           backends=BACKENDS)
        assert second.run_id != first.run_id and second.removed >= 1
        after = _stored(config)
        assert after[changed_url].price == pytest.approx(changed.price + 100)
        old, new = after[changed_url].captures[-2:]
        assert new.previous_capture_id == old.id and new.changed and new.version == 2
        assert new.record_id != old.record_id
        assert after[removed_url].removed_at is not None
        assert after[removed_url].captures  # earlier evidence kept


@pytest.mark.slow
@pytest.mark.browser
def test_spa_listings_exist_only_after_javascript(data_dir):
    config = load_config(data_dir)
    catalog = {item.url_path: item for item in demo_market.load_catalog()
               if item.site == "longma"}
    with demo_market.DemoMarket() as market:
        site = market.site("longma")
        summary = run_crawl(site.base_url + "/", config=config, profile=PROFILES / "longma.toml",
                            max_pages=8, backends=BACKENDS)
    stored = _stored(config)
    assert summary.listings == 7 == len(stored)  # the home page, then 7 listings
    for url, listing in stored.items():
        truth = catalog["/" + url.split("/", 3)[3]]
        assert (listing.title, listing.price, listing.currency) == (
            truth.title, pytest.approx(truth.price), truth.currency)
        assert listing.captures[-1].record_id  # the shell's response record
    assert summary.not_captured == 0
