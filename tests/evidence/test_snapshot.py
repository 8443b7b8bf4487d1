"""Screenshots and rendered DOM through the capture proxy, with real Chromium."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from evidence.capture import CaptureProxy
from evidence.index import index_warcs
from evidence.snapshot import capture_snapshots
from evidence.verify import verify_path

sys.path.insert(0, str(Path(__file__).parent))
from evidence_fixtures import CHUNKS, GZIP_BYTES, WARCIO


@pytest.mark.browser
@pytest.mark.slow
def test_snapshots_refer_to_captured_responses(tmp_path: Path, origin: str) -> None:
    warc_dir = tmp_path / "evidence" / "warcs"
    urls = [origin + "/page/1", origin + "/page/2", "http://127.0.0.1:9/unreachable"]
    with CaptureProxy(warc_dir, prefix="crawl", warcinfo={"operator": "tester",
                                                         "case": "C-9", "crawl": "k1"}) as proxy:
        refs = capture_snapshots(urls, proxy=proxy, warc_dir=warc_dir)
    assert set(refs) == set(urls)
    assert refs[urls[2]].error and refs[urls[2]].dom_record_id is None
    responses = {r.record_id: r for r in index_warcs(proxy.closed_files)}
    # the page's sub-resource (an image) went through the proxy too
    assert any(r.url.endswith("/img.png") for r in responses.values())
    snapshot_file = refs[urls[0]].warc_file
    with open(snapshot_file, "rb") as stream:
        records = [(r.rec_type, r.rec_headers, r.content_stream().read())
                   for r in ArchiveIterator(stream)]
    info = records[0][2].decode()
    assert records[0][0] == "warcinfo"
    assert "software: wildtrace" in info and "case: C-9" in info and "crawl: k1" in info
    by_id = {h.get_header("WARC-Record-ID"): (kind, h, body) for kind, h, body in records}
    for url in urls[:2]:
        ref = refs[url]
        assert ref.response_record_id in responses
        kind, headers, dom = by_id[ref.dom_record_id]
        assert kind == "conversion" and b"Parrot /page/" in dom
        assert headers.get_header("WARC-Refers-To") == ref.response_record_id
        kind, headers, png = by_id[ref.screenshot_record_id]
        assert kind == "resource" and png.startswith(b"\x89PNG\r\n\x1a\n")
        assert headers.get_header("WARC-Concurrent-To") == ref.dom_record_id
        assert headers.get_header("WARC-Refers-To-Target-URI") == url
    check = subprocess.run([str(WARCIO), "check", str(snapshot_file)], capture_output=True,
                           text=True)
    assert check.returncode == 0, check.stdout
    assert verify_path(tmp_path / "evidence") == []


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("scheme", ["http", "https"])
def test_chromium_gets_streamed_bodies_whole(tmp_path: Path, origin: str, tls_origin: str,
                                             scheme: str) -> None:
    """Bodies the origin would chunk for HTTP/1.1 come back close-delimited (the proxy asks in
    HTTP/1.0): Chromium still renders them whole, over plain HTTP and through the MITM TLS."""
    base = origin if scheme == "http" else tls_origin
    warc_dir = tmp_path / "evidence" / "warcs"
    urls = [base + "/chunked", base + "/gzip-stream"]
    with CaptureProxy(warc_dir, prefix="crawl", warcinfo={}) as proxy:
        refs = capture_snapshots(urls, proxy=proxy, warc_dir=warc_dir)
    assert [refs[url].error for url in urls] == [None, None]
    doms = {}
    with open(refs[urls[0]].warc_file, "rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type == "conversion":
                doms[record.rec_headers.get_header("WARC-Target-URI")] = \
                    record.content_stream().read().decode()
    assert doms[urls[0]].count("<p>tortoise shell</p>") == 30
    assert "<h1>Pangolin scales for sale</h1>" in doms[urls[1]]
    assert doms[urls[1]].count("ivory") == 200
    bodies = {}
    for warc in proxy.closed_files:
        with open(warc, "rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "response":
                    assert record.http_headers.get_header("Transfer-Encoding") is None
                    bodies[record.rec_headers.get_header("WARC-Target-URI")] = \
                        record.raw_stream.read()
    assert bodies[urls[0]] == b"".join(CHUNKS) and bodies[urls[1]] == GZIP_BYTES
    assert verify_path(tmp_path / "evidence") == []  # warcio check: the autouse fixture
