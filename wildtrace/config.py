"""Where wildtrace keeps its data and which services it talks to.

Only paths and service URLs come from the environment; everything else is a setting with a
named default in the package that uses it (``crawlers/settings.py``, ``classifier/settings.py``...).

| variable                      | default                                   |
|-------------------------------|-------------------------------------------|
| ``WILDTRACE_DATA_DIR``        | ``./wildtrace-data``                      |
| ``WILDTRACE_DATABASE_URL``    | ``sqlite:///<data dir>/wildtrace.db``     |
| ``WILDTRACE_ELASTICSEARCH_URL`` | unset: SQLite/PostgreSQL full-text search |
| ``WILDTRACE_REDIS_URL``       | unset: Scrapy's own on-disk frontier      |
| ``WILDTRACE_OPERATOR``        | the login name of the user running it     |
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, field
from pathlib import Path

from wildtrace.exceptions import ConfigurationError

DEFAULT_DATA_DIR = "wildtrace-data"


def _operator() -> str:
    try:
        return os.environ.get("WILDTRACE_OPERATOR") or getpass.getuser()
    except Exception:  # getuser raises several kinds when no user database exists
        return "unknown-operator"


@dataclass(frozen=True)
class Paths:
    """The fixed layout of a data directory."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "wildtrace.db"

    @property
    def evidence(self) -> Path:
        return self.root / "evidence"

    @property
    def warcs(self) -> Path:
        return self.evidence / "warcs"

    @property
    def custody_log(self) -> Path:
        return self.evidence / "custody.jsonl"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def models(self) -> Path:
        return self.root / "models"

    @property
    def crawl_state(self) -> Path:
        return self.root / "crawl-state"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    def ensure(self) -> None:
        for folder in (self.root, self.evidence, self.warcs, self.keys, self.models,
                       self.crawl_state, self.exports):
            folder.mkdir(parents=True, exist_ok=True)


@dataclass(frozen=True)
class Config:
    """Resolved configuration for one run of a command."""

    data_dir: Path
    database_url: str
    elasticsearch_url: str | None = None
    redis_url: str | None = None
    operator: str = field(default_factory=_operator)

    @property
    def paths(self) -> Paths:
        return Paths(self.data_dir)


def load_config(data_dir: str | os.PathLike[str] | None = None,
                env: dict[str, str] | None = None) -> Config:
    """Resolve the configuration from an explicit data dir and the environment."""
    environ = os.environ if env is None else env
    raw_dir = data_dir if data_dir is not None else environ.get("WILDTRACE_DATA_DIR")
    root = Path(raw_dir or DEFAULT_DATA_DIR).expanduser().resolve()
    if root.exists() and not root.is_dir():
        raise ConfigurationError(f"data directory {root} exists but is not a folder")
    database_url = environ.get("WILDTRACE_DATABASE_URL") or f"sqlite:///{root / 'wildtrace.db'}"
    if "://" not in database_url:
        raise ConfigurationError(
            f"WILDTRACE_DATABASE_URL={database_url!r} is not a URL "
            "(expected e.g. postgresql://user@host/db or sqlite:////path/file.db)")
    return Config(
        data_dir=root,
        database_url=database_url,
        elasticsearch_url=environ.get("WILDTRACE_ELASTICSEARCH_URL") or None,
        redis_url=environ.get("WILDTRACE_REDIS_URL") or None,
        operator=environ.get("WILDTRACE_OPERATOR") or _operator(),
    )
