"""Tamper tests: every kind of change makes verification fail with a precise message."""

from __future__ import annotations

import itertools
import json
import shutil
import sys
from pathlib import Path

import pytest

from evidence.canonical import canonical_bytes
from evidence.index import index_warcs
from evidence.signing import InstallationKey
from evidence.verify import verify_path
from wildtrace.cli.main import main

sys.path.insert(0, str(Path(__file__).parent))
from evidence_fixtures import capture_case


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory, origin: str) -> Path:
    """A data directory with one sealed WARC of five responses and its custody log."""
    root = tmp_path_factory.mktemp("pristine") / "data"
    capture_case(root, origin, ("/gzip", "/chunked", "/page/1", "/page/2", "/missing"),
                 prefix="t", case="C-7")
    return root


@pytest.fixture
def data(pristine: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(pristine, copy)
    return copy


def _warc(data: Path) -> Path:
    [warc] = sorted((data / "evidence" / "warcs").glob("*.warc.gz"))
    return warc


def _messages(path: Path) -> list[str]:
    return [str(problem) for problem in verify_path(path)]


def test_untouched_verifies(data: Path) -> None:
    assert _messages(data / "evidence") == []
    assert _messages(_warc(data)) == []
    assert _messages(data / "evidence" / "custody.jsonl") == []


def test_flipped_byte_in_record_data(data: Path) -> None:
    warc = _warc(data)
    raw = bytearray(warc.read_bytes())
    middle = index_warcs([warc])[2].offset + 40
    raw[middle] ^= 0x01
    warc.write_bytes(bytes(raw))
    messages = _messages(data / "evidence")
    assert any("differs from the sealed" in m for m in messages)
    assert any("offset" in m for m in messages), messages  # the damaged record is located


def test_flipped_byte_in_gzip_header_only_the_seal_sees(data: Path) -> None:
    warc = _warc(data)
    raw = bytearray(warc.read_bytes())
    raw[5] ^= 0xFF  # gzip MTIME of the first member: no record content changes
    warc.write_bytes(bytes(raw))
    messages = _messages(warc)
    assert len(messages) == 1 and "the file was changed" in messages[0]


def _members(warc: Path) -> list[bytes]:
    raw = warc.read_bytes()
    starts = [0] + [r.offset for r in index_warcs([warc])] + [len(raw)]
    # each response is followed by its request: split at responses, then at requests
    cuts = sorted(set(starts))
    pieces = [raw[a:b] for a, b in itertools.pairwise(cuts)]
    return pieces


def test_removed_record(data: Path) -> None:
    warc = _warc(data)
    pieces = _members(warc)
    warc.write_bytes(b"".join(pieces[:2] + pieces[3:]))  # drop a response + its request
    messages = _messages(warc)
    assert any("records removed or added" in m for m in messages), messages
    assert any("the file was changed" in m for m in messages)


def test_reordered_records(data: Path) -> None:
    warc = _warc(data)
    pieces = _members(warc)
    pieces[1], pieces[2] = pieces[2], pieces[1]
    warc.write_bytes(b"".join(pieces))
    messages = _messages(warc)
    assert any("the file was changed" in m for m in messages)
    assert not any("records removed" in m for m in messages)


def test_response_removed_but_request_kept(data: Path) -> None:
    from evidence.records import check_warc

    warc = _warc(data)
    records = check_warc(warc).records
    response = next(r for r in records if r.warc_type == "response")
    raw = warc.read_bytes()
    warc.write_bytes(raw[:response.offset] + raw[response.offset + response.length:])
    messages = _messages(warc)
    assert any("does not follow its response" in m for m in messages), messages


def test_truncated_file(data: Path) -> None:
    warc = _warc(data)
    raw = warc.read_bytes()
    warc.write_bytes(raw[:-25])
    messages = _messages(warc)
    assert any("truncated: the file ends inside the record" in m for m in messages), messages
    assert any("file truncated or extended" in m for m in messages)


def test_edited_custody_log(data: Path) -> None:
    log = data / "evidence" / "custody.jsonl"
    lines = log.read_text().splitlines()
    entry = json.loads(lines[0])
    entry["actor"] = "mallory"
    lines[0] = json.dumps(entry, sort_keys=True, separators=(",", ":"))
    log.write_text("\n".join(lines) + "\n")
    messages = _messages(data / "evidence")
    assert messages == ["custody.jsonl: custody.jsonl line 1: entry seq 1 was edited "
                        "(its hash does not match its content)"]


def test_removed_custody_entry(data: Path) -> None:
    log = data / "evidence" / "custody.jsonl"
    lines = log.read_text().splitlines()
    log.write_text("\n".join(lines[1:]) + "\n")
    messages = _messages(data / "evidence")
    assert any("chain broken before seq 2" in m for m in messages), messages


def test_seal_signed_with_wrong_key(data: Path, tmp_path: Path) -> None:
    warc = _warc(data)
    seal_file = warc.with_name(warc.name + ".seal.json")
    document = json.loads(seal_file.read_text())
    other = InstallationKey.load_or_create(tmp_path / "other-keys")
    document.pop("signature")
    document.update(key=other.fingerprint, public_key=other.public_pem)
    document["signature"] = other.sign(canonical_bytes(document))
    seal_file.write_text(json.dumps(document))
    messages = _messages(warc)
    assert len(messages) == 1 and "(wrong key)" in messages[0], messages


def test_seal_edited_after_signing(data: Path) -> None:
    warc = _warc(data)
    seal_file = warc.with_name(warc.name + ".seal.json")
    document = json.loads(seal_file.read_text())
    document["sealed_at"] = "2020-01-01T00:00:00.000000Z"
    seal_file.write_text(json.dumps(document))
    assert any("signature does not verify" in m for m in _messages(warc))


def test_cli_exit_codes(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evidence", "verify", str(data / "evidence"), "--data-dir", str(data)]) == 0
    warc = _warc(data)
    warc.write_bytes(warc.read_bytes()[:-1])
    assert main(["evidence", "verify", str(warc), "--data-dir", str(data)]) == 1
    out = capsys.readouterr().out.strip().splitlines()
    assert out and all(line.startswith(warc.name) for line in out)
    assert main(["evidence", "verify", str(data / "nothing-here")]) == 2
    assert main(["evidence", "log", "--data-dir", str(data)]) == 0
    shown = capsys.readouterr().out
    assert "verify" in shown and "seal" in shown
    assert main(["evidence", "log", "--json", "--data-dir", str(data)]) == 0
    actions = [json.loads(line)["action"] for line in capsys.readouterr().out.splitlines()]
    assert actions[-1] == "view"  # the first viewing was logged
