"""Where the custody log and the keys sit relative to a WARC folder.

In a wildtrace data directory the layout is fixed (see :class:`wildtrace.config.Paths`)::

    <data dir>/evidence/warcs/*.warc.gz   the captures, each with its .seal.json
    <data dir>/evidence/custody.jsonl     the custody log
    <data dir>/keys/                      the installation key

A WARC folder elsewhere keeps its custody log beside it and its keys in a ``keys`` sibling.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

CUSTODY_LOG_NAME = "custody.jsonl"


@dataclass(frozen=True)
class EvidenceLayout:
    warc_dir: Path
    custody_log: Path
    keys_dir: Path

    @classmethod
    def for_warc_dir(cls, warc_dir: Path) -> EvidenceLayout:
        warc_dir = Path(warc_dir)
        parent = warc_dir.parent
        keys = parent.parent / "keys" if parent.name == "evidence" else parent / "keys"
        return cls(warc_dir=warc_dir, custody_log=parent / CUSTODY_LOG_NAME, keys_dir=keys)
