"""From a case to a request in the outbox: gather, package, render, record.

    build_request(config, case_id, ncb="VN", actor="jane") -> BuiltRequest
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from case_requests import i18n
from case_requests.content import SUPPORT_TYPES, PackageRef
from case_requests.directory import find_ncb, load_agency
from case_requests.exceptions import CaseRequestError
from case_requests.gather import build_content, network_rows
from case_requests.notices import propose_notices
from case_requests.outbox import Outbox, RequestStatus
from case_requests.package import build_package
from case_requests.render import render_all
from case_requests.settings import REQUEST_MAX_ATTACHMENT_BYTES
from wildtrace.config import Config

log = logging.getLogger(__name__)


@dataclass
class BuiltRequest:
    reference: str
    folder: Path
    files: dict[str, Path] = field(default_factory=dict)
    package: Path | None = None
    encrypted: bool = False
    warnings: list[str] = field(default_factory=list)


def build_request(config: Config, case_id: int, *, ncb: str, actor: str,
                  language: str | None = None, support: list[str] | None = None,
                  summary: str | None = None, arrest_warrant: str | None = None,
                  out: Path | None = None) -> BuiltRequest:
    """Build the request for ``case_id`` to the NCB of country ``ncb``; it waits for approval."""
    from evidence.custody import CustodyLog
    from networks import build_networks
    from networks.source import entities_from_store
    from store import open_store

    support = support or ["information"]
    unknown = [code for code in support if code not in SUPPORT_TYPES]
    if unknown:
        raise CaseRequestError(f"unknown support type {', '.join(unknown)} "
                               f"(one of {', '.join(SUPPORT_TYPES)})")
    bureau = find_ncb(config, ncb)
    lang = i18n.check_language(language or bureau.language)
    agency = load_agency(config)
    with open_store(config) as store:
        request, evidence = build_content(store=store, case_id=case_id, agency=agency, ncb=bureau,
                                          language=lang, support_types=support, summary=summary)
        outbox = Outbox(config)
        folder = out or outbox.folder(request.reference)
        package = build_package(config, reference=request.reference, case_id=case_id,
                                evidence=evidence, out=folder / f"{request.reference}-evidence.zip",
                                actor=actor)
        request.package = PackageRef(package.path.name, package.sha256, package.size,
                                     attached=package.size <= REQUEST_MAX_ATTACHMENT_BYTES)
        request.notices = propose_notices(request, arrest_warrant=arrest_warrant)
        request.networks = network_rows(build_networks(entities_from_store(store, config)),
                                        {row.listing_id for row in request.listings})
        rendered = render_all(request, folder, manifest=_extract_manifest(package.path),
                              package=package.path)
        status = RequestStatus(reference=request.reference, case_id=case_id, ncb=bureau.country,
                               language=lang, built_by=actor,
                               built_at=datetime.now(UTC).replace(microsecond=0).isoformat())
        if out is None:
            outbox.save(status)
        store.audit(actor, "request-build", "case", str(case_id),
                    {"reference": request.reference, "ncb": bureau.country,
                     "package_sha256": package.sha256})
    CustodyLog(config.paths.custody_log).append(
        "export", actor, package.path.name, f"sha256:{package.sha256}",
        {"request": request.reference, "case_id": case_id, "ncb": bureau.country})
    return BuiltRequest(request.reference, folder, rendered.files, package.path,
                        rendered.encrypted, rendered.warnings)


def _extract_manifest(package: Path) -> Path:
    """MANIFEST.json of the package as a file beside it, for attaching to the message."""
    import zipfile

    path = package.with_name("MANIFEST.json")
    with zipfile.ZipFile(package) as archive:
        path.write_bytes(archive.read("MANIFEST.json"))
    return path
