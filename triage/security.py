"""The guard in front of every route: session, CSRF and secure headers.

Deny by default: any path other than ``/login`` and ``/static/`` needs a live session, so a route
added later cannot be left open by mistake. Every state-changing request (POST, PUT, PATCH,
DELETE) must carry the session's CSRF token (form field ``csrf_token`` or header
``X-CSRF-Token``); the guard checks it before the route runs, again for every route. The log-in
form, which has no session yet, carries its own signed token (see :mod:`triage.sessions`).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qs, quote

from triage.sessions import SessionTable, csrf_matches
from triage.settings import TRIAGE_SESSION_COOKIE

log = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'")
"""The application's own pages: nothing inline, nothing from another origin."""

ARCHIVE_POLICY = (
    "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "frame-ancestors 'self'")
"""Archived pages: a sandbox without scripts or origin, and no request leaves the browser
(opening evidence must not tell the seller's server that someone is looking)."""

SECURE_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
    (b"cache-control", b"no-store"),
)

PUBLIC_PREFIXES = ("/static/",)
PUBLIC_PATHS = ("/login",)
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
MAX_FORM_BYTES = 256 * 1024


def _cookie(scope: Scope, name: str) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == b"cookie":
            for part in value.decode("latin-1").split(";"):
                cookie_name, _, cookie_value = part.strip().partition("=")
                if cookie_name == name:
                    return cookie_value
    return None


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return str(value.decode("latin-1"))
    return None


async def _plain(send: Send, status: int, text: str,
                 extra: list[tuple[bytes, bytes]] | None = None) -> None:
    body = text.encode()
    headers = [(b"content-type", b"text/plain; charset=utf-8"),
               (b"content-length", str(len(body)).encode()), *(extra or [])]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class GuardMiddleware:
    """Session check, CSRF check and secure headers for every HTTP request."""

    def __init__(self, app: ASGIApp, sessions: SessionTable) -> None:
        self.app = app
        self.sessions = sessions

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = self._with_headers(send)
        path: str = scope.get("path", "")
        if path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES):
            await self.app(scope, receive, send)
            return
        session = self.sessions.lookup(_cookie(scope, TRIAGE_SESSION_COOKIE))
        method = scope.get("method", "GET")
        if session is None:
            if method in ("GET", "HEAD"):
                target = quote(path + ("?" + scope["query_string"].decode("latin-1")
                                       if scope.get("query_string") else ""), safe="")
                await _plain(send, 303, "log in first",
                             [(b"location", f"/login?next={target}".encode())])
            else:
                await _plain(send, 401, "log in first")
            return
        scope.setdefault("state", {})["session"] = session
        if method in UNSAFE_METHODS:
            body = await self._read_body(receive)
            if body is None:
                await _plain(send, 413, "request too large")
                return
            if not self._csrf_ok(scope, session, body):
                log.warning("CSRF check failed for %s %s by %s", method, path,
                            session.account.name)
                await _plain(send, 403, "the form has expired: reload the page and try again")
                return
            receive = self._replay(body, receive)
        await self.app(scope, receive, send)

    def _csrf_ok(self, scope: Scope, session: Any, body: bytes) -> bool:
        token = _header(scope, b"x-csrf-token")
        if token is None:
            content_type = _header(scope, b"content-type") or ""
            if not content_type.startswith("application/x-www-form-urlencoded"):
                return False
            fields = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
            token = (fields.get("csrf_token") or [""])[0]
        return csrf_matches(session, token)

    @staticmethod
    async def _read_body(receive: Receive) -> bytes | None:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > MAX_FORM_BYTES:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    @staticmethod
    def _replay(body: bytes, original: Receive) -> Receive:
        sent = False

        async def receive() -> Message:
            nonlocal sent
            if sent:
                return await original()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return receive

    @staticmethod
    def _with_headers(send: Send) -> Send:
        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {key.lower() for key, _ in headers}
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", CONTENT_SECURITY_POLICY.encode()))
                    headers.append((b"x-frame-options", b"DENY"))
                headers.extend(item for item in SECURE_HEADERS if item[0] not in names)
                message["headers"] = headers
            await send(message)
        return wrapped
