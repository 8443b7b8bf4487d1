"""Schedules in the real store, the scheduler's due/lock logic, and alerts to local peers."""

from __future__ import annotations

import functools
import json
import socket
import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from crawlers import run_crawl
from crawlers.alerts import AlertError, AlertSettings, send_alerts
from crawlers.exceptions import ScheduleError
from crawlers.run import CrawlSummary
from crawlers.schedules import add_schedule, list_schedules, remove_schedule, run_due, schedule_lock
from wildtrace.config import load_config

pytest.importorskip("store")


def summary(new: int = 2) -> CrawlSummary:
    return CrawlSummary(run_id="7", marketplace="savanna", pages=30, listings=12, flagged=new,
                        errors=0, not_captured=0,
                        new_flagged=[{"id": 40 + n, "url": f"http://m/l/{n}",
                                      "title": f"Ivory bangle {n}", "price": 100.0 + n,
                                      "currency": "USD", "score": 0.9} for n in range(new)])


def test_schedules_are_checked_stored_listed_removed(data_dir):
    config = load_config(data_dir)
    with pytest.raises(ScheduleError, match="cron"):
        add_schedule(config, "every day", "https://m.example/")
    with pytest.raises(ScheduleError):
        remove_schedule(config, 99)
    first = add_schedule(config, "0 3 * * *", "https://m.example/", max_pages=20)
    views = list_schedules(config)
    assert [v.id for v in views] == [first]
    assert views[0].last_run_at is None and views[0].next_run_at.hour == 3
    remove_schedule(config, first)
    assert list_schedules(config) == []


def test_due_schedules_run_once_and_never_twice_at_once(data_dir):
    config = load_config(data_dir)
    due = add_schedule(config, "* * * * *", "https://due.example/")
    add_schedule(config, "0 0 1 1 *", "https://yearly.example/")
    calls: list[tuple[str, str | None]] = []

    def runner(url: str, **kwargs: object) -> CrawlSummary:
        calls.append((url, kwargs.get("schedule_id")))  # type: ignore[arg-type]
        return summary(0)

    later = datetime.now(UTC) + timedelta(minutes=2)
    with schedule_lock(config, due) as held:  # another scheduler is running it
        assert held
        assert run_due(config, now=later, runner=runner) == []
    assert calls == []
    assert len(run_due(config, now=later, runner=runner)) == 1
    assert calls == [("https://due.example/", str(due))]
    view = next(v for v in list_schedules(config) if v.id == due)
    assert view.last_run_at is not None and view.next_run_at > view.last_run_at
    run_due(config, now=later, runner=runner)  # not due again until the next minute
    assert len(calls) == 1


@pytest.mark.slow
def test_scheduler_runs_a_real_crawl(tiny_market, fakes, data_dir):
    config = load_config(data_dir)
    add_schedule(config, "* * * * *", tiny_market.base_url + "/", max_pages=6)
    runner = functools.partial(run_crawl, backends=fakes, capture=False)
    done = run_due(config, now=datetime.now(UTC) + timedelta(minutes=2), runner=runner)
    assert len(done) == 1 and done[0].pages == 6


def test_alert_by_smtp_and_webhook(tmp_path):
    from aiosmtpd.controller import Controller

    mails: list[bytes] = []

    class Handler:
        async def handle_DATA(self, server, session, envelope):
            mails.append(envelope.content)
            return "250 OK"

    hooks: list[dict] = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            hooks.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    smtp = Controller(Handler(), hostname="127.0.0.1", port=port)
    smtp.start()
    web = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=web.serve_forever, daemon=True).start()
    try:
        alerts = AlertSettings(threshold=2, email_to=["ncb@example.org"],
                               smtp_host="127.0.0.1", smtp_port=port,
                               webhook_url=f"http://127.0.0.1:{web.server_address[1]}/hook",
                               triage_url="https://triage.example")
        assert send_alerts(summary(1), alerts) == []  # below the threshold
        assert len(send_alerts(summary(2), alerts)) == 2
        text = mails[0].decode()
        assert "Subject: wildtrace: 2 new flagged listing(s) on savanna" in text
        assert "https://triage.example/listings/41" in text and "Ivory bangle 1" in text
        assert hooks[0]["new_flagged"] == 2
        assert hooks[0]["listings"][0]["link"] == "https://triage.example/listings/40"
    finally:
        smtp.stop()
        web.shutdown()
    alerts.webhook_url = None  # the relay is gone now: one clear error
    with pytest.raises(AlertError, match="alert e-mail"):
        send_alerts(summary(3), alerts)


