"""evidence: byte-faithful WARC capture, custody log, signatures, time-stamps, verification.

The names below are importable from ``evidence`` directly; they load lazily so that importing
the package (e.g. for ``wildtrace --help``) does not pull in warcprox or Playwright.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "CaptureProxy": "evidence.capture",
    "NotCaptured": "evidence.capture_writer",
    "index_warcs": "evidence.index",
    "CapturedResponse": "evidence.index",
    "reconcile": "evidence.reconcile",
    "ReconcileReport": "evidence.reconcile",
    "seal_warc": "evidence.seal",
    "Seal": "evidence.seal",
    "CustodyLog": "evidence.custody",
    "InstallationKey": "evidence.signing",
    "request_timestamp": "evidence.timestamp",
    "verify_timestamp": "evidence.timestamp",
    "TsaConfig": "evidence.timestamp",
    "verify_path": "evidence.verify",
    "Problem": "evidence.verify",
    "capture_snapshots": "evidence.snapshot",
    "SnapshotRef": "evidence.snapshot",
    "export_wacz": "evidence.wacz",
    "recover_open_files": "evidence.recovery",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'evidence' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
