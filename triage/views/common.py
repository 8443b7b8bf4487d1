"""What every view shares: the store and settings of the app, role checks, safe redirects."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse

from triage.auth import role_allows
from triage.sessions import Session
from triage.settings import TriageSettings
from triage.templating import session_of

log = logging.getLogger(__name__)


def store_of(request: Request) -> Any:
    return request.app.state.store


def settings_of(request: Request) -> TriageSettings:
    settings: TriageSettings = request.app.state.settings
    return settings


def require_role(request: Request, needed: str) -> Session:
    """The session, if its role has at least the rights of ``needed``; else 403."""
    session = session_of(request)
    if not role_allows(session.account.role, needed):
        raise HTTPException(status_code=403, detail=f"this needs the {needed} role")
    return session


def audit(request: Request, action: str, object_type: str, object_id: str | int | None,
          **details: Any) -> None:
    """Write one line to the store's audit log as the logged-in user."""
    session = session_of(request)
    store_of(request).audit(session.account.name, action, object_type,
                            None if object_id is None else str(object_id), details)


def safe_next(target: str | None, default: str = "/queue") -> str:
    """A local path to go to after a form: never another site (no open redirect)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    return target


def back(target: str, **_: Any) -> RedirectResponse:
    return RedirectResponse(safe_next(target), status_code=303)
