"""What the ``wildtrace evidence`` commands do, so the CLI module only parses and prints."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from evidence.custody import CustodyLog
from evidence.exceptions import EvidencePathError
from evidence.verify import Problem, verify_path
from wildtrace.config import Config

logger = logging.getLogger(__name__)


def verify_and_log(path: Path, config: Config, *, trusted_key_file: Path | None = None,
                   tsa_ca_file: Path | None = None) -> list[Problem]:
    """Verify ``path``; the verification (and its outcome) goes into the custody log."""
    problems = verify_path(path, trusted_key_file=trusted_key_file, tsa_ca_file=tsa_ca_file)
    if config.paths.evidence.is_dir():
        CustodyLog(config.paths.custody_log).append(
            "verify", config.operator, str(Path(path).resolve()),
            details={"intact": not problems, "problems": len(problems)})
    return problems


def view_log(config: Config) -> list[dict[str, Any]]:
    """The custody log's entries; looking at it is itself logged (after reading)."""
    log = CustodyLog(config.paths.custody_log)
    if not log.path.exists():
        raise EvidencePathError(f"no custody log at {log.path} (nothing captured yet?)")
    entries = log.entries()
    log.append("view", config.operator, log.path.name, details={"entries": len(entries)})
    return entries
