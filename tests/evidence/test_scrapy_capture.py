"""Scrapy through the capture proxy: Scrapy sees decoded bodies, the WARC keeps the wire bytes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from evidence.capture import CaptureProxy
from evidence.index import index_warcs
from evidence.reconcile import reconcile
from evidence.verify import verify_path

sys.path.insert(0, str(Path(__file__).parent))
from evidence_fixtures import CHUNKS, GZIP_BYTES, GZIP_HTML

SPIDER = '''
import json, sys
import scrapy
from scrapy.crawler import CrawlerProcess

proxy, out, urls = sys.argv[1], sys.argv[2], sys.argv[3:]
seen = []

class Probe(scrapy.Spider):
    name = "probe"
    custom_settings = {"HTTPERROR_ALLOW_ALL": True, "LOG_LEVEL": "ERROR",
                       "ROBOTSTXT_OBEY": False, "TELNETCONSOLE_ENABLED": False}

    async def start(self):
        for url in urls:
            yield scrapy.Request(url, meta={"proxy": proxy}, dont_filter=True)

    def parse(self, response):
        seen.append({"url": response.url, "status": response.status,
                     "body": response.text if response.status == 200 else ""})

process = CrawlerProcess()
process.crawl(Probe)
process.start()
open(out, "w").write(json.dumps(seen))
'''


@pytest.mark.slow
def test_scrapy_decodes_but_warc_keeps_gzip(tmp_path: Path, origin: str) -> None:
    script = tmp_path / "probe.py"
    script.write_text(SPIDER)
    out = tmp_path / "seen.json"
    urls = [origin + "/gzip", origin + "/chunked", origin + "/page/1", origin + "/missing"]
    with CaptureProxy(tmp_path / "evidence" / "warcs", prefix="scrapy",
                      warcinfo={"operator": "tester"}) as proxy:
        subprocess.run([sys.executable, str(script), proxy.url, str(out), *urls],
                       check=True, timeout=120, capture_output=True)
    seen = json.loads(out.read_text())
    gzip_seen = next(item for item in seen if item["url"].endswith("/gzip"))
    assert gzip_seen["body"] == GZIP_HTML  # Scrapy decoded it...
    streamed = next(item for item in seen if item["url"].endswith("/chunked"))
    assert streamed["body"] == b"".join(CHUNKS).decode()  # whole, though delimited by the close
    captured = index_warcs(proxy.closed_files)
    report = reconcile([(item["url"], item["status"]) for item in seen], captured)
    assert report.complete and report.captured == 4, report.lines()
    from warcio.archiveiterator import ArchiveIterator

    with open(proxy.closed_files[0], "rb") as stream:
        bodies = {r.rec_headers.get_header("WARC-Target-URI"): r.raw_stream.read()
                  for r in ArchiveIterator(stream) if r.rec_type == "response"}
    assert bodies[origin + "/gzip"] == GZIP_BYTES  # ...the WARC kept the bytes as sent
    assert verify_path(tmp_path / "evidence") == []
