"""RFC 3161 trusted time-stamps: ask an authority (TSA) to sign the hash of a file.

:func:`request_timestamp` builds the DER ``TimeStampReq`` itself (SHA-256 imprint, a random
nonce, certificate requested), posts it, checks the answer's status and nonce, and returns the
DER ``TimeStampResp``. :func:`verify_timestamp` hands the response to ``openssl ts -verify``
(an independent implementation) with the authority's CA certificate. Any failure is a
:class:`~evidence.exceptions.TimestampError`: never a silent, untimestamped result.
"""

from __future__ import annotations

import hashlib
import logging
import os
import secrets
import shutil
import subprocess
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import httpx

from evidence.exceptions import TimestampError
from evidence.settings import EVIDENCE_TSA_TIMEOUT

logger = logging.getLogger(__name__)



@dataclass(frozen=True)
class TsaConfig:
    """A time-stamping authority: its URL and the CA certificate its answers chain to."""

    url: str
    ca_file: Path | None = None

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> TsaConfig | None:
        """``WILDTRACE_TSA_URL`` (and ``WILDTRACE_TSA_CA_FILE``), or None when unset."""
        env = os.environ if environ is None else environ
        url = env.get("WILDTRACE_TSA_URL")
        if not url:
            return None
        ca = env.get("WILDTRACE_TSA_CA_FILE")
        return cls(url=url, ca_file=Path(ca) if ca else None)


_SHA256_OID = bytes.fromhex("0609608648016503040201")  # 2.16.840.1.101.3.4.2.1


def _der(tag: int, content: bytes) -> bytes:
    size = len(content)
    if size < 0x80:
        return bytes([tag, size]) + content
    raw = size.to_bytes((size.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(raw)]) + raw + content


def _integer(value: int) -> bytes:
    raw = value.to_bytes(max(1, (value.bit_length() + 8) // 8), "big", signed=False)
    return _der(0x02, raw)


def build_request(sha256_digest: bytes, nonce: int) -> bytes:
    """DER TimeStampReq (RFC 3161 section 2.4.1) for a SHA-256 digest."""
    algorithm = _der(0x30, _SHA256_OID + b"\x05\x00")
    imprint = _der(0x30, algorithm + _der(0x04, sha256_digest))
    return _der(0x30, _integer(1) + imprint + _integer(nonce) + b"\x01\x01\xff")


def _read(data: bytes, position: int) -> tuple[int, int, int]:
    """(tag, content start, content end) of the DER element at ``position``."""
    if position + 2 > len(data):
        raise TimestampError("the time-stamp answer is cut short")
    tag, first = data[position], data[position + 1]
    position += 2
    if first & 0x80:
        count = first & 0x7F
        size = int.from_bytes(data[position:position + count], "big")
        position += count
    else:
        size = first
    if position + size > len(data):
        raise TimestampError("the time-stamp answer is cut short")
    return tag, position, position + size


def response_status(response: bytes) -> int:
    """PKIStatus of a DER TimeStampResp (0 granted, 1 granted with modifications)."""
    tag, start, _end = _read(response, 0)
    if tag != 0x30:
        raise TimestampError("the time-stamp answer is not a DER TimeStampResp")
    tag, status_start, _status_end = _read(response, start)
    tag, value_start, value_end = _read(response, status_start)
    if tag != 0x02:
        raise TimestampError("the time-stamp answer has no status")
    return int.from_bytes(response[value_start:value_end], "big")


def request_timestamp(data: bytes, tsa_url: str, *, timeout: float = EVIDENCE_TSA_TIMEOUT) -> bytes:
    """Time-stamp ``sha256(data)`` at ``tsa_url``; returns the DER TimeStampResp."""
    return request_timestamp_for_digest(hashlib.sha256(data).digest(), tsa_url, timeout=timeout)


def request_timestamp_for_digest(sha256_digest: bytes, tsa_url: str, *,
                                 timeout: float = EVIDENCE_TSA_TIMEOUT) -> bytes:
    """Time-stamp an already computed SHA-256 digest (e.g. of a whole WARC file)."""
    nonce = secrets.randbits(63)
    query = build_request(sha256_digest, nonce)
    try:
        answer = httpx.post(tsa_url, content=query, timeout=timeout,
                            headers={"Content-Type": "application/timestamp-query"})
    except httpx.HTTPError as exc:
        raise TimestampError(f"time-stamping authority {tsa_url} did not answer: {exc}") from exc
    if answer.status_code != 200:
        raise TimestampError(f"time-stamping authority {tsa_url} answered HTTP "
                             f"{answer.status_code}")
    response = answer.content
    status = response_status(response)
    if status not in (0, 1):
        raise TimestampError(f"time-stamping authority {tsa_url} refused (PKIStatus {status})")
    if _integer(nonce) not in response:
        raise TimestampError(f"time-stamping authority {tsa_url} answered without our nonce")
    logger.info("time-stamped sha256:%s at %s", sha256_digest.hex(), tsa_url)
    return response


def verify_timestamp(response: bytes, sha256_hex: str, ca_file: Path) -> list[str]:
    """Problems with a TimeStampResp over ``sha256_hex``, checked by ``openssl ts -verify``."""
    openssl = shutil.which("openssl")
    if openssl is None:
        return ["cannot check the time-stamp: the openssl command is not installed"]
    if not ca_file.is_file():
        return [f"cannot check the time-stamp: authority certificate {ca_file} not found"]
    with tempfile.TemporaryDirectory() as folder:
        reply = Path(folder) / "reply.tsr"
        reply.write_bytes(response)
        result = subprocess.run(
            [openssl, "ts", "-verify", "-digest", sha256_hex, "-in", str(reply),
             "-CAfile", str(ca_file)], capture_output=True, text=True, timeout=60, check=False)
    if result.returncode != 0 or "Verification: OK" not in result.stdout:
        detail = (result.stderr.strip().splitlines() or ["no detail"])[-1]
        return [f"time-stamp does not verify for sha256:{sha256_hex} ({detail})"]
    return []


def timestamp_time(response: bytes) -> str | None:
    """The authority's time in the response, as printed by openssl (None if unreadable)."""
    openssl = shutil.which("openssl")
    if openssl is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        reply = Path(folder) / "reply.tsr"
        reply.write_bytes(response)
        result = subprocess.run([openssl, "ts", "-reply", "-in", str(reply), "-text"],
                                capture_output=True, text=True, timeout=60, check=False)
    for line in result.stdout.splitlines():
        if line.startswith("Time stamp:"):
            return line.partition(":")[2].strip()
    return None
