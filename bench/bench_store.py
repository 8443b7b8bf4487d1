"""Store: ingest rate, search latency and database size, SQLite and the Elasticsearch stand-in.

Workload: synthetic listings in several languages (quick: 5,000; full: 100,000), each saved
with ``Store.save_page`` (one transaction per listing, as the crawler does). Baselines measured
in the same run: raw ``executemany`` inserts into a bare SQLite table (ingest, size) and a
``LIKE '%word%'`` scan counting the matches in that table (search latency; the store's
search also counts every match and computes six facets).
"""

from __future__ import annotations

import random
import shutil
import socket
import sqlite3
import statistics
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

from bench.common import Row, stopwatch
from store import SearchQuery, Store
from store.search.elastic import ElasticBackend
from wildtrace.models import PageExtraction, SpeciesMention, Verdict

ROOT = Path(__file__).resolve().parent.parent
NOIDA = ROOT / ".venv" / "bin" / "noida-db"
WORDS = ["ivory", "bangle", "carved", "old", "genuine", "pangolin", "scales", "tortoise",
         "parrot", "python", "skin", "horn", "rhino", "teeth", "claw", "shell", "live",
         "象牙", "手镯", "穿山甲", "犀牛角", "marfil", "tortue", "perroquet", "vảy", "tê",
         "งาช้าง", "cheap", "rare", "shipping", "wholesale", "antique", "necklace", "statue"]
SPECIES = [SpeciesMention("Loxodonta africana", "African elephant", "I/II"),
           SpeciesMention("Manis javanica", "Sunda pangolin", "I"),
           SpeciesMention("Psittacus erithacus", "Grey parrot", "I"),
           SpeciesMention("Python regius", "Ball python", "II")]
QUERIES = ["ivory", "象牙", "pangolin scales", "tortue", "rhino horn", "งาช้าง", "antique statue"]


def pages(count: int, seed: int = 7) -> list[tuple[PageExtraction, Verdict]]:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        title = " ".join(rng.choices(WORDS, k=5))
        description = " ".join(rng.choices(WORDS, k=30))
        species = [rng.choice(SPECIES)] if rng.random() < 0.4 else []
        page = PageExtraction(
            url=f"https://m{i % 7}.example/item/{i}", page_type="listing", title=title,
            description=description, price=float(rng.randint(5, 5000)), currency="USD",
            seller=f"seller{rng.randint(0, 2000)}", country=rng.choice(["CN", "VN", "TH", "US"]),
            phones=[f"+849{rng.randint(0, 10**8):08d}"], species=species)
        verdict = Verdict(id=str(i), score=rng.random(), flagged=bool(species), species=species)
        out.append((page, verdict))
    return out


