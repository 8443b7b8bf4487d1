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


def test_network_rows_carry_identifiers_species_and_seller(tmp_path: Path) -> None:
    from wildtrace.models import SpeciesMention

    with open_store(load_config(tmp_path / "d")) as store:
        page = PageExtraction(url="http://m.test/1", page_type="listing", title="ivory",
                              description="carved", seller="Tom", seller_id="t1",
                              phones=["+84912345678"], images=["http://m.test/a.jpg"],
                              species=[SpeciesMention("Loxodonta africana", "African elephant",
                                                      "I/II")])
        saved = store.save_page(page, marketplace="m", capture=None, verdict=None)
        store.save_page(PageExtraction(url="http://m.test/2", page_type="listing", title="x"),
                        marketplace="m", capture=None, verdict=None)
        rows = {row.listing_id: row for row in store.network_rows()}
        row = rows[saved.id]
        assert row.identifiers == [("phone", "+84912345678")]
        assert row.species == ["Loxodonta africana"]
        assert row.seller == "Tom" and row.images == ["http://m.test/a.jpg"]
        assert row.first_seen is not None and len(rows) == 2
