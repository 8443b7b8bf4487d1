"""Fixtures of the triage tests: an in-memory store for the auth and security unit tests, and
a real SQLite store in a temporary data directory for everything else."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from triage.auth import hash_password
from triage.settings import TriageSettings
from wildtrace.browser import CHROMIUM_ARGS, CHROMIUM_PATH
from wildtrace.config import load_config

STRONG = "Correct-Horse-42-battery"


@dataclass
class FakeUser:
    name: str
    role: str
    password_hash: str
    failed_attempts: int = 0
    locked_until: datetime | None = None
    last_login_at: datetime | None = None


@dataclass
class FakeStore:
    """Only the account and audit parts of the store: what log-in and the guard need."""

    users: dict[str, FakeUser] = field(default_factory=dict)
    audits: list[tuple[str, str, str, str | None, dict[str, Any]]] = field(default_factory=list)

    def get_user(self, name: str) -> FakeUser | None:
        return self.users.get(name)

    def add_user(self, name: str, role: str, password_hash: str) -> None:
        self.users[name] = FakeUser(name, role, password_hash)

    def list_users(self) -> list[FakeUser]:
        return list(self.users.values())

    def update_user_login(self, name: str, *, failed_attempts: int,
                          locked_until: datetime | None) -> None:
        user = self.users[name]
        user.failed_attempts = failed_attempts
        user.locked_until = locked_until

    def audit(self, actor: str, action: str, object_type: str, object_id: str | None,
              details: dict[str, Any]) -> None:
        self.audits.append((actor, action, object_type, object_id, details))

    def list_cases(self) -> list[Any]:
        return []

    def close(self) -> None:
        pass


_HASH = hash_password(STRONG)


@pytest.fixture
def fake_store() -> FakeStore:
    store = FakeStore()
    for name, role in (("ana", "analyst"), ("sam", "supervisor"), ("ada", "admin")):
        store.users[name] = FakeUser(name, role, _HASH)
    return store


class Forms:
    """Helpers that fill the app's forms the way a browser would (CSRF tokens included)."""

    strong = STRONG

    @staticmethod
    def login_token(client: TestClient) -> str:
        return login_token(client)

    @staticmethod
    def log_in(client: TestClient, name: str, password: str = STRONG) -> Any:
        return log_in(client, name, password)

    @staticmethod
    def csrf_of(client: TestClient, path: str = "/cases") -> str:
        return csrf_of(client, path)


@pytest.fixture
def forms() -> Forms:
    return Forms()


def login_token(client: TestClient) -> str:
    page = client.get("/login")
    match = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert match, page.text
    return match.group(1)


def log_in(client: TestClient, name: str, password: str = STRONG) -> Any:
    return client.post("/login", data={"username": name, "password": password,
                                       "csrf_token": login_token(client), "next": "/queue"},
                       follow_redirects=False)


def csrf_of(client: TestClient, path: str = "/cases") -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).text)
    assert match
    return match.group(1)


@pytest.fixture
def fake_app(fake_store: FakeStore, tmp_path: Path) -> Any:
    from triage.app import create_app

    config = load_config(tmp_path / "data")
    return create_app(config, secret_key="test-key", store=fake_store,
                      settings=TriageSettings(lockout_attempts=5, lockout_seconds=900))


@pytest.fixture
def fake_client(fake_app: Any) -> TestClient:
    return TestClient(fake_app, base_url="http://127.0.0.1")


# -- a real store with real WARC evidence ------------------------------------------------------

INJECTION_TITLE = 'Ivory bangle <script>alert("title")</script><img src=x onerror=alert(1)>'
INJECTION_TEXT = ('Genuine <b id="injected-b">elephant ivory</b> <script>alert("desc")</script>'
                  '<iframe id="injected-frame" src="/queue"></iframe> WhatsApp +84 912 345 678')
ARCHIVED_HTML = (b"<html><head><title>Pangolin scales</title></head><body>"
                 b"<h1 id='archived-h1'>Pangolin scales 1kg</h1>"
                 b"<script>document.title='PWNED'; parent.document.title='PWNED';"
                 b"alert('archived')</script><img src='https://tracker.example/pixel.gif'>"
                 b"</body></html>")


def _png() -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


