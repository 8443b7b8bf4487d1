"""Crash safety and time-stamped seals, through the real proxy and verifier."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import httpx

from evidence.capture import CaptureProxy
from evidence.custody import CustodyLog
from evidence.verify import verify_path
from evidence.warcfile import WarcFileWriter

sys.path.insert(0, str(Path(__file__).parent))
from evidence_fixtures import LocalTsa, make_tsa


def _crashed_file(warc_dir: Path, cut: int) -> Path:
    """A WARC left .open by a crash: two records written, ``cut`` bytes lost at the end."""
    writer = WarcFileWriter(warc_dir, "crashed", {"operator": "tester"})
    writer.write_record("resource", [("Content-Type", "text/plain")], b"first " * 500,
                        target_uri="urn:test:1")
    writer.write_record("resource", [("Content-Type", "text/plain")], b"second " * 500,
                        target_uri="urn:test:2")
    path = writer.open_path
    writer._file.close()  # the process died here: no close(), no rename
    if cut:
        raw = path.read_bytes()
        path.write_bytes(raw[:-cut])
    return path


def test_truncated_last_record_is_sealed_as_such_and_reported(tmp_path: Path,
                                                             origin: str) -> None:
    warc_dir = tmp_path / "evidence" / "warcs"
    open_path = _crashed_file(warc_dir, cut=30)
    problems = [str(p) for p in verify_path(open_path)]
    assert any("never closed" in p for p in problems)
    with CaptureProxy(warc_dir, prefix="next", warcinfo={}) as proxy, \
            httpx.Client(proxy=proxy.url) as client:
        client.get(origin + "/page/1")
    [recovered] = proxy.recovered
    assert recovered.state == "truncated" and recovered.complete_records == 2  # warcinfo + 1
    assert not open_path.exists() and recovered.path.exists()
    log = CustodyLog(tmp_path / "evidence" / "custody.jsonl")
    actions = [entry["action"] for entry in log.entries()]
    assert actions[:2] == ["crash-recovery", "seal"] and log.verify() == []
    problems = [str(p) for p in verify_path(tmp_path / "evidence")]
    mine = [p for p in problems if p.startswith(recovered.path.name)]
    assert any("sealed as TRUNCATED after a crash" in p for p in mine), problems
    assert any("truncated: the file ends inside the record" in p for p in mine)
    assert all(not p.startswith("next-") for p in problems)  # the new capture is intact


def test_whole_records_left_open_are_recovered_cleanly(tmp_path: Path) -> None:
    warc_dir = tmp_path / "evidence" / "warcs"
    _crashed_file(warc_dir, cut=0)
    with CaptureProxy(warc_dir, prefix="next", warcinfo={}) as proxy:
        pass
    [recovered] = proxy.recovered
    assert recovered.state == "recovered"
    assert verify_path(recovered.path) == []


def test_capture_with_timestamped_seal(tmp_path: Path, origin: str, tsa: LocalTsa) -> None:
    from evidence.timestamp import TsaConfig

    warc_dir = tmp_path / "evidence" / "warcs"
    with CaptureProxy(warc_dir, prefix="ts", warcinfo={},
                      tsa=TsaConfig(tsa.url, tsa.ca_file)) as proxy, \
            httpx.Client(proxy=proxy.url) as client:
        client.get(origin + "/page/1")
    [warc] = proxy.closed_files
    seal = json.loads(warc.with_name(warc.name + ".seal.json").read_text())
    assert seal["timestamp_token"]
    assert verify_path(tmp_path / "evidence") == []
    assert verify_path(warc, tsa_ca_file=tsa.ca_file) == []
    other = make_tsa(tmp_path / "other")
    assert any("time-stamp does not verify" in str(p)
               for p in verify_path(warc, tsa_ca_file=other))


CRASHER = '''
import sys, time
from pathlib import Path
import httpx
from evidence.capture import CaptureProxy

warc_dir, origin = Path(sys.argv[1]), sys.argv[2]
proxy = CaptureProxy(warc_dir, prefix="killed", warcinfo={"operator": "tester"})
proxy.start()
with httpx.Client(proxy=proxy.url) as client:
    for n in range(5):
        client.get(f"{origin}/page/{n}")
while len(proxy.responses) < 5:
    time.sleep(0.02)
print("written", flush=True)
time.sleep(60)
'''


def test_killed_capture_is_recovered_at_next_start(tmp_path: Path, origin: str) -> None:
    import signal
    import subprocess

    warc_dir = tmp_path / "evidence" / "warcs"
    script = tmp_path / "crasher.py"
    script.write_text(CRASHER)
    child = subprocess.Popen([sys.executable, str(script), str(warc_dir), origin],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "written"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    [left_open] = list(warc_dir.glob("*.warc.gz.open"))
    with CaptureProxy(warc_dir, prefix="next", warcinfo={}) as proxy:
        pass
    [recovered] = proxy.recovered
    assert recovered.path.name == left_open.name[: -len(".open")]
    assert recovered.state == "recovered" and recovered.complete_records == 11
    log = CustodyLog(tmp_path / "evidence" / "custody.jsonl")
    assert [e["action"] for e in log.entries()] == ["crash-recovery", "seal"]
    assert verify_path(tmp_path / "evidence") == []


def test_live_capture_is_not_recovered_by_a_second_one(tmp_path: Path, origin: str) -> None:
    warc_dir = tmp_path / "evidence" / "warcs"
    with CaptureProxy(warc_dir, prefix="first", warcinfo={}) as first, \
            httpx.Client(proxy=first.url) as client:
        client.get(origin + "/page/1")
        while not first.responses:  # the first file is open now
            time.sleep(0.02)
        with CaptureProxy(warc_dir, prefix="second", warcinfo={}) as second, \
                httpx.Client(proxy=second.url) as other:
            other.get(origin + "/page/2")
        assert second.recovered == []
        client.get(origin + "/page/3")
    assert len(first.closed_files) == 1 and len(second.closed_files) == 1
    assert verify_path(tmp_path / "evidence") == []
