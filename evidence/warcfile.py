"""A minimal WARC 1.1 file writer: one gzip member per record, SHA-256 digests, crash-safe names.

The block is written exactly as given (the bytes that crossed the wire); nothing is parsed or
re-serialised. A file is written as ``<name>.warc.gz.open`` and renamed to ``<name>.warc.gz``
only when it is closed, so an ``.open`` file found later is the trace of a crash.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import platform
import secrets
import uuid
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from evidence.exceptions import CaptureError
from evidence.settings import EVIDENCE_SOFTWARE_NAME
from wildtrace import __version__

logger = logging.getLogger(__name__)

OPEN_SUFFIX = ".open"
WARC_SUFFIX = ".warc.gz"
_COPY_CHUNK = 1024 * 1024


def new_record_id() -> str:
    return f"<urn:uuid:{uuid.uuid4()}>"


def warc_date(moment: datetime | None = None) -> str:
    """WARC 1.1 date: UTC with microseconds, e.g. ``2026-11-23T14:02:16.123456Z``."""
    moment = (moment or datetime.now(UTC)).astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def digest_of(data: bytes) -> str:
    """``sha256:<hex>``: the only digest wildtrace writes."""
    return f"sha256:{hashlib.sha256(data).hexdigest()}"


@dataclass(frozen=True)
class WrittenRecord:
    record_id: str
    warc_type: str
    target_uri: str | None
    offset: int
    length: int


class WarcFileWriter:
    """Appends records to one WARC file; ``close()`` renames it from ``*.open``."""

    def __init__(self, directory: Path, prefix: str, warcinfo: Mapping[str, str],
                 *, serial: int = 0) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S%f")[:17]
        self.name = f"{prefix}-{stamp}-{serial:05d}-{secrets.token_hex(4)}{WARC_SUFFIX}"
        self.final_path = directory / self.name
        self.open_path = directory / (self.name + OPEN_SUFFIX)
        try:
            self._file: BinaryIO = open(self.open_path, "xb")  # noqa: SIM115 (closed in close())
        except OSError as exc:
            raise CaptureError(f"cannot create WARC file {self.open_path}: {exc}") from exc
        # held while the file is written: crash recovery leaves a locked (live) file alone,
        # and the kernel drops the lock when a writer dies
        fcntl.flock(self._file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        self.records = 0
        self.warcinfo_id = self._write_warcinfo(warcinfo)

    @property
    def size(self) -> int:
        return self._file.tell()

    def _write_warcinfo(self, warcinfo: Mapping[str, str]) -> str:
        fields = {"software": f"{EVIDENCE_SOFTWARE_NAME} {__version__} (capture: warcprox "
                              f"{_warcprox_version()}, python {platform.python_version()})",
                  "format": "WARC File Format 1.1",
                  "conformsTo": "https://iipc.github.io/warc-specifications/specifications/"
                                "warc-format/warc-1.1/"}
        for key, value in warcinfo.items():
            if key == "software":  # ours stays first: it wrote the bytes
                fields["software"] = f"{fields['software']}; {value}"
            else:
                fields[key] = value
        body = "".join(f"{key}: {_one_line(value)}\r\n" for key, value in fields.items())
        data = body.encode("utf-8")
        record = self.write_record(
            "warcinfo", [("WARC-Filename", self.name), ("Content-Type", "application/warc-fields")],
            data, payload_digest=digest_of(data))
        return record.record_id

    def write_record(self, warc_type: str, headers: Iterable[tuple[str, str]],
                     block: bytes | BinaryIO, *, block_digest: str | None = None,
                     payload_digest: str | None = None, record_id: str | None = None,
                     date: datetime | None = None, target_uri: str | None = None) -> WrittenRecord:
        """Write one record as one gzip member; ``block`` goes out byte for byte."""
        if isinstance(block, bytes):
            length = len(block)
            block_digest = block_digest or digest_of(block)
        else:
            block.seek(0, os.SEEK_END)
            length = block.tell()
            block.seek(0)
            if block_digest is None:
                raise CaptureError("a streamed WARC block needs its digest computed in advance")
        record_id = record_id or new_record_id()
        lines = [("WARC-Type", warc_type), ("WARC-Record-ID", record_id),
                 ("WARC-Date", warc_date(date))]
        if target_uri is not None:
            lines.append(("WARC-Target-URI", target_uri))
        if warc_type != "warcinfo" and getattr(self, "warcinfo_id", None):
            lines.append(("WARC-Warcinfo-ID", self.warcinfo_id))
        lines.extend(headers)
        lines.append(("WARC-Block-Digest", block_digest))
        if payload_digest:
            lines.append(("WARC-Payload-Digest", payload_digest))
        lines.append(("Content-Length", str(length)))
        head = "WARC/1.1\r\n" + "".join(f"{k}: {_one_line(v)}\r\n" for k, v in lines) + "\r\n"
        offset = self._file.tell()
        packer = zlib.compressobj(6, zlib.DEFLATED, 31)
        out = [packer.compress(head.encode("utf-8"))]
        if isinstance(block, bytes):
            out.append(packer.compress(block))
        else:
            while chunk := block.read(_COPY_CHUNK):
                out.append(packer.compress(chunk))
        out.append(packer.compress(b"\r\n\r\n"))
        out.append(packer.flush())
        try:
            self._file.write(b"".join(out))
            self._file.flush()
        except OSError as exc:
            raise CaptureError(f"cannot write to {self.open_path}: {exc}") from exc
        self.records += 1
        return WrittenRecord(record_id, warc_type, target_uri, offset, self._file.tell() - offset)

    def close(self) -> Path:
        """Flush to disk, close and drop the ``.open`` suffix; returns the final path."""
        if self._file.closed:
            return self.final_path
        self._file.flush()
        os.fsync(self._file.fileno())
        os.replace(self.open_path, self.final_path)  # renamed while still locked
        self._file.close()
        logger.info("closed %s (%d records)", self.final_path, self.records)
        return self.final_path


def _warcprox_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("warcprox")
    except PackageNotFoundError:
        return "not installed"


def _one_line(value: str) -> str:
    """Header values never contain CR or LF (a value with one would forge a header)."""
    return str(value).replace("\r", " ").replace("\n", " ")
