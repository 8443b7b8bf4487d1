"""Verification of the evidence package a support request carries (a signed zip).

The package is built by :mod:`case_requests.package`; its format is evidence's business, so
``wildtrace evidence verify PACKAGE.zip`` checks it here without any database:

    MANIFEST.json (+ .sig, Ed25519 over its bytes; + .tsr, RFC 3161, when time-stamped)
    SHA256SUMS, signing-key.pem, tsa-ca.pem, README.txt, and every file MANIFEST.json lists
"""

from __future__ import annotations

import base64
import hashlib
import json
import tempfile
import zipfile
import zlib
from pathlib import Path
from typing import Any

from evidence.exceptions import EvidenceError
from evidence.signing import load_public_key, verify_signature
from evidence.timestamp import verify_timestamp

FORMAT = "wildtrace-evidence-package/1"
META = {"MANIFEST.json", "MANIFEST.json.sig", "MANIFEST.json.tsr", "SHA256SUMS"}


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def is_request_package(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return "MANIFEST.json" in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def verify_request_package(path: Path) -> list[str]:
    """Problems with a package, one line each; an empty list means intact."""
    from evidence.verify import verify_path

    try:
        package = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        return [f"{path.name}: not a readable zip ({exc})"]
    problems: list[str] = []
    with package:
        names = set(package.namelist())
        for needed in ("MANIFEST.json", "MANIFEST.json.sig", "signing-key.pem"):
            if needed not in names:
                return [f"{path.name}: {needed} is missing"]
        manifest_bytes = package.read("MANIFEST.json")
        try:
            manifest: dict[str, Any] = json.loads(manifest_bytes)
        except ValueError:
            return [f"{path.name}: MANIFEST.json is not valid JSON"]
        try:
            key = load_public_key(package.read("signing-key.pem").decode())
        except EvidenceError as exc:
            problems.append(f"signing-key.pem: {exc}")
        else:
            signature = base64.b64encode(package.read("MANIFEST.json.sig")).decode()
            if not verify_signature(key, manifest_bytes, signature):
                problems.append("MANIFEST.json: the signature does not verify with "
                                "signing-key.pem (the manifest or the signature was changed)")
        listed = {entry["path"]: entry for entry in manifest.get("files", [])}
        for name in sorted(names - set(listed) - META - {"README.txt"}):
            problems.append(f"{name}: in the package but not in MANIFEST.json")
        for name, entry in listed.items():
            if name not in names:
                problems.append(f"{name}: listed in MANIFEST.json but missing")
                continue
            try:
                data = package.read(name)
            except (zipfile.BadZipFile, zlib.error) as exc:
                problems.append(f"{name}: damaged inside the zip, its content was changed "
                                f"({exc})")
                continue
            if _sha256(data) != entry["sha256"] or len(data) != entry["size"]:
                problems.append(f"{name}: SHA-256 {_sha256(data)} ({len(data)} bytes) differs "
                                f"from MANIFEST.json")
        if "MANIFEST.json.tsr" in names:
            if "tsa-ca.pem" not in names:
                problems.append("MANIFEST.json.tsr: no tsa-ca.pem to check it against")
            else:
                with tempfile.TemporaryDirectory() as scratch:
                    ca = Path(scratch) / "tsa-ca.pem"
                    ca.write_bytes(package.read("tsa-ca.pem"))
                    problems += verify_timestamp(package.read("MANIFEST.json.tsr"),
                                                 _sha256(manifest_bytes), ca)
        with tempfile.TemporaryDirectory() as scratch:
            for name in sorted(n for n in listed if n.endswith(".wacz") and n in names):
                inner = Path(scratch) / Path(name).name
                try:
                    inner.write_bytes(package.read(name))
                except (zipfile.BadZipFile, zlib.error):
                    continue  # already reported above
                problems += [f"{name}: {problem}" for problem in verify_path(inner)]
    return problems
