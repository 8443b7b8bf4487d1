"""Nothing is lost when the Elasticsearch index goes down in the middle of an ingest."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_test_corpus import NoidaServer, corpus, fill

from store import SearchQuery, Store
from store.search.elastic import ElasticBackend

pytestmark = pytest.mark.elasticsearch


def _store(path: Path, noida: NoidaServer, prefix: str) -> Store:
    return Store(f"sqlite:///{path}", index=ElasticBackend(noida.url, prefix=prefix,
                                                           batch_size=5, retry_seconds=0.0))


def test_index_stopped_mid_ingest_loses_nothing(noida: NoidaServer, es_index: str,
                                                tmp_path: Path) -> None:
    pages = corpus(40)
    store = _store(tmp_path / "a.db", noida, es_index)
    try:
        first = fill(store, pages[:20])
        assert store.pending_index_writes() == 0  # pushed in batches of 5 as they came
        noida.stop()
        second = fill(store, pages[20:])  # the cluster is down: saving must still work
        assert store.pending_index_writes() >= 20
        down = store.search(SearchQuery(limit=100))
        assert down.backend == "sqlite (index unavailable)"
        assert {item.id for item in down.listings} == set(first + second)

        noida.start()
        assert store.flush_index() == 0
        up = store.search(SearchQuery(limit=100, facets=False))
        assert up.backend == "elasticsearch"
        assert {item.id for item in up.listings} == set(first + second)
        ivory = store.search(SearchQuery(text="ivory", limit=100))
        assert ivory.backend == "elasticsearch"
        assert {i.id for i in ivory.listings} == {
            i.id for i in store.sql_search(SearchQuery(text="ivory", limit=100)).listings}
    finally:
        if noida.process is None:
            noida.start()
        store.close()


def test_rebuild_restores_an_index_that_lost_its_data(noida: NoidaServer, es_index: str,
                                                      tmp_path: Path) -> None:
    store = _store(tmp_path / "b.db", noida, es_index)
    try:
        ids = fill(store, corpus(25))
        store.flush_index()
        backend = store.index
        assert isinstance(backend, ElasticBackend)
        backend.client.indices.delete(index=f"{backend.alias}-1")  # the index is lost
        backend._ready = False
        assert store.rebuild_index() == 25
        found = store.search(SearchQuery(limit=100, facets=False))
        assert found.backend == "elasticsearch"
        assert sorted(item.id for item in found.listings) == sorted(ids)
        assert store.rebuild_index() == 25  # a second rebuild swaps the alias again
        assert store.search(SearchQuery(limit=100)).total == 25
    finally:
        store.close()


def test_writes_queued_before_a_crash_are_pushed_by_the_next_process(
        noida: NoidaServer, es_index: str, tmp_path: Path) -> None:
    crashed = Store(f"sqlite:///{tmp_path / 'c.db'}",
                    index=ElasticBackend(noida.url, prefix=es_index, batch_size=1000))
    ids = fill(crashed, corpus(12))
    crashed.engine.dispose()  # no close(): the process "died" before pushing its queue
    store = _store(tmp_path / "c.db", noida, es_index)
    try:
        assert store.pending_index_writes() == 12
        found = store.search(SearchQuery(limit=100))
        assert found.backend == "elasticsearch"
        assert sorted(item.id for item in found.listings) == sorted(ids)
        assert store.pending_index_writes() == 0
    finally:
        store.close()


def test_an_index_created_after_the_data_does_not_answer_until_rebuilt(
        noida: NoidaServer, es_index: str, tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    plain = Store(f"sqlite:///{path}")
    ids = fill(plain, corpus(8))  # saved before Elasticsearch was configured
    plain.close()
    store = _store(path, noida, es_index)
    try:
        before = store.search(SearchQuery(limit=50))
        assert before.backend == "sqlite (index unavailable)"
        assert sorted(item.id for item in before.listings) == sorted(ids)
        assert store.rebuild_index() == 8
        after = store.search(SearchQuery(limit=50))
        assert after.backend == "elasticsearch" and after.total == 8
    finally:
        store.close()


def test_after_a_failed_search_the_database_answers_until_the_retry_time(
        noida: NoidaServer, es_index: str, tmp_path: Path) -> None:
    import time

    store = Store(f"sqlite:///{tmp_path / 'e.db'}",
                  index=ElasticBackend(noida.url, prefix=es_index, retry_seconds=3.0))
    try:
        fill(store, corpus(4))
        assert store.search(SearchQuery()).backend == "elasticsearch"
        noida.stop()
        assert store.search(SearchQuery()).backend == "sqlite (index unavailable)"
        noida.start()
        # back up, but the store does not knock again before the retry time
        assert store.search(SearchQuery()).backend == "sqlite (index unavailable)"
        time.sleep(3.2)
        assert store.search(SearchQuery()).backend == "elasticsearch"
    finally:
        if noida.process is None:
            noida.start()
        store.close()
