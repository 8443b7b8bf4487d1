"""How every part of wildtrace launches Chromium (crawls, snapshots, letters, tests).

Debian's package at ``/usr/bin/chromium`` (``WILDTRACE_CHROMIUM`` overrides the path); the flags
run it as root in a container and keep its own background traffic (updates, sync, Google's
hosts) to the minimum, so the evidence holds only what the page itself loaded.
"""

from __future__ import annotations

import os

CHROMIUM_PATH = os.environ.get("WILDTRACE_CHROMIUM") or "/usr/bin/chromium"

CHROMIUM_ARGS: tuple[str, ...] = (
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
)
