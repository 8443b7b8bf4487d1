"""The crawl journal: a small SQLite file that makes a crawl survive SIGKILL.

It holds the frontier (every request the crawl decided to make, pending or done), the pages
fetched, and the listings extracted but not yet stored. Writes are committed one by one (WAL,
synchronous=NORMAL), so a crawl killed at any moment resumes with the pending requests and
the unsaved listings; the duplicate filter reads the same table, on disk, not in memory.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wildtrace.models import (
    Handle,
    ListingLink,
    PageExtraction,
    SpeciesMention,
    Wallet,
)

SCHEMA = """
CREATE TABLE IF NOT EXISTS requests (
    fp TEXT PRIMARY KEY, url TEXT NOT NULL, kind TEXT NOT NULL, depth INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending');
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY, status INTEGER, fetched_at TEXT, page_type TEXT);
CREATE TABLE IF NOT EXISTS listings (
    url TEXT PRIMARY KEY, extraction TEXT NOT NULL, status INTEGER, fetched_at TEXT,
    saved INTEGER NOT NULL DEFAULT 0, flagged INTEGER);
CREATE TABLE IF NOT EXISTS removed (
    url TEXT PRIMARY KEY, at TEXT NOT NULL, status INTEGER, saved INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""


@dataclass
class PendingRequest:
    fp: str
    url: str
    kind: str
    depth: int


@dataclass
class JournaledListing:
    url: str
    extraction: PageExtraction
    status: int
    fetched_at: str


def extraction_from_json(data: dict[str, Any]) -> PageExtraction:
    """Rebuild a :class:`PageExtraction` from its ``to_json()`` form."""
    data = dict(data)
    data["handles"] = [Handle(**h) for h in data.get("handles", [])]
    data["wallets"] = [Wallet(**w) for w in data.get("wallets", [])]
    data["species"] = [SpeciesMention(**s) for s in data.get("species", [])]
    data["listings"] = [ListingLink(**ln) for ln in data.get("listings", [])]
    known = PageExtraction.__dataclass_fields__
    return PageExtraction(**{k: v for k, v in data.items() if k in known})


_OPEN: dict[Path, CrawlJournal] = {}


def open_journal(state_dir: str | Path) -> CrawlJournal:
    """The journal of a crawl state folder, shared by the components of one process."""
    path = Path(state_dir) / "journal.sqlite"
    if path not in _OPEN:
        _OPEN[path] = CrawlJournal(path)
    return _OPEN[path]


class CrawlJournal:
    """One crawl's journal file; safe to reopen after the process was killed."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()
        _OPEN.pop(self.path, None)

    # --- frontier --------------------------------------------------------------------------
    def add_request(self, fp: str, url: str, kind: str, depth: int) -> bool:
        """Record a request; True when it is new, False when it was seen before."""
        cur = self.db.execute(
            "INSERT OR IGNORE INTO requests (fp, url, kind, depth) VALUES (?, ?, ?, ?)",
            (fp, url, kind, depth))
        return cur.rowcount == 1

    def seen(self, fp: str) -> bool:
        row = self.db.execute("SELECT 1 FROM requests WHERE fp = ?", (fp,)).fetchone()
        return row is not None

    def requests_count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM requests").fetchone()[0])

    def pending(self) -> list[PendingRequest]:
        rows = self.db.execute(
            "SELECT fp, url, kind, depth FROM requests WHERE state = 'pending' ORDER BY rowid")
        return [PendingRequest(*row) for row in rows]

    def request_failed(self, fp: str) -> None:
        self.db.execute("UPDATE requests SET state = 'failed' WHERE fp = ?", (fp,))
        self.bump("errors")

    # --- pages and listings ----------------------------------------------------------------
    def page_done(self, *, fp: str | None, url: str, status: int, fetched_at: str,
                  page_type: str, listing: PageExtraction | None = None,
                  removed: bool = False) -> None:
        """Record one fetched page (and its listing) and close its request, atomically."""
        with self.db:
            self.db.execute("BEGIN")
            self.db.execute("INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?)",
                            (url, status, fetched_at, page_type))
            if listing is not None:
                self.db.execute(
                    "INSERT INTO listings (url, extraction, status, fetched_at) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT(url) DO NOTHING",
                    (url, json.dumps(listing.to_json()), status, fetched_at))
            if removed:
                self.db.execute("INSERT OR IGNORE INTO removed (url, at, status) VALUES (?, ?, ?)",
                                (url, fetched_at, status))
            if fp is not None:
                self.db.execute("UPDATE requests SET state = 'done' WHERE fp = ?", (fp,))
            else:
                self.db.execute("UPDATE requests SET state = 'done' WHERE url = ?", (url,))

    def pages(self) -> list[tuple[str, int, str]]:
        rows = self.db.execute("SELECT url, status, fetched_at FROM pages ORDER BY rowid")
        return [(str(u), int(s or 0), str(f)) for u, s, f in rows]

    def count(self, table: str) -> int:
        assert table in {"pages", "listings", "removed"}
        return int(self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

    def unsaved_listings(self) -> Iterator[JournaledListing]:
        rows = self.db.execute(
            "SELECT url, extraction, status, fetched_at FROM listings WHERE saved = 0 "
            "ORDER BY rowid").fetchall()
        for url, extraction, status, fetched_at in rows:
            yield JournaledListing(url, extraction_from_json(json.loads(extraction)),
                                   status, fetched_at)

    def listing_saved(self, url: str, flagged: bool) -> None:
        self.db.execute("UPDATE listings SET saved = 1, flagged = ? WHERE url = ?",
                        (int(flagged), url))

    def flagged_count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM listings WHERE flagged = 1")
                   .fetchone()[0])

    def unsaved_removals(self) -> list[tuple[str, str]]:
        return [(u, a) for u, a in self.db.execute("SELECT url, at FROM removed WHERE saved = 0")]

    def removal_saved(self, url: str) -> None:
        self.db.execute("UPDATE removed SET saved = 1 WHERE url = ?", (url,))

    # --- counters and metadata -------------------------------------------------------------
    def get(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def bump(self, key: str, by: int = 1) -> int:
        value = int(self.get(key) or 0) + by
        self.set(key, str(value))
        return value
