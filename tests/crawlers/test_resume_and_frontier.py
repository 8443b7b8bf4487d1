"""Kill-and-resume and the shared Redis frontier, with real Scrapy child processes."""

from __future__ import annotations

import importlib.util
import os
import signal
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from crawlers import CrawlProgress, run_crawl
from crawlers.exceptions import CrawlProcessError
from wildtrace.config import load_config

_spec = importlib.util.spec_from_file_location("crawl_fakes", Path(__file__).parent / "fakes.py")
assert _spec and _spec.loader
fakes_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fakes_module)
read_store = fakes_module.read_store


def _runner_pids(data_dir: Path) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        if "crawlers.runner" in cmdline and str(data_dir) in cmdline:
            pids.append(int(entry.name))
    return pids


@pytest.mark.slow
def test_sigkill_then_resume_loses_and_doubles_nothing(tiny_market, fakes, data_dir):
    tiny_market.items = 30
    tiny_market.delay = 0.15
    config = load_config(data_dir)
    killed = threading.Event()

    def kill_midway(progress: CrawlProgress) -> None:
        if progress.pages >= 8 and not killed.is_set():
            for pid in _runner_pids(config.data_dir):
                os.kill(pid, signal.SIGKILL)
            killed.set()

    with pytest.raises(CrawlProcessError):
        run_crawl(tiny_market.base_url + "/", config=config, capture=False,
                  progress=kill_midway, backends=fakes)
    assert killed.is_set()
    fetched_before = sum(1 for p in tiny_market.hits if p.startswith("/item/"))
    assert 0 < fetched_before < 30, "the kill came too late to test anything"
    assert not [r for r in read_store(data_dir) if r["op"] == "save"]

    summary = run_crawl(tiny_market.base_url + "/", config=config, capture=False,
                        backends=fakes)
    assert summary.resumed
    saves = Counter(r["url"] for r in read_store(data_dir) if r["op"] == "save")
    assert set(saves) == {f"{tiny_market.base_url}/item/{n}" for n in range(1, 31)}
    assert all(count == 1 for count in saves.values()), saves
    assert summary.listings == 30
    assert len([r for r in read_store(data_dir) if r["op"] == "start"]) == 1  # one crawl run
    # only the pages in flight at the kill are fetched again
    refetched = [p for p, n in tiny_market.hits.items() if n > 1 and p != "/robots.txt"]
    assert len(refetched) <= 16, refetched


@pytest.mark.slow
@pytest.mark.redis
def test_two_workers_share_one_redis_frontier(tiny_market, fakes, data_dir):
    import redis

    frontier = "redis://127.0.0.1:6379/0"
    client = redis.Redis.from_url(frontier)
    try:
        client.ping()
    except redis.RedisError as exc:
        pytest.fail(f"the local Redis server does not answer: {exc}")
    tiny_market.items = 60
    tiny_market.per_page = 20
    tiny_market.delay = 0.05
    config = load_config(data_dir)
    results: list[object] = []

    def worker() -> None:
        try:
            results.append(run_crawl(tiny_market.base_url + "/", config=config,
                                     capture=False, frontier=frontier, backends=fakes))
        except Exception as exc:  # reported below
            results.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
        time.sleep(0.3)
    for thread in threads:
        thread.join(timeout=180)
    try:
        assert all(not isinstance(r, Exception) for r in results), results
        pages = {p: n for p, n in tiny_market.hits.items() if p != "/robots.txt"}
        expected = ({"/", "/results?page=2", "/results?page=3"}
                    | {f"/item/{n}" for n in range(1, 61)})
        assert set(pages) == expected  # every item and result page
        assert all(n == 1 for n in pages.values()), pages  # each fetched once
        saves = Counter(r["url"] for r in read_store(data_dir) if r["op"] == "save")
        assert len(saves) == 60 and all(n == 1 for n in saves.values())
        per_worker = [r.pages for r in results]  # type: ignore[attr-defined]
        assert all(n > 0 for n in per_worker), per_worker  # both did work
    finally:
        for key in client.scan_iter("wildtrace:127.0.0.1-*"):
            client.delete(key)
