"""The system of record (SQLite or PostgreSQL) and the search index (SQL or Elasticsearch).

    from store import open_store, SearchQuery
    with open_store(config) as store:
        saved = store.save_page(extraction, marketplace="...", capture=ref, verdict=verdict)
        results = store.search(SearchQuery(text="ivory", flagged=True))

See store/README.md for the whole API, the schema and the settings.
"""

from store.api import Store, open_store
from store.exceptions import (
    DatabaseURLError,
    DuplicateRecordError,
    IndexUnavailableError,
    InvalidQueryError,
    SchemaError,
    StoreError,
    StoreUnavailableError,
    UnknownRecordError,
    WriteConflictError,
)
from store.query import FacetBucket, SearchQuery, SearchResults
from store.records import (
    AuditEntry,
    CaptureVersion,
    CaseDetail,
    CaseSummary,
    CrawlRun,
    DecisionRecord,
    Identifier,
    ListingDetail,
    ListingSummary,
    SavedListing,
    Schedule,
    User,
)

__all__ = [
    "AuditEntry",
    "CaptureVersion",
    "CaseDetail",
    "CaseSummary",
    "CrawlRun",
    "DatabaseURLError",
    "DecisionRecord",
    "DuplicateRecordError",
    "FacetBucket",
    "Identifier",
    "IndexUnavailableError",
    "InvalidQueryError",
    "ListingDetail",
    "ListingSummary",
    "SavedListing",
    "Schedule",
    "SchemaError",
    "SearchQuery",
    "SearchResults",
    "Store",
    "StoreError",
    "StoreUnavailableError",
    "UnknownRecordError",
    "User",
    "WriteConflictError",
    "open_store",
]
