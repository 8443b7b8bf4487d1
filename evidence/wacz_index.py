"""CDXJ index lines for WARC files (``<SURT> <timestamp14> {json}``), as WACZ and pywb read."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path

import surt
from warcio.archiveiterator import ArchiveIterator

logger = logging.getLogger(__name__)

INDEXED_TYPES = ("response", "resource", "conversion", "revisit")


def cdxj_lines(warcs: Sequence[Path]) -> list[str]:
    """Sorted CDXJ lines of every response, resource, conversion and revisit record."""
    lines: list[str] = []
    for warc in warcs:
        with open(warc, "rb") as stream:
            iterator = ArchiveIterator(stream)
            for record in iterator:
                if record.rec_type not in INDEXED_TYPES:
                    continue
                headers = record.rec_headers
                url = headers.get_header("WARC-Target-URI") or ""
                date = headers.get_header("WARC-Date") or ""
                stamp = "".join(ch for ch in date if ch.isdigit())[:14]
                fields: dict[str, str] = {"url": url}
                if record.http_headers is not None and record.rec_type in ("response",
                                                                           "revisit"):
                    mime = (record.http_headers.get_header("Content-Type") or "").split(";")[0]
                    status = record.http_headers.get_statuscode() or ""
                else:
                    mime = (headers.get_header("Content-Type") or "").split(";")[0]
                    status = "200"
                if mime:
                    fields["mime"] = mime.strip()
                fields["status"] = str(status)
                fields["digest"] = headers.get_header("WARC-Payload-Digest") or ""
                fields["recordDigest"] = headers.get_header("WARC-Block-Digest") or ""
                fields["offset"] = str(iterator.get_record_offset())
                fields["length"] = str(iterator.get_record_length())
                fields["filename"] = warc.name
                fields["warcType"] = record.rec_type
                fields["recordId"] = headers.get_header("WARC-Record-ID") or ""
                key = _surt(url)
                lines.append(f"{key} {stamp} {json.dumps(fields, sort_keys=True)}")
    lines.sort()
    return lines


def _surt(url: str) -> str:
    try:
        return str(surt.surt(url))
    except Exception:  # surt raises assorted errors on odd URIs (urn:...)
        return url
