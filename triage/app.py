"""The investigators' web application: ``create_app`` builds it, ``serve`` runs it.

Layout: :mod:`triage.security` guards every request (session, CSRF, headers); one router per
page family in :mod:`triage.views`; templates in ``triage/templates`` (autoescaped); CSS and the
keyboard script in ``triage/static``. No build step, nothing from another origin.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import threading
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException
from fastapi.staticfiles import StaticFiles
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from triage.evidence_view import EvidenceDesk
from triage.exceptions import ServeError
from triage.facets import FacetCache
from triage.network_cache import NetworkCache, build_from_app_store
from triage.security import GuardMiddleware
from triage.sessions import SessionTable
from triage.settings import TRIAGE_SECRET_ENV, TriageSettings
from triage.templating import render
from triage.views import admin, auth, cases, dashboard, listing, networks, queue, requests
from wildtrace.config import Config
from wildtrace.exceptions import WildtraceError

log = logging.getLogger(__name__)
STATIC = Path(__file__).resolve().parent / "static"


def create_app(config: Config, *, secret_key: str | None = None, store: Any = None,
               settings: TriageSettings | None = None) -> FastAPI:
    """The triage application on ``config``'s store.

    ``secret_key`` signs the cookies (default: ``$WILDTRACE_TRIAGE_SECRET``, else a random key
    per process, so restarting logs everyone out). ``store`` lets a test pass its own store;
    by default the application opens ``store.open_store(config)`` and closes it on shutdown.
    """
    settings = settings or TriageSettings()
    key = secret_key or os.environ.get(TRIAGE_SECRET_ENV) or secrets.token_urlsafe(48)
    owns_store = store is None
    if store is None:
        from store import open_store

        store = open_store(config)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        if owns_store:
            store.close()

    app = FastAPI(title="wildtrace triage", docs_url=None, redoc_url=None, openapi_url=None,
                  lifespan=lifespan)
    app.state.config = config
    app.state.store = store
    app.state.settings = settings
    app.state.facet_cache = FacetCache(settings.facet_cache_seconds)
    app.state.network_cache = NetworkCache(settings.network_cache_seconds,
                                           lambda: build_from_app_store(config, store))
    app.state.evidence = EvidenceDesk(config.paths.evidence, config.paths.custody_log)
    app.state.sessions = SessionTable(key, idle_seconds=settings.session_idle_seconds,
                                      max_seconds=settings.session_max_seconds)
    app.add_middleware(GuardMiddleware, sessions=app.state.sessions)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for module in (auth, queue, listing, networks, cases, requests, dashboard, admin):
        app.include_router(module.router)

    @app.get("/")
    def home() -> Response:
        return RedirectResponse("/queue", status_code=303)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if getattr(request.state, "session", None) is None:
            return Response(str(exc.detail), status_code=exc.status_code,
                            media_type="text/plain")
        return render(request, "error.html", status_code=exc.status_code,
                      status=exc.status_code, message=str(exc.detail))

    @app.exception_handler(WildtraceError)
    async def wildtrace_error(request: Request, exc: WildtraceError) -> Response:
        status = {2: 400, 3: 503}.get(exc.exit_code, 500)
        log.warning("%s on %s: %s", type(exc).__name__, request.url.path, exc)
        return await http_error(request, HTTPException(status_code=status, detail=str(exc)))

    return app


def _bind(host: str, port: int) -> socket.socket:
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError as exc:
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    return sock


def serve(config: Config, host: str = "127.0.0.1", port: int = 8800, *,
          ready: Callable[[str], None] | None = None, secret_key: str | None = None) -> None:
    """Serve the application with uvicorn until interrupted; ``ready(url)`` once listening."""
    import uvicorn

    sock = _bind(host, port)
    app = create_app(config, secret_key=secret_key)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    actual_port = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{actual_port}/"

    def announce() -> None:
        while not server.started and not server.should_exit:
            time.sleep(0.05)
        if server.started:
            if ready is not None:
                ready(url)
            else:
                log.warning("triage serving on %s", url)

    threading.Thread(target=announce, name="triage-ready", daemon=True).start()
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
