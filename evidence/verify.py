"""Independent verification of a WARC file, an evidence folder or an exported package.

Everything is recomputed from the bytes: every record's block and payload digest (de-chunked),
the record order, each file's SHA-256 and size against its signed seal, the seal's signature and
signer, the RFC 3161 time-stamp, and the custody log's hash chain and its agreement with the
files. Each problem is one :class:`Problem`; an empty list means intact.
"""

from __future__ import annotations

import base64
import json
import logging
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evidence.canonical import canonical_bytes
from evidence.custody import CustodyLog
from evidence.exceptions import EvidencePathError, SigningError
from evidence.layout import CUSTODY_LOG_NAME
from evidence.records import FileCheck, check_warc
from evidence.seal import seal_path_for
from evidence.settings import EVIDENCE_PUBLIC_KEY_FILE
from evidence.signing import fingerprint, load_public_key, verify_signature
from evidence.timestamp import verify_timestamp
from evidence.warcfile import OPEN_SUFFIX

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Problem:
    where: str  # the file (or log) concerned
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class VerifyOptions:
    trusted_key: str | None = None  # fingerprint the seals must carry ("ed25519:...")
    tsa_ca_file: Path | None = None  # the time-stamping authority's CA (else the seal's copy)


def verify_path(path: Path, *, trusted_key_file: Path | None = None,
                tsa_ca_file: Path | None = None) -> list[Problem]:
    """Verify a WARC file, an evidence folder, a custody log or a WACZ package."""
    path = Path(path)
    if not path.exists():
        raise EvidencePathError(f"{path}: no such file or folder")
    options = VerifyOptions(tsa_ca_file=tsa_ca_file)
    if trusted_key_file is not None:
        options.trusted_key = _fingerprint_of(trusted_key_file)
    if path.is_dir():
        return verify_folder(path, options)
    if path.name.endswith(".wacz"):
        from evidence.wacz_verify import verify_package

        return verify_package(path, options)
    if path.name.endswith((".warc.gz", ".warc.gz" + OPEN_SUFFIX)):
        if options.trusted_key is None:
            options.trusted_key = _installation_fingerprint(path.parent)
        return verify_warc(path, options)
    if path.name.endswith(".jsonl"):
        return [Problem(path.name, message) for message in CustodyLog(path).verify()]
    if path.name.endswith(".zip"):
        from evidence.package import is_request_package, verify_request_package

        if not is_request_package(path):
            return [Problem(path.name, "not a wildtrace evidence package (no MANIFEST.json)")]
        return [Problem(path.name, message) for message in verify_request_package(path)]
    raise EvidencePathError(f"{path}: not a WARC file (.warc.gz), an evidence folder, "
                            "a custody log (.jsonl), a WACZ (.wacz) or a request package (.zip)")


def verify_warc(path: Path, options: VerifyOptions, *, require_seal: bool = True) -> list[Problem]:
    where = path.name
    check = check_warc(path)
    problems = [Problem(where, message) for message in check.problems]
    problems += _record_problems(check)
    if path.name.endswith(OPEN_SUFFIX):
        problems.append(Problem(where, "never closed: the capture is running or crashed "
                                       "(the next capture start recovers and seals it)"))
        return problems
    seal_file = seal_path_for(path)
    if seal_file.exists():
        problems += check_seal(seal_file, check, options)
    elif require_seal:
        problems.append(Problem(where, f"no seal ({seal_file.name}): its hash was never "
                                       "recorded, so changes to it cannot be ruled out"))
    return problems


def _record_problems(check: FileCheck) -> list[Problem]:
    where = check.path.name
    problems: list[Problem] = []
    for index, record in enumerate(check.records):
        label = f"record {index + 1} ({record.warc_type or '?'} at offset {record.offset})"
        problems += [Problem(where, f"{label}: {message}") for message in record.problems]
    ours = any("warc-warcinfo-id" in record.headers for record in check.records)
    if ours and check.records[0].warc_type != "warcinfo":
        problems.append(Problem(where, "the first record is not the warcinfo record "
                                       "(records were removed or reordered)"))
    warcinfo_id = check.records[0].record_id if check.records else ""
    for index, record in enumerate(check.records):
        label = f"record {index + 1} ({record.warc_type} at offset {record.offset})"
        if index and record.headers.get("warc-warcinfo-id", warcinfo_id) != warcinfo_id:
            problems.append(Problem(where, f"{label}: belongs to another file's warcinfo "
                                           "(records were moved between files)"))
        if record.warc_type == "request":
            previous = check.records[index - 1] if index else None
            concurrent = record.headers.get("warc-concurrent-to")
            if concurrent and (previous is None or previous.record_id != concurrent):
                problems.append(Problem(where, f"{label}: does not follow its response "
                                               "(records were removed or reordered)"))
    return problems


