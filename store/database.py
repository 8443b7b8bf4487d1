"""Engine, connection set-up, migrations and translation of database errors.

SQLite (the default) runs in WAL mode with foreign keys on and a busy timeout, so the crawler,
the triage server and the CLI can share one file. PostgreSQL is reached through psycopg2. The
schema is brought to the newest Alembic revision by :func:`migrate`, which ``open_store`` calls.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc, text
from sqlalchemy.engine import Connection, make_url

from store.exceptions import (
    DatabaseURLError,
    SchemaError,
    StoreError,
    StoreUnavailableError,
    WriteConflictError,
)
from store.settings import STORE_CONNECT_TIMEOUT, STORE_SQLITE_BUSY_TIMEOUT

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
HEAD_REVISION = "0002"
_MIGRATION_LOCK = 7_740_113  # pg_advisory_lock key: one migrating process at a time


def now() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime | None) -> datetime | None:
    """Datetimes come back naive from SQLite: they were stored as UTC."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def describe(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except exc.ArgumentError:
        return "<unparseable URL>"


def create(url: str) -> Engine:
    """An engine for ``url``; SQLite files get their folder and their pragmas."""
    try:
        parsed = make_url(url)
    except exc.ArgumentError as error:
        raise DatabaseURLError(f"WILDTRACE_DATABASE_URL is not a database URL: {error}") from error
    backend = parsed.get_backend_name()
    kwargs: dict[str, Any] = {"future": True}
    if backend == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            folder = Path(parsed.database).parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StoreUnavailableError(
                    f"cannot create the database folder {folder}: {error.strerror}") from error
        kwargs["connect_args"] = {"timeout": STORE_SQLITE_BUSY_TIMEOUT}
    elif backend == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername=f"postgresql+{_postgres_driver()}")
        kwargs["connect_args"] = {"connect_timeout": STORE_CONNECT_TIMEOUT}
        kwargs["pool_pre_ping"] = True
    else:
        raise DatabaseURLError(f"unsupported database {backend!r} in {describe(url)} "
                               "(use sqlite:/// or postgresql://)")
    try:
        engine = create_engine(parsed, **kwargs)
    except (exc.ArgumentError, ImportError) as error:
        raise DatabaseURLError(f"cannot use {describe(url)}: {error}") from error
    if backend == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def _postgres_driver() -> str:
    """SQLAlchemy 2.1 defaults to psycopg 3; use psycopg2 when only that one is installed."""
    import importlib.util

    return "psycopg" if importlib.util.find_spec("psycopg") else "psycopg2"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # the driver's own BEGIN is replaced by ours
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={int(STORE_SQLITE_BUSY_TIMEOUT * 1000)}")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    """Writers take the write lock up front (BEGIN IMMEDIATE), so a read-then-insert in one
    transaction cannot race another process; readers get a snapshot (BEGIN DEFERRED)."""
    write = connection.get_execution_options().get("store_write", True)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN DEFERRED")


@contextmanager
def translated(url: str) -> Iterator[None]:
    """Turn SQLAlchemy/driver errors into the store's own, with a one-line message."""
    try:
        yield
    except (exc.OperationalError, exc.InterfaceError) as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        raise StoreUnavailableError(
            f"the database {describe(url)} is not available: {reason}") from error
    except exc.IntegrityError as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        raise WriteConflictError(f"the database refused the change: {reason}") from error
    except exc.DBAPIError as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        raise StoreError(f"database error: {reason}") from error


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def migrate(engine: Engine) -> None:
    """Bring the schema to head (creating it on an empty database). Safe to call every time."""
    with engine.connect() as connection:
        if current_revision(connection) == HEAD_REVISION:
            return
    from alembic import command
    from alembic.config import Config as AlembicConfig

    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                               {"key": _MIGRATION_LOCK})
        config.attributes["connection"] = connection
        log.info("migrating the store schema to revision %s", HEAD_REVISION)
        try:
            command.upgrade(config, "head")
        except exc.OperationalError:
            raise
        except Exception as error:  # alembic raises several unrelated kinds
            raise SchemaError(f"cannot migrate the database schema: {error}") from error
