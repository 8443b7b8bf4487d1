"""Snapshots of listing pages: a full-page screenshot and the rendered DOM, as WARC records.

Each URL is opened in Chromium (a fresh context, so no cache hides a fetch) through the capture
proxy, so the page and all its sub-resources become response records. The screenshot (PNG) and
the DOM after rendering are then written to a snapshot WARC file of their own:

- the DOM as a ``conversion`` record (it is a transformation of the response), the screenshot
  as a ``resource`` record with target ``urn:wildtrace:screenshot:<url>``;
- both carry ``WARC-Refers-To`` (the response record's id, when the proxy is a
  :class:`~evidence.capture.CaptureProxy`), ``WARC-Refers-To-Target-URI`` and
  ``WARC-Refers-To-Date``; the screenshot is ``WARC-Concurrent-To`` the DOM record;
- the file starts with a warcinfo record naming the software and version, the operator, the
  case and the crawl (the proxy's warcinfo), and is sealed and logged like any capture.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evidence.capture import CaptureProxy
from evidence.exceptions import CaptureError
from evidence.index import CapturedResponse
from evidence.reconcile import normalise_url
from evidence.seal import seal_warc
from evidence.settings import (
    EVIDENCE_BROWSER_ARGS,
    EVIDENCE_BROWSER_PATH,
    EVIDENCE_SNAPSHOT_SETTLE_MS,
    EVIDENCE_SNAPSHOT_TIMEOUT_MS,
)
from evidence.warcfile import WarcFileWriter, new_record_id, warc_date

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SnapshotRef:
    url: str  # the URL asked for
    final_url: str  # after redirects
    warc_file: Path
    screenshot_record_id: str | None
    dom_record_id: str | None
    response_record_id: str | None  # the response the snapshot refers to, when known
    screenshot_sha256: str | None = None
    dom_sha256: str | None = None
    error: str | None = None


@dataclass
class _Rendered:
    url: str
    final_url: str
    started: float
    png: bytes = b""
    dom: str = ""
    error: str | None = None


def capture_snapshots(urls: Sequence[str], *, proxy: CaptureProxy | str, warc_dir: Path,
                      concurrency: int = 2) -> dict[str, SnapshotRef]:
    """Render each URL through ``proxy``; returns one :class:`SnapshotRef` per URL.

    A page that fails to load gets a ref with ``error`` set and no record ids (and a warning);
    it is never silently dropped. Safe to call from a thread that runs an asyncio loop.
    """
    if not urls:
        return {}
    proxy_url = proxy.url if isinstance(proxy, CaptureProxy) else str(proxy)
    rendered = _run_async(_render_all(list(urls), proxy_url, max(1, concurrency)))
    warcinfo = dict(proxy.warcinfo) if isinstance(proxy, CaptureProxy) else {}
    prefix = (proxy.prefix if isinstance(proxy, CaptureProxy) else "snapshot") + "-snapshots"
    writer = WarcFileWriter(Path(warc_dir), prefix, warcinfo)
    refs: dict[str, SnapshotRef] = {}
    for page in rendered:
        if page.error:
            logger.warning("snapshot of %s failed: %s", page.url, page.error)
            refs[page.url] = SnapshotRef(page.url, page.final_url, writer.final_path, None, None,
                                         None, error=page.error)
            continue
        response = _response_for(proxy, page) if isinstance(proxy, CaptureProxy) else None
        refs[page.url] = _write_snapshot(writer, page, response)
    path = writer.close()
    if isinstance(proxy, CaptureProxy):
        seal = seal_warc(path, proxy.keys_dir, tsa=proxy.tsa,
                         details={"records": writer.records, "snapshots": len(refs)})
        proxy.custody.append("snapshot", proxy.actor, path.name, f"sha256:{seal.sha256}",
                             {"records": writer.records, "urls": len(refs)})
        proxy.custody.append("seal", proxy.actor, path.name, f"sha256:{seal.sha256}",
                             {"size": seal.size})
    return refs


def _write_snapshot(writer: WarcFileWriter, page: _Rendered,
                    response: CapturedResponse | None) -> SnapshotRef:
    refers: list[tuple[str, str]] = []
    if response is not None:
        refers.append(("WARC-Refers-To", response.record_id))
        refers += [("WARC-Refers-To-Target-URI", response.url),
                   ("WARC-Refers-To-Date", response.date)]
    else:
        refers += [("WARC-Refers-To-Target-URI", page.final_url),
                   ("WARC-Refers-To-Date", warc_date_from(page.started))]
    dom_bytes = page.dom.encode("utf-8")
    dom_id = new_record_id()
    writer.write_record("conversion", [("Content-Type", "text/html; charset=utf-8"), *refers],
                        dom_bytes, record_id=dom_id, target_uri=page.final_url,
                        payload_digest=_sha(dom_bytes))
    shot_id = new_record_id()
    writer.write_record("resource", [("Content-Type", "image/png"),
                                     ("WARC-Concurrent-To", dom_id), *refers],
                        page.png, record_id=shot_id,
                        target_uri=f"urn:wildtrace:screenshot:{page.final_url}",
                        payload_digest=_sha(page.png))
    return SnapshotRef(page.url, page.final_url, writer.final_path, shot_id, dom_id,
                       response.record_id if response else None,
                       screenshot_sha256=_sha(page.png), dom_sha256=_sha(dom_bytes))


def _response_for(proxy: CaptureProxy, page: _Rendered) -> CapturedResponse | None:
    """The proxy's response record of the page's document (waits for the writer thread)."""
    wanted = normalise_url(page.final_url)
    deadline = time.monotonic() + 10
    while True:
        for response in reversed(proxy.responses):
            if normalise_url(response.url) == wanted:
                return response
        if time.monotonic() > deadline:
            logger.warning("no response record found for %s: snapshot refers by URI and date",
                           page.final_url)
            return None
        time.sleep(0.05)


def _sha(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def warc_date_from(epoch: float) -> str:
    from datetime import UTC, datetime

    return warc_date(datetime.fromtimestamp(epoch, UTC))


def _run_async(coroutine: Any) -> list[_Rendered]:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        result: list[_Rendered] = asyncio.run(coroutine)
        return result
    box: dict[str, Any] = {}

    def runner() -> None:
        try:
            box["result"] = asyncio.run(coroutine)
        except BaseException as exc:  # handed back to the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=runner, name="snapshots")
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    rendered: list[_Rendered] = box["result"]
    return rendered


async def _render_all(urls: list[str], proxy_url: str, concurrency: int) -> list[_Rendered]:
    from playwright.async_api import Error as PlaywrightError
    from playwright.async_api import async_playwright

    try:
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(
                executable_path=EVIDENCE_BROWSER_PATH, args=list(EVIDENCE_BROWSER_ARGS),
                proxy={"server": proxy_url, "bypass": "<-loopback>"})
            gate = asyncio.Semaphore(concurrency)
            try:
                return list(await asyncio.gather(*(_render(browser, url, gate) for url in urls)))
            finally:
                await browser.close()
    except PlaywrightError as exc:
        raise CaptureError(f"cannot start Chromium for snapshots: {exc}") from exc


async def _render(browser: Any, url: str, gate: asyncio.Semaphore) -> _Rendered:
    from playwright.async_api import Error as PlaywrightError

    async with gate:
        page_result = _Rendered(url=url, final_url=url, started=time.time())
        context = await browser.new_context(ignore_https_errors=True,
                                            viewport={"width": 1280, "height": 900})
        try:
            page = await context.new_page()
            response = await page.goto(url, wait_until="load",
                                       timeout=EVIDENCE_SNAPSHOT_TIMEOUT_MS)
            page_result.final_url = response.url if response is not None else page.url
            try:
                await page.wait_for_load_state("networkidle",
                                               timeout=EVIDENCE_SNAPSHOT_SETTLE_MS)
            except PlaywrightError:
                logger.info("%s: network still busy after load; snapshot taken anyway", url)
            page_result.png = await page.screenshot(full_page=True, type="png")
            page_result.dom = await page.content()
        except PlaywrightError as exc:
            page_result.error = str(exc).splitlines()[0]
        finally:
            await context.close()
        return page_result
