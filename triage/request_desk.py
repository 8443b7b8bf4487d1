"""NCB support requests from the case page: build, list, approve, hand over, download.

A thin layer over ``case_requests``: it builds through ``case_requests.build.build_request``
(which itself writes the store audit line ``request-build`` and the custody entry of the
package), reads the outbox, and adds what the command line adds for approval and hand-over:
an audit line and a custody entry (``request-approval``, ``request-send``) per action.
Files are only ever served from inside the request's own outbox folder.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from triage.exceptions import RequestFileError
from wildtrace.config import Config

log = logging.getLogger(__name__)

DOWNLOAD_TYPES = {
    ".pdf": "application/pdf",
    ".json": "application/json",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".eml": "message/rfc822",
    ".zip": "application/zip",
}
"""Files of a request folder the application serves, by suffix, with their media type."""

LANGUAGES = ("en", "fr", "es", "ar")
"""Languages a request can be written in (INTERPOL's official languages)."""

_BUILD_LOCK = threading.Lock()
"""One build at a time per process: a double-clicked form cannot make two requests whose
references (named to the second by ``case_requests``) collide; Chromium prints one PDF at once."""


@dataclass
class CaseRequestRow:
    """One request of a case as the case page shows it."""

    status: Any  # case_requests.outbox.RequestStatus
    files: list[str] = field(default_factory=list)


def request_form_choices(config: Config) -> dict[str, Any]:
    """NCBs from the operator's directory, languages and support types for the build form."""
    from case_requests.content import SUPPORT_TYPES
    from case_requests.directory import load_ncb_directory

    directory = load_ncb_directory(config)
    return {"ncbs": [directory[code] for code in sorted(directory)],
            "languages": LANGUAGES, "support_types": list(SUPPORT_TYPES.items())}


def build_case_request(config: Config, case_id: int, *, ncb: str, actor: str,
                       language: str | None, support: list[str], summary: str | None) -> Any:
    """Build the request (slow: prints a PDF with Chromium); returns the ``BuiltRequest``."""
    from case_requests.build import build_request

    with _BUILD_LOCK:
        built = build_request(config, case_id, ncb=ncb, actor=actor, language=language or None,
                              support=support or None, summary=summary or None)
    log.info("request %s built for case %s by %s", built.reference, case_id, actor)
    return built


def case_request_rows(config: Config, case_id: int) -> list[CaseRequestRow]:
    """The outbox's requests for ``case_id``, newest first, with the files one may download."""
    from case_requests.outbox import Outbox

    outbox = Outbox(config)
    rows = []
    for status in outbox.list():
        if status.case_id != case_id:
            continue
        folder = outbox.folder(status.reference)
        files = sorted(p.name for p in folder.iterdir()
                       if p.is_file() and p.suffix in DOWNLOAD_TYPES and p.name != "MANIFEST.json")
        rows.append(CaseRequestRow(status, files))
    rows.sort(key=lambda row: row.status.built_at, reverse=True)
    return rows


def _status_of_case(config: Config, case_id: int, reference: str) -> Any:
    from case_requests.outbox import Outbox

    status = Outbox(config).load(reference)
    if status.case_id != case_id:
        raise RequestFileError(f"request {reference} does not belong to case {case_id}")
    return status


def request_file(config: Config, case_id: int, reference: str, name: str) -> tuple[Path, str]:
    """The path and media type of ``name`` in the folder of request ``reference`` of the case.

    Refuses anything that does not resolve to a regular file directly inside that folder
    (``..``, absolute paths, symbolic links out of it) or has a suffix not in DOWNLOAD_TYPES.
    """
    from case_requests.outbox import Outbox

    _status_of_case(config, case_id, reference)
    folder = Outbox(config).folder(reference).resolve()
    if "/" in name or "\\" in name or name.startswith("."):
        raise RequestFileError(f"{name!r} is not a file of request {reference}")
    path = (folder / name).resolve()
    media_type = DOWNLOAD_TYPES.get(path.suffix)
    if path.parent != folder or not path.is_file() or media_type is None:
        raise RequestFileError(f"{name!r} is not a file of request {reference}")
    return path, media_type


def approve_case_request(config: Config, store: Any, case_id: int, reference: str, *,
                         user: str, role: str) -> Any:
    """A supervisor's approval: outbox state, audit line and custody entry."""
    from case_requests.outbox import Outbox
    from evidence.custody import CustodyLog

    _status_of_case(config, case_id, reference)
    status = Outbox(config).approve(reference, user=user, role=role)
    store.audit(user, "request-approve", "request", reference, {"case_id": case_id})
    CustodyLog(config.paths.custody_log).append(
        "request-approval", user, reference, None, {"case_id": case_id, "via": "triage"})
    return status


def record_handover(config: Config, store: Any, case_id: int, reference: str, *,
                    user: str, channel: str) -> Any:
    """Record that an approved request was handed to the NCB through ``channel``."""
    from case_requests.outbox import Outbox
    from case_requests.sending import handover
    from evidence.custody import CustodyLog

    _status_of_case(config, case_id, reference)
    status = handover(Outbox(config), reference, channel)
    store.audit(user, "request-handover", "request", reference,
                {"case_id": case_id, "channel": channel})
    CustodyLog(config.paths.custody_log).append(
        "request-send", user, reference, None, {"channel": channel, "case_id": case_id})
    return status
