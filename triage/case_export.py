"""A case's evidence as one signed WACZ package (``evidence.wacz.export_wacz``).

Gathers the WARC files of every capture of every listing in the case, names the listing pages,
and writes ``<data dir>/exports/case-<id>-<UTC time>.wacz``; the evidence package signs it with
the installation key, time-stamps it when a TSA is configured and logs the export in the custody
log. The NCB support request itself belongs to ``case_requests``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from triage.archive import warc_path
from triage.exceptions import ArchiveError, NothingToExportError, TriageError
from wildtrace.config import Config

log = logging.getLogger(__name__)

_EXPORT_NAME = re.compile(r"^case-(\d+)-(\d{8}T\d{6}Z)\.wacz$")


@dataclass(frozen=True)
class CaseExport:
    """One package written for a case."""

    name: str
    path: Path
    size: int
    created: str


def export_case(config: Config, store: Any, case_id: int, actor: str) -> CaseExport:
    """Write the case's evidence package; raises :class:`TriageError` when there is none."""
    from evidence.custody import CustodyLog
    from evidence.signing import InstallationKey
    from evidence.timestamp import TsaConfig
    from evidence.wacz import export_wacz

    case = store.get_case(case_id)
    if case is None:
        raise TriageError(f"no case {case_id}")
    warcs: dict[str, Path] = {}
    pages = []
    for summary in case.listings:
        detail = store.get_listing(summary.id)
        if detail is None:
            continue
        for capture in detail.captures:
            if not capture.warc_file:
                continue
            try:
                path = warc_path(config.paths.evidence, capture.warc_file)
            except ArchiveError as exc:
                raise TriageError(f"listing {detail.id}: {exc}") from exc
            warcs[str(path)] = path
        pages.append({"url": detail.url, "title": detail.title or detail.url,
                      "id": f"listing-{detail.id}"})
    if not warcs:
        raise NothingToExportError("nothing to export: no listing of this case has a capture")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    out = config.paths.exports / f"case-{case_id}-{stamp}.wacz"
    export_wacz(sorted(warcs.values()), pages, out,
                signer=InstallationKey.load_or_create(config.paths.keys),
                tsa=TsaConfig.from_environment(), custody=CustodyLog(config.paths.custody_log),
                actor=actor, title=f"wildtrace case {case_id}: {case.title}")
    log.info("case %s exported to %s by %s", case_id, out, actor)
    return CaseExport(name=out.name, path=out, size=out.stat().st_size, created=stamp)


def case_exports(config: Config, case_id: int) -> list[CaseExport]:
    """Packages already written for the case, newest first."""
    found = []
    for path in config.paths.exports.glob(f"case-{case_id}-*.wacz"):
        match = _EXPORT_NAME.match(path.name)
        if match and int(match.group(1)) == case_id and path.is_file():
            found.append(CaseExport(path.name, path, path.stat().st_size, match.group(2)))
    return sorted(found, key=lambda item: item.created, reverse=True)


def find_export(config: Config, case_id: int, name: str) -> CaseExport | None:
    """The package called ``name`` of that case, if it exists (never a path outside exports)."""
    for item in case_exports(config, case_id):
        if item.name == name:
            return item
    return None
