"""Capture at the wire: a recording HTTP/HTTPS proxy that Scrapy and Chromium both go through.

``CaptureProxy`` runs warcprox's man-in-the-middle proxy in threads of this process, with the
changes evidence needs (see README, "Capture design"):

- every upstream connection is closed after its response (warcprox's pool silently loses
  evidence when a server closes a pooled connection), and a failed host is never blacklisted;
- records are written by :class:`~evidence.warcfile.WarcFileWriter` as WARC 1.1 with SHA-256
  block and payload digests taken from warcprox's recorder, which saw the bytes as received;
- loopback hosts are allowed (local tests, local mirrors); Chromium's background traffic is
  dropped from the evidence;
- a request the proxy could not complete (a 5xx made by the proxy) is kept in ``failures`` and
  logged: it is "not captured", never silent;
- on exit every queued record is written, files are closed, renamed from ``*.open``, sealed
  (signed SHA-256 + size beside each file) and logged in the custody log.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

from evidence.capture_writer import EvidenceWriterProcessor, NotCaptured
from evidence.custody import CustodyLog
from evidence.exceptions import CaptureError
from evidence.index import CapturedResponse
from evidence.layout import EvidenceLayout
from evidence.recovery import RecoveredFile, recover_open_files
from evidence.settings import (
    EVIDENCE_IGNORED_HOSTS,
    EVIDENCE_PROXY_MAX_THREADS,
    EVIDENCE_PROXY_SOCKET_TIMEOUT,
    EVIDENCE_WARC_ROLLOVER_BYTES,
)
from evidence.timestamp import TsaConfig

logger = logging.getLogger(__name__)

_DRAIN_TIMEOUT = 30.0


class CaptureProxy:
    """``with CaptureProxy(warc_dir, prefix=..., warcinfo=...) as proxy: ... proxy.url``."""

    def __init__(self, warc_dir: Path, *, prefix: str, warcinfo: Mapping[str, str],
                 keys_dir: Path | None = None, custody_log: Path | None = None,
                 ca_dir: Path | None = None, actor: str | None = None,
                 ignored_hosts: tuple[str, ...] = EVIDENCE_IGNORED_HOSTS,
                 rollover_bytes: int = EVIDENCE_WARC_ROLLOVER_BYTES,
                 tsa: TsaConfig | None = None, host: str = "127.0.0.1", port: int = 0) -> None:
        layout = EvidenceLayout.for_warc_dir(Path(warc_dir))
        self.warc_dir = Path(warc_dir)
        self.prefix = prefix
        self.warcinfo = dict(warcinfo)
        self.keys_dir = keys_dir or layout.keys_dir
        self.custody = CustodyLog(custody_log or layout.custody_log)
        self.ca_dir = ca_dir or self.warc_dir.parent / "mitm-ca"
        self.actor = actor or self.warcinfo.get("operator") or "wildtrace"
        self.tsa = tsa if tsa is not None else TsaConfig.from_environment()
        self.recovered: list[RecoveredFile] = []
        self._ignored_hosts = ignored_hosts
        self._rollover_bytes = rollover_bytes
        self._host = host
        self._port = port
        self._controller: Any = None
        self._processor: EvidenceWriterProcessor | None = None
        self.url = ""

    @property
    def ca_cert(self) -> Path:
        return self.ca_dir / "wildtrace-capture-ca.pem"

    @property
    def closed_files(self) -> list[Path]:
        return list(self._processor.closed_files) if self._processor else []

    @property
    def failures(self) -> list[NotCaptured]:
        """Requests the proxy answered itself with an error: nothing of them is in a WARC."""
        return list(self._processor.failures) if self._processor else []

    @property
    def responses(self) -> list[CapturedResponse]:
        """Every response record written so far (same data as :func:`index_warcs`)."""
        return list(self._processor.responses) if self._processor else []

    def __enter__(self) -> CaptureProxy:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            self.stop()
        except CaptureError as error:
            if exc is None:
                raise
            logger.error("%s (while handling %r)", error, exc)  # do not mask the first error

    def start(self) -> None:
        import warcprox

        from evidence.capture_handler import EvidenceProxyHandler, NeverBlacklist

        self.warc_dir.mkdir(parents=True, exist_ok=True)
        self.ca_dir.mkdir(parents=True, exist_ok=True)
        self.recovered = recover_open_files(self.warc_dir, keys_dir=self.keys_dir,
                                            custody=self.custody, actor=self.actor, tsa=self.tsa)
        options = warcprox.Options(
            address=self._host, port=self._port, cacert=str(self.ca_cert),
            certs_dir=str(self.ca_dir / "certs"), directory=str(self.warc_dir),
            digest_algorithm="sha256", gzip=True, dedup_db_file=None, stats_db_file=None,
            max_threads=EVIDENCE_PROXY_MAX_THREADS, socket_timeout=EVIDENCE_PROXY_SOCKET_TIMEOUT,
            queue_size=500, tmp_file_max_memory_size=512 * 1024)
        processor = EvidenceWriterProcessor(
            options, warc_dir=self.warc_dir, prefix=self.prefix, warcinfo=self.warcinfo,
            keys_dir=self.keys_dir, custody=self.custody, actor=self.actor,
            ignored_hosts=self._ignored_hosts, rollover_bytes=self._rollover_bytes, tsa=self.tsa)
        try:
            controller = _evidence_controller(options, processor)
        except OSError as exc:
            raise CaptureError(f"cannot start the capture proxy on {self._host}:{self._port}: "
                               f"{exc}") from exc
        controller.proxy.RequestHandlerClass = EvidenceProxyHandler
        controller.proxy.bad_hostnames_ports = NeverBlacklist()
        controller.proxy.evidence_in_flight = _Counter()
        controller.proxy.evidence_clients = set()
        controller.proxy.evidence_clients_lock = threading.Lock()
        controller.start()
        self._controller = controller
        self._processor = processor
        host, port = controller.proxy.server_address[:2]
        self.url = f"http://{host}:{port}"
        logger.info("capture proxy listening on %s, writing to %s", self.url, self.warc_dir)

    def stop(self) -> None:
        """Write every pending record, close and seal the files (idempotent)."""
        controller, self._controller = self._controller, None
        if controller is None:
            return
        proxy = controller.proxy
        proxy.evidence_in_flight.wait_zero(_DRAIN_TIMEOUT)
        controller.shutdown()
        with proxy.evidence_clients_lock:
            for connection in list(proxy.evidence_clients):
                _shut(connection)
        proxy.pool.shutdown(wait=False)  # warcprox never releases its handler threads
        processor = self._processor
        if processor is not None and processor.errors:
            raise CaptureError("capture finished with write errors: " + "; ".join(processor.errors))


def _evidence_controller(options: Any, processor: EvidenceWriterProcessor) -> Any:
    """warcprox's controller with our writer as the only post-fetch step."""
    import warcprox.controller

    class EvidenceController(warcprox.controller.WarcproxController):
        def build_postfetch_chain(self, inq: Any) -> None:
            self._postfetch_chain = [processor]
            processor.inq = inq

    return EvidenceController(options)


class _Counter:
    """Requests being proxied right now (stop() waits for them to be queued for writing)."""

    def __init__(self) -> None:
        self._value = 0
        self._condition = threading.Condition()

    def add(self, delta: int) -> None:
        with self._condition:
            self._value += delta
            self._condition.notify_all()

    def wait_zero(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        with self._condition:
            while self._value > 0:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    logger.warning("%d requests still in flight at capture stop", self._value)
                    return False
                self._condition.wait(remaining)
        return True


def _shut(connection: socket.socket) -> None:
    with contextlib.suppress(OSError):
        connection.shutdown(socket.SHUT_RDWR)
