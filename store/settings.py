"""Settings of the store package, with their defaults.

Each name is prefixed ``STORE_``; the one-line comment above each is its help (the README
lists them, and a test fails when one is missing there). Only the database and index URLs come
from the environment (``WILDTRACE_DATABASE_URL``, ``WILDTRACE_ELASTICSEARCH_URL``).
"""

from __future__ import annotations

# Seconds a SQLite writer waits for a lock held by another process before giving up.
STORE_SQLITE_BUSY_TIMEOUT = 30.0

# Seconds to wait for a PostgreSQL server to accept a connection.
STORE_CONNECT_TIMEOUT = 5

# Name prefix of the Elasticsearch index template, indices and alias ("<prefix>-listings").
STORE_INDEX_PREFIX = "wildtrace"

# Listings pushed to Elasticsearch per bulk request (also how many queued writes trigger a push).
STORE_INDEX_BATCH_SIZE = 500

# Seconds to wait before trying again to reach an Elasticsearch cluster that did not answer.
STORE_INDEX_RETRY_SECONDS = 10.0

# Seconds an Elasticsearch request may take before it counts as failed (and the write is queued).
STORE_INDEX_TIMEOUT = 10.0

# Default number of listings per page of search results.
STORE_SEARCH_PAGE_SIZE = 20

# Largest page of search results or listings a caller may ask for.
STORE_SEARCH_MAX_PAGE_SIZE = 1000

# Buckets returned per facet (most frequent first).
STORE_FACET_SIZE = 20
