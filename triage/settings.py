"""Settings of the triage application, each with its default and one line of help.

Only the secret key may come from the environment (``WILDTRACE_TRIAGE_SECRET``); everything else
is a named default here, overridable by passing a :class:`TriageSettings` to ``create_app``.
"""

from __future__ import annotations

from dataclasses import dataclass

TRIAGE_SESSION_COOKIE = "wildtrace_session"
"""Name of the session cookie (signed, HttpOnly, SameSite=Strict)."""

TRIAGE_LOGIN_COOKIE = "wildtrace_login"
"""Name of the short-lived cookie carrying the login form's CSRF token."""

TRIAGE_SESSION_IDLE_SECONDS = 30 * 60
"""A session expires on the server after this many seconds without a request."""

TRIAGE_SESSION_MAX_SECONDS = 10 * 60 * 60
"""A session expires on the server this many seconds after log-in, active or not."""

TRIAGE_LOCKOUT_ATTEMPTS = 5
"""Consecutive failed log-ins that lock an account."""

TRIAGE_LOCKOUT_SECONDS = 15 * 60
"""How long a locked account stays locked."""

TRIAGE_PASSWORD_MIN_LENGTH = 12
"""Shortest password ``wildtrace users add`` accepts."""

TRIAGE_QUEUE_PAGE_SIZE = 50
"""Listings per queue page."""

TRIAGE_FACET_CACHE_SECONDS = 15
"""Queue facet counts are reused for this long per filter set (0: computed every time); the
listings and the total are always fresh."""

TRIAGE_SHARED_LIMIT = 200
"""Most listings shown on a 'listings sharing this identifier' page."""

TRIAGE_COOKIE_SECURE = False
"""Send cookies with the Secure flag (turn on behind HTTPS; the demo serves plain HTTP)."""

TRIAGE_SECRET_ENV = "WILDTRACE_TRIAGE_SECRET"
"""Environment variable holding the cookie-signing key; a random key per process otherwise."""

TRIAGE_ARCHIVE_MAX_BYTES = 20 * 1024 * 1024
"""Largest archived page or screenshot the application will serve."""

TRIAGE_NETWORK_CACHE_SECONDS = 120
"""Seller networks (built by reading every listing) are reused this long, then rebuilt in the
background while the older ones are still shown."""

TRIAGE_NETWORK_WAIT_SECONDS = 20
"""How long a page waits for the very first network build before saying it is still running."""

TRIAGE_NETWORK_DRAW_MAX_NODES = 60
"""Largest network (listings plus identifiers) drawn as a graph; bigger ones get the table only."""

ROLES = ("analyst", "supervisor", "admin")
"""Roles in increasing order of rights: each has the rights of the ones before it."""


@dataclass(frozen=True)
class TriageSettings:
    """The settings above as one object, so tests can shorten lock-outs or expiries."""

    session_idle_seconds: int = TRIAGE_SESSION_IDLE_SECONDS
    session_max_seconds: int = TRIAGE_SESSION_MAX_SECONDS
    lockout_attempts: int = TRIAGE_LOCKOUT_ATTEMPTS
    lockout_seconds: int = TRIAGE_LOCKOUT_SECONDS
    queue_page_size: int = TRIAGE_QUEUE_PAGE_SIZE
    facet_cache_seconds: float = TRIAGE_FACET_CACHE_SECONDS
    shared_limit: int = TRIAGE_SHARED_LIMIT
    cookie_secure: bool = TRIAGE_COOKIE_SECURE
    network_cache_seconds: float = TRIAGE_NETWORK_CACHE_SECONDS
    network_draw_max_nodes: int = TRIAGE_NETWORK_DRAW_MAX_NODES
    network_wait_seconds: float = TRIAGE_NETWORK_WAIT_SECONDS
