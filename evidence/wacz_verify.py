"""Verification of a WACZ package written by :func:`evidence.wacz.export_wacz`.

Checks: datapackage.json against datapackage-digest.json, the Ed25519 signature over it (and
the trusted key), the time-stamp, every file's SHA-256 and size against datapackage.json, no
file missing or unlisted, and inside every WARC each record (digests, order) and its seal, and
the custody log's chain.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import tempfile
import zipfile
import zlib
from pathlib import Path
from typing import Any

from evidence.custody import CustodyLog
from evidence.exceptions import SigningError
from evidence.signing import fingerprint, load_public_key, verify_signature
from evidence.timestamp import verify_timestamp
from evidence.verify import Problem, VerifyOptions, verify_warc

logger = logging.getLogger(__name__)


def verify_package(path: Path, options: VerifyOptions) -> list[Problem]:
    where = path.name
    try:
        package = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        return [Problem(where, f"not a readable ZIP/WACZ package ({exc})")]
    with package, tempfile.TemporaryDirectory() as scratch:
        names = set(package.namelist())
        if "datapackage.json" not in names:
            return [Problem(where, "no datapackage.json: not a WACZ package")]
        datapackage_bytes = package.read("datapackage.json")
        problems = _digest_problems(where, package, names, datapackage_bytes, options)
        try:
            datapackage: dict[str, Any] = json.loads(datapackage_bytes)
        except ValueError:
            return [*problems, Problem(where, "datapackage.json is not valid JSON")]
        listed = {str(r.get("path")): r for r in datapackage.get("resources", [])}
        for name in sorted(names - set(listed) - {"datapackage.json",
                                                   "datapackage-digest.json"}):
            if not name.endswith("/"):
                problems.append(Problem(where, f"{name} is in the package but not listed"))
        root = Path(scratch)
        for name, resource in listed.items():
            if name not in names:
                problems.append(Problem(where, f"{name} is listed but missing"))
                continue
            try:
                data = package.read(name)
            except (zipfile.BadZipFile, zlib.error) as exc:
                problems.append(Problem(where, f"{name}: damaged inside the package, its "
                                               f"content was changed ({exc})"))
                continue
            actual = "sha256:" + hashlib.sha256(data).hexdigest()
            if actual != resource.get("hash") or len(data) != resource.get("bytes"):
                problems.append(Problem(where, f"{name}: content differs from datapackage.json "
                                               f"({actual}, {len(data)} bytes)"))
            target = root / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        for warc in sorted((root / "archive").glob("*.warc.gz")):
            seal = root / "seals" / (warc.name + ".seal.json")
            if seal.exists():  # beside its WARC, where verify_warc looks for it
                warc.with_name(seal.name).write_bytes(seal.read_bytes())
            record_problems = verify_warc(warc, options, require_seal=False)
            problems += [Problem(f"{where}:{p.where}", p.message) for p in record_problems]
        custody = root / "custody" / "custody.jsonl"
        if custody.exists():
            problems += [Problem(f"{where}:custody.jsonl", message)
                         for message in CustodyLog(custody).verify()]
    return problems


def _digest_problems(where: str, package: zipfile.ZipFile, names: set[str],
                     datapackage_bytes: bytes, options: VerifyOptions) -> list[Problem]:
    if "datapackage-digest.json" not in names:
        return [Problem(where, "no datapackage-digest.json: the package is not signed")]
    try:
        digest_document = json.loads(package.read("datapackage-digest.json"))
    except ValueError:
        return [Problem(where, "datapackage-digest.json is not valid JSON")]
    problems = []
    sha256 = hashlib.sha256(datapackage_bytes).hexdigest()
    if digest_document.get("hash") != f"sha256:{sha256}":
        problems.append(Problem(where, "datapackage.json does not match its digest "
                                       "(the list of files or their hashes was changed)"))
    signed = digest_document.get("wildtraceSignature") or {}
    if not signed.get("signature"):
        return [*problems, Problem(where, "datapackage.json is not signed")]
    try:
        public_key = load_public_key(str(signed.get("public_key", "")))
    except SigningError as exc:
        return [*problems, Problem(where, f"signer's public key unusable: {exc}")]
    key_id = fingerprint(public_key)
    if not verify_signature(public_key, datapackage_bytes, str(signed["signature"])):
        problems.append(Problem(where, "signature over datapackage.json does not verify"))
    if key_id != signed.get("key"):
        problems.append(Problem(where, f"names key {signed.get('key')} but carries {key_id}"))
    if options.trusted_key and key_id != options.trusted_key:
        problems.append(Problem(where, f"signed with key {key_id}, not the trusted key "
                                       f"{options.trusted_key} (wrong key)"))
    token = signed.get("timestamp_token")
    if token:
        with tempfile.TemporaryDirectory() as scratch:
            ca_file = options.tsa_ca_file
            if ca_file is None and signed.get("timestamp_ca_pem"):
                ca_file = Path(scratch) / "tsa-ca.pem"
                ca_file.write_text(str(signed["timestamp_ca_pem"]))
            if ca_file is None:
                problems.append(Problem(where, "time-stamped, but no authority certificate "
                                               "to check it with (pass --tsa-ca)"))
            else:
                problems += [Problem(where, m) for m in verify_timestamp(
                    base64.b64decode(token), sha256, ca_file)]
    return problems
