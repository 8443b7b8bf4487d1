"""Settings of the evidence layer, each with a named default and one line of help."""

from __future__ import annotations

from wildtrace.browser import CHROMIUM_ARGS, CHROMIUM_PATH

#: A WARC file is closed, renamed and sealed once it grows past this many bytes.
EVIDENCE_WARC_ROLLOVER_BYTES = 512 * 1024 * 1024

#: Seconds the capture proxy waits on an upstream socket before giving up.
EVIDENCE_PROXY_SOCKET_TIMEOUT = 30.0

#: Worker threads of the capture proxy: one per open client connection, idle ones included
#: (browsers keep many open; an idle one is dropped after EVIDENCE_PROXY_SOCKET_TIMEOUT).
EVIDENCE_PROXY_MAX_THREADS = 200

#: Hosts whose traffic is browser housekeeping, not evidence: never written to a WARC.
#: A leading dot matches the domain and every sub-domain.
EVIDENCE_IGNORED_HOSTS: tuple[str, ...] = (
    "accounts.google.com", "update.googleapis.com", "safebrowsing.googleapis.com",
    "optimizationguide-pa.googleapis.com", "content-autofill.googleapis.com",
    "clients2.google.com", "clients1.google.com", "clientservices.googleapis.com",
    ".gvt1.com", ".gvt2.com", "redirector.gvt1.com", "edgedl.me.gvt1.com",
)

#: Seconds a request to the RFC 3161 time-stamping authority may take.
EVIDENCE_TSA_TIMEOUT = 20.0

#: Name of the signed seal written beside each closed WARC file (``<warc>`` + suffix).
EVIDENCE_SEAL_SUFFIX = ".seal.json"

#: File name of the installation's Ed25519 private key (mode 0600) in the keys folder.
EVIDENCE_PRIVATE_KEY_FILE = "installation-ed25519.pem"

#: File name of the matching public key, beside it (give it to whoever verifies).
EVIDENCE_PUBLIC_KEY_FILE = "installation-ed25519.pub.pem"

#: Bytes read at a time when hashing files (verification throughput depends on it).
EVIDENCE_HASH_CHUNK_BYTES = 1024 * 1024

#: Software name written in every warcinfo record.
EVIDENCE_SOFTWARE_NAME = "wildtrace"  # the version is appended

#: Chromium used for snapshots (Debian's package).
EVIDENCE_BROWSER_PATH = CHROMIUM_PATH

#: Chromium flags: no sandbox in containers, and as little background traffic as possible.
EVIDENCE_BROWSER_ARGS: tuple[str, ...] = CHROMIUM_ARGS

#: Milliseconds a snapshot page may take to load.
EVIDENCE_SNAPSHOT_TIMEOUT_MS = 30_000

#: Milliseconds to wait, after load, for the network to go quiet (XHR-built listings).
EVIDENCE_SNAPSHOT_SETTLE_MS = 3_000