def write_capture(evidence: Path, name: str, url: str, html: bytes) -> Any:
    """A sealed WARC written by the evidence package's writer: a response and a screenshot
    record. Returns the CaptureRef (``name`` is only a prefix: the writer names the file)."""
    from evidence.seal import seal_warc
    from evidence.warcfile import WarcFileWriter, digest_of
    from wildtrace.models import CaptureRef

    writer = WarcFileWriter(evidence / "warcs", name, {"operator": "triage tests"})
    head = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            b"Content-Length: " + str(len(html)).encode() + b"\r\n\r\n")
    response = writer.write_record(
        "response", [("Content-Type", "application/http; msgtype=response")], head + html,
        payload_digest=digest_of(html), target_uri=url)
    shot = _png()
    screenshot = writer.write_record(
        "resource", [("Content-Type", "image/png"),
                     ("WARC-Concurrent-To", response.record_id)], shot,
        payload_digest=digest_of(shot), target_uri="urn:screenshot:" + url)
    path = writer.close()
    seal_warc(path, evidence.parent / "keys")
    return CaptureRef(
        url=url, warc_file=str(path.relative_to(evidence)), record_id=response.record_id,
        offset=response.offset, length=response.length, payload_digest=digest_of(html),
        fetched_at="2026-11-20T10:00:00Z", status=200,
        screenshot_record_id=screenshot.record_id)


@dataclass
class Seeded:
    config: Any
    store: Any
    ids: dict[str, int]
    injection_title: str = INJECTION_TITLE
    injection_text: str = INJECTION_TEXT


def seed(config: Any, store: Any) -> dict[str, int]:
    """Three flagged listings (one carrying injection), one plain, sharing a phone."""
    from wildtrace.models import PageExtraction, SpeciesMention, Verdict

    pangolin = SpeciesMention("Manis javanica", "Sunda pangolin", "I", "pangolin scales")
    elephant = SpeciesMention("Loxodonta africana", "African elephant", "I/II", "ivory")
    rows = {
        "pangolin": (PageExtraction(
            url="https://market.example/item/1", page_type="listing",
            title="Pangolin scales 1kg", description="Fresh scales, ship to Hanoi",
            price=300.0, currency="USD", seller="scaleking", country="VN",
            phones=["+84912345678"], species=[pangolin]), 0.97, True),
        "injection": (PageExtraction(
            url="https://market.example/item/2", page_type="listing", title=INJECTION_TITLE,
            description=INJECTION_TEXT, price=1200.0, currency="EUR", seller="<b>ivoryman</b>",
            country="NG", phones=["+84912345678"], species=[elephant]), 0.91, True),
        "parrot": (PageExtraction(
            url="https://other.example/ad/3", page_type="listing",
            title="Grey parrot chicks", description="Hand-reared African grey",
            price=900.0, currency="GBP", seller="birdy", country="GB",
            species=[SpeciesMention("Psittacus erithacus", "Grey parrot", "I")]), 0.62, True),
        "plain": (PageExtraction(
            url="https://other.example/ad/4", page_type="listing", title="Garden chairs",
            description="Two chairs", price=20.0, currency="GBP", seller="birdy",
            country="GB"), 0.03, False),
    }
    ids = {}
    for number, (key, (page, score, flagged)) in enumerate(rows.items()):
        capture = None
        if key in ("pangolin", "injection"):
            html = ARCHIVED_HTML if key == "pangolin" else page.description.encode()
            capture = write_capture(config.paths.evidence, f"cap{number}", page.url, html)
        verdict = Verdict(id=page.url, score=score, flagged=flagged, species=page.species,
                          reasons=[f"names {s.common_name}" for s in page.species] or ["none"],
                          model_version="test-1")
        marketplace = page.url.split("/")[2]
        ids[key] = store.save_page(page, marketplace=marketplace, capture=capture,
                                   verdict=verdict).id
    for name, role in (("ana", "analyst"), ("sam", "supervisor"), ("ada", "admin")):
        store.add_user(name, role, _HASH)
    return ids


@pytest.fixture
def seeded(data_dir: Path) -> Any:
    from store import open_store

    config = load_config(data_dir)
    config.paths.ensure()
    store = open_store(config)
    try:
        yield Seeded(config=config, store=store, ids=seed(config, store))
    finally:
        store.close()


@pytest.fixture
def client(seeded: Seeded) -> TestClient:
    from triage.app import create_app

    app = create_app(seeded.config, secret_key="test-key", store=seeded.store)
    return TestClient(app, base_url="http://127.0.0.1")


# -- a live server and Debian's chromium ---------------------------------------------------------



@pytest.fixture
def live_server(seeded: Seeded) -> Any:
    """The application on a free port of 127.0.0.1, served by uvicorn in a thread."""
    import socket
    import threading
    import time

    import uvicorn

    from triage.app import create_app

    app = create_app(seeded.config, secret_key="test-key", store=seeded.store)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture(scope="session")
def chromium() -> Any:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM_PATH,
                                             args=list(CHROMIUM_ARGS))
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(chromium: Any) -> Any:
    context = chromium.new_context()
    tab = context.new_page()
    tab.dialogs = []  # every dialog that fires, with its message

    def on_dialog(dialog: Any) -> None:
        tab.dialogs.append(dialog.message)
        dialog.dismiss()

    tab.on("dialog", on_dialog)
    try:
        yield tab
    finally:
        context.close()
