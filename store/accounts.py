"""Users, the audit trail, crawl schedules and crawl runs."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update

from store import schema as t
from store.base import StoreBase, new_id
from store.database import as_utc, now
from store.exceptions import DuplicateRecordError, InvalidQueryError, UnknownRecordError
from store.records import ROLES, AuditEntry, CrawlRun, Schedule, User


def _user(row: Any) -> User:
    return User(id=row["id"], name=row["name"], role=row["role"],
                password_hash=row["password_hash"], failed_attempts=row["failed_attempts"],
                locked_until=as_utc(row["locked_until"]), created_at=as_utc(row["created_at"]),
                last_login_at=as_utc(row["last_login_at"]))


class AccountsMixin(StoreBase):
    """Who may use the application, what they did, and what the crawler runs when."""

    def add_user(self, name: str, role: str, password_hash: str) -> int:
        if role not in ROLES:
            raise InvalidQueryError(f"unknown role {role!r} (use {', '.join(ROLES)})")
        if not name.strip():
            raise InvalidQueryError("a user name cannot be empty")
        with self._tx() as conn:
            if conn.execute(select(t.users.c.id).where(t.users.c.name == name)).first():
                raise DuplicateRecordError(f"user {name!r} already exists")
            return new_id(conn.execute(insert(t.users).values(
                name=name, role=role, password_hash=password_hash, failed_attempts=0,
                created_at=now())))

    def get_user(self, name: str) -> User | None:
        with self._tx(write=False) as conn:
            row = conn.execute(select(t.users).where(t.users.c.name == name)).mappings().first()
        return None if row is None else _user(row)

    def list_users(self) -> list[User]:
        with self._tx(write=False) as conn:
            return [_user(r) for r in conn.execute(select(t.users).order_by(t.users.c.name))
                    .mappings()]

    def set_password(self, name: str, password_hash: str) -> None:
        """Replace a user's password hash and unlock the account."""
        self._update_user(name, password_hash=password_hash, failed_attempts=0,
                          locked_until=None)

    def set_role(self, name: str, role: str) -> None:
        if role not in ROLES:
            raise InvalidQueryError(f"unknown role {role!r} (use {', '.join(ROLES)})")
        self._update_user(name, role=role)

    def update_user_login(self, name: str, *, failed_attempts: int,
                          locked_until: datetime | None) -> None:
        """Record a login attempt's outcome (failed_attempts 0 means it succeeded)."""
        values: dict[str, Any] = {"failed_attempts": failed_attempts,
                                  "locked_until": as_utc(locked_until)}
        if failed_attempts == 0:
            values["last_login_at"] = now()
        self._update_user(name, **values)

    def _update_user(self, name: str, **values: Any) -> None:
        with self._tx() as conn:
            result = conn.execute(update(t.users).where(t.users.c.name == name).values(**values))
            if result.rowcount == 0:
                raise UnknownRecordError(f"no user named {name!r}")

    def audit(self, actor: str, action: str, object_type: str, object_id: str,
              details: dict[str, Any] | None = None) -> None:
        """Append one entry to the audit trail (who did what to which object)."""
        with self._tx() as conn:
            conn.execute(insert(t.audit_log).values(
                at=now(), actor=actor, action=action, object_type=object_type,
                object_id=str(object_id), details=details or {}))

    def audit_entries(self, *, object_type: str | None = None, object_id: str | None = None,
                      limit: int = 100) -> list[AuditEntry]:
        """Newest first."""
        query = select(t.audit_log).order_by(t.audit_log.c.id.desc()).limit(limit)
        if object_type is not None:
            query = query.where(t.audit_log.c.object_type == object_type)
        if object_id is not None:
            query = query.where(t.audit_log.c.object_id == str(object_id))
        with self._tx(write=False) as conn:
            return [AuditEntry(id=r["id"], at=as_utc(r["at"]), actor=r["actor"],
                               action=r["action"], object_type=r["object_type"],
                               object_id=r["object_id"], details=dict(r["details"] or {}))
                    for r in conn.execute(query).mappings()]

    # -- schedules and crawl runs ------------------------------------------------------------

    def add_schedule(self, cron: str, start_url: str, *, profile: str | None = None,
                     max_pages: int | None = None) -> int:
        """A crawl to run on a cron expression (checked by the scheduler, stored as given)."""
        if len(cron.split()) not in (5, 6):
            raise InvalidQueryError(f"{cron!r} is not a cron expression (five fields)")
        with self._tx() as conn:
            return new_id(conn.execute(insert(t.schedules).values(
                cron=cron, start_url=start_url, profile=profile, max_pages=max_pages,
                enabled=True, created_at=now())))

    def list_schedules(self) -> list[Schedule]:
        with self._tx(write=False) as conn:
            return [Schedule(id=r["id"], cron=r["cron"], start_url=r["start_url"],
                             profile=r["profile"], max_pages=r["max_pages"],
                             enabled=bool(r["enabled"]), created_at=as_utc(r["created_at"]),
                             last_run_at=as_utc(r["last_run_at"]))
                    for r in conn.execute(select(t.schedules).order_by(t.schedules.c.id))
                    .mappings()]

    def remove_schedule(self, schedule_id: int) -> bool:
        with self._tx() as conn:
            result = conn.execute(delete(t.schedules).where(t.schedules.c.id == schedule_id))
            return bool(result.rowcount)

    def mark_schedule_run(self, schedule_id: int, at: datetime | None = None) -> None:
        with self._tx() as conn:
            conn.execute(update(t.schedules).where(t.schedules.c.id == schedule_id)
                         .values(last_run_at=as_utc(at) or now()))

    def start_crawl_run(self, marketplace: str, start_url: str,
                        schedule_id: int | None = None) -> int:
        with self._tx() as conn:
            return new_id(conn.execute(insert(t.crawl_runs).values(
                marketplace=marketplace, start_url=start_url, schedule_id=schedule_id,
                started_at=now(), pages=0, listings=0, flagged=0, errors=0)))

    def finish_crawl_run(self, run_id: int, *, pages: int, listings: int, flagged: int,
                         errors: int) -> None:
        with self._tx() as conn:
            result = conn.execute(update(t.crawl_runs).where(t.crawl_runs.c.id == run_id).values(
                finished_at=now(), pages=pages, listings=listings, flagged=flagged,
                errors=errors))
            if result.rowcount == 0:
                raise UnknownRecordError(f"no crawl run with id {run_id}")

    def list_crawl_runs(self, limit: int = 50) -> list[CrawlRun]:
        """Newest first."""
        with self._tx(write=False) as conn:
            rows = conn.execute(select(t.crawl_runs).order_by(t.crawl_runs.c.id.desc())
                                .limit(limit)).mappings()
            return [CrawlRun(id=r["id"], marketplace=r["marketplace"],
                             start_url=r["start_url"], schedule_id=r["schedule_id"],
                             started_at=as_utc(r["started_at"]),
                             finished_at=as_utc(r["finished_at"]), pages=r["pages"],
                             listings=r["listings"], flagged=r["flagged"], errors=r["errors"])
                    for r in rows]
