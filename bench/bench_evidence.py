"""Evidence benchmarks: verification vs sha256sum, fetching through the capture proxy vs direct.

Both figures are ratios against a baseline measured in the same run on the same data:

- verify throughput: ``verify_path`` on a folder of WARCs written by the capture proxy (every
  record re-read, both digests recomputed, file hashes, seals, custody chain) against
  ``sha256sum`` over the same files, in file bytes per second (higher is better);
- fetch throughput: pages per second through ``CaptureProxy`` against the same client going
  straight to the same local server (capture on vs off).
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import httpx

from bench.common import Row, stopwatch

_RANDOM = random.Random(7)
_IMAGE = bytes(_RANDOM.getrandbits(8) for _ in range(120_000))  # incompressible, like a JPEG
_WORDS = ["pangolin", "ivory", "scales", "price", "seller", "whatsapp", "shipping", "python"]


def _page(number: int) -> bytes:
    words = " ".join(_RANDOM.choice(_WORDS) for _ in range(6000))
    return (f"<html><head><title>Listing {number}</title></head><body><p>{words}</p>"
            f"<img src='/img/{number}.jpg'></body></html>").encode()


class _Origin(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    pages: ClassVar[dict[int, bytes]] = {}

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        number = int(self.path.rsplit("/", 1)[-1].split(".")[0] or 0)
        if self.path.startswith("/img/"):
            body, kind = _IMAGE, "image/jpeg"
        else:
            body, kind = self.pages.setdefault(number % 50, _page(number)), "text/html"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def _fetch_all(urls: list[str], proxy: str | None, workers: int) -> float:
    with httpx.Client(proxy=proxy, timeout=60,
                      limits=httpx.Limits(max_connections=workers)) as client, \
            ThreadPoolExecutor(workers) as pool, stopwatch() as elapsed:
        statuses = list(pool.map(lambda u: client.get(u).status_code, urls))
    if any(status != 200 for status in statuses):
        raise RuntimeError(f"{sum(s != 200 for s in statuses)} fetches failed")
    return len(urls) / elapsed()


def _best(runs: int, action: Callable[[], float]) -> float:
    return min(action() for _ in range(runs))


def run(quick: bool) -> list[Row]:
    from evidence.capture import CaptureProxy
    from evidence.verify import verify_path

    count = 60 if quick else 400
    workers = 8
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Origin)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    urls = [f"{base}/page/{n}" if n % 2 else f"{base}/img/{n}.jpg" for n in range(count)]
    folder = Path(tempfile.mkdtemp(prefix="bench-evidence-"))
    try:
        _fetch_all(urls[:10], None, workers)  # warm up the origin
        direct = _fetch_all(urls, None, workers)
        with CaptureProxy(folder / "evidence" / "warcs", prefix="bench",
                          warcinfo={"operator": "bench"}) as proxy:
            captured = _fetch_all(urls, proxy.url, workers)
        files = sorted((folder / "evidence" / "warcs").glob("*.warc.gz"))
        size = sum(f.stat().st_size for f in files)
        runs = 2 if quick else 3

        def sha256sum() -> float:
            with stopwatch() as elapsed:
                subprocess.run(["sha256sum", *map(str, files)], check=True,
                               stdout=subprocess.DEVNULL)
            return elapsed()

        def verify() -> float:
            with stopwatch() as elapsed:
                problems = verify_path(folder / "evidence")
            if problems:
                raise RuntimeError(f"verification failed: {problems[:3]}")
            return elapsed()

        baseline_seconds = _best(runs, sha256sum)
        verify_seconds = _best(runs, verify)
    finally:
        server.shutdown()
        server.server_close()
        shutil.rmtree(folder, ignore_errors=True)
    megabytes = size / 1e6
    note = f"{megabytes:.0f} MB, {len(urls)} responses, {os.cpu_count()} CPUs shared"
    return [
        Row("evidence: verify vs sha256sum", "MB/s", megabytes / verify_seconds, "sha256sum",
            megabytes / baseline_seconds, note + "; both digests of every record re-computed"),
        Row("evidence: fetch through capture proxy vs direct", "pages/s", captured,
            "direct (no capture)", direct, f"{len(urls)} GETs, {workers} concurrent, local "
                                           "server; capture writes WARC 1.1 + seals"),
    ]
