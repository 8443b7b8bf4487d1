"""Schedules: crawls on cron expressions, kept in the store; the scheduler that runs them.

``run_due`` runs every enabled schedule whose next time (after its last run, else after its
creation) has come. A schedule's run holds an exclusive lock file
(``crawl-state/schedule-<id>.lock``) so two schedulers, or a slow run and the next tick, never
run one schedule twice at once. Each run is recorded by the crawl itself (a crawl run row
with the schedule id) and the schedule's ``last_run_at`` is set when it starts.
"""

from __future__ import annotations

import fcntl
import logging
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from crawlers import settings as defaults
from crawlers.alerts import AlertError, AlertSettings, send_alerts
from crawlers.exceptions import CrawlError, ScheduleError
from crawlers.profiles import load_profile
from crawlers.run import CrawlSummary, check_start_url, run_crawl
from wildtrace.config import Config

log = logging.getLogger(__name__)

Runner = Callable[..., CrawlSummary]


@dataclass
class ScheduleView:
    id: int
    cron: str
    start_url: str
    profile: str | None
    max_pages: int | None
    enabled: bool
    last_run_at: datetime | None
    next_run_at: datetime


def next_run(cron: str, after: datetime) -> datetime:
    from croniter import croniter

    try:
        return croniter(cron, after).get_next(datetime)
    except (ValueError, KeyError) as exc:
        raise ScheduleError(f"{cron!r} is not a valid cron expression ({exc}); "
                            "expected five fields, e.g. '0 3 * * *' for 03:00 daily") from exc


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _view(row: Any) -> ScheduleView:
    base = _utc(row.last_run_at) or _utc(row.created_at) or datetime.now(UTC)
    return ScheduleView(id=int(row.id), cron=row.cron, start_url=row.start_url,
                        profile=row.profile, max_pages=row.max_pages, enabled=bool(row.enabled),
                        last_run_at=_utc(row.last_run_at), next_run_at=next_run(row.cron, base))


@contextmanager
def _store(config: Config) -> Iterator[Any]:
    from store import open_store

    store = open_store(config)
    try:
        yield store
    finally:
        store.close()


def add_schedule(config: Config, cron: str, start_url: str, *, profile: Path | None = None,
                 max_pages: int | None = None) -> int:
    """Check everything a scheduled run would trip on, then store the schedule."""
    next_run(cron, datetime.now(UTC))
    check_start_url(start_url)
    if profile is not None:
        load_profile(profile)
    if max_pages is not None and max_pages < 1:
        raise ScheduleError("--max-pages must be at least 1")
    with _store(config) as store:
        return int(store.add_schedule(cron, start_url,
                                      profile=str(Path(profile).resolve()) if profile else None,
                                      max_pages=max_pages))


def list_schedules(config: Config) -> list[ScheduleView]:
    with _store(config) as store:
        return [_view(row) for row in store.list_schedules()]


def remove_schedule(config: Config, schedule_id: int) -> None:
    with _store(config) as store:
        if not store.remove_schedule(schedule_id):
            raise ScheduleError(f"no schedule {schedule_id} (see 'wildtrace schedule list')")


@contextmanager
def schedule_lock(config: Config, schedule_id: int) -> Iterator[bool]:
    """Yield True when this process holds the schedule's lock, False when another does."""
    config.paths.crawl_state.mkdir(parents=True, exist_ok=True)
    path = config.paths.crawl_state / f"schedule-{schedule_id}.lock"
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def run_due(config: Config, *, now: datetime | None = None, alerts: AlertSettings | None = None,
            runner: Runner = run_crawl) -> list[CrawlSummary]:
    """Run every schedule that is due, one after the other; return their summaries."""
    now = now or datetime.now(UTC)
    done: list[CrawlSummary] = []
    for view in list_schedules(config):
        if not view.enabled or view.next_run_at > now:
            continue
        with schedule_lock(config, view.id) as held:
            if not held:
                log.info("schedule %d is already running elsewhere; skipped", view.id)
                continue
            with _store(config) as store:
                store.mark_schedule_run(view.id, now)
            log.info("schedule %d: crawling %s", view.id, view.start_url)
            try:
                summary = runner(view.start_url, config=config,
                                 profile=Path(view.profile) if view.profile else None,
                                 max_pages=view.max_pages, schedule_id=str(view.id))
            except CrawlError as exc:
                log.error("schedule %d failed: %s", view.id, exc)
                continue
            done.append(summary)
            if alerts is not None:
                try:
                    send_alerts(summary, alerts)
                except AlertError as exc:
                    log.error("schedule %d: %s", view.id, exc)
    return done


def run_scheduler(config: Config, *, interval: float = defaults.CRAWL_SCHEDULER_INTERVAL,
                  once: bool = False, alerts: AlertSettings | None = None,
                  report: Callable[[CrawlSummary], None] | None = None) -> int:
    """Check the schedules every ``interval`` seconds (once: a single pass); runs made."""
    runs = 0
    while True:
        for summary in run_due(config, alerts=alerts):
            runs += 1
            if report is not None:
                report(summary)
        if once:
            return runs
        time.sleep(interval)
