"""Index of the response records of WARC files, read back with warcio (a different reader).

:func:`index_warcs` gives one :class:`CapturedResponse` per ``response`` record, with where it
sits (file, offset, length) so a reader can seek straight to it, and converts to the shared
:class:`wildtrace.models.CaptureRef`.

:func:`locate_records` finds records by id in a capture's WARC file and in the other WARC files
of the same capture run: snapshots (screenshot, rendered DOM) are written to their own file,
``<prefix>-snapshots-<stamp>-...`` beside the crawl's ``<prefix>-<stamp>-...``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from evidence.exceptions import EvidencePathError
from wildtrace.models import CaptureRef

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class CapturedResponse:
    """One response record as written at the wire."""

    url: str
    record_id: str
    warc_file: Path
    offset: int
    length: int
    payload_digest: str  # "sha256:<hex>" of the de-chunked body as sent (still encoded)
    status: int
    date: str  # WARC-Date, ISO 8601 UTC

    def to_capture_ref(self, evidence_dir: Path | None = None) -> CaptureRef:
        """The shared record; ``warc_file`` relative to ``evidence_dir`` when given."""
        name = str(self.warc_file)
        if evidence_dir is not None:
            try:
                name = str(self.warc_file.resolve().relative_to(evidence_dir.resolve()))
            except ValueError:
                name = str(self.warc_file)
        return CaptureRef(url=self.url, warc_file=name, record_id=self.record_id,
                          offset=self.offset, length=self.length,
                          payload_digest=self.payload_digest, fetched_at=self.date,
                          status=self.status)


def index_warcs(paths: Iterable[Path]) -> list[CapturedResponse]:
    """Every response record of the given WARC files, in file order."""
    found: list[CapturedResponse] = []
    for path in paths:
        path = Path(path)
        try:
            with open(path, "rb") as stream:
                iterator = ArchiveIterator(stream, check_digests=False)
                for record in iterator:
                    if record.rec_type != "response":
                        continue
                    headers = record.rec_headers
                    status = 0
                    if record.http_headers is not None:
                        try:
                            status = int(record.http_headers.get_statuscode() or 0)
                        except ValueError:
                            status = 0
                    found.append(CapturedResponse(
                        url=headers.get_header("WARC-Target-URI") or "",
                        record_id=headers.get_header("WARC-Record-ID") or "",
                        warc_file=path, offset=iterator.get_record_offset(),
                        length=iterator.get_record_length(),
                        payload_digest=headers.get_header("WARC-Payload-Digest") or "",
                        status=status, date=headers.get_header("WARC-Date") or ""))
        except (OSError, ArchiveLoadFailed, ValueError) as exc:
            raise EvidencePathError(f"{path}: cannot be read as a WARC file ({exc})") from exc
    return found


# the part of a WARC name after the capture prefix: "-[snapshots-]<17-digit UTC stamp>-"
_AFTER_PREFIX = re.compile(r"-(?:snapshots-)?\d{17}-")


def run_warcs(warc: Path) -> list[Path]:
    """The other WARC files written by the same capture run as ``warc`` (its snapshot files)."""
    warc = Path(warc)
    found = _AFTER_PREFIX.search(warc.name)
    if found is None:
        return []
    prefix = warc.name[:found.start()]
    return sorted(p for p in warc.parent.glob(f"{prefix}-*.warc.gz")
                  if p != warc and (m := _AFTER_PREFIX.search(p.name)) is not None
                  and p.name[:m.start()] == prefix)


def locate_records(warc: Path, record_ids: Collection[str]) -> dict[str, Path]:
    """Record id -> the file holding it, looking in ``warc`` then in its run's other files."""
    wanted = set(record_ids)
    found: dict[str, Path] = {}
    for path in [Path(warc), *run_warcs(warc)]:
        if not wanted - found.keys():
            break
        try:
            with open(path, "rb") as stream:
                for record in ArchiveIterator(stream, check_digests=False):
                    record_id = record.rec_headers.get_header("WARC-Record-ID")
                    if record_id in wanted:
                        found[record_id] = path
        except (OSError, ArchiveLoadFailed) as exc:
            logger.warning("cannot read %s while looking for records: %s", path, exc)
    return found
