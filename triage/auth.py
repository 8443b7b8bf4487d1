"""Passwords, roles and the log-in check with lock-out.

Passwords are hashed with Argon2id (argon2-cffi's defaults, RFC 9106 low-memory profile). The
log-in check costs one hash verification whether or not the user exists, so response time does
not tell an attacker which names are accounts.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from triage.exceptions import (
    AccountLockedError,
    AuthenticationError,
    InvalidUserNameError,
    UnknownRoleError,
    WeakPasswordError,
)
from triage.settings import ROLES, TRIAGE_PASSWORD_MIN_LENGTH, TriageSettings

log = logging.getLogger(__name__)

_HASHER = PasswordHasher()
_DUMMY_HASH = _HASHER.hash("not a real account: keeps timing even")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
_COMMON = frozenset({
    "password", "password1", "password123", "123456789012", "qwertyuiopas", "letmein12345",
    "administrator", "wildtrace123", "interpol1234", "changeme1234", "welcome12345",
})


@dataclass(frozen=True)
class Account:
    """Who is logged in: what the session carries."""

    name: str
    role: str


def hash_password(password: str) -> str:
    """Argon2id hash of ``password`` in PHC string form."""
    return _HASHER.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """True when ``password`` matches ``password_hash``; False for a mismatch or a bad hash."""
    try:
        return _HASHER.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def check_user_name(name: str) -> str:
    """Return ``name`` if it is acceptable as an account name, else raise."""
    if not _NAME.match(name or ""):
        raise InvalidUserNameError(
            f"user name {name!r} is not accepted: use 1-64 letters, digits or . _ @ -, "
            "starting with a letter or digit")
    return name


def check_role(role: str) -> str:
    if role not in ROLES:
        raise UnknownRoleError(f"role {role!r} is not one of {', '.join(ROLES)}")
    return role


def check_password_strength(password: str, user_name: str = "") -> None:
    """Raise :class:`WeakPasswordError` for an empty, short or easily guessed password."""
    if not password:
        raise WeakPasswordError("the password is empty")
    if len(password) < TRIAGE_PASSWORD_MIN_LENGTH:
        raise WeakPasswordError(
            f"the password is too short: use at least {TRIAGE_PASSWORD_MIN_LENGTH} characters")
    if password.lower() in _COMMON or len(set(password)) < 5:
        raise WeakPasswordError("the password is too easy to guess: choose another")
    if user_name and user_name.lower() in password.lower():
        raise WeakPasswordError("the password must not contain the user name")
    classes = sum(bool(re.search(pattern, password))
                  for pattern in (r"[a-z]", r"[A-Z]", r"[0-9]", r"[^A-Za-z0-9]"))
    if classes < 3 and len(password) < 20:
        raise WeakPasswordError(
            "the password is too simple: mix three of lower case, upper case, digits and "
            "symbols, or use a passphrase of 20 characters or more")


def role_allows(role: str, needed: str) -> bool:
    """True when ``role`` has at least the rights of ``needed``."""
    if role not in ROLES or needed not in ROLES:
        return False
    return ROLES.index(role) >= ROLES.index(needed)


def _as_utc(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if not isinstance(value, datetime):
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def authenticate(store: Any, name: str, password: str, settings: TriageSettings,
                 now: datetime | None = None) -> Account:
    """Check a log-in against the store, counting failures and locking the account.

    Raises :class:`AccountLockedError` while locked (even with the right password) and
    :class:`AuthenticationError` for a wrong name or password.
    """
    now = now or datetime.now(UTC)
    user = store.get_user(name) if name else None
    if user is None:
        verify_password(_DUMMY_HASH, password)
        raise AuthenticationError("wrong user name or password")
    locked_until = _as_utc(getattr(user, "locked_until", None))
    if locked_until is not None and locked_until > now:
        verify_password(_DUMMY_HASH, password)
        raise AccountLockedError(
            f"account locked after repeated failures until {locked_until:%H:%M} UTC")
    if verify_password(user.password_hash, password):
        if getattr(user, "failed_attempts", 0) or locked_until is not None:
            store.update_user_login(name, failed_attempts=0, locked_until=None)
        return Account(name=user.name, role=user.role)
    failures = int(getattr(user, "failed_attempts", 0) or 0) + 1
    if locked_until is not None:  # an expired lock: start counting afresh
        failures = 1
    if failures >= settings.lockout_attempts:
        until = now + timedelta(seconds=settings.lockout_seconds)
        store.update_user_login(name, failed_attempts=failures, locked_until=until)
        log.warning("account %s locked until %s after %d failures", name, until, failures)
        raise AccountLockedError(
            f"account locked after repeated failures until {until:%H:%M} UTC")
    store.update_user_login(name, failed_attempts=failures, locked_until=None)
    raise AuthenticationError("wrong user name or password")
