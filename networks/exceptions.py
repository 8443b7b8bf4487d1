"""Errors of the networks package.

    NetworkError(WildtraceError)
    ├── MatchInputError      the identifiers file cannot be read (missing, not CSV, empty)
    └── ExportError          an export could not be written
"""

from __future__ import annotations

from wildtrace.exceptions import UsageError, WildtraceError


class NetworkError(WildtraceError):
    """Base of every networks error."""


class MatchInputError(NetworkError, UsageError):
    """The file of identifiers to match is missing or unreadable."""


class ExportError(NetworkError):
    """A GraphML or CSV export could not be written."""
