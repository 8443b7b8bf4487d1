"""An independent reader of record-per-gzip-member WARC files that checks every digest.

It reads the file once: the raw bytes feed the whole-file SHA-256 and the gzip decoder at the
same time, and each record's block and payload digests are recomputed. The payload of an
``application/http`` record is the body after the HTTP headers, de-chunked when the message
says ``Transfer-Encoding: chunked`` (warcio's own check hashes the chunk framing instead).
"""

from __future__ import annotations

import base64
import hashlib
import logging
import queue
import threading
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evidence.settings import EVIDENCE_HASH_CHUNK_BYTES

logger = logging.getLogger(__name__)

_FEED_BYTES = 64 * 1024


@dataclass
class RecordCheck:
    offset: int
    length: int
    warc_type: str
    record_id: str
    headers: dict[str, str]
    problems: list[str] = field(default_factory=list)


@dataclass
class FileCheck:
    path: Path
    sha256: str = ""
    size: int = 0
    records: list[RecordCheck] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # damage outside any single record
    truncated: bool = False


def check_warc(path: Path) -> FileCheck:
    """Read every record of ``path``; digests, framing and the file hash in one pass.

    Three threads share the work (hashlib and zlib release the GIL): this one reads and
    inflates, one hashes the raw file, one checks the records in order.
    """
    result = FileCheck(path=path)
    file_hash = hashlib.sha256()
    raw_chunks: queue.Queue[bytes | None] = queue.Queue(maxsize=16)
    members: queue.Queue[tuple[int, int, bytes] | None] = queue.Queue(maxsize=64)

    def hash_file() -> None:
        while (chunk := raw_chunks.get()) is not None:
            file_hash.update(chunk)

    def check_records() -> None:
        while (member := members.get()) is not None:
            result.records.append(_check_record(*member))

    workers = [threading.Thread(target=hash_file, name="file-hash"),
               threading.Thread(target=check_records, name="record-check")]
    for worker in workers:
        worker.start()
    try:
        with open(path, "rb", buffering=0) as handle:
            for offset, length, data, complete in _members(handle, raw_chunks.put):
                if not complete:
                    result.truncated = True
                    result.problems.append(
                        f"truncated: the file ends inside the record at offset {offset} "
                        f"({length} bytes present)")
                    break
                if data is None:
                    result.problems.append(
                        f"damaged gzip data at offset {offset}: the bytes were altered")
                    break
                members.put((offset, length, data))
            while True:  # hash the rest of the file even after damage
                chunk = handle.read(EVIDENCE_HASH_CHUNK_BYTES)
                if not chunk:
                    break
                raw_chunks.put(chunk)
    except OSError as exc:
        result.problems.append(f"cannot read: {exc}")
    finally:
        raw_chunks.put(None)
        members.put(None)
        for worker in workers:
            worker.join()
    result.sha256 = file_hash.hexdigest()
    result.size = path.stat().st_size if path.exists() else 0
    return result


def _members(handle: Any, on_raw: Callable[[bytes], None]) -> Iterator[
        tuple[int, int, bytes | None, bool]]:
    """Yield (offset, length, uncompressed bytes or None if corrupt, complete) per gzip member.

    Every raw chunk read is passed to ``on_raw`` first (for the whole-file hash). The decoder
    is fed small windows of the chunk so the bytes it hands back past a member's end (which
    zlib copies) stay small.
    """
    view = memoryview(b"")
    cursor = 0
    position = 0  # file offset of view[cursor]
    decoder = zlib.decompressobj(31)
    parts: list[bytes] = []
    start = 0
    while True:
        if cursor >= len(view):
            chunk = handle.read(EVIDENCE_HASH_CHUNK_BYTES)
            if not chunk:
                if parts or position != start:
                    yield start, position - start, None, False
                return
            on_raw(chunk)
            view = memoryview(chunk)
            cursor = 0
        window = view[cursor:cursor + _FEED_BYTES]
        try:
            parts.append(decoder.decompress(window))
        except zlib.error:
            yield start, position - start, None, True
            return
        if decoder.eof:
            used = len(window) - len(decoder.unused_data)
            cursor += used
            position += used
            yield start, position - start, b"".join(parts), True
            parts = []
            decoder = zlib.decompressobj(31)
            start = position
        else:
            cursor += len(window)
            position += len(window)


