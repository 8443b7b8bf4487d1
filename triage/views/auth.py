"""Log-in and log-out."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Form
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from triage.auth import authenticate
from triage.exceptions import AccountLockedError, AuthenticationError
from triage.settings import TRIAGE_LOGIN_COOKIE, TRIAGE_SESSION_COOKIE
from triage.templating import render
from triage.views.common import safe_next, settings_of, store_of

log = logging.getLogger(__name__)
router = APIRouter()


def _login_page(request: Request, *, next_path: str, error: str = "",
                status_code: int = 200) -> Response:
    sessions = request.app.state.sessions
    token, cookie = sessions.login_token(request.cookies.get(TRIAGE_LOGIN_COOKIE))
    response = render(request, "login.html", status_code=status_code, login_token=token,
                      next=safe_next(next_path), error=error, user=None)
    response.set_cookie(TRIAGE_LOGIN_COOKIE, cookie, max_age=3600, path="/login",
                        httponly=True, samesite="strict",
                        secure=settings_of(request).cookie_secure)
    return response


@router.get("/login")
def login_form(request: Request, next: str = "/queue") -> Response:
    if request.app.state.sessions.lookup(request.cookies.get(TRIAGE_SESSION_COOKIE)):
        return RedirectResponse(safe_next(next), status_code=303)
    return _login_page(request, next_path=next)


@router.post("/login")
async def login(request: Request, username: Annotated[str, Form()] = "",
                password: Annotated[str, Form()] = "",
                csrf_token: Annotated[str, Form()] = "",
                next: Annotated[str, Form()] = "/queue") -> Response:
    sessions = request.app.state.sessions
    if not sessions.check_login_token(request.cookies.get(TRIAGE_LOGIN_COOKIE), csrf_token):
        return _login_page(request, next_path=next, status_code=403,
                           error="The form has expired: please log in again.")
    store = store_of(request)
    try:
        account = await run_in_threadpool(authenticate, store, username, password,
                                          settings_of(request))
    except AccountLockedError as exc:
        await run_in_threadpool(store.audit, username or "-", "login_locked", "user",
                                username, {})
        return _login_page(request, next_path=next, status_code=401, error=f"{exc}.")
    except AuthenticationError:
        await run_in_threadpool(store.audit, username or "-", "login_failed", "user",
                                username, {})
        return _login_page(request, next_path=next, status_code=401,
                           error="Wrong user name or password.")
    sessions.end(request.cookies.get(TRIAGE_SESSION_COOKIE))  # never two sessions per browser
    _, cookie = sessions.start(account)
    await run_in_threadpool(store.audit, account.name, "login", "user", account.name, {})
    response = RedirectResponse(safe_next(next), status_code=303)
    response.set_cookie(TRIAGE_SESSION_COOKIE, cookie, httponly=True, samesite="strict",
                        secure=settings_of(request).cookie_secure, path="/")
    response.delete_cookie(TRIAGE_LOGIN_COOKIE, path="/login")
    return response


@router.post("/logout")
def logout(request: Request) -> Response:
    session = request.state.session
    request.app.state.sessions.end(request.cookies.get(TRIAGE_SESSION_COOKIE))
    store_of(request).audit(session.account.name, "logout", "user", session.account.name, {})
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(TRIAGE_SESSION_COOKIE, path="/", httponly=True, samesite="strict")
    return response
