"""Fixtures of the store tests: stores on SQLite, PostgreSQL and Elasticsearch, and a corpus."""

from __future__ import annotations

import shutil
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from store_test_corpus import NOIDA, NoidaServer, postgres_database

from store import Store


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    yield store
    store.close()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database, dropped afterwards."""
    with postgres_database() as url:
        yield url


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
