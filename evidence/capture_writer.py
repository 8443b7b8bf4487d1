"""The post-fetch step of the capture proxy: turns warcprox's recordings into WARC 1.1 records.

Runs in warcprox's writer thread. The response block is warcprox's recorder file (status line,
headers and body exactly as received, chunk framing and Content-Encoding kept); its block and
payload digests are the ones warcprox computed while the bytes streamed through.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import warcprox
import warcprox.warcproxy

from evidence.custody import CustodyLog
from evidence.index import CapturedResponse
from evidence.seal import seal_warc
from evidence.timestamp import TsaConfig
from evidence.warcfile import WarcFileWriter, digest_of, new_record_id, warc_date

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class NotCaptured:
    """A request the proxy answered with its own error: no response record exists for it."""

    url: str
    status: int
    reason: str


def host_is_ignored(url: str, ignored_hosts: tuple[str, ...]) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    for pattern in ignored_hosts:
        if pattern.startswith("."):
            if host == pattern[1:] or host.endswith(pattern):
                return True
        elif host == pattern:
            return True
    return False


class EvidenceWriterProcessor(warcprox.BaseStandardPostfetchProcessor):
    logger = logging.getLogger(__name__)

    def __init__(self, options: Any, *, warc_dir: Path, prefix: str, warcinfo: Mapping[str, str],
                 keys_dir: Path, custody: CustodyLog, actor: str,
                 ignored_hosts: tuple[str, ...], rollover_bytes: int,
                 tsa: TsaConfig | None = None) -> None:
        super().__init__(options=options)
        self.warc_dir = warc_dir
        self.prefix = prefix
        self.warcinfo = dict(warcinfo)
        self.keys_dir = keys_dir
        self.custody = custody
        self.actor = actor
        self.ignored_hosts = ignored_hosts
        self.rollover_bytes = rollover_bytes
        self.tsa = tsa
        self.closed_files: list[Path] = []
        self.failures: list[NotCaptured] = []
        self.responses: list[CapturedResponse] = []
        self.errors: list[str] = []
        self.ignored = 0
        self._writer: WarcFileWriter | None = None
        self._serial = 0
        self._file_responses = 0

    def _process_url(self, recorded_url: Any) -> None:
        url = recorded_url.url.decode("latin-1") if isinstance(recorded_url.url, bytes) \
            else str(recorded_url.url)
        if isinstance(recorded_url, warcprox.warcproxy.FailedUrl):
            failure = NotCaptured(url, int(recorded_url.status or 0),
                                  str(recorded_url.message or recorded_url.exception or ""))
            if not host_is_ignored(url, self.ignored_hosts):
                self.failures.append(failure)
                logger.warning("NOT CAPTURED %s: proxy answered %s %s", url, failure.status,
                               failure.reason)
            return
        recorder = recorded_url.response_recorder
        try:
            if host_is_ignored(url, self.ignored_hosts):
                self.ignored += 1
                return
            self._write(recorded_url, url)
        except Exception as exc:  # any failure here is lost evidence: keep it visible
            message = f"{url}: record not written: {exc}"
            logger.error(message, exc_info=True)
            self.errors.append(message)
            self.failures.append(NotCaptured(url, 0, f"write error: {exc}"))
        finally:
            if recorder is not None and recorder.tempfile is not None:
                recorder.tempfile.close()

    def _write(self, recorded_url: Any, url: str) -> None:
        writer = self._ensure_writer()
        recorder = recorded_url.response_recorder
        response_id = new_record_id()
        headers: list[tuple[str, str]] = [
            ("Content-Type", "application/http;msgtype=response")]
        if recorded_url.remote_ip:
            headers.append(("WARC-IP-Address", recorded_url.remote_ip.decode("ascii")))
        if recorded_url.truncated:
            headers.append(("WARC-Truncated", recorded_url.truncated.decode("ascii")))
        payload_digest = "sha256:" + recorded_url.payload_digest.hexdigest()
        written = writer.write_record(
            "response", headers, recorder.tempfile,
            block_digest="sha256:" + recorder.block_digest.hexdigest(),
            payload_digest=payload_digest, record_id=response_id,
            date=recorded_url.timestamp, target_uri=url)
        request_data: bytes = recorded_url.request_data
        _head, _sep, body = request_data.partition(b"\r\n\r\n")
        writer.write_record(
            "request", [("Content-Type", "application/http;msgtype=request"),
                        ("WARC-Concurrent-To", response_id)],
            request_data, payload_digest=digest_of(body), date=recorded_url.timestamp,
            target_uri=url)
        self._file_responses += 1
        self.responses.append(CapturedResponse(
            url=url, record_id=response_id, warc_file=writer.final_path, offset=written.offset,
            length=written.length, payload_digest=payload_digest,
            status=int(recorded_url.status or 0), date=warc_date(recorded_url.timestamp)))
        if writer.size >= self.rollover_bytes:
            self._close_current()

    def _ensure_writer(self) -> WarcFileWriter:
        if self._writer is None:
            self._writer = WarcFileWriter(self.warc_dir, self.prefix, self.warcinfo,
                                          serial=self._serial)
            self._serial += 1
            self._file_responses = 0
        return self._writer

    def _close_current(self) -> None:
        writer, self._writer = self._writer, None
        if writer is None:
            return
        path = writer.close()
        self.closed_files.append(path)
        try:
            seal = seal_warc(path, self.keys_dir, tsa=self.tsa,
                             details={"records": writer.records,
                                      "responses": self._file_responses})
            object_hash = f"sha256:{seal.sha256}"
            self.custody.append("capture", self.actor, path.name, object_hash,
                                {"records": writer.records, "responses": self._file_responses,
                                 "warcinfo": self.warcinfo})
            self.custody.append("seal", self.actor, path.name, object_hash,
                                {"size": seal.size, "seal": seal.seal_path.name
                                 if seal.seal_path else None})
        except Exception as exc:
            message = f"{path.name}: closed but not sealed: {exc}"
            logger.error(message)
            self.errors.append(message)

    def _shutdown(self) -> None:
        self._close_current()
