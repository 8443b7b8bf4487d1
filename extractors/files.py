"""Pages and profiles read from disk or stdin, with user mistakes turned into one-line errors."""

from __future__ import annotations

import sys
import tomllib
from datetime import datetime
from pathlib import Path
from typing import Any

from extractors.exceptions import PageDecodeError, ProfileError
from extractors.page import extract_page
from wildtrace.exceptions import UsageError
from wildtrace.models import PageExtraction


def read_page_bytes(path: str) -> bytes:
    """The bytes of a saved page; ``-`` reads stdin. Missing or unreadable -> UsageError."""
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        file = Path(path)
        if not file.exists():
            raise UsageError(f"{path}: no such file")
        if not file.is_file():
            raise UsageError(f"{path}: not a file")
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise UsageError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if not data.strip():
        raise PageDecodeError(f"{path}: the page is empty")
    return data


def load_profile(path: str) -> dict[str, Any]:
    """A site profile (TOML) as a mapping; raises ProfileError when missing or malformed."""
    file = Path(path)
    if not file.is_file():
        raise ProfileError(f"{path}: no such profile file")
    try:
        with file.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{path}: not valid TOML: {exc}") from exc
    except OSError as exc:
        raise ProfileError(f"{path}: cannot read: {exc.strerror or exc}") from exc


def extract_file(path: str, url: str, *, profile_path: str | None = None,
                 content_type: str | None = None, encoding: str | None = None,
                 fetched_at: datetime | None = None) -> PageExtraction:
    """``extract_page`` on a saved page file (or stdin), with an optional profile file."""
    if not url or "://" not in url:
        raise UsageError(f"--url must be an absolute URL, not {url!r}")
    profile = load_profile(profile_path) if profile_path else None
    return extract_page(read_page_bytes(path), url, content_type=content_type,
                        encoding=encoding, profile=profile, fetched_at=fetched_at)
