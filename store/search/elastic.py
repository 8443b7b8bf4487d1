"""Elasticsearch as the search index, fed from a queue kept in the system of record.

Writes: every listing write adds a row to ``index_queue`` in the same transaction (an outbox),
so a crash or a cluster that is down never loses an index write. Queued rows are pushed with
the bulk API once ``STORE_INDEX_BATCH_SIZE`` accumulate, before each search and on close;
a failed push keeps them (with the error and an attempt count) and the next try waits
``STORE_INDEX_RETRY_SECONDS``. Reads: searches go to the ``<prefix>-listings`` alias with
``search_after`` paging and terms aggregations; while the index is down or behind, the
database answers instead (``SearchResults.backend`` says which). Rebuild: a new concrete index
is filled from the database and the alias is switched to it in one step.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection

from store import schema as t
from store.database import now
from store.exceptions import IndexUnavailableError
from store.query import (
    FACETS,
    SearchQuery,
    SearchResults,
    decode_cursor,
    encode_cursor,
    sort_key,
)
from store.search.documents import MAPPINGS, documents
from store.search.elastic_query import buckets, filters
from store.settings import (
    STORE_INDEX_BATCH_SIZE,
    STORE_INDEX_PREFIX,
    STORE_INDEX_RETRY_SECONDS,
    STORE_INDEX_TIMEOUT,
)

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch

    from store.api import Store

log = logging.getLogger(__name__)
Q = t.index_queue


@contextmanager
def _translated(url: str) -> Iterator[None]:
    """Any client or transport failure becomes an IndexUnavailableError."""
    from elastic_transport import TransportError
    from elasticsearch import ApiError

    try:
        yield
    except (TransportError, ApiError) as error:
        raise IndexUnavailableError(
            f"the Elasticsearch index at {url} is not available: {str(error)[:200]}") from error


class ElasticBackend:
    """The store's search side on an Elasticsearch cluster (see the module docstring)."""

    name = "elasticsearch"

    def __init__(self, url: str, *, prefix: str = STORE_INDEX_PREFIX,
                 batch_size: int = STORE_INDEX_BATCH_SIZE,
                 retry_seconds: float = STORE_INDEX_RETRY_SECONDS,
                 timeout: float = STORE_INDEX_TIMEOUT,
                 client: Elasticsearch | None = None) -> None:
        from elasticsearch import Elasticsearch

        self.url = url
        self.batch_size = batch_size
        self.retry_seconds = retry_seconds
        self.alias = f"{prefix}-listings"
        self.client = client or Elasticsearch(url, request_timeout=timeout,
                                              max_retries=0, retry_on_timeout=False)
        self._ready = False
        self._retry_at = 0.0
        self._unpushed = 0
        self._dirty = False

    # -- writes ------------------------------------------------------------------------------

    def listing_changed(self, conn: Connection, listing_id: int) -> None:
        conn.execute(insert(Q), {"listing_id": listing_id, "enqueued_at": now(), "attempts": 0})
        self._unpushed += 1

    def after_write(self, store: Store) -> None:
        if self._unpushed >= self.batch_size:
            self.flush(store, force=False)

    def flush(self, store: Store, *, force: bool) -> int:
        """Push queued writes; returns how many remain queued. Never raises for the cluster."""
        if not force and time.monotonic() < self._retry_at:
            return self.pending(store)
        while True:
            with store._tx() as conn:
                rows = conn.execute(select(Q.c.id, Q.c.listing_id).order_by(Q.c.id)
                                    .limit(self.batch_size)).all()
                if not rows:
                    self._unpushed = 0
                    return 0
                ids = sorted({r.listing_id for r in rows})
                docs = documents(conn, ids)
            try:
                self._bulk(docs, missing=[i for i in ids if i not in docs])
            except IndexUnavailableError as error:
                self._retry_at = time.monotonic() + self.retry_seconds
                with store._tx() as conn:
                    conn.execute(update(Q).where(Q.c.id.in_([r.id for r in rows]))
                                 .values(attempts=Q.c.attempts + 1, last_error=str(error)))
                log.warning("index writes stay queued (%s); next try in %.0f s", error,
                            self.retry_seconds)
                return self.pending(store)
            with store._tx() as conn:
                conn.execute(delete(Q).where(Q.c.id.in_([r.id for r in rows])))
            self._retry_at = 0.0

    def pending(self, store: Store) -> int:
        with store._tx(write=False) as conn:
            return int(conn.execute(select(func.count()).select_from(Q)).scalar_one())

    def _bulk(self, docs: dict[int, dict[str, Any]], missing: list[int]) -> None:
        operations: list[dict[str, Any]] = []
        for listing_id, doc in docs.items():
            operations += [{"index": {"_index": self.alias, "_id": str(listing_id)}}, doc]
        for listing_id in missing:
            operations.append({"delete": {"_index": self.alias, "_id": str(listing_id)}})
        if not operations:
            return
        with _translated(self.url):
            self.ensure_index()
            answer = self.client.bulk(operations=operations, refresh=False)
        if answer.get("errors"):
            failed = [item for item in answer["items"]
                      for action in item.values()
                      if action.get("error") and action.get("status") != 404]
            if failed:
                raise IndexUnavailableError(
                    f"Elasticsearch refused {len(failed)} documents: {str(failed[0])[:200]}")
        self._dirty = True

    def ensure_index(self) -> None:
        """Create the index template, a first index and the alias when they are missing."""
        if self._ready:
            return
        with _translated(self.url):
            self.client.indices.put_index_template(
                name=self.alias, index_patterns=[f"{self.alias}-*"],
                template={"settings": {"number_of_shards": 1}, "mappings": MAPPINGS})
            if not self.client.indices.exists_alias(name=self.alias):
                first = f"{self.alias}-1"
                if not self.client.indices.exists(index=first):
                    self.client.indices.create(index=first)
                self.client.indices.put_alias(index=first, name=self.alias)
        self._ready = True
        self._dirty = False

    def rebuild(self, store: Store) -> int:
        """Fill a fresh index from the database, then point the alias at it."""
        with store._tx() as conn:
            high_water = conn.execute(select(func.max(Q.c.id))).scalar_one()
            all_ids = list(conn.execute(select(t.listings.c.id).order_by(t.listings.c.id))
                           .scalars())
        with _translated(self.url):
            self._ready = False
            self.ensure_index()
            old = list(self.client.indices.get_alias(name=self.alias).keys())
            serial = max([int(name.rsplit("-", 1)[1]) for name in old
                          if name.rsplit("-", 1)[1].isdigit()] or [0]) + 1
            fresh = f"{self.alias}-{serial}"
            self.client.indices.create(index=fresh)
            for start in range(0, len(all_ids), self.batch_size):
                with store._tx() as conn:
                    docs = documents(conn, all_ids[start:start + self.batch_size])
                operations: list[dict[str, Any]] = []
                for listing_id, doc in docs.items():
                    operations += [{"index": {"_index": fresh, "_id": str(listing_id)}}, doc]
                if operations:
                    answer = self.client.bulk(operations=operations, refresh=False)
                    if answer.get("errors"):
                        raise IndexUnavailableError("Elasticsearch refused documents while "
                                                    "rebuilding; the old index is kept")
            self.client.indices.refresh(index=fresh)
            actions: list[dict[str, Any]] = [{"remove": {"index": n, "alias": self.alias}}
                                             for n in old]
            actions.append({"add": {"index": fresh, "alias": self.alias}})
            self.client.indices.update_aliases(actions=actions)
            for name in old:
                self.client.indices.delete(index=name)
        if high_water is not None:
            with store._tx() as conn:
                conn.execute(delete(Q).where(Q.c.id <= high_water))
        self._retry_at = 0.0
        return len(all_ids)

    # -- reads -------------------------------------------------------------------------------

    def search(self, store: Store, query: SearchQuery) -> SearchResults:
        try:
            if time.monotonic() < self._retry_at:
                raise IndexUnavailableError("it did not answer a moment ago")
            if self.flush(store, force=False):
                raise IndexUnavailableError("index writes are still queued")
            try:
                self._check_complete(store)
                return self._search(store, query)
            except IndexUnavailableError:
                self._retry_at = time.monotonic() + self.retry_seconds  # do not wait on each
                raise
        except IndexUnavailableError as error:
            log.warning("searching the database instead of Elasticsearch: %s", error)
            results = store.sql_search(query)
            results.backend = f"{store.dialect} (index unavailable)"
            return results

    def _check_complete(self, store: Store) -> None:
        """An index that lacks listings (created after them, or lost) must not answer."""
        with _translated(self.url):
            self.ensure_index()
            if self._dirty:
                self.client.indices.refresh(index=self.alias)
                self._dirty = False
            indexed = int(self.client.count(index=self.alias)["count"])
        stored = store.count_listings()
        if indexed != stored:
            raise IndexUnavailableError(
                f"the index holds {indexed} listings, the database {stored}: "
                "run 'wildtrace index rebuild'")

    def _search(self, store: Store, query: SearchQuery) -> SearchResults:
        sort: list[dict[str, str]] = [{"id": "desc"}] if query.order == "newest" else \
            [{"sort_score": "desc"}, {"id": "desc"}]
        body: dict[str, Any] = {
            "query": {"bool": {"filter": filters(query)}}, "sort": sort,
            "size": query.limit + 1, "track_total_hits": True, "_source": False}
        key = decode_cursor(query.cursor)
        if key is not None:
            if len(key) != len(sort):
                from store.exceptions import InvalidQueryError

                raise InvalidQueryError("the paging cursor belongs to another sort order")
            body["search_after"] = key
        if query.facets:
            body["aggs"] = {name: {"terms": {"field": name, "size": 200}} for name in FACETS}
        with _translated(self.url):
            self.ensure_index()
            if self._dirty:
                self.client.indices.refresh(index=self.alias)
                self._dirty = False
            answer = self.client.search(index=self.alias, **body)
        hits = answer["hits"]["hits"]
        more = len(hits) > query.limit
        hits = hits[:query.limit]
        ids = [int(hit["_id"]) for hit in hits]
        with store._tx(write=False) as conn:
            listings = store._summaries(conn, ids)
        cursor = None
        if more and listings:
            last = listings[-1]
            cursor = encode_cursor(sort_key(last.score, last.id, query.order))
        facets = {name: buckets(name, answer.get("aggregations", {}).get(name, {}))
                  for name in FACETS} if query.facets else {}
        return SearchResults(listings=listings, total=int(answer["hits"]["total"]["value"]),
                             facets=facets, next_cursor=cursor, backend=self.name)

    def close(self) -> None:
        self.client.close()

