"""The :class:`Store` every other package talks to, and :func:`open_store`."""

from __future__ import annotations

import logging
from types import TracebackType

from sqlalchemy.engine import Connection

from store.accounts import AccountsMixin
from store.casework import CaseworkMixin
from store.database import create, migrate, translated
from store.listings import ListingsMixin
from store.query import SearchQuery, SearchResults
from store.search import sql
from store.search.base import SearchBackend, SqlBackend
from wildtrace.config import Config

log = logging.getLogger(__name__)


class Store(ListingsMixin, CaseworkMixin, AccountsMixin):
    """The system of record plus its search index. Thread-safe; close it when done.

    Use :func:`open_store` rather than building one directly.
    """

    def __init__(self, url: str, index: SearchBackend | None = None) -> None:
        self.url = url
        self.engine = create(url)
        self.index = index if index is not None else SqlBackend()
        with translated(url):
            migrate(self.engine)

    # -- search ------------------------------------------------------------------------------

    def search(self, query: SearchQuery) -> SearchResults:
        """Full text plus filters, facets and cursor paging (see :class:`SearchQuery`)."""
        query = query.normalised()
        results = self.index.search(self, query)
        return results

    def sql_search(self, query: SearchQuery) -> SearchResults:
        """The search answered by the database alone (also the fallback when the index is down)."""
        query = query.normalised()
        with self._tx(write=False) as conn:
            ids, total, cursor = sql.search_ids(conn, query)
            listings = self._summaries(conn, ids)
            facets = sql.facets(conn, query) if query.facets else {}
        return SearchResults(listings=listings, total=total, facets=facets, next_cursor=cursor,
                             backend=self.dialect)

    def rebuild_index(self) -> int:
        """Rebuild the search index from the system of record; returns listings indexed."""
        return self.index.rebuild(self)

    def flush_index(self) -> int:
        """Push queued index writes now; returns how many are still queued."""
        return self.index.flush(self, force=True)

    def pending_index_writes(self) -> int:
        return self.index.pending(self)

    # -- hooks -------------------------------------------------------------------------------

    def _listing_changed(self, conn: Connection, listing_id: int) -> None:
        self.index.listing_changed(conn, listing_id)

    def _after_write(self) -> None:
        self.index.after_write(self)

    # -- lifecycle ---------------------------------------------------------------------------

    def close(self) -> None:
        """Push what can be pushed to the index, then release connections."""
        try:
            self.index.flush(self, force=False)
        finally:
            self.index.close()
            self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def open_store(config: Config) -> Store:
    """Open (creating or migrating on first use) the store ``config`` points at.

    The database is ``config.database_url`` (SQLite in the data directory by default); the
    search index is Elasticsearch when ``config.elasticsearch_url`` is set, else the database's
    own full-text search.
    """
    index: SearchBackend | None = None
    if config.elasticsearch_url:
        from store.search.elastic import ElasticBackend

        index = ElasticBackend(config.elasticsearch_url)
    return Store(config.database_url, index=index)
