"""NCB support requests of a case: build (analyst+), approve (supervisor+), hand-over, download.

Every action is audited; approval and hand-over also go to the custody log (the build's own
custody entry and audit line are written by ``case_requests.build``). A refused action (unknown
NCB, a case without captures, a hand-over before approval) re-shows the case page with the
message and status 400, never a server error.
"""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Form, HTTPException
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, RedirectResponse, Response

from triage.exceptions import RequestFileError
from triage.request_desk import (
    approve_case_request,
    build_case_request,
    record_handover,
    request_file,
)
from triage.templating import session_of
from triage.views.cases import case_page
from triage.views.common import audit, require_role, store_of
from wildtrace.exceptions import WildtraceError

log = logging.getLogger(__name__)
router = APIRouter()

HANDOVER_CHANNEL_MAX = 300
"""Longest hand-over channel description kept (e.g. 'NCB liaison officer, encrypted USB')."""


def _refused(request: Request, case_id: int, exc: WildtraceError) -> Response:
    log.info("request action on case %s refused: %s", case_id, exc)
    return case_page(request, case_id, status_code=400, request_error=str(exc))


@router.post("/cases/{case_id}/requests")
async def build(request: Request, case_id: int, ncb: Annotated[str, Form()] = "",
                language: Annotated[str, Form()] = "",
                support: Annotated[list[str] | None, Form()] = None,
                summary: Annotated[str, Form()] = "") -> Response:
    """Build a support request to ``ncb`` (any role may build; approval is separate)."""
    session = session_of(request)
    config = request.app.state.config
    if store_of(request).get_case(case_id) is None:
        raise HTTPException(status_code=404, detail=f"no case {case_id}")
    if not ncb.strip():
        return await run_in_threadpool(_refused, request, case_id,
                                       WildtraceError("choose the NCB to write to"))
    try:
        built = await run_in_threadpool(
            build_case_request, config, case_id, ncb=ncb.strip(), actor=session.account.name,
            language=language.strip() or None, support=support or [],
            summary=summary.strip()[:5000] or None)
    except WildtraceError as exc:
        return await run_in_threadpool(_refused, request, case_id, exc)
    return RedirectResponse(f"/cases/{case_id}?built={built.reference}#case-requests",
                            status_code=303)


@router.post("/cases/{case_id}/requests/{reference}/approve")
def approve(request: Request, case_id: int, reference: str) -> Response:
    """Supervisor or admin: approve the request so it may leave."""
    session = require_role(request, "supervisor")
    try:
        approve_case_request(request.app.state.config, store_of(request), case_id, reference,
                             user=session.account.name, role=session.account.role)
    except WildtraceError as exc:
        return _refused(request, case_id, exc)
    return RedirectResponse(f"/cases/{case_id}#case-requests", status_code=303)


@router.post("/cases/{case_id}/requests/{reference}/handover")
def handover(request: Request, case_id: int, reference: str,
             channel: Annotated[str, Form()] = "") -> Response:
    """Record that an approved request was delivered outside wildtrace, and how."""
    session = session_of(request)
    channel = " ".join(channel.split())[:HANDOVER_CHANNEL_MAX]
    if not channel:
        return _refused(request, case_id,
                        WildtraceError("say how the request was handed over (the channel)"))
    try:
        record_handover(request.app.state.config, store_of(request), case_id, reference,
                        user=session.account.name, channel=channel)
    except WildtraceError as exc:
        return _refused(request, case_id, exc)
    return RedirectResponse(f"/cases/{case_id}#case-requests", status_code=303)


@router.get("/cases/{case_id}/requests/{reference}/files/{name}")
def download(request: Request, case_id: int, reference: str, name: str) -> Response:
    """One file of the request's outbox folder (audited; the package also custody-logged)."""
    config = request.app.state.config
    try:
        path, media_type = request_file(config, case_id, reference, name)
    except (RequestFileError, WildtraceError) as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc
    audit(request, "download", "request", reference, file=path.name, case_id=case_id)
    if path.suffix == ".zip":
        from evidence.custody import CustodyLog

        CustodyLog(config.paths.custody_log).append(
            "view", session_of(request).account.name, path.name, None,
            {"download": "triage", "request": reference, "case_id": case_id})
    return FileResponse(path, media_type=media_type, filename=path.name)
