"""Triage pages with many listings in the store: median and p95 response time.

Seeds a fresh SQLite store (100,000 listings; quick: 5,000) through ``Store.save_page``, a
quarter of them flagged, with species, sellers and phone numbers, then times in-process HTTP
requests (Starlette TestClient, no network) to the queue page (default view: flagged,
undecided, highest score first, with facets and counts) and to listing pages picked at random.
Baseline: the /login page (one static template) in the same run. Then the seller-network
pages: the first /networks request (builds the networks by reading every listing; listings
sharing a phone number form networks of 20), the list and one network's drawn page once the
network cache is warm.
"""

from __future__ import annotations

import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Row, stopwatch

SPECIES = [("Manis javanica", "Sunda pangolin", "I"), ("Loxodonta africana", "African elephant",
           "I/II"), ("Psittacus erithacus", "Grey parrot", "I"), ("Panthera tigris", "Tiger",
           "I"), ("Testudo graeca", "Spur-thighed tortoise", "II")]
WORDS = ("scales", "horn", "ivory", "carving", "bangle", "live", "baby", "chick", "shell",
         "tooth", "skin", "powder", "bile", "rare", "antique", "genuine", "wholesale",
         "shipping", "discreet")
COUNTRIES = ("VN", "NG", "CN", "TH", "GB", "DE", "KE", "ID")


def _seed(store: object, count: int) -> list[int]:
    from wildtrace.models import PageExtraction, SpeciesMention, Verdict

    rng = random.Random(8)
    ids = []
    for n in range(count):
        flagged = n % 4 == 0
        species = [SpeciesMention(*rng.choice(SPECIES))] if flagged or n % 7 == 0 else []
        words = " ".join(rng.choice(WORDS) for _ in range(30))
        page = PageExtraction(
            url=f"https://market{n % 6}.example/item/{n}", page_type="listing",
            title=f"{' '.join(rng.choice(WORDS) for _ in range(4))} {n}",
            description=words, price=float(rng.randint(5, 5000)), currency="USD",
            seller=f"seller{n % 3000}", country=rng.choice(COUNTRIES),
            phones=[f"+8491{n % max(1, count // 20):07d}"], species=species)
        verdict = Verdict(id=page.url, score=rng.random() if flagged else rng.random() * 0.3,
                          flagged=flagged, species=species, reasons=["bench"],
                          model_version="bench")
        saved = store.save_page(  # type: ignore[attr-defined]
            page, marketplace=f"market{n % 6}.example", capture=None, verdict=verdict)
        ids.append(saved.id)
    return ids


def _times(client: object, paths: list[str]) -> list[float]:
    seconds = []
    for path in paths:
        start = time.perf_counter()
        response = client.get(path)  # type: ignore[attr-defined]
        seconds.append(time.perf_counter() - start)
        if response.status_code != 200:
            raise RuntimeError(f"{path}: HTTP {response.status_code}")
    return seconds


def _logged_in(client: object, password: str) -> object:
    import re

    page = client.get("/login").text  # type: ignore[attr-defined]
    token = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert token is not None
    client.post("/login", data={"username": "bench", "password": password,  # type: ignore[attr-defined]
                                "csrf_token": token.group(1)})
    return client


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def run(quick: bool) -> list[Row]:
    from fastapi.testclient import TestClient

    from store import open_store
    from triage.app import create_app
    from triage.auth import hash_password
    from triage.settings import TriageSettings
    from wildtrace.config import load_config

    count = 5_000 if quick else 100_000
    requests = 30 if quick else 100
    label = f"{count:,} listings"
    with tempfile.TemporaryDirectory(prefix="bench-triage-") as folder:
        config = load_config(Path(folder) / "data")
        config.paths.ensure()
        store = open_store(config)
        try:
            with stopwatch() as elapsed:
                ids = _seed(store, count)
            print(f"[bench] triage: seeded {count} listings in {elapsed():.0f}s",
                  file=sys.stderr)
            password = "Bench-Password-2026!"
            store.add_user("bench", "analyst", hash_password(password))
            app = create_app(config, secret_key="bench", store=store,
                             settings=TriageSettings(network_wait_seconds=3600))
            uncached = create_app(config, secret_key="bench", store=store,
                                  settings=TriageSettings(facet_cache_seconds=0))
            client = _logged_in(TestClient(app, base_url="http://127.0.0.1"), password)
            cold = _logged_in(TestClient(uncached, base_url="http://127.0.0.1"), password)
            anonymous = TestClient(app, base_url="http://127.0.0.1", follow_redirects=False)
            rng = random.Random(1)
            baseline = _times(anonymous, ["/login"] * requests)
            queue = _times(client, ["/queue"] * requests)
            queue_cold = _times(cold, ["/queue"] * requests)
            listing = _times(client, [f"/listings/{rng.choice(ids)}" for _ in range(requests)])
            with stopwatch() as built:
                first = client.get("/networks")  # type: ignore[attr-defined]
            network_build = built()
            network_ids = sorted(set(re.findall(r'href="/networks/(N-[0-9a-f]+)"', first.text)))
            network_list = _times(client, ["/networks"] * requests)
            network_page = _times(client, [f"/networks/{rng.choice(network_ids)}"
                                           for _ in range(requests)])
        finally:
            store.close()
    rows = []
    for name, values in (("queue page (facet counts cached 15 s)", queue),
                         ("queue page (facet counts every request)", queue_cold),
                         ("listing page", listing),
                         ("networks list page (network cache warm)", network_list),
                         ("network page with its SVG graph (cache warm)", network_page)):
        for measure, func in (("median ms", statistics.median), ("p95 ms", _p95)):
            rows.append(Row(benchmark=f"triage: {name}, {label}", measure=measure,
                            value=func(values) * 1000, baseline="/login page (static template)",
                            baseline_value=func(baseline) * 1000,
                            note=f"{requests} requests in-process, SQLite store"))
    rows.append(Row(benchmark=f"triage: first /networks request (builds every network), {label}",
                    measure="s", value=network_build, baseline="/login page median (s)",
                    baseline_value=statistics.median(baseline),
                    note=f"{len(network_ids)} networks listed; reads every listing once"))
    return rows
