"""Custody log, signing key and host filter: unit tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evidence.capture_writer import host_is_ignored
from evidence.custody import CustodyLog
from evidence.exceptions import CustodyError
from evidence.settings import EVIDENCE_IGNORED_HOSTS
from evidence.signing import InstallationKey


def test_chain_of_appends_verifies(tmp_path: Path) -> None:
    log = CustodyLog(tmp_path / "custody.jsonl")
    first = log.append("capture", "alice", "a.warc.gz", "sha256:aa", {"records": 3})
    second = log.append("view", "bob", "a.warc.gz")
    assert (first["seq"], second["seq"]) == (1, 2)
    assert second["prev_hash"] == first["hash"]
    assert second["time"].endswith("Z")
    assert log.verify() == []


def test_unknown_action_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CustodyError, match="unknown custody action"):
        CustodyLog(tmp_path / "custody.jsonl").append("delete", "mallory", "x")


def test_reordered_and_cut_lines_are_reported(tmp_path: Path) -> None:
    log = CustodyLog(tmp_path / "custody.jsonl")
    for n in range(3):
        log.append("view", "alice", f"object-{n}")
    lines = log.path.read_text().splitlines()
    log.path.write_text("\n".join([lines[0], lines[2], lines[1]]) + "\n")
    problems = log.verify()
    assert any("line 2: chain broken before seq 3" in p for p in problems)
    log.path.write_text("\n".join(lines)[:-10])
    problems = log.verify()
    assert problems[0] == "custody.jsonl line 3: last line is cut short (truncated log)"
    assert "ends at seq 2, but entry 3 was the last written" in problems[1]
    with pytest.raises(CustodyError, match="damaged"):
        log.append("view", "alice", "x")


def test_key_created_once_with_private_mode(tmp_path: Path) -> None:
    key = InstallationKey.load_or_create(tmp_path / "keys")
    again = InstallationKey.load_or_create(tmp_path / "keys")
    assert key.fingerprint == again.fingerprint
    assert (tmp_path / "keys" / "installation-ed25519.pem").stat().st_mode & 0o777 == 0o600
    signature = key.sign(b"manifest")
    assert again.verify(b"manifest", signature) and not again.verify(b"manifest!", signature)
    other = InstallationKey.load_or_create(tmp_path / "other")
    assert not other.verify(b"manifest", signature)
    json.dumps({"signature": signature})  # base64 text, storable in JSON


@pytest.mark.parametrize(("url", "ignored"), [
    ("https://accounts.google.com/ListAccounts", True),
    ("https://edgedl.me.gvt1.com/chrome/x.crx", True),
    ("https://r1---sn-x.gvt1.com/a", True),
    ("https://www.google.com/search?q=pangolin", False),
    ("http://127.0.0.1:8000/listing/1", False),
])
def test_background_hosts(url: str, ignored: bool) -> None:
    assert host_is_ignored(url, EVIDENCE_IGNORED_HOSTS) is ignored


def test_entries_cut_off_the_end_are_reported(tmp_path: Path) -> None:
    log = CustodyLog(tmp_path / "custody.jsonl")
    for n in range(3):
        log.append("view", "alice", f"object-{n}")
    lines = log.path.read_text().splitlines()
    log.path.write_text("\n".join(lines[:2]) + "\n")
    assert log.verify() == ["custody.jsonl: ends at seq 2, but entry 3 was the last written "
                            "(entries were cut off the end, or the log was replaced)"]
