"""Account commands: what ``wildtrace users add`` and ``wildtrace users list`` call."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from triage.auth import check_password_strength, check_role, check_user_name, hash_password
from triage.exceptions import UserExistsError
from wildtrace.config import Config

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AccountSummary:
    """One account as ``users list`` shows it (never the hash)."""

    name: str
    role: str
    failed_attempts: int
    locked_until: str | None


def _open(config: Config) -> Any:
    from store import open_store

    return open_store(config)


def add_account(config: Config, name: str, role: str, password: str, *,
                store: Any = None, actor: str | None = None) -> None:
    """Create an account after checking name, role and password strength."""
    check_user_name(name)
    check_role(role)
    check_password_strength(password, name)
    own = store is None
    store = store or _open(config)
    try:
        if store.get_user(name) is not None:
            raise UserExistsError(f"user {name!r} already exists")
        store.add_user(name, role, hash_password(password))
        store.audit(actor or config.operator, "user_add", "user", name, {"role": role})
    finally:
        if own:
            store.close()
    log.info("account %s (%s) created", name, role)


def list_accounts(config: Config, *, store: Any = None) -> list[AccountSummary]:
    own = store is None
    store = store or _open(config)
    try:
        users = store.list_users()
    finally:
        if own:
            store.close()
    return [AccountSummary(name=u.name, role=u.role,
                           failed_attempts=int(getattr(u, "failed_attempts", 0) or 0),
                           locked_until=(str(u.locked_until)
                                         if getattr(u, "locked_until", None) else None))
            for u in users]