def baseline_ingest(path: Path, items: list[tuple[PageExtraction, Verdict]]) -> float:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE listings (id INTEGER PRIMARY KEY, url TEXT, title TEXT, "
                 "description TEXT, price REAL, currency TEXT, score REAL, flagged INTEGER)")
    rows = [(p.url, p.title, p.description, p.price, p.currency, v.score, v.flagged)
            for p, v in items]
    with stopwatch() as elapsed:
        conn.executemany("INSERT INTO listings (url, title, description, price, currency, "
                         "score, flagged) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        conn.commit()
    conn.close()
    return len(items) / elapsed()


def ingest(store: Store, items: list[tuple[PageExtraction, Verdict]]) -> float:
    with stopwatch() as elapsed:
        for n, (page, verdict) in enumerate(items):
            store.save_page(page, marketplace=f"m{n % 7}", capture=None, verdict=verdict)
        store.flush_index()
    return len(items) / elapsed()


def latencies(run_one: object, count: int) -> tuple[float, float]:
    timings = []
    for n in range(count):
        start = time.perf_counter()
        run_one(n)  # type: ignore[operator]
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return statistics.median(timings), timings[int(0.95 * (len(timings) - 1))]


def store_query(n: int) -> SearchQuery:
    query = SearchQuery(text=QUERIES[n % len(QUERIES)], limit=20)
    if n % 3 == 1:
        query.flagged = True
    if n % 3 == 2:
        query.country = "VN"
    return query


def start_noida(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([str(NOIDA), "start", "--data-dir", str(folder), "--only",
                                "elasticsearch", "--host", "127.0.0.1",
                                "--elasticsearch-port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    for _ in range(150):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("noida-db did not start")


def stop(process: subprocess.Popen[bytes]) -> None:
    import os
    import signal

    os.killpg(os.getpgid(process.pid), signal.SIGTERM)
    process.wait(timeout=30)


def run(quick: bool) -> list[Row]:
    count = 5_000 if quick else 100_000
    searches = 50 if quick else 200
    items = pages(count)
    folder = Path(tempfile.mkdtemp(prefix="bench-store-"))
    rows: list[Row] = []
    try:
        bare = folder / "bare.db"
        base_rate = baseline_ingest(bare, items)
        conn = sqlite3.connect(bare)
        base_med, base_p95 = latencies(lambda n: conn.execute(
            "SELECT count(*) FROM listings WHERE title LIKE ? OR description LIKE ?",
            (f"%{QUERIES[n % len(QUERIES)]}%",) * 2).fetchall(), searches)
        conn.close()
        baseline = "raw executemany into a bare SQLite table"
        note = f"{count:,} listings, one save_page transaction each"

        sqlite_db = folder / "store.db"
        store = Store(f"sqlite:///{sqlite_db}")
        rate = ingest(store, items)
        med, p95 = latencies(lambda n: store.search(store_query(n)), searches)
        store.close()
        rows += [
            Row("store: ingest, SQLite", "listings/s", rate, baseline, base_rate, note),
            Row("store: search median, SQLite FTS5 + facets", "ms", med,
                "LIKE scan counting matches, bare table", base_med,
                f"{searches} queries, 20 per page"),
            Row("store: search p95, SQLite FTS5 + facets", "ms", p95,
                "LIKE scan counting matches, bare table", base_p95, f"{searches} queries"),
        ]
        with sqlite3.connect(sqlite_db) as db:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        rows.append(Row("store: database size, SQLite", "MB", sqlite_db.stat().st_size / 1e6,
                        "bare table, same listings", bare.stat().st_size / 1e6,
                        "schema + FTS5 terms + indexes"))

        if NOIDA.exists():
            process, url = start_noida(folder / "noida")
            try:
                # the stand-in answers slowly at 100,000 documents: wait for it (no fallback)
                es_store = Store(f"sqlite:///{folder / 'es.db'}",
                                 index=ElasticBackend(url, prefix=f"b{uuid.uuid4().hex[:8]}",
                                                      timeout=900.0))
                rate = ingest(es_store, items)
                es_searches = searches if quick else 5
                facets = quick

                def es_search(n: int) -> None:
                    query = store_query(n)
                    query.facets = facets
                    es_store.search(query)

                med, p95 = latencies(es_search, es_searches)
                backend = es_store.search(SearchQuery(limit=1, facets=False)).backend
                es_store.close()
            finally:
                stop(process)
            rows += [
                Row("store: ingest, SQLite + Elasticsearch stand-in", "listings/s", rate,
                    baseline, base_rate, note + "; bulk from the outbox"),
                Row("store: search median, Elasticsearch stand-in", "ms", med,
                    "LIKE scan counting matches, bare table", base_med,
                    f"{es_searches} queries, facets {'on' if facets else 'off'}; {backend}"),
                Row("store: search p95, Elasticsearch stand-in", "ms", p95,
                    "LIKE scan counting matches, bare table", base_p95,
                    f"{es_searches} queries, facets {'on' if facets else 'off'}; {backend}"),
            ]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return rows
