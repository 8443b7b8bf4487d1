"""Errors the extractors raise on purpose.

Hierarchy::

    WildtraceError (wildtrace.exceptions)
    └── ExtractionError          exit 1  base of every extraction failure
        ├── PageDecodeError      exit 2  the page is empty, unreadable or cannot be decoded
        ├── ProfileError         exit 2  a site profile's ``extract`` section is malformed
        ├── LexiconError         exit 2  the species lexicon or a CITES export cannot be read
        └── IdentifierError      exit 1  an identifier (phone, wallet...) cannot be processed
"""

from __future__ import annotations

from wildtrace.exceptions import WildtraceError


class ExtractionError(WildtraceError):
    """Base class of every error raised by the extractors."""

    exit_code = 1


class PageDecodeError(ExtractionError):
    """The page is empty, unreadable, or its bytes cannot be decoded to text."""

    exit_code = 2


class ProfileError(ExtractionError):
    """A site profile's ``extract`` or ``site`` section is malformed (bad selector, bad type)."""

    exit_code = 2


class LexiconError(ExtractionError):
    """The species lexicon or a CITES checklist export cannot be read."""

    exit_code = 2


class IdentifierError(ExtractionError):
    """An identifier (phone number, e-mail, handle, wallet) cannot be processed."""

    exit_code = 1