def _check_record(offset: int, length: int, data: bytes) -> RecordCheck:
    head_end = data.find(b"\r\n\r\n")
    record = RecordCheck(offset, length, "", "", {})
    if head_end < 0 or not data.startswith((b"WARC/1.1\r\n", b"WARC/1.0\r\n")):
        record.problems.append("not a WARC record (no WARC/1.x header block)")
        return record
    lines = data[:head_end].decode("utf-8", "replace").split("\r\n")[1:]
    for line in lines:
        name, _sep, value = line.partition(":")
        record.headers[name.strip().lower()] = value.strip()
    record.warc_type = record.headers.get("warc-type", "")
    record.record_id = record.headers.get("warc-record-id", "")
    try:
        content_length = int(record.headers.get("content-length", ""))
    except ValueError:
        record.problems.append("Content-Length missing or not a number")
        return record
    begin = head_end + 4
    finish = min(begin + content_length, len(data))
    view = memoryview(data)
    block = view[begin:finish]
    if len(block) != content_length:
        record.problems.append(f"block is {len(block)} bytes, Content-Length says "
                               f"{content_length}")
    if data[finish:] != b"\r\n\r\n":
        record.problems.append("record does not end with exactly CRLF CRLF "
                               "(bytes added or removed after the block)")
    declared = record.headers.get("warc-block-digest")
    if not declared:
        record.problems.append("no WARC-Block-Digest")
    elif not digest_matches(declared, [block]):
        record.problems.append(f"block digest mismatch (declared {declared})")
    declared_payload = record.headers.get("warc-payload-digest")
    if declared_payload:
        payload = http_payload(record.headers.get("content-type", ""), data, begin, finish)
        if not digest_matches(declared_payload, payload):
            record.problems.append(f"payload digest mismatch (declared {declared_payload})")
    return record


def http_payload(content_type: str, data: bytes, begin: int, finish: int) -> list[memoryview]:
    """The payload of the block ``data[begin:finish]`` as parts, de-chunked when chunked."""
    view = memoryview(data)
    if not content_type.lower().startswith("application/http"):
        return [view[begin:finish]]
    split = data.find(b"\r\n\r\n", begin, finish)
    if split < 0:
        return [view[finish:finish]]
    head = data[begin:split].lower()
    chunked = any(line.startswith(b"transfer-encoding:") and b"chunked" in line
                  for line in head.split(b"\r\n"))
    body_start = split + 4
    if not chunked:
        return [view[body_start:finish]]
    parts: list[memoryview] = []
    position = body_start
    while True:
        line_end = data.find(b"\r\n", position, finish)
        if line_end < 0:  # framing incomplete (truncated fetch): digest covers the raw body
            return [view[body_start:finish]]
        size_text = data[position:line_end].split(b";")[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            return [view[body_start:finish]]
        if size == 0:
            return parts
        parts.append(view[line_end + 2: min(line_end + 2 + size, finish)])
        position = line_end + 2 + size + 2


def digest_matches(declared: str, parts: list[memoryview] | list[bytes]) -> bool:
    algorithm, _sep, value = declared.partition(":")
    try:
        digest = hashlib.new(algorithm.lower().replace("-", ""))
    except ValueError:
        return False
    for part in parts:
        digest.update(part)
    raw = digest.digest()
    value = value.strip()
    if value.lower() == raw.hex():
        return True
    try:
        return base64.b32encode(raw).decode() == value.upper()
    except ValueError:
        return False
