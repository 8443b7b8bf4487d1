"""Export a case's captures as a signed WACZ 1.1.1 package, and verify such a package.

Layout (every file two levels deep, as ``wacz validate`` expects)::

    archive/<name>.warc.gz          the WARC files, stored uncompressed in the ZIP
    indexes/index.cdx               CDXJ, one line per response/resource/conversion record (the
                                    name py-wacz uses for an uncompressed index; pywb's
                                    ``wb-manager add --unpack-wacz`` looks for ``*.cdx``)
    pages/pages.jsonl               the listing pages (header line, then url/ts/title/id)
    seals/<name>.warc.gz.seal.json  each WARC's signed seal (when it has one)
    custody/custody.jsonl(.head)    the custody log as it stood at export time (when given)
    datapackage.json                SHA-256 and size of every file above
    datapackage-digest.json         SHA-256 of datapackage.json, the installation's Ed25519
                                    signature over it and, when configured, an RFC 3161 token

A failure to sign or time-stamp raises and leaves no package behind.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import uuid
import zipfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from evidence.custody import CustodyLog
from evidence.exceptions import EvidenceError, ExportError
from evidence.index import index_warcs
from evidence.seal import file_sha256, seal_path_for
from evidence.signing import InstallationKey
from evidence.timestamp import TsaConfig, request_timestamp_for_digest
from evidence.wacz_index import cdxj_lines
from wildtrace import __version__

logger = logging.getLogger(__name__)

WACZ_VERSION = "1.1.1"
INDEX_PATH = "indexes/index.cdx"  # CDXJ lines; packages of earlier versions named it index.cdxj


def export_wacz(warc_files: Sequence[Path], pages: list[dict[str, Any]], out: Path, *,
                signer: InstallationKey, tsa: TsaConfig | None = None,
                custody: CustodyLog | None = None, actor: str = "wildtrace",
                title: str = "wildtrace evidence package") -> Path:
    """Write ``out`` (a .wacz); returns its path. Logs an ``export`` entry when ``custody``."""
    if not warc_files:
        raise ExportError("nothing to export: no WARC files given")
    missing = [str(p) for p in warc_files if not Path(p).is_file()]
    if missing:
        raise ExportError(f"WARC files not found: {', '.join(missing)}")
    names = [Path(p).name for p in warc_files]
    if len(set(names)) != len(names):
        raise ExportError("two WARC files share a name; a package needs unique names")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    created = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    try:
        _write_package(partial, [Path(p) for p in warc_files], pages, signer, tsa, custody,
                       created, title)
        os.replace(partial, out)
    except EvidenceError:
        partial.unlink(missing_ok=True)
        raise
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        partial.unlink(missing_ok=True)
        raise ExportError(f"cannot write {out}: {exc}") from exc
    sha256, size = file_sha256(out)
    if custody is not None:
        custody.append("export", actor, out.name, f"sha256:{sha256}",
                       {"warc_files": names, "pages": len(pages), "bytes": size})
    logger.info("exported %s (%d WARC files, %d pages)", out, len(names), len(pages))
    return out


def _write_package(target: Path, warcs: list[Path], pages: list[dict[str, Any]],
                   signer: InstallationKey, tsa: TsaConfig | None,
                   custody: CustodyLog | None, created: str, title: str) -> None:
    resources: list[dict[str, Any]] = []
    with zipfile.ZipFile(target, "w") as package:
        for warc in warcs:
            resources.append(_add_file(package, warc, f"archive/{warc.name}", stored=True))
            seal = seal_path_for(warc)
            if seal.exists():
                resources.append(_add_file(package, seal, f"seals/{seal.name}"))
        index = "".join(line + "\n" for line in cdxj_lines(warcs)).encode()
        resources.append(_add_bytes(package, index, INDEX_PATH))
        resources.append(_add_bytes(package, _pages_jsonl(pages, warcs), "pages/pages.jsonl"))
        if custody is not None and custody.path.exists():
            resources.append(_add_file(package, custody.path, "custody/custody.jsonl"))
            if custody.head_path.exists():
                resources.append(_add_file(package, custody.head_path,
                                           "custody/custody.jsonl.head"))
        datapackage = {
            "profile": "data-package", "resources": resources, "created": created,
            "wacz_version": WACZ_VERSION, "title": title,
            "software": f"wildtrace {__version__}",
        }
        datapackage_bytes = json.dumps(datapackage, indent=2).encode()
        digest = hashlib.sha256(datapackage_bytes)
        signed: dict[str, Any] = {
            "key": signer.fingerprint, "public_key": signer.public_pem,
            "signature": signer.sign(datapackage_bytes), "algorithm": "Ed25519",
        }
        if tsa is not None:
            token = request_timestamp_for_digest(digest.digest(), tsa.url)
            signed["timestamp_token"] = base64.b64encode(token).decode()
            if tsa.ca_file is not None:
                signed["timestamp_ca_pem"] = tsa.ca_file.read_text()
        digest_document = {"path": "datapackage.json", "hash": f"sha256:{digest.hexdigest()}",
                           "wildtraceSignature": signed}
        package.writestr("datapackage.json", datapackage_bytes)
        package.writestr("datapackage-digest.json", json.dumps(digest_document, indent=2))


def _add_file(package: zipfile.ZipFile, path: Path, name: str, *,
              stored: bool = False) -> dict[str, Any]:
    sha256, size = file_sha256(path)
    package.write(path, name, compress_type=zipfile.ZIP_STORED if stored
                  else zipfile.ZIP_DEFLATED)
    return {"name": Path(name).name.lower(), "path": name, "hash": f"sha256:{sha256}",
            "bytes": size}


def _add_bytes(package: zipfile.ZipFile, data: bytes, name: str) -> dict[str, Any]:
    package.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return {"name": Path(name).name.lower(), "path": name,
            "hash": "sha256:" + hashlib.sha256(data).hexdigest(), "bytes": len(data)}


def _pages_jsonl(pages: list[dict[str, Any]], warcs: list[Path]) -> bytes:
    """pages.jsonl; a page without ``ts`` gets the date of its first response record."""
    first_seen: dict[str, str] = {}
    for response in index_warcs(warcs):
        first_seen.setdefault(response.url, response.date)
    lines = [{"format": "json-pages-1.0", "id": "pages", "title": "All Pages"}]
    for page in pages:
        if not page.get("url"):
            raise ExportError(f"a page has no url: {page!r}")
        entry = dict(page)
        entry.setdefault("id", uuid.uuid5(uuid.NAMESPACE_URL, str(page["url"])).hex)
        entry.setdefault("ts", first_seen.get(str(page["url"]),
                                              datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")))
        entry.setdefault("title", str(page["url"]))
        lines.append(entry)
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines).encode()
