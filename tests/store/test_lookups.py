"""Lookups by URL and of recorded WARC files (used by `wildtrace case` and the demo checks)."""

from __future__ import annotations

from pathlib import Path

from store import open_store
from wildtrace.config import load_config
from wildtrace.models import PageExtraction


def test_listing_id_for_url_uses_the_canonical_form(tmp_path: Path) -> None:
    with open_store(load_config(tmp_path / "d")) as store:
        saved = store.save_page(PageExtraction(url="http://Market.test/item/7?utm_source=x",
                                               page_type="listing", title="t"),
                                marketplace="market", capture=None, verdict=None)
        assert store.listing_id_for_url("http://market.test/item/7") == saved.id
        assert store.listing_id_for_url("http://market.test/item/8") is None


def test_warc_file_hashes(tmp_path: Path) -> None:
    with open_store(load_config(tmp_path / "d")) as store:
        assert store.warc_file_hashes() == {}
        store.record_warc_file("warcs/a.warc.gz", "ab" * 32, 10)
        store.record_warc_file("warcs/a.warc.gz", "cd" * 32, 12)
        assert store.warc_file_hashes() == {"warcs/a.warc.gz": "cd" * 32}
