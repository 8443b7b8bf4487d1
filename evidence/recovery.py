"""Crash recovery: WARC files left ``*.open`` by a capture that died are found and sealed.

The bytes are never changed (a cut record stays cut: that is what the crash left). The file
loses its ``.open`` suffix, is sealed with state ``truncated`` (its last record is incomplete)
or ``recovered`` (every record whole, the close just never happened), and a
``crash-recovery`` entry goes into the custody log. Verification then reports a truncated file
plainly, record by record.
"""

from __future__ import annotations

import fcntl
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from evidence.custody import CustodyLog
from evidence.records import check_warc
from evidence.seal import seal_warc
from evidence.timestamp import TsaConfig
from evidence.warcfile import OPEN_SUFFIX

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RecoveredFile:
    path: Path
    state: str  # "truncated" or "recovered"
    complete_records: int
    sha256: str


def recover_open_files(warc_dir: Path, *, keys_dir: Path, custody: CustodyLog, actor: str,
                       tsa: TsaConfig | None = None) -> list[RecoveredFile]:
    """Seal every ``*.warc.gz.open`` in ``warc_dir`` left by a crash; returns what was found."""
    recovered: list[RecoveredFile] = []
    if not warc_dir.is_dir():
        return recovered
    for open_path in sorted(warc_dir.glob("*.warc.gz" + OPEN_SUFFIX)):
        try:
            handle = open(open_path, "rb")  # noqa: SIM115 (closed below, lock held meanwhile)
        except FileNotFoundError:  # closed by its writer since the listing
            continue
        with handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                logger.info("%s is being written by a live capture: left alone", open_path.name)
                continue
            if not open_path.exists():  # closed and renamed just before we locked it
                continue
            recovered.append(_recover(open_path, keys_dir, custody, actor, tsa))
    return recovered


def _recover(open_path: Path, keys_dir: Path, custody: CustodyLog, actor: str,
             tsa: TsaConfig | None) -> RecoveredFile:
    check = check_warc(open_path)
    whole = [record for record in check.records if not record.problems]
    state = "truncated" if check.truncated or check.problems else "recovered"
    final = open_path.with_name(open_path.name[: -len(OPEN_SUFFIX)])
    os.replace(open_path, final)
    reason = "; ".join(check.problems) or "closed after a crash, every record whole"
    details = {"records": len(check.records), "complete_records": len(whole),
               "reason": f"({reason})"}
    seal = seal_warc(final, keys_dir, state=state, details=details, tsa=tsa)
    object_hash = f"sha256:{seal.sha256}"
    custody.append("crash-recovery", actor, final.name, object_hash,
                   {"state": state, **details})
    custody.append("seal", actor, final.name, object_hash,
                   {"size": seal.size, "state": state})
    logger.warning("recovered %s after a crash: %s (%s)", final.name, state, reason)
    return RecoveredFile(final, state, len(whole), seal.sha256)
