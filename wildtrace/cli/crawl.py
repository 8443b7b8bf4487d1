"""Commands of the 'crawl' group: crawl, watchlist, schedule, scheduler.

Thin: parse, call one function of the ``crawlers`` package, print. Scrapy and the browser are
imported inside the crawl child process only, so ``wildtrace --help`` stays fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from wildtrace.cli.common import add_data_dir, config_from


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this group's commands to the top-level parser."""
    crawl = sub.add_parser(
        "crawl", help="crawl a marketplace (with a site profile, or generically)",
        description="Crawl START_URL: with --profile as the profile says, else generically "
                    "within the start URL's site. Listings are extracted, classified, captured "
                    "to WARC and stored; a crawl killed before it finished resumes when run "
                    "again with the same arguments.")
    crawl.add_argument("start_url", metavar="START_URL", help="http(s) URL to start from")
    crawl.add_argument("--profile", metavar="FILE", type=Path,
                       help="site profile (TOML; see crawlers/README.md)")
    add_data_dir(crawl)
    crawl.add_argument("--max-pages", metavar="N", type=int, default=None,
                       help="stop after N pages (default: the profile's, else CRAWL_MAX_PAGES)")
    crawl.add_argument("--no-capture", action="store_true",
                       help="do not capture to WARC (no evidence: for trying out a profile)")
    crawl.add_argument("--frontier", metavar="URL", default=None,
                       help="share one frontier among workers in Redis (redis://host:port/db)")
    crawl.add_argument("--json", action="store_true", help="print the summary as JSON")
    crawl.set_defaults(func=handle_crawl)

    watch = sub.add_parser("watchlist", help="show or edit the search terms of crawls",
                           description="Search terms per language: the species lexicon's, "
                                       "plus your additions, minus your removals.")
    wsub = watch.add_subparsers(dest="watchlist_command", metavar="ACTION", required=True)
    show = wsub.add_parser("show", help="print the terms of a language, one per line")
    show.add_argument("--language", "-l", default="en", help="language code (default en)")
    show.add_argument("--limit", type=int, default=None, help="at most N terms")
    add_data_dir(show)
    show.set_defaults(func=handle_watchlist)
    for action, text in (("add", "add terms"), ("remove", "remove terms")):
        edit = wsub.add_parser(action, help=f"{text} for a language")
        edit.add_argument("terms", metavar="TERM", nargs="+")
        edit.add_argument("--language", "-l", default="en", help="language code (default en)")
        add_data_dir(edit)
        edit.set_defaults(func=handle_watchlist)
    _register_schedules(sub)


