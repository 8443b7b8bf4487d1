"""The custody log: append-only JSON lines, each entry holding the hash of the one before.

Every action on evidence (capture, seal, view, export, verify, deletion-request,
crash-recovery...) is one line::

    {"seq": 3, "time": "2026-11-23T14:02:16.123456Z", "action": "seal", "actor": "alice",
     "object_id": "crawl-....warc.gz", "object_hash": "sha256:...", "details": {...},
     "prev_hash": "sha256:<hash of entry 2>", "hash": "sha256:<hash of this entry>"}

``hash`` is the SHA-256 of the canonical JSON of the entry without ``hash``. Editing, removing,
inserting or reordering a line breaks the chain, and :meth:`CustodyLog.verify` says where.
Appends take an exclusive ``flock`` so several processes can share one log. The last entry's
``seq`` and ``hash`` are also kept in ``custody.jsonl.head``, so cutting entries off the end is
seen too (by anyone who does not also rewrite the head; an exported package's signature and
time-stamp cover the log as it stood).
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from evidence.canonical import canonical_bytes
from evidence.exceptions import CustodyError

logger = logging.getLogger(__name__)

GENESIS = "sha256:" + "0" * 64
ACTIONS = ("capture", "seal", "view", "export", "verify", "deletion-request", "crash-recovery",
           "snapshot", "timestamp", "key-created", "request-approval", "request-send")


def entry_hash(entry: dict[str, Any]) -> str:
    body = {key: value for key, value in entry.items() if key != "hash"}
    return "sha256:" + hashlib.sha256(canonical_bytes(body)).hexdigest()


class CustodyLog:
    """One custody log file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def append(self, action: str, actor: str, object_id: str, object_hash: str | None = None,
               details: dict[str, Any] | None = None) -> dict[str, Any]:
        """Append one entry and return it (with its ``seq`` and ``hash``)."""
        if action not in ACTIONS:
            raise CustodyError(f"unknown custody action {action!r} (one of: {', '.join(ACTIONS)})")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "a+b") as handle:
                fcntl.flock(handle, fcntl.LOCK_EX)
                try:
                    last = _last_entry(handle)
                    entry: dict[str, Any] = {
                        "seq": (last["seq"] + 1) if last else 1,
                        "time": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                        "action": action, "actor": actor, "object_id": object_id,
                        "object_hash": object_hash, "details": details or {},
                        "prev_hash": last["hash"] if last else GENESIS,
                    }
                    entry["hash"] = entry_hash(entry)
                    handle.seek(0, os.SEEK_END)
                    handle.write(canonical_bytes(entry) + b"\n")
                    handle.flush()
                    os.fsync(handle.fileno())
                    self._write_head(entry)
                finally:
                    fcntl.flock(handle, fcntl.LOCK_UN)
        except OSError as exc:
            raise CustodyError(f"cannot append to custody log {self.path}: {exc}") from exc
        return entry

    def entries(self) -> list[dict[str, Any]]:
        """Every parsable entry, in file order (use :meth:`verify` to judge them)."""
        result = []
        for _number, entry, _error in self._lines():
            if entry is not None:
                result.append(entry)
        return result

    @property
    def head_path(self) -> Path:
        return self.path.with_name(self.path.name + ".head")

    def _write_head(self, entry: dict[str, Any]) -> None:
        """The last entry's seq and hash beside the log: cutting entries off the end shows."""
        temporary = self.head_path.with_name(self.head_path.name + ".tmp")
        temporary.write_bytes(canonical_bytes({"seq": entry["seq"], "hash": entry["hash"]}))
        temporary.replace(self.head_path)

    def verify(self) -> list[str]:
        """One message per break in the chain; an empty list means intact."""
        problems = self._verify_chain()
        if self.head_path.exists():
            try:
                head = json.loads(self.head_path.read_bytes())
            except (OSError, ValueError):
                return [*problems, f"{self.head_path.name}: unreadable"]
            entries = self.entries()
            last = entries[-1] if entries else {}
            if (last.get("seq"), last.get("hash")) != (head.get("seq"), head.get("hash")):
                problems.append(f"{self.path.name}: ends at seq {last.get('seq')}, but entry "
                                f"{head.get('seq')} was the last written (entries were cut off "
                                "the end, or the log was replaced)")
        return problems

    def _verify_chain(self) -> list[str]:
        problems: list[str] = []
        previous_hash = GENESIS
        expected_seq = 1
        for number, entry, error in self._lines():
            where = f"{self.path.name} line {number}"
            if entry is None:
                problems.append(f"{where}: {error}")
                continue
            if entry.get("hash") != entry_hash(entry):
                problems.append(f"{where}: entry seq {entry.get('seq')} was edited "
                                "(its hash does not match its content)")
            if entry.get("prev_hash") != previous_hash:
                problems.append(f"{where}: chain broken before seq {entry.get('seq')} "
                                "(an entry was removed, inserted or reordered)")
            if entry.get("seq") != expected_seq:
                problems.append(f"{where}: sequence number {entry.get('seq')}, "
                                f"expected {expected_seq}")
            previous_hash = str(entry.get("hash"))
            expected_seq = int(entry.get("seq") or 0) + 1
        return problems

    def _lines(self) -> list[tuple[int, dict[str, Any] | None, str]]:
        if not self.path.exists():
            return []
        try:
            raw = self.path.read_bytes()
        except OSError as exc:
            raise CustodyError(f"cannot read custody log {self.path}: {exc}") from exc
        out: list[tuple[int, dict[str, Any] | None, str]] = []
        lines = raw.split(b"\n")
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            if number == len(lines) and not raw.endswith(b"\n"):
                out.append((number, None, "last line is cut short (truncated log)"))
                continue
            try:
                entry = json.loads(line)
            except ValueError:
                out.append((number, None, "not valid JSON (the log was edited or damaged)"))
                continue
            if not isinstance(entry, dict):
                out.append((number, None, "not a custody entry"))
                continue
            out.append((number, entry, ""))
        return out


def _last_entry(handle: Any) -> dict[str, Any] | None:
    handle.seek(0, os.SEEK_END)
    size = handle.tell()
    if size == 0:
        return None
    window = min(size, 65536)
    while True:
        handle.seek(size - window)
        tail = handle.read(window).rstrip(b"\n")
        cut = tail.rfind(b"\n")
        if cut >= 0 or window == size:
            line = tail[cut + 1:]
            break
        window = min(size, window * 2)
    try:
        entry = json.loads(line)
    except ValueError as exc:
        raise CustodyError(f"the last line of the custody log is damaged; run "
                           f"'wildtrace evidence verify' on it before appending: {exc}") from exc
    if not isinstance(entry, dict):
        raise CustodyError("the last line of the custody log is not an entry")
    return entry
