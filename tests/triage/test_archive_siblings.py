"""Screenshots live in the crawl's snapshot WARC, beside the WARC of the response."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from evidence.index import locate_records, run_warcs
from triage.archive import locate_record
from triage.exceptions import ArchiveError


def write(path: Path, record_type: str, uri: str, payload: bytes, **kwargs: object) -> str:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        http = (StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
                if record_type == "response" else None)
        record = writer.create_warc_record(uri, record_type, payload=io.BytesIO(payload),
                                           http_headers=http, **kwargs)  # type: ignore[arg-type]
        writer.write_record(record)
    return str(record.rec_headers.get_header("WARC-Record-ID"))


def test_screenshot_found_in_the_sibling_snapshot_warc(tmp_path: Path) -> None:
    crawl = tmp_path / "savanna-abc123-1-20261123143547769-00000-aaaa.warc.gz"
    shots = tmp_path / "savanna-abc123-1-snapshots-20261123143709361-00000-bbbb.warc.gz"
    other = tmp_path / "mercado-def456-2-snapshots-20261123143709361-00000-cccc.warc.gz"
    write(crawl, "response", "http://m.test/1", b"<html>listing</html>")
    shot_id = write(shots, "resource", "urn:screenshot:http://m.test/1", b"\x89PNG fake",
                    warc_content_type="image/png")
    write(other, "resource", "urn:screenshot:http://x.test/", b"\x89PNG other",
          warc_content_type="image/png")
    assert run_warcs(crawl) == [shots]
    assert locate_records(crawl, {shot_id}) == {shot_id: shots}
    record = locate_record(crawl, shot_id, 0)
    assert record.record_id == shot_id and record.payload == b"\x89PNG fake"


def test_unknown_record_is_still_an_error(tmp_path: Path) -> None:
    crawl = tmp_path / "savanna-abc123-1-20261123143547769-00000-aaaa.warc.gz"
    write(crawl, "response", "http://m.test/1", b"<html>listing</html>")
    with pytest.raises(ArchiveError):
        locate_record(crawl, "<urn:uuid:00000000-0000-0000-0000-000000000000>", 0)


def test_marketplace_names_with_dashes_keep_their_runs_apart(tmp_path: Path) -> None:
    crawl = tmp_path / "chotot-vn-abc123-1-20261123143547769-00000-aaaa.warc.gz"
    shots = tmp_path / "chotot-vn-abc123-1-snapshots-20261123143709361-00000-bbbb.warc.gz"
    other = tmp_path / "chotot-vn-abc123-2-snapshots-20261123143709361-00000-cccc.warc.gz"
    for path in (crawl, shots, other):
        write(path, "response", "http://m.test/1", b"<html></html>")
    assert run_warcs(crawl) == [shots]
