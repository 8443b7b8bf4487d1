"""Sealing a closed WARC file: its SHA-256 and size in a signed manifest beside it.

``<name>.warc.gz.seal.json`` holds the file name, size, SHA-256, the seal time, the state of
the file (``complete``, or ``truncated`` for a file recovered after a crash), the signer's
fingerprint and public key, optionally an RFC 3161 time-stamp token over the file hash, and an
Ed25519 signature over the canonical JSON of everything else.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from evidence.canonical import canonical_bytes
from evidence.exceptions import SealError
from evidence.settings import EVIDENCE_HASH_CHUNK_BYTES, EVIDENCE_SEAL_SUFFIX
from evidence.signing import InstallationKey
from evidence.timestamp import TsaConfig, request_timestamp_for_digest

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Seal:
    sha256: str  # hex
    size: int
    seal_path: Path | None = None


def file_sha256(path: Path) -> tuple[str, int]:
    """(hex SHA-256, size) of a file, read in large chunks."""
    digest = hashlib.sha256()
    size = 0
    try:
        with open(path, "rb", buffering=0) as handle:
            buffer = bytearray(EVIDENCE_HASH_CHUNK_BYTES)
            view = memoryview(buffer)
            while count := handle.readinto(buffer):
                digest.update(view[:count])
                size += count
    except OSError as exc:
        raise SealError(f"cannot read {path}: {exc}") from exc
    return digest.hexdigest(), size


def seal_path_for(warc_path: Path) -> Path:
    return warc_path.with_name(warc_path.name + EVIDENCE_SEAL_SUFFIX)


def seal_document(path: Path, key: InstallationKey, *, state: str = "complete",
                  details: dict[str, Any] | None = None,
                  timestamp_token: bytes | None = None,
                  tsa: TsaConfig | None = None) -> dict[str, Any]:
    sha256, size = file_sha256(path)
    if tsa is not None and timestamp_token is None:
        timestamp_token = request_timestamp_for_digest(bytes.fromhex(sha256), tsa.url)
    document: dict[str, Any] = {
        "type": "wildtrace-warc-seal", "version": 1, "file": path.name, "size": size,
        "sha256": sha256, "sealed_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "state": state, "details": details or {},
        "key": key.fingerprint, "public_key": key.public_pem,
    }
    if timestamp_token is not None:
        document["timestamp_token"] = base64.b64encode(timestamp_token).decode()
        if tsa is not None and tsa.ca_file is not None:
            document["timestamp_ca_pem"] = tsa.ca_file.read_text()
    document["signature"] = key.sign(canonical_bytes(document))
    return document


def seal_warc(path: Path, keys_dir: Path, *, state: str = "complete",
              details: dict[str, Any] | None = None,
              timestamp_token: bytes | None = None, tsa: TsaConfig | None = None) -> Seal:
    """Hash ``path``, sign the result with the installation key and write the seal beside it.

    With ``tsa`` the file hash is time-stamped first; a failing authority raises
    :class:`~evidence.exceptions.TimestampError` and no seal is written.
    """
    if not path.is_file():
        raise SealError(f"{path}: no such WARC file to seal")
    key = InstallationKey.load_or_create(keys_dir)
    document = seal_document(path, key, state=state, details=details,
                             timestamp_token=timestamp_token, tsa=tsa)
    target = seal_path_for(path)
    temporary = target.with_name(target.name + ".tmp")
    try:
        temporary.write_text(json.dumps(document, indent=2, sort_keys=True) + "\n")
        temporary.replace(target)
    except OSError as exc:
        raise SealError(f"cannot write seal {target}: {exc}") from exc
    logger.info("sealed %s sha256=%s size=%d", path.name, document["sha256"], document["size"])
    return Seal(sha256=document["sha256"], size=document["size"], seal_path=target)
