"""Jinja2 set-up: autoescape on for every template, whatever its name, and the page helper.

Listing text is written by the people we investigate: it is only ever inserted escaped. No
template uses ``|safe`` or ``Markup`` on stored data; ``tests/triage`` checks the templates.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.requests import Request
from starlette.responses import HTMLResponse

from triage.auth import role_allows
from triage.sessions import Session

TEMPLATES = Path(__file__).resolve().parent / "templates"


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["pct"] = lambda value: "" if value is None else f"{float(value) * 100:.0f}%"
    env.filters["short_hash"] = lambda value: (value or "")[:23] + ("…" if value and
                                                                     len(value) > 23 else "")
    env.globals["role_allows"] = role_allows
    return env


ENVIRONMENT = _environment()


def session_of(request: Request) -> Session:
    """The session the guard attached to this request (every non-public route has one)."""
    session: Session = request.state.session
    return session


def render(request: Request, template: str, status_code: int = 200,
           **context: Any) -> HTMLResponse:
    """Render ``template`` with the session's user and CSRF token in the context."""
    session: Session | None = getattr(request.state, "session", None)
    context.setdefault("user", session.account if session else None)
    context.setdefault("csrf_token", session.csrf_token if session else "")
    context.setdefault("path", request.url.path)
    html = ENVIRONMENT.get_template(template).render(**context)
    return HTMLResponse(html, status_code=status_code)
