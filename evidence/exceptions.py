"""Errors the evidence layer raises on purpose.

Hierarchy::

    WildtraceError                       (wildtrace.exceptions)
    └── EvidenceError                    exit 1   any evidence failure
        ├── CaptureError                 exit 1   the recording proxy could not start or write
        ├── SealError                    exit 1   a WARC file could not be hashed or sealed
        ├── CustodyError                 exit 1   the custody log cannot be read or appended
        ├── SigningError                 exit 1   a manifest could not be signed (stops an export)
        ├── TimestampError               exit 1   the RFC 3161 authority failed (stops an export)
        ├── ExportError                  exit 1   a WACZ package could not be written
        └── EvidencePathError            exit 2   the path given to a command is not evidence
"""

from __future__ import annotations

from wildtrace.exceptions import WildtraceError


class EvidenceError(WildtraceError):
    """Base class of every error of the evidence package."""


class CaptureError(EvidenceError):
    """The recording proxy could not start, or a record could not be written."""


class SealError(EvidenceError):
    """A closed WARC file could not be hashed, or its seal could not be written."""


class CustodyError(EvidenceError):
    """The custody log could not be read or appended to."""


class SigningError(EvidenceError):
    """The installation key is unusable, or a signature could not be made."""


class TimestampError(EvidenceError):
    """The time-stamping authority did not answer, refused, or answered something invalid."""


class ExportError(EvidenceError):
    """A package (WACZ) could not be written."""


class EvidencePathError(EvidenceError):
    """The path given is not a WARC file, an evidence folder or a package."""

    exit_code = 2
