"""Fixtures of the store tests: stores on SQLite, PostgreSQL and Elasticsearch, and a corpus."""

from __future__ import annotations

import shutil
import socket
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from store_test_corpus import NOIDA, NoidaServer

from store import Store

PG_ADMIN_URL = "postgresql+psycopg2://postgres@127.0.0.1:5432/test"

@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    yield store
    store.close()


def _pg_available() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=2):
            return True
    except OSError:
        return False


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database, dropped afterwards."""
    if not _pg_available():
        pytest.skip("PostgreSQL is not running on 127.0.0.1:5432")
    import sqlalchemy as sa

    name = f"wt_store_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def noida(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NoidaServer]:
    if not NOIDA.exists() or shutil.which(str(NOIDA)) is None:
        pytest.skip("noida-db is not installed in .venv")
    server = NoidaServer(tmp_path_factory.mktemp("noida"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def es_index(noida: NoidaServer) -> Iterator[str]:
    """A unique index prefix on the running stand-in (the server itself is shared)."""
    if noida.process is None:
        noida.start()
    yield f"t{uuid.uuid4().hex[:10]}"
