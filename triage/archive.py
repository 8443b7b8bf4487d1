"""Reading a capture's records back from its WARC file (warcio), for display only.

The application never trusts a path from the database blindly: a WARC path must resolve inside
the data directory's evidence folder. The archived HTML is returned as bytes and served by the
listing view under a ``sandbox`` Content-Security-Policy, never parsed or rewritten here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from evidence.index import run_warcs
from triage.exceptions import ArchiveError
from triage.settings import TRIAGE_ARCHIVE_MAX_BYTES

log = logging.getLogger(__name__)

IMAGE_TYPES = ("image/png", "image/jpeg", "image/webp", "image/gif")


@dataclass(frozen=True)
class ArchivedRecord:
    """The payload of one WARC record and what it says it is."""

    record_id: str
    record_type: str
    target_uri: str
    content_type: str
    payload: bytes


def warc_path(evidence_dir: Path, warc_file: str) -> Path:
    """The WARC file of a capture, which must lie inside ``evidence_dir``."""
    root = evidence_dir.resolve()
    candidates = [root / warc_file, root / "warcs" / warc_file]
    for candidate in candidates:
        path = candidate.resolve()
        if path != root and root not in path.parents:
            raise ArchiveError(f"WARC path {warc_file!r} leaves the evidence folder")
        if path.is_file():
            return path
    raise ArchiveError(f"WARC file {warc_file} is not in {root}")


def _payload_type(record: object) -> str:
    http = getattr(record, "http_headers", None)
    if http is not None:
        value = http.get_header("Content-Type")
        if value:
            return str(value)
    headers = getattr(record, "rec_headers")  # noqa: B009 - warcio has no type hints
    return str(headers.get_header("Content-Type") or "application/octet-stream")


def _read(record: object) -> ArchivedRecord:
    headers = getattr(record, "rec_headers")  # noqa: B009
    stream = record.content_stream()  # type: ignore[attr-defined]
    payload = stream.read(TRIAGE_ARCHIVE_MAX_BYTES + 1)
    if len(payload) > TRIAGE_ARCHIVE_MAX_BYTES:
        raise ArchiveError("the archived record is larger than the application will show")
    return ArchivedRecord(
        record_id=str(headers.get_header("WARC-Record-ID") or ""),
        record_type=str(getattr(record, "rec_type", "")),
        target_uri=str(headers.get_header("WARC-Target-URI") or ""),
        content_type=_payload_type(record),
        payload=payload)


def read_record(path: Path, record_id: str, offset: int | None = None) -> ArchivedRecord:
    """The record ``record_id`` of ``path``: tried at ``offset`` first, else by a scan."""
    try:
        with path.open("rb") as stream:
            if offset is not None and offset >= 0:
                stream.seek(offset)
                for record in ArchiveIterator(stream):
                    if record.rec_headers.get_header("WARC-Record-ID") == record_id:
                        return _read(record)
                    break
                stream.seek(0)
            for record in ArchiveIterator(stream):
                if record.rec_headers.get_header("WARC-Record-ID") == record_id:
                    return _read(record)
    except (ArchiveLoadFailed, OSError, ValueError) as exc:
        raise ArchiveError(f"cannot read {path.name}: {exc}") from exc
    raise ArchiveError(f"record {record_id} is not in {path.name}")


def find_record_after(path: Path, record_id: str, offset: int) -> ArchivedRecord:
    """Like :func:`read_record`, but scans forward from ``offset`` first (screenshots and DOM
    snapshots are written right after the response they refer to)."""
    try:
        with path.open("rb") as stream:
            stream.seek(max(offset, 0))
            for record in ArchiveIterator(stream):
                if record.rec_headers.get_header("WARC-Record-ID") == record_id:
                    return _read(record)
    except (ArchiveLoadFailed, OSError, ValueError) as exc:
        log.debug("forward scan of %s failed (%s); scanning from the start", path, exc)
    return read_record(path, record_id)


def locate_record(path: Path, record_id: str, offset: int) -> ArchivedRecord:
    """The record in ``path`` (scanning forward from ``offset``), else in another WARC of the same
    capture run: screenshots and rendered DOMs are written to the run's snapshot WARC."""
    try:
        return find_record_after(path, record_id, offset)
    except ArchiveError as first:
        for sibling in run_warcs(path):
            try:
                return read_record(sibling, record_id)
            except ArchiveError:
                continue
        raise first
