"""The search side of the store: an interface and the database-only implementation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from sqlalchemy.engine import Connection

from store.query import SearchQuery, SearchResults
from store.search import textindex

if TYPE_CHECKING:
    from store.api import Store


class SearchBackend(Protocol):
    """What the store needs from a search index.

    ``listing_changed`` runs inside the write transaction (so a queue entry commits with the
    listing); ``after_write`` runs after the commit.
    """

    name: str

    def listing_changed(self, conn: Connection, listing_id: int) -> None: ...

    def after_write(self, store: Store) -> None: ...

    def search(self, store: Store, query: SearchQuery) -> SearchResults: ...

    def flush(self, store: Store, *, force: bool) -> int: ...

    def pending(self, store: Store) -> int: ...

    def rebuild(self, store: Store) -> int: ...

    def close(self) -> None: ...


class SqlBackend:
    """Search answered by the database: the text index is written in the same transaction."""

    name = "sql"

    def listing_changed(self, conn: Connection, listing_id: int) -> None:
        return None

    def after_write(self, store: Store) -> None:
        return None

    def search(self, store: Store, query: SearchQuery) -> SearchResults:
        return store.sql_search(query)

    def flush(self, store: Store, *, force: bool) -> int:
        return 0

    def pending(self, store: Store) -> int:
        return 0

    def rebuild(self, store: Store) -> int:
        with store._tx() as conn:
            return textindex.rebuild(conn)

    def close(self) -> None:
        return None