def _register_schedules(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    schedule = sub.add_parser("schedule", help="add, list or remove scheduled crawls",
                              description="Crawls on cron expressions, kept in the store; "
                                          "'wildtrace scheduler' runs them.")
    ssub = schedule.add_subparsers(dest="schedule_command", metavar="ACTION", required=True)
    add = ssub.add_parser("add", help="schedule a crawl, e.g. add '0 3 * * *' https://m.example/")
    add.add_argument("cron", metavar="CRON", help="cron expression (five fields, UTC)")
    add.add_argument("start_url", metavar="START_URL")
    add.add_argument("--profile", metavar="FILE", type=Path, help="site profile (TOML)")
    add.add_argument("--max-pages", metavar="N", type=int, default=None)
    add_data_dir(add)
    add.set_defaults(func=handle_schedule)
    listing = ssub.add_parser("list", help="schedules with their last and next run")
    listing.add_argument("--json", action="store_true", help="print JSON")
    add_data_dir(listing)
    listing.set_defaults(func=handle_schedule)
    remove = ssub.add_parser("remove", help="remove a schedule by id")
    remove.add_argument("schedule_id", metavar="ID", type=int)
    add_data_dir(remove)
    remove.set_defaults(func=handle_schedule)

    scheduler = sub.add_parser(
        "scheduler", help="run due scheduled crawls (and send alerts)",
        description="Check the schedules every --interval seconds and run the due ones, never "
                    "two runs of one schedule at once; alert when a run flags new listings.")
    add_data_dir(scheduler)
    scheduler.add_argument("--once", action="store_true", help="one pass, then exit")
    scheduler.add_argument("--interval", type=float, default=None, metavar="S",
                           help="seconds between checks (default CRAWL_SCHEDULER_INTERVAL)")
    scheduler.add_argument("--alert-email", action="append", default=[], metavar="ADDR",
                           help="send digests to this address (repeatable)")
    scheduler.add_argument("--smtp", metavar="HOST:PORT", default=None,
                           help="SMTP relay (default CRAWL_ALERT_SMTP_HOST:PORT)")
    scheduler.add_argument("--webhook", metavar="URL", default=None,
                           help="POST each digest as JSON to this URL")
    scheduler.add_argument("--alert-threshold", type=int, default=None, metavar="N",
                           help="newly flagged listings that trigger an alert (default 1)")
    scheduler.add_argument("--triage-url", default=None, metavar="URL",
                           help="triage base URL for the links in alerts")
    scheduler.set_defaults(func=handle_scheduler)


class _Progress:
    """Live progress on stderr: one rewriting line on a terminal, a line per 5 s otherwise."""

    def __init__(self) -> None:
        self.live = sys.stderr.isatty()
        self.last = 0.0

    def __call__(self, progress: object) -> None:
        import time

        text = ("crawl: {phase:<8} pages {pages:>5}  listings {listings:>5}  flagged "
                "{flagged:>4}  errors {errors}").format(**vars(progress))
        if self.live:
            sys.stderr.write("\r\033[K" + text)
            sys.stderr.flush()
        elif time.monotonic() - self.last >= 5 or vars(progress).get("phase") == "done":
            self.last = time.monotonic()
            sys.stderr.write(text + "\n")

    def close(self) -> None:
        if self.live:
            sys.stderr.write("\n")


def handle_crawl(args: argparse.Namespace) -> int:
    from crawlers import run_crawl
    from crawlers.run import summary_json

    config = config_from(args)
    progress = _Progress()
    try:
        summary = run_crawl(args.start_url, config=config, profile=args.profile,
                            max_pages=args.max_pages, capture=not args.no_capture,
                            progress=progress, frontier=args.frontier)
    finally:
        progress.close()
    if args.json:
        print(json.dumps(summary_json(summary), indent=2))
        return 0
    rows = [("crawl run", summary.run_id), ("marketplace", summary.marketplace),
            ("pages fetched", summary.pages), ("listings stored", summary.listings),
            ("flagged", summary.flagged), ("marked removed", summary.removed),
            ("WARC files", len(summary.warc_files)),
            ("responses not captured", summary.not_captured), ("errors", summary.errors),
            ("time", f"{summary.seconds:.1f} s"), ("log", summary.log_file)]
    for name, value in rows:
        print(f"{name:<24} {value}")
    return 1 if summary.pages == 0 else 0


def handle_watchlist(args: argparse.Namespace) -> int:
    from crawlers.watchlist import Watchlist

    config = config_from(args)
    watchlist = Watchlist(Path(config.data_dir))
    if args.watchlist_command == "show":
        for term in watchlist.terms(args.language, limit=args.limit):
            print(term)
        return 0
    for term in args.terms:
        getattr(watchlist, args.watchlist_command)(term, args.language)
    print(f"watchlist ({args.language}): {args.watchlist_command} {len(args.terms)} term(s)",
          file=sys.stderr)
    return 0


def handle_schedule(args: argparse.Namespace) -> int:
    from crawlers import schedules

    config = config_from(args)
    if args.schedule_command == "add":
        new_id = schedules.add_schedule(config, args.cron, args.start_url, profile=args.profile,
                                        max_pages=args.max_pages)
        print(f"schedule {new_id} added")
    elif args.schedule_command == "remove":
        schedules.remove_schedule(config, args.schedule_id)
        print(f"schedule {args.schedule_id} removed")
    else:
        views = schedules.list_schedules(config)
        if args.json:
            print(json.dumps([{**vars(v), "last_run_at": v.last_run_at and v.last_run_at
                               .isoformat(), "next_run_at": v.next_run_at.isoformat()}
                              for v in views], indent=2))
            return 0
        for v in views:
            last = v.last_run_at.strftime("%Y-%m-%d %H:%M") if v.last_run_at else "never"
            print(f"{v.id:>4}  {v.cron:<16} last {last:<16}  next "
                  f"{v.next_run_at:%Y-%m-%d %H:%M}  {v.start_url}"
                  + (f"  profile {v.profile}" if v.profile else "")
                  + ("" if v.enabled else "  (disabled)"))
    return 0


def handle_scheduler(args: argparse.Namespace) -> int:
    from crawlers import settings
    from crawlers.alerts import AlertSettings
    from crawlers.exceptions import ScheduleError
    from crawlers.schedules import run_scheduler

    config = config_from(args)
    alerts = AlertSettings(email_to=list(args.alert_email), webhook_url=args.webhook)
    if args.smtp:
        host, _, port = args.smtp.rpartition(":")
        if not host or not port.isdigit():
            raise ScheduleError(f"--smtp {args.smtp!r}: expected HOST:PORT")
        alerts.smtp_host, alerts.smtp_port = host, int(port)
    if args.alert_threshold is not None:
        alerts.threshold = args.alert_threshold
    if args.triage_url:
        alerts.triage_url = args.triage_url

    def report(summary: object) -> None:
        print("crawl run {run_id} ({marketplace}): {pages} pages, {listings} listings, "
              "{flagged} flagged".format(**vars(summary)), file=sys.stderr)

    interval = args.interval if args.interval is not None else settings.CRAWL_SCHEDULER_INTERVAL
    runs = run_scheduler(config, interval=interval, once=args.once, alerts=alerts,
                         report=report)
    print(f"scheduler: {runs} run(s)", file=sys.stderr)
    return 0
