"""Index of the response records of WARC files, read back with warcio (a different reader).

:func:`index_warcs` gives one :class:`CapturedResponse` per ``response`` record, with where it
sits (file, offset, length) so a reader can seek straight to it, and converts to the shared
:class:`wildtrace.models.CaptureRef`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
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
