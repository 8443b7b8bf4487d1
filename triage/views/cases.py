"""Cases: create, list, and a detail page (listings, sellers, identifiers, countries, timeline)."""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, RedirectResponse, Response

from triage.case_export import case_exports, export_case, find_export
from triage.request_desk import case_request_rows, request_form_choices
from triage.templating import render, session_of
from triage.views.common import audit, require_role, store_of

log = logging.getLogger(__name__)
router = APIRouter()

CASE_DETAIL_LIMIT = 300
"""Listings of a case read in full (identifiers, captures, decisions) for its detail page."""


@dataclass(frozen=True)
class TimelineEvent:
    at: datetime | str
    what: str
    listing_id: int | None = None


def _sort_key(event: TimelineEvent) -> str:
    return event.at.isoformat() if isinstance(event.at, datetime) else str(event.at)


def case_overview(case: Any, details: list[Any]) -> dict[str, Any]:
    """Sellers, identifiers, countries and a timeline gathered from a case's listings."""
    sellers: Counter[tuple[str, str]] = Counter()
    identifiers: dict[tuple[str, str], set[int]] = {}
    countries: Counter[str] = Counter()
    events: list[TimelineEvent] = []
    if case.created_at:
        events.append(TimelineEvent(case.created_at, f"case opened by {case.created_by}"))
    for detail in details:
        if detail.seller:
            sellers[(detail.marketplace, detail.seller)] += 1
        if detail.country:
            countries[detail.country] += 1
        for identifier in detail.identifiers:
            identifiers.setdefault((identifier.kind, identifier.value), set()).add(detail.id)
        if detail.first_seen:
            events.append(TimelineEvent(detail.first_seen, "first seen", detail.id))
        for capture in detail.captures:
            if capture.changed and capture.version > 1 and capture.fetched_at:
                events.append(TimelineEvent(capture.fetched_at,
                                            f"changed (version {capture.version})", detail.id))
        for decision in detail.decisions:
            if decision.created_at:
                events.append(TimelineEvent(decision.created_at,
                                            f"{decision.decision} by {decision.user}", detail.id))
        if detail.removed_at:
            events.append(TimelineEvent(detail.removed_at, "taken down", detail.id))
    return {
        "sellers": sellers.most_common(),
        "identifiers": sorted(((kind, value, sorted(ids))
                               for (kind, value), ids in identifiers.items()),
                              key=lambda row: (-len(row[2]), row[0], row[1])),
        "countries": countries.most_common(),
        "timeline": sorted(events, key=_sort_key),
    }


@router.get("/cases")
def case_list(request: Request) -> Response:
    return render(request, "cases.html", cases=store_of(request).list_cases())


@router.post("/cases")
def create_case(request: Request, title: Annotated[str, Form()] = "",
                description: Annotated[str, Form()] = "") -> Response:
    title = title.strip()[:200]
    if not title:
        raise HTTPException(status_code=400, detail="a case needs a title")
    session = session_of(request)
    case_id = int(store_of(request).create_case(title, session.account.name,
                                                description.strip()[:5000]))
    audit(request, "create", "case", case_id, title=title)
    return RedirectResponse(f"/cases/{case_id}", status_code=303)


@router.get("/cases/{case_id}")
def case_detail(request: Request, case_id: int) -> Response:
    flash = _exported_flash(request.query_params.get("exported", ""))
    built = request.query_params.get("built", "")
    if built:
        flash = f"Request {built} built: it waits for a supervisor's approval"
    return case_page(request, case_id, flash=flash)


def case_page(request: Request, case_id: int, *, status_code: int = 200, flash: str = "",
              request_error: str = "") -> Response:
    """The case detail page (also re-shown with an error after a failed request action)."""
    store = store_of(request)
    config = request.app.state.config
    case = store.get_case(case_id)
    if case is None:
        raise HTTPException(status_code=404, detail=f"no case {case_id}")
    details = [detail for item in case.listings[:CASE_DETAIL_LIMIT]
               if (detail := store.get_listing(item.id)) is not None]
    audit(request, "view", "case", case_id)
    return render(request, "case.html", status_code=status_code, case=case,
                  listings=case.listings, partial=len(case.listings) > CASE_DETAIL_LIMIT,
                  exports=case_exports(config, case_id), flash=flash,
                  request_error=request_error, requests=case_request_rows(config, case_id),
                  **request_form_choices(config), **case_overview(case, details))


def _exported_flash(name: str) -> str:
    return f"Evidence package written: {name}" if name else ""


@router.post("/cases/{case_id}/export")
async def export(request: Request, case_id: int) -> Response:
    """Supervisor: write the case's signed evidence package (WACZ) to the exports folder."""
    session = require_role(request, "supervisor")
    package = await run_in_threadpool(export_case, request.app.state.config, store_of(request),
                                      case_id, session.account.name)
    await run_in_threadpool(audit, request, "export", "case", case_id, file=package.name,
                            bytes=package.size)
    return RedirectResponse(f"/cases/{case_id}?exported={package.name}#case-actions",
                            status_code=303)


@router.get("/cases/{case_id}/exports/{name}")
def download(request: Request, case_id: int, name: str) -> Response:
    """Supervisor: download a package written for this case (audited)."""
    require_role(request, "supervisor")
    package = find_export(request.app.state.config, case_id, name)
    if package is None:
        raise HTTPException(status_code=404, detail="no such package for this case")
    audit(request, "download", "case", case_id, file=package.name)
    return FileResponse(package.path, media_type="application/wacz+zip",
                        filename=package.name)
