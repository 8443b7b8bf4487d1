"""A listing: its page, its archived capture and screenshot, verification and decisions."""

from __future__ import annotations

import logging
import re
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from store.records import CaptureVersion, ListingDetail
from triage.archive import IMAGE_TYPES, ArchivedRecord, locate_record, warc_path
from triage.exceptions import ArchiveError
from triage.security import ARCHIVE_POLICY
from triage.templating import render, session_of
from triage.views.common import audit, safe_next, settings_of, store_of

log = logging.getLogger(__name__)
router = APIRouter()

DECISIONS = ("confirm", "dismiss", "escalate")
_CHARSET = re.compile(r"charset=[\"']?([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE)
SHARED_KINDS = ("phone", "email", "handle", "wallet", "seller")
"""What the 'listings sharing' page can look up: the store's identifier kinds, and the seller."""


def _listing(request: Request, listing_id: int) -> ListingDetail:
    detail: ListingDetail | None = store_of(request).get_listing(listing_id)
    if detail is None:
        raise HTTPException(status_code=404, detail=f"no listing {listing_id}")
    return detail


def _capture(detail: ListingDetail, capture_id: int) -> CaptureVersion:
    for capture in detail.captures:
        if capture.id == capture_id:
            return capture
    raise HTTPException(status_code=404, detail=f"no capture {capture_id} of this listing")


@router.get("/listings/{listing_id}")
def listing_page(request: Request, listing_id: int, verified: str = "") -> Response:
    detail = _listing(request, listing_id)
    audit(request, "view", "listing", listing_id)
    desk = request.app.state.evidence
    captures = list(detail.captures)
    latest = captures[-1] if captures else None
    verification = {c.id: desk.last_result(c.warc_file) for c in captures}
    cases = store_of(request).list_cases()
    back_to = safe_next(request.query_params.get("from"), "/queue")
    networks = request.app.state.network_cache.peek()  # never builds: this page stays fast
    return render(request, "listing.html", listing=detail, latest=latest, captures=captures,
                  verification=verification, cases=cases, back_to=back_to,
                  just_verified=verified, decisions=DECISIONS, network_known=networks is not None,
                  network=networks.network_of(listing_id) if networks is not None else None)


@router.get("/listings/{listing_id}/captures/{capture_id}/archive")
def archived_page(request: Request, listing_id: int, capture_id: int,
                  view: str = "response") -> Response:
    """The captured HTML, served under a sandbox CSP: no script runs, no request leaves."""
    capture = _capture(_listing(request, listing_id), capture_id)
    record_id = capture.dom_record_id if view == "dom" else capture.record_id
    if not capture.warc_file or not record_id:
        raise HTTPException(status_code=404, detail="this capture has no archived page")
    record = _read(request, capture.warc_file, record_id, capture.offset or 0)
    _custody(request, "view", capture, {"listing": listing_id, "record": record_id})
    headers = {"Content-Security-Policy": ARCHIVE_POLICY, "X-Frame-Options": "SAMEORIGIN"}
    return Response(record.payload, media_type="text/html; charset=" + _charset(record),
                    headers=headers)


def _charset(record: ArchivedRecord) -> str:
    """The charset the capture declared, if it is a plain token; else UTF-8."""
    match = _CHARSET.search(record.content_type)
    return match.group(1).lower() if match else "utf-8"


@router.get("/listings/{listing_id}/captures/{capture_id}/screenshot")
def screenshot(request: Request, listing_id: int, capture_id: int) -> Response:
    capture = _capture(_listing(request, listing_id), capture_id)
    if not capture.warc_file or not capture.screenshot_record_id:
        raise HTTPException(status_code=404, detail="this capture has no screenshot")
    record = _read(request, capture.warc_file, capture.screenshot_record_id,
                   capture.offset or 0)
    media = record.content_type.split(";")[0].strip().lower()
    if media not in IMAGE_TYPES:
        raise HTTPException(status_code=415, detail=f"the screenshot record is {media}")
    _custody(request, "view", capture,
             {"listing": listing_id, "record": capture.screenshot_record_id})
    return Response(record.payload, media_type=media,
                    headers={"Content-Security-Policy": "default-src 'none'; sandbox"})


def _read(request: Request, warc_file: str, record_id: str, offset: int) -> ArchivedRecord:
    try:
        path = warc_path(request.app.state.config.paths.evidence, warc_file)
        return locate_record(path, record_id, offset)
    except ArchiveError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


def _custody(request: Request, action: str, capture: CaptureVersion,
             details: dict[str, object]) -> None:
    session = session_of(request)
    request.app.state.evidence.custody(action, session.account.name,
                                       capture.record_id or "", capture.payload_digest,
                                       {"warc_file": capture.warc_file, **details})


@router.post("/listings/{listing_id}/captures/{capture_id}/verify")
def verify(request: Request, listing_id: int, capture_id: int) -> Response:
    capture = _capture(_listing(request, listing_id), capture_id)
    if not capture.warc_file:
        raise HTTPException(status_code=404, detail="this capture has no WARC file")
    session = session_of(request)
    result = request.app.state.evidence.verify(capture.warc_file, session.account.name)
    audit(request, "verify", "capture", capture_id, listing=listing_id,
          warc_file=capture.warc_file, intact=result.intact, problems=result.problems[:20])
    return RedirectResponse(f"/listings/{listing_id}?verified={capture_id}#evidence",
                            status_code=303)


@router.post("/listings/{listing_id}/decision")
def decide(request: Request, listing_id: int, decision: Annotated[str, Form()] = "",
           reason: Annotated[str, Form()] = "", note: Annotated[str, Form()] = "",
           next: Annotated[str, Form()] = "", selected: Annotated[str, Form()] = "") -> Response:
    if decision not in DECISIONS:
        raise HTTPException(status_code=400, detail="choose confirm, dismiss or escalate")
    reason, note = reason.strip()[:500], note.strip()[:5000]
    if decision == "dismiss" and not reason:
        raise HTTPException(status_code=400, detail="a dismissal needs a reason")
    _listing(request, listing_id)
    session = session_of(request)
    store_of(request).record_decision(listing_id, session.account.name, decision,
                                      reason or None, note or None)
    audit(request, "decide", "listing", listing_id, decision=decision, reason=reason)
    target = safe_next(next, f"/listings/{listing_id}")
    if selected.isdigit() and target.startswith("/queue"):
        target += ("&" if "?" in target else "?") + urlencode({"selected": selected})
    return RedirectResponse(target, status_code=303)


@router.post("/listings/{listing_id}/case")
def assign_case(request: Request, listing_id: int, case_id: Annotated[str, Form()] = "",
                new_case_title: Annotated[str, Form()] = "") -> Response:
    _listing(request, listing_id)
    store = store_of(request)
    session = session_of(request)
    title = new_case_title.strip()[:200]
    if title:
        target = int(store.create_case(title, session.account.name, ""))
        audit(request, "create", "case", target, title=title)
    elif case_id.isdigit():
        target = int(case_id)
    else:
        raise HTTPException(status_code=400, detail="choose a case or give a new case a title")
    store.add_to_case(target, listing_id)
    audit(request, "add_to_case", "listing", listing_id, case=target)
    return RedirectResponse(f"/listings/{listing_id}#cases", status_code=303)


@router.get("/shared")
def shared(request: Request, kind: str = "", value: str = "") -> Response:
    """Every listing that shares an identifier (phone, e-mail, handle, wallet, seller...)."""
    if kind not in SHARED_KINDS or not value.strip():
        raise HTTPException(status_code=400,
                            detail=f"give an identifier kind ({', '.join(SHARED_KINDS)}) and value")
    limit = settings_of(request).shared_limit
    if kind == "seller":
        from store.query import SearchQuery

        results = store_of(request).search(SearchQuery(seller=value, flagged=None, limit=limit,
                                                       facets=False, order="newest"))
        listings, total = results.listings, results.total
    else:
        listings = store_of(request).listings_sharing(kind, value)
        total = len(listings)
    audit(request, "view", "identifier", f"{kind}:{value}", results=total)
    return render(request, "shared.html", kind=kind, value=value, listings=listings[:limit],
                  total=total)
