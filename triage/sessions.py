"""Server-side sessions behind a signed cookie.

The cookie holds only a random session id signed with the application's key (itsdangerous);
who is logged in, the CSRF token and both expiry times live on the server, so logging out or an
expiry ends the session even if someone kept a copy of the cookie. Sessions are kept in the
process: restarting the server logs everyone out, and one server process is assumed.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from itsdangerous import BadSignature, URLSafeSerializer

from triage.auth import Account


@dataclass
class Session:
    """One logged-in browser."""

    id: str
    account: Account
    csrf_token: str
    created: float
    last_seen: float


class SessionTable:
    """Sessions by id, with idle and absolute expiry checked on every lookup."""

    def __init__(self, secret_key: str, *, idle_seconds: int, max_seconds: int,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._signer = URLSafeSerializer(secret_key, salt="wildtrace-session")
        self._login_signer = URLSafeSerializer(secret_key, salt="wildtrace-login-csrf")
        self._idle = idle_seconds
        self._max = max_seconds
        self._clock = clock
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()

    def start(self, account: Account) -> tuple[Session, str]:
        """A new session for ``account`` and the signed cookie value that names it."""
        now = self._clock()
        session = Session(id=secrets.token_urlsafe(32), account=account,
                          csrf_token=secrets.token_urlsafe(32), created=now, last_seen=now)
        with self._lock:
            self._purge(now)
            self._sessions[session.id] = session
        return session, self._signer.dumps(session.id)

    def lookup(self, cookie: str | None) -> Session | None:
        """The live session the cookie names, or None (bad signature, unknown, expired)."""
        if not cookie:
            return None
        try:
            session_id = self._signer.loads(cookie)
        except BadSignature:
            return None
        if not isinstance(session_id, str):
            return None
        now = self._clock()
        with self._lock:
            session = self._sessions.get(session_id)
            if session is None:
                return None
            if now - session.last_seen > self._idle or now - session.created > self._max:
                del self._sessions[session_id]
                return None
            session.last_seen = now
            return session

    def end(self, cookie: str | None) -> None:
        """Forget the session the cookie names (log-out)."""
        session = self.lookup(cookie)
        if session is not None:
            with self._lock:
                self._sessions.pop(session.id, None)

    def end_all_for(self, name: str) -> None:
        with self._lock:
            for key in [k for k, s in self._sessions.items() if s.account.name == name]:
                del self._sessions[key]

    def login_token(self, cookie: str | None = None) -> tuple[str, str]:
        """A CSRF token for the log-in form and the signed cookie value that carries it.

        The token already in a valid ``cookie`` is kept, so that a second log-in page loaded
        in the background (an icon request sent to log in, another tab) does not invalidate
        the form on screen.
        """
        if cookie:
            try:
                token = self._login_signer.loads(cookie)
            except BadSignature:
                token = None
            if isinstance(token, str) and token:
                return token, cookie
        token = secrets.token_urlsafe(32)
        return token, self._login_signer.dumps(token)

    def check_login_token(self, cookie: str | None, submitted: str | None) -> bool:
        if not cookie or not submitted:
            return False
        try:
            expected = self._login_signer.loads(cookie)
        except BadSignature:
            return False
        return isinstance(expected, str) and hmac.compare_digest(expected, submitted)

    def _purge(self, now: float) -> None:
        stale = [k for k, s in self._sessions.items()
                 if now - s.last_seen > self._idle or now - s.created > self._max]
        for key in stale:
            del self._sessions[key]


def csrf_matches(session: Session, submitted: str | None) -> bool:
    """Constant-time check of a form's CSRF token against the session's."""
    return bool(submitted) and hmac.compare_digest(session.csrf_token, submitted or "")
