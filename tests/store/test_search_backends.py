"""The same queries find the same listings on SQLite, PostgreSQL and Elasticsearch.

Expected sets are computed from the corpus definition in conftest.py, not from the store.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from store_test_corpus import (
    MARKETPLACES,
    WORDING,
    NoidaServer,
    corpus,
    fill,
    postgres_database,
)

from store import InvalidQueryError, SearchQuery, Store
from store.search.elastic import ElasticBackend
from wildtrace.models import PageExtraction, Verdict

Item = tuple[PageExtraction, Verdict, str]
PAGES = corpus(36)
DECIDED = {2: "confirm", 5: "dismiss", 14: "confirm", 20: "escalate"}  # corpus index -> decision


@pytest.fixture(scope="module", params=[
    "sqlite",
    pytest.param("postgresql", marks=pytest.mark.postgres),
    pytest.param("elasticsearch", marks=pytest.mark.elasticsearch),
])
def filled(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, list[int]]]:
    """One store per backend for the whole module (the query tests only read)."""
    folder = tmp_path_factory.mktemp("search")
    with ExitStack() as cleanup:
        if request.param == "sqlite":
            store = Store(f"sqlite:///{folder / 'search.db'}")
        elif request.param == "postgresql":
            store = Store(cleanup.enter_context(postgres_database()))
        else:
            noida: NoidaServer = request.getfixturevalue("noida")
            if noida.process is None:
                noida.start()
            store = Store(f"sqlite:///{folder / 'search.db'}",
                          index=ElasticBackend(noida.url, prefix=f"t{uuid.uuid4().hex[:10]}"))
        cleanup.callback(store.close)
        ids = fill(store, PAGES)
        for index, decision in DECIDED.items():
            store.record_decision(ids[index], "ann", decision)
        assert store.search(SearchQuery(limit=1)).backend.split()[0] == request.param
        yield store, ids


def expect(ids: list[int], keep: Callable[[int, Item], bool]) -> set[int]:
    return {ids[i] for i, item in enumerate(PAGES) if keep(i, item)}


def text_of(item: Item) -> str:
    return f"{item[0].title} {item[0].description}"


def wording(i: int) -> int:
    return i % len(WORDING)


CASES: list[tuple[SearchQuery, Callable[[int, Item], bool]]] = [
    (SearchQuery(text="象牙"), lambda i, it: "象牙" in text_of(it)),
    (SearchQuery(text="IVORY"), lambda i, it: "ivory" in text_of(it).lower()),
    (SearchQuery(text="perroquet gris"), lambda i, it: wording(i) == 4),
    (SearchQuery(text="tortue"), lambda i, it: wording(i) == 5),
    (SearchQuery(text="ใ"), lambda i, it: False),
    (SearchQuery(text="งาช้าง"), lambda i, it: wording(i) == 6),
    (SearchQuery(text="te te"), lambda i, it: wording(i) == 3),
    (SearchQuery(text="穿山甲"), lambda i, it: wording(i) == 2),
    (SearchQuery(text="marfil elefante"), lambda i, it: wording(i) == 10),
    (SearchQuery(species="loxodonta AFRICANA"),
     lambda i, it: any(s.scientific_name == "Loxodonta africana" for s in it[0].species)),
    (SearchQuery(appendix="II"), lambda i, it: any("II" in s.cites_appendix.split("/")
                                                   for s in it[0].species)),
    (SearchQuery(appendix="I"), lambda i, it: any("I" in s.cites_appendix.split("/")
                                                  for s in it[0].species)),
    (SearchQuery(marketplace="PETSHOP"), lambda i, it: it[2] == "Petshop"),
    (SearchQuery(country="cn"), lambda i, it: it[0].country == "CN"),
    (SearchQuery(min_price=50, max_price=120),
     lambda i, it: 50 <= (it[0].price or 0) <= 120),
    (SearchQuery(flagged=True), lambda i, it: it[1].flagged),
    (SearchQuery(flagged=False), lambda i, it: not it[1].flagged),
    (SearchQuery(decision="confirm"), lambda i, it: DECIDED.get(i) == "confirm"),
    (SearchQuery(decision="none"), lambda i, it: i not in DECIDED),
    (SearchQuery(seller="Seller1"), lambda i, it: it[0].seller == "seller1"),
    (SearchQuery(identifier="+84 900 000 002"), lambda i, it: "+84900000002" in it[0].phones),
    (SearchQuery(identifier="SELLER3@mail.example"),
     lambda i, it: "seller3@mail.example" in it[0].emails),
    (SearchQuery(text="ivory", flagged=True, appendix="II"),
     lambda i, it: "ivory" in text_of(it).lower() and it[1].flagged
     and any("II" in s.cites_appendix.split("/") for s in it[0].species)),
]


@pytest.mark.parametrize(("query", "keep"), CASES, ids=[repr(c[0].text or "filters") + str(n)
                                                         for n, c in enumerate(CASES)])
def test_query_finds_exactly_the_expected_listings(filled: tuple[Store, list[int]],
                                                   query: SearchQuery,
                                                   keep: Callable[[int, Item], bool]) -> None:
    store, ids = filled
    query.limit = 100
    results = store.search(query)
    assert {item.id for item in results.listings} == expect(ids, keep)
    assert results.total == len(expect(ids, keep))


def test_cursor_paging_walks_every_result_once_in_score_order(
        filled: tuple[Store, list[int]]) -> None:
    store, ids = filled
    for order in ("score", "newest"):
        seen: list[int] = []
        scores: list[float] = []
        cursor = None
        for _ in range(20):
            page = store.search(SearchQuery(limit=7, cursor=cursor, order=order, facets=False))
            seen += [item.id for item in page.listings]
            scores += [item.score or -1 for item in page.listings]
            cursor = page.next_cursor
            if cursor is None:
                break
        assert sorted(seen) == sorted(ids)
        assert len(seen) == len(set(seen))
        if order == "score":
            assert scores == sorted(scores, reverse=True)
        else:
            assert seen == sorted(ids, reverse=True)


def test_facets_count_matching_listings(filled: tuple[Store, list[int]]) -> None:
    store, _ids = filled
    results = store.search(SearchQuery(text="ivory"))
    matching = [it for it in PAGES if "ivory" in text_of(it).lower()]
    markets = {b.value: b.count for b in results.facets["marketplace"]}
    assert markets == {m: sum(1 for it in matching if it[2] == m) for m in MARKETPLACES
                       if any(it[2] == m for it in matching)}
    flagged = {b.value: b.count for b in results.facets["flagged"]}
    assert flagged.get("true", 0) == sum(1 for it in matching if it[1].flagged)
    appendix = {b.value: b.count for b in results.facets["appendix"]}
    assert appendix.get("II", 0) == sum(
        1 for it in matching if any("II" in s.cites_appendix.split("/") for s in it[0].species))
    decisions = {b.value: b.count for b in store.search(SearchQuery()).facets["decision"]}
    assert decisions == {"confirm": 2, "dismiss": 1, "escalate": 1, "none": len(PAGES) - 4}


@pytest.mark.elasticsearch
def test_elasticsearch_answers_like_the_database(noida: NoidaServer, es_index: str,
                                                 tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'x.db'}", index=ElasticBackend(noida.url,
                                                                          prefix=es_index))
    try:
        fill(store, PAGES)
        for query, _ in CASES:
            es, db = store.search(query), store.sql_search(query)
            assert es.backend == "elasticsearch"
            assert [i.id for i in es.listings] == [i.id for i in db.listings]
            assert es.facets == db.facets
            assert es.next_cursor == db.next_cursor
    finally:
        store.close()


def test_bad_queries_are_refused(sqlite_store: Store) -> None:
    for query in (SearchQuery(order="price"), SearchQuery(appendix="IV"),
                  SearchQuery(decision="maybe"), SearchQuery(cursor="not-a-cursor!"),
                  SearchQuery(limit=0), SearchQuery(min_price=5, max_price=1)):
        with pytest.raises(InvalidQueryError):
            sqlite_store.search(query)
