"""The evidence package sent with a request: one zip that verifies without wildtrace.

    README.txt                 how to verify it with standard tools
    MANIFEST.json              SHA-256 and size of every other file, the case, the signer
    MANIFEST.json.sig          Ed25519 signature over MANIFEST.json (raw 64 bytes)
    MANIFEST.json.tsr          RFC 3161 time-stamp over MANIFEST.json (when an authority is set)
    SHA256SUMS                 the same digests in `sha256sum -c` format
    signing-key.pem            the installation's public key; tsa-ca.pem the authority's CA
    archive/case-<id>.wacz     the case's captures: WARC files, CDXJ index, pages, seals
    screenshots/listing-<id>.png   the full-page screenshot of each listing's capture
    custody/custody-extract.jsonl  the custody-log entries about this case's evidence

A failure to sign or to time-stamp (when an authority is configured) stops the export.
"""

from __future__ import annotations

import base64
import hashlib
import json
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from case_requests.exceptions import RequestBuildError
from case_requests.gather import CaseEvidence
from evidence.package import FORMAT
from wildtrace import __version__
from wildtrace.config import Config

README = """wildtrace evidence package {reference} (case #{case_id})
Created {created} by {operator} with wildtrace {version}.

Every file in this package is listed in MANIFEST.json with its SHA-256 and size.
MANIFEST.json is signed with the Ed25519 key in signing-key.pem (fingerprint {fingerprint})
{timestamp_line}

Verify with standard tools (OpenSSL 3, coreutils):

  unzip {name} -d package && cd package
  sha256sum -c SHA256SUMS
  openssl pkeyutl -verify -pubin -inkey signing-key.pem -rawin \\
      -in MANIFEST.json -sigfile MANIFEST.json.sig
{timestamp_cmd}
The archive/ folder holds a WACZ file (a zip of WARC 1.1 files with an index). Its own
datapackage.json lists the SHA-256 of each WARC; `wacz validate --file archive/*.wacz` checks it,
and any WARC reader (warcio, pywb, ReplayWeb.page) replays the pages as they were captured.
With wildtrace installed: `wildtrace evidence verify {name}` checks all of the above at once.

The pages were collected from open sources (publicly accessible websites); the information they
contain has not been independently verified.
"""


@dataclass
class Package:
    path: Path
    sha256: str
    size: int
    files: int


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _screenshot(warc: Path, record_id: str) -> bytes | None:
    from warcio.archiveiterator import ArchiveIterator

    with warc.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_headers.get_header("WARC-Record-ID") == record_id:
                return bytes(record.content_stream().read())
    return None


def _custody_extract(config: Config, objects: set[str]) -> bytes:
    from evidence.custody import CustodyLog

    log = config.paths.custody_log
    if not log.exists():
        return b""
    lines = [entry for entry in CustodyLog(log).entries()
             if str(entry.get("object_id", "")) in objects]
    return "".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n"
                   for e in lines).encode()


def build_package(config: Config, *, reference: str, case_id: int, evidence: CaseEvidence,
                  out: Path, actor: str) -> Package:
    from evidence.signing import InstallationKey
    from evidence.timestamp import TsaConfig, request_timestamp
    from evidence.wacz import export_wacz

    warcs = evidence.warc_files(config.paths.evidence)
    if not warcs:
        raise RequestBuildError(f"case #{case_id} has no captured listing: nothing to package")
    missing = [str(p) for p in warcs if not p.is_file()]
    if missing:
        raise RequestBuildError(f"evidence files missing from the data directory: "
                                f"{', '.join(missing)}")
    key = InstallationKey.load_or_create(config.paths.keys)
    tsa = TsaConfig.from_environment()
    files: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory() as scratch:
        pages = [{"url": item.url, "title": item.title or item.url}
                 for item in evidence.listings]
        wacz = export_wacz(warcs, pages, Path(scratch) / f"case-{case_id}.wacz", signer=key,
                           tsa=tsa, title=f"case #{case_id} {reference}")
        files[f"archive/{wacz.name}"] = wacz.read_bytes()
    located = evidence.snapshot_records(config.paths.evidence)
    for item in evidence.listings:
        for capture in reversed(item.captures):
            record_id = capture.screenshot_record_id
            if record_id and record_id in located:
                picture = _screenshot(located[record_id], record_id)
                if picture:
                    files[f"screenshots/listing-{item.id}.png"] = picture
                    break
    objects = {p.name for p in warcs} | {c.record_id or "" for c in evidence.captures()}
    files["custody/custody-extract.jsonl"] = _custody_extract(config, objects)
    files["signing-key.pem"] = key.public_pem.encode()
    if tsa is not None and tsa.ca_file is not None:
        files["tsa-ca.pem"] = tsa.ca_file.read_bytes()
    created = datetime.now(UTC).replace(microsecond=0).isoformat()
    manifest = {
        "format": FORMAT, "reference": reference, "case_id": case_id, "created": created,
        "software": f"wildtrace {__version__}", "operator": actor,
        "signer": key.fingerprint,
        "files": [{"path": name, "sha256": _sha256(data), "size": len(data)}
                  for name, data in sorted(files.items())],
    }
    manifest_bytes = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
    meta = {"MANIFEST.json": manifest_bytes,
            "MANIFEST.json.sig": base64.b64decode(key.sign(manifest_bytes)),
            "SHA256SUMS": "".join(f"{_sha256(d)}  {n}\n"
                                  for n, d in sorted(files.items())).encode()}
    if tsa is not None:
        meta["MANIFEST.json.tsr"] = request_timestamp(manifest_bytes, tsa.url)
    timestamp_cmd = ("  openssl ts -verify -data MANIFEST.json -in MANIFEST.json.tsr "
                     "-CAfile tsa-ca.pem\n" if tsa is not None else "")
    readme = README.format(
        reference=reference, case_id=case_id, created=created, operator=actor,
        version=__version__, fingerprint=key.fingerprint, name=out.name,
        timestamp_line=("and time-stamped by an RFC 3161 authority (MANIFEST.json.tsr)."
                        if tsa is not None else "(no time-stamping authority was configured)."),
        timestamp_cmd=timestamp_cmd)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as package:
        package.writestr("README.txt", readme)
        for name, data in {**meta, **files}.items():
            package.writestr(name, data)
    partial.replace(out)
    data = out.read_bytes()
    return Package(out, _sha256(data), len(data), len(files))
