"""Errors the store raises on purpose.

Hierarchy::

    WildtraceError                      (wildtrace.exceptions)
    └── StoreError                      exit 1   any failure of the system of record or index
        ├── UnknownRecordError          exit 1   no such listing, case, user or schedule
        ├── DuplicateRecordError        exit 1   a user or schedule that already exists
        ├── InvalidQueryError           exit 2   bad filter, cursor, order (a UsageError)
        ├── DatabaseURLError            exit 2   a database URL that is not sqlite or postgresql
        ├── SchemaError                 exit 1   migrations could not bring the schema to head
        ├── WriteConflictError          exit 1   a constraint refused a write (retried once)
        └── StoreUnavailableError       exit 3   database down (a ServiceUnavailableError)
            └── IndexUnavailableError   exit 3   the Elasticsearch cluster does not answer

Foreign errors (SQLAlchemy, psycopg2, elasticsearch) are translated where they are caught, with
``raise ... from exc`` so that ``-vv`` still shows the cause.
"""

from __future__ import annotations

from wildtrace.exceptions import (
    ConfigurationError,
    ServiceUnavailableError,
    UsageError,
    WildtraceError,
)


class StoreError(WildtraceError):
    """Base class of every error raised by the store package."""


class UnknownRecordError(StoreError):
    """The listing, case, user or schedule asked for does not exist."""


class DuplicateRecordError(StoreError):
    """The record to add (a user name, a schedule) already exists."""


class InvalidQueryError(StoreError, UsageError):
    """A search filter, cursor, sort order or decision value is not valid."""

    exit_code = 2


class DatabaseURLError(StoreError, ConfigurationError):
    """WILDTRACE_DATABASE_URL cannot be parsed or names an unsupported database."""

    exit_code = 2


class SchemaError(StoreError):
    """The database schema could not be created or migrated."""


class WriteConflictError(StoreError):
    """A uniqueness or foreign-key constraint refused a write (e.g. two writers racing)."""


class StoreUnavailableError(StoreError, ServiceUnavailableError):
    """The database (SQLite file or PostgreSQL server) cannot be reached or written."""

    exit_code = 3


class IndexUnavailableError(StoreUnavailableError):
    """The Elasticsearch cluster cannot be reached; writes are queued, searches fall back."""
