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
