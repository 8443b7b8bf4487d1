"""Passwords, roles, lock-out and sessions (units, no web server)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from triage.auth import (
    authenticate,
    check_password_strength,
    check_user_name,
    hash_password,
    role_allows,
    verify_password,
)
from triage.exceptions import (
    AccountLockedError,
    AuthenticationError,
    InvalidUserNameError,
    WeakPasswordError,
)
from triage.sessions import SessionTable, csrf_matches
from triage.settings import TriageSettings

STRONG = "Correct-Horse-42-battery"


def test_hash_is_argon2id_and_verifies() -> None:
    digest = hash_password(STRONG)
    assert digest.startswith("$argon2id$")
    assert verify_password(digest, STRONG)
    assert not verify_password(digest, STRONG + "x")
    assert not verify_password("not a hash", STRONG)


@pytest.mark.parametrize("password", ["", "short1A!", "aaaaaaaaaaaaaaaa", "password123",
                                      "alllowercaseletters", "ana-Secret-2024-x"])
def test_weak_passwords_are_refused(password: str) -> None:
    with pytest.raises(WeakPasswordError):
        check_password_strength(password, "ana")


def test_strong_password_and_passphrase_pass() -> None:
    check_password_strength(STRONG, "ana")
    check_password_strength("pangolin scales sold by the kilo", "ana")


@pytest.mark.parametrize("name", ["", " ana", "a/b", "<script>", "x" * 65])
def test_bad_user_names(name: str) -> None:
    with pytest.raises(InvalidUserNameError):
        check_user_name(name)


def test_roles_are_ordered() -> None:
    assert role_allows("admin", "supervisor") and role_allows("supervisor", "analyst")
    assert not role_allows("analyst", "supervisor")
    assert not role_allows("supervisor", "admin")
    assert not role_allows("root", "analyst")


def test_lockout_after_five_failures_even_with_right_password(fake_store) -> None:
    settings = TriageSettings(lockout_attempts=5, lockout_seconds=900)
    now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    for _ in range(4):
        with pytest.raises(AuthenticationError) as info:
            authenticate(fake_store, "ana", "wrong", settings, now)
        assert not isinstance(info.value, AccountLockedError)
    with pytest.raises(AccountLockedError):
        authenticate(fake_store, "ana", "wrong", settings, now)
    assert fake_store.users["ana"].locked_until == now + timedelta(seconds=900)
    with pytest.raises(AccountLockedError):
        authenticate(fake_store, "ana", STRONG, settings, now + timedelta(minutes=14))
    account = authenticate(fake_store, "ana", STRONG, settings, now + timedelta(minutes=16))
    assert account.name == "ana" and account.role == "analyst"
    assert fake_store.users["ana"].failed_attempts == 0
    assert fake_store.users["ana"].locked_until is None


def test_unknown_user_is_the_same_error(fake_store) -> None:
    with pytest.raises(AuthenticationError, match="wrong user name or password"):
        authenticate(fake_store, "nobody", STRONG, TriageSettings())


def test_session_idle_and_absolute_expiry() -> None:
    clock = [1000.0]
    table = SessionTable("k", idle_seconds=60, max_seconds=300, clock=lambda: clock[0])
    from triage.auth import Account

    session, cookie = table.start(Account("ana", "analyst"))
    clock[0] += 59
    assert table.lookup(cookie) is session
    clock[0] += 61
    assert table.lookup(cookie) is None  # idle too long
    session, cookie = table.start(Account("ana", "analyst"))
    for _ in range(6):
        clock[0] += 55
        found = table.lookup(cookie)
    assert found is None  # active, but older than max_seconds


def test_tampered_cookie_and_logout() -> None:
    from triage.auth import Account

    table = SessionTable("k", idle_seconds=60, max_seconds=300)
    session, cookie = table.start(Account("ana", "analyst"))
    assert table.lookup(cookie[:-2] + "xx") is None
    assert table.lookup(SessionTable("other", idle_seconds=60, max_seconds=300)
                        .start(Account("ana", "admin"))[1]) is None
    assert csrf_matches(session, session.csrf_token)
    assert not csrf_matches(session, "") and not csrf_matches(session, "x")
    table.end(cookie)
    assert table.lookup(cookie) is None


def test_facet_cache_expires_and_can_be_off() -> None:
    from triage.facets import FacetCache

    clock = [0.0]
    cache = FacetCache(15, clock=lambda: clock[0])
    key = cache.key({"q": "ivory", "cursor": "abc", "order": "newest"})
    assert key == cache.key({"q": "ivory"})  # paging and order share the counts
    assert cache.get(key) is None
    cache.put(key, {"species": ["x"]})
    clock[0] = 14
    assert cache.get(key) == {"species": ["x"]}
    clock[0] = 16
    assert cache.get(key) is None
    off = FacetCache(0)
    off.put(key, {"a": 1})
    assert off.get(key) is None