def check_seal(seal_file: Path, check: FileCheck, options: VerifyOptions) -> list[Problem]:
    where = check.path.name
    try:
        document: dict[str, Any] = json.loads(seal_file.read_text())
    except (OSError, ValueError) as exc:
        return [Problem(seal_file.name, f"unreadable seal: {exc}")]
    problems: list[Problem] = []
    problems += _signature_problems(seal_file.name, document, options)
    if document.get("file") != check.path.name:
        problems.append(Problem(seal_file.name, f"seals {document.get('file')!r}, "
                                                f"not {check.path.name!r}"))
    if document.get("size") != check.size:
        problems.append(Problem(where, f"size {check.size} bytes, sealed as "
                                       f"{document.get('size')} (file truncated or extended)"))
    if document.get("sha256") != check.sha256:
        problems.append(Problem(where, f"SHA-256 {check.sha256} differs from the sealed "
                                       f"{document.get('sha256')} (the file was changed)"))
    expected_records = (document.get("details") or {}).get("records")
    if isinstance(expected_records, int) and expected_records != len(check.records):
        problems.append(Problem(where, f"{len(check.records)} records, sealed with "
                                       f"{expected_records} (records removed or added)"))
    if document.get("state") == "truncated":
        reason = (document.get("details") or {}).get("reason", "")
        problems.append(Problem(where, "sealed as TRUNCATED after a crash: its last record is "
                                       f"incomplete and is not evidence {reason}".rstrip()))
    token = document.get("timestamp_token")
    if token:
        with tempfile.TemporaryDirectory() as scratch:
            ca_file = options.tsa_ca_file
            if ca_file is None and document.get("timestamp_ca_pem"):
                ca_file = Path(scratch) / "tsa-ca.pem"  # the copy kept in the seal
                ca_file.write_text(str(document["timestamp_ca_pem"]))
            if ca_file is None:
                problems.append(Problem(where, "time-stamped, but no authority certificate "
                                               "to check it with (pass --tsa-ca)"))
            else:
                problems += [Problem(where, message) for message in verify_timestamp(
                    base64.b64decode(token), str(document.get("sha256")), ca_file)]
    return problems


def _signature_problems(where: str, document: dict[str, Any],
                        options: VerifyOptions) -> list[Problem]:
    signature = document.get("signature")
    if not signature:
        return [Problem(where, "not signed")]
    try:
        public_key = load_public_key(str(document.get("public_key", "")))
    except SigningError as exc:
        return [Problem(where, f"signer's public key unusable: {exc}")]
    problems = []
    key_id = fingerprint(public_key)
    if key_id != document.get("key"):
        problems.append(Problem(where, f"names key {document.get('key')} but carries {key_id}"))
    body = {key: value for key, value in document.items() if key != "signature"}
    if not verify_signature(public_key, canonical_bytes(body), str(signature)):
        problems.append(Problem(where, "signature does not verify (the seal was edited "
                                       "or signed with another key)"))
    if options.trusted_key and key_id != options.trusted_key:
        problems.append(Problem(where, f"signed with key {key_id}, not the trusted key "
                                       f"{options.trusted_key} (wrong key)"))
    return problems


def verify_folder(folder: Path, options: VerifyOptions) -> list[Problem]:
    warcs = sorted(p for p in folder.rglob("*") if p.is_file() and p.name.endswith(
        (".warc.gz", ".warc.gz" + OPEN_SUFFIX)) and "mitm-ca" not in p.parts)
    if options.trusted_key is None:
        options.trusted_key = _installation_fingerprint(folder)
    problems: list[Problem] = []
    log_path = _custody_log_for(folder)
    if not warcs and not any(folder.rglob("*.wacz")):
        problems.append(Problem(str(folder), "no WARC files or packages found"))
    for warc in warcs:
        problems += verify_warc(warc, options)
    packages = sorted(p for p in folder.rglob("*.wacz") if p.is_file())
    if packages:
        from evidence.wacz_verify import verify_package

        for package in packages:
            problems += verify_package(package, options)
    if log_path is None:
        problems.append(Problem(str(folder), f"no custody log ({CUSTODY_LOG_NAME}) found"))
        return problems
    log = CustodyLog(log_path)
    problems += [Problem(log_path.name, message) for message in log.verify()]
    sealed: dict[str, str | None] = {}
    for entry in log.entries():
        if entry.get("action") == "seal":
            sealed[str(entry.get("object_id"))] = entry.get("object_hash")
    by_name = {warc.name: warc for warc in warcs}
    for name, object_hash in sealed.items():
        if name not in by_name:
            problems.append(Problem(name, "listed as sealed in the custody log but missing"))
            continue
        seal_file = seal_path_for(by_name[name])
        if seal_file.exists():
            recorded = json.loads(seal_file.read_text()).get("sha256")
            if object_hash != f"sha256:{recorded}":
                problems.append(Problem(name, f"custody log has {object_hash}, the seal has "
                                              f"sha256:{recorded} (seal replaced)"))
    for name in by_name:
        if name not in sealed and not name.endswith(OPEN_SUFFIX):
            problems.append(Problem(name, "not in the custody log (added outside wildtrace?)"))
    return problems


def _custody_log_for(folder: Path) -> Path | None:
    for candidate in (folder / CUSTODY_LOG_NAME, folder / "evidence" / CUSTODY_LOG_NAME,
                      folder.parent / CUSTODY_LOG_NAME):
        if candidate.is_file():
            return candidate
    return None


def _installation_fingerprint(folder: Path) -> str | None:
    """The installation key near a folder of evidence, if this machine has it."""
    folder = folder.resolve()
    for base in (folder, folder.parent, folder.parent.parent):
        candidate = base / "keys" / EVIDENCE_PUBLIC_KEY_FILE
        if candidate.is_file():
            return _fingerprint_of(candidate)
    return None


def _fingerprint_of(key_file: Path) -> str:
    try:
        return fingerprint(load_public_key(key_file.read_text()))
    except OSError as exc:
        raise EvidencePathError(f"{key_file}: cannot read the key: {exc}") from exc
    except SigningError as exc:
        raise EvidencePathError(f"{key_file}: {exc}") from exc
