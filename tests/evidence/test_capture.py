"""Capture at the wire through the real proxy, read back with warcio (a different reader)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from warcio.archiveiterator import ArchiveIterator

from evidence.capture import CaptureProxy
from evidence.custody import CustodyLog
from evidence.index import CapturedResponse, index_warcs
from evidence.reconcile import reconcile
from evidence.verify import verify_path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from evidence_fixtures import CHUNKS, GZIP_BYTES, GZIP_HTML, WARCIO, warcio_check  # noqa: E402


def _capture(root: Path, origin: str, paths: list[str]) -> tuple[CaptureProxy, list[int]]:
    statuses = []
    warcinfo = {"operator": "tester", "case": "CASE-1", "crawl": "c1", "software": "probe"}
    with CaptureProxy(root / "evidence" / "warcs", prefix="test", warcinfo=warcinfo) as proxy, \
            httpx.Client(proxy=proxy.url, timeout=20) as client:
        for path in paths:
            statuses.append(client.get(origin + path).status_code)
    return proxy, statuses


def _records(path: Path) -> list:
    with open(path, "rb") as stream:
        out = []
        for record in ArchiveIterator(stream):
            out.append((record.rec_type, record.rec_headers, record.http_headers,
                        record.raw_stream.read()))
        return out


def test_gzip_page_is_stored_as_sent(tmp_path: Path, origin: str) -> None:
    proxy, statuses = _capture(tmp_path, origin, ["/gzip"])
    assert statuses == [200]
    [warc] = proxy.closed_files
    assert warc.name.endswith(".warc.gz") and warc.exists()
    assert not list(warc.parent.glob("*.open"))
    records = _records(warc)
    assert [r[0] for r in records] == ["warcinfo", "response", "request"]
    _type, headers, http_headers, body = records[1]
    assert http_headers.get_header("Content-Encoding") == "gzip"
    assert body == GZIP_BYTES
    assert gzip.decompress(body).startswith(b"<html>")
    assert headers.get_header("WARC-Payload-Digest").startswith("sha256:")
    assert headers.get_header("WARC-Block-Digest").startswith("sha256:")
    with gzip.open(warc) as unpacked:
        raw = unpacked.read()
    assert raw.startswith(b"WARC/1.1\r\n")
    warcinfo_text = records[0][3].decode()
    assert "case: CASE-1" in warcinfo_text and "operator: tester" in warcinfo_text
    assert "software: wildtrace 0.1.0 (capture: warcprox 2.13" in warcinfo_text
    assert "; probe\r\n" in warcinfo_text and "format: WARC File Format 1.1" in warcinfo_text
    check = subprocess.run([str(WARCIO), "check", str(warc)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def test_upstream_request_is_http10_and_recorded_as_sent(tmp_path: Path, origin: str) -> None:
    proxy, _ = _capture(tmp_path, origin, ["/echo"])
    records = _records(proxy.closed_files[0])
    assert records[1][3] == b"GET /echo HTTP/1.0"  # what the origin server received
    assert records[2][0] == "request"
    with open(proxy.closed_files[0], "rb") as stream:  # the request block, unparsed
        request = next(r.raw_stream.read() for r in ArchiveIterator(stream, no_record_parse=True)
                       if r.rec_type == "request")
    assert request.endswith(b"\r\n\r\n")
    lines = request.split(b"\r\n")
    assert lines[0] == b"GET /echo HTTP/1.0"  # the request record shows that same line
    host = origin.split("//", 1)[1].encode()
    assert b"Host: " + host in lines and b"Via: 1.1 warcprox" in lines
    assert not any(line.lower().startswith((b"connection:", b"proxy-connection:"))
                   for line in lines)


def test_streamed_body_is_recorded_without_transfer_coding(tmp_path: Path,
                                                           origin: str) -> None:
    """The origin chunks a body of unknown length for HTTP/1.1; asked in 1.0 it sends it as is,
    ending it by closing: the record holds exactly the payload, gzip bytes included."""
    import hashlib

    with httpx.Client(timeout=20) as direct:  # the origin does chunk for a 1.1 client
        assert direct.get(origin + "/chunked").headers["Transfer-Encoding"] == "chunked"
    texts: list[str] = []
    warcinfo = {"operator": "tester"}
    with CaptureProxy(tmp_path / "evidence" / "warcs", prefix="t", warcinfo=warcinfo) as proxy, \
            httpx.Client(proxy=proxy.url, timeout=20) as client:
        for path in ("/chunked", "/gzip-stream"):
            response = client.get(origin + path)
            assert response.status_code == 200 and response.headers["Connection"] == "close"
            texts.append(response.text)
    assert texts == [b"".join(CHUNKS).decode(), GZIP_HTML]  # the client got the whole body
    [warc] = proxy.closed_files
    responses = [r for r in _records(warc) if r[0] == "response"]
    assert [body for *_, body in responses] == [b"".join(CHUNKS), GZIP_BYTES]
    for _type, headers, http_headers, body in responses:
        assert http_headers.get_header("Transfer-Encoding") is None
        assert http_headers.get_header("Content-Length") is None  # delimited by the close
        assert headers.get_header("WARC-Payload-Digest") == \
            "sha256:" + hashlib.sha256(body).hexdigest()
    assert responses[1][2].get_header("Content-Encoding") == "gzip"
    assert warcio_check([warc]) == ""
    assert verify_path(tmp_path / "evidence") == []


def test_client_connection_closes_after_a_close_delimited_body(tmp_path: Path,
                                                               origin: str) -> None:
    """An HTTP/1.1 keep-alive client gets the whole body, then the proxy closes: no hang."""
    import socket
    import time

    with CaptureProxy(tmp_path / "warcs", prefix="t", warcinfo={}) as proxy:
        host, port = proxy.url.removeprefix("http://").rsplit(":", 1)
        with socket.create_connection((host, int(port)), timeout=5) as client:
            client.sendall(f"GET {origin}/chunked HTTP/1.1\r\nHost: {origin[7:]}\r\n"
                           "Connection: keep-alive\r\n\r\n".encode())
            started, received = time.monotonic(), b""
            while chunk := client.recv(65536):  # a connection left open would time out here
                received += chunk
            elapsed = time.monotonic() - started
    head, body = received.split(b"\r\n\r\n", 1)
    assert head.startswith(b"HTTP/1.1 200 ") and b"\r\nConnection: close" in head
    assert b"Transfer-Encoding" not in head and b"Content-Length" not in head
    assert body == b"".join(CHUNKS) and elapsed < 5


@pytest.mark.server_chunks_anyway
def test_server_that_chunks_for_http10_is_recorded_as_sent_and_verifies(
        tmp_path: Path, origin: str) -> None:
    """A broken server chunks even for HTTP/1.0: the record keeps the framing as sent, the
    payload digest is over the de-chunked body (WARC 1.1), and our verifier is the authority:
    warcio check hashes the framing and reports that one record (warcio issues 74/75)."""
    import hashlib

    proxy, _ = _capture(tmp_path, origin, ["/always-chunked", "/page/1"])
    [warc] = proxy.closed_files
    _type, headers, http_headers, body = _records(warc)[1]
    assert http_headers.get_header("Transfer-Encoding") == "chunked"
    assert body.startswith(f"{len(CHUNKS[0]):x}\r\n".encode()) and body.endswith(b"0\r\n\r\n")
    assert headers.get_header("WARC-Payload-Digest") == \
        "sha256:" + hashlib.sha256(b"".join(CHUNKS)).hexdigest()
    verify = subprocess.run([sys.executable, "-m", "wildtrace.cli.main", "evidence", "verify",
                             str(tmp_path / "evidence")], capture_output=True, text=True,
                            timeout=120)
    assert verify.returncode == 0, verify.stdout + verify.stderr
    report = warcio_check([warc])
    record_id = headers.get_header("WARC-Record-ID")
    failing = [line for line in report.splitlines() if "fail" in line]
    assert len(failing) == 1 and "payload digest failed" in failing[0]
    assert report.index(record_id) < report.index(failing[0]) < report.index("request")


def test_seal_custody_and_index(tmp_path: Path, origin: str) -> None:
    proxy, statuses = _capture(tmp_path, origin, ["/page/1", "/page/2", "/missing"])
    assert statuses == [200, 200, 404]
    [warc] = proxy.closed_files
    seal = json.loads(warc.with_name(warc.name + ".seal.json").read_text())
    assert seal["file"] == warc.name and seal["size"] == warc.stat().st_size
    log = CustodyLog(tmp_path / "evidence" / "custody.jsonl")
    assert [e["action"] for e in log.entries()] == ["capture", "seal"]
    assert log.verify() == []
    assert (tmp_path / "keys" / "installation-ed25519.pem").stat().st_mode & 0o777 == 0o600
    indexed = index_warcs([warc])
    assert [(r.url.rsplit("/", 2)[-2:], r.status) for r in indexed] == [
        (["page", "1"], 200), (["page", "2"], 200), (["127.0.0.1:" + origin.rsplit(":", 1)[1],
                                                       "missing"], 404)]
    assert [(r.record_id, r.offset, r.length) for r in indexed] == \
        [(r.record_id, r.offset, r.length) for r in proxy.responses]
    with open(warc, "rb") as stream:  # offsets let a reader seek straight to the record
        stream.seek(indexed[1].offset)
        record = next(iter(ArchiveIterator(stream)))
        assert record.rec_headers.get_header("WARC-Record-ID") == indexed[1].record_id
    ref = indexed[0].to_capture_ref(tmp_path / "evidence")
    assert ref.warc_file == f"warcs/{warc.name}" and ref.payload_digest.startswith("sha256:")


def test_proxy_error_is_not_captured_and_not_silent(tmp_path: Path, origin: str) -> None:
    dead = "http://127.0.0.1:9"  # discard port: nothing listens
    with CaptureProxy(tmp_path / "warcs", prefix="t", warcinfo={}) as proxy, \
            httpx.Client(proxy=proxy.url, timeout=20) as client:
        fetched = []
        for url in (origin + "/page/1", dead + "/gone", origin + "/page/3"):
            fetched.append((url, client.get(url).status_code))
    assert fetched[1][1] >= 500
    assert [f.url for f in proxy.failures] == [dead + "/gone"]
    report = reconcile(fetched, index_warcs(proxy.closed_files))
    assert report.fetched == 3 and report.captured == 2
    assert report.missing == [dead + "/gone"]
    assert not report.complete


def test_reconcile_counts_repeats_and_status() -> None:
    def response(url: str, status: int) -> CapturedResponse:
        return CapturedResponse(url, "<urn:uuid:x>", Path("a.warc.gz"), 0, 1, "sha256:0",
                                status, "2026-01-01T00:00:00Z")

    captured = [response("http://Example.org:80/a#x", 200), response("https://example.org/b", 503)]
    report = reconcile([("http://example.org/a", 200), ("http://example.org/a", 200),
                        ("https://example.org:443/b", 200)], captured)
    assert report.missing == ["http://example.org/a"]
    assert report.status_mismatches == ["https://example.org:443/b: crawler 200, WARC 503"]
    assert report.captured == 2 and report.extra == 0


@pytest.mark.slow
def test_many_requests_all_captured(tmp_path: Path, origin: str) -> None:
    """No pooling, no blacklist: every one of many keep-alive requests gets its record."""
    from concurrent.futures import ThreadPoolExecutor

    urls = [f"{origin}/page/{n}" for n in range(200)]
    with CaptureProxy(tmp_path / "warcs", prefix="t", warcinfo={}) as proxy, \
            httpx.Client(proxy=proxy.url, timeout=30,
                         limits=httpx.Limits(max_connections=8)) as client, \
            ThreadPoolExecutor(8) as pool:
        fetched = list(pool.map(lambda u: (u, client.get(u).status_code), urls))
    report = reconcile(fetched, index_warcs(proxy.closed_files))
    assert report.complete, report.lines()
    assert report.captured == 200 and proxy.failures == []


def test_https_through_the_mitm_ca(tmp_path: Path, tls_origin: str) -> None:
    import ssl

    with CaptureProxy(tmp_path / "warcs", prefix="tls", warcinfo={}) as proxy, \
            httpx.Client(proxy=proxy.url, timeout=20,
                         verify=ssl.create_default_context(cafile=proxy.ca_cert)) as client:
        response = client.get(tls_origin + "/gzip")  # the client trusts only the capture CA
        assert response.status_code == 200
        streamed = [client.get(tls_origin + path) for path in ("/chunked", "/gzip-stream")]
    assert [r.text for r in streamed] == [b"".join(CHUNKS).decode(), GZIP_HTML]
    captured = index_warcs(proxy.closed_files)
    assert [(c.url, c.status) for c in captured] == [
        (tls_origin + path, 200) for path in ("/gzip", "/chunked", "/gzip-stream")]
    records = [r for r in _records(proxy.closed_files[0]) if r[0] == "response"]
    assert [body for *_, body in records] == [GZIP_BYTES, b"".join(CHUNKS), GZIP_BYTES]
    assert all(r[2].get_header("Transfer-Encoding") is None for r in records)


def test_rollover_closes_and_seals_each_file(tmp_path: Path, origin: str) -> None:
    with CaptureProxy(tmp_path / "evidence" / "warcs", prefix="roll", warcinfo={},
                      rollover_bytes=1000) as proxy, httpx.Client(proxy=proxy.url) as client:
        for n in range(4):
            client.get(f"{origin}/page/{n}")
    assert len(proxy.closed_files) == 4
    assert len({path.name for path in proxy.closed_files}) == 4
    assert all(p.with_name(p.name + ".seal.json").exists() for p in proxy.closed_files)
    assert len(index_warcs(proxy.closed_files)) == 4
    assert verify_path(tmp_path / "evidence") == []
