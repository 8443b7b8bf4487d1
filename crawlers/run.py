"""``run_crawl``: crawl one marketplace in a child process and return what it did.

The parent validates what a user can get wrong (the URL, the profile, whether the site and
the Redis frontier answer) so mistakes fail fast with one line; then it starts
``python -m crawlers.runner``, turns its JSON-line reports into :class:`CrawlProgress`
callbacks, and returns a :class:`CrawlSummary`. The child's log is kept in
``<data dir>/crawl-state/logs/``.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawlers import exceptions
from crawlers.exceptions import (
    CrawlProcessError,
    FrontierUnavailableError,
    SiteUnreachableError,
    StartUrlError,
)
from crawlers.profiles import Profile, generic_profile, load_profile
from crawlers.progress import CrawlProgress
from wildtrace.config import Config

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class CrawlSummary:
    """What one crawl did."""

    run_id: str
    marketplace: str
    pages: int
    listings: int
    flagged: int
    errors: int
    not_captured: int
    warc_files: list[Path] = field(default_factory=list)
    seconds: float = 0.0
    removed: int = 0
    resumed: bool = False
    log_file: Path | None = None
    new_flagged: list[dict[str, Any]] = field(default_factory=list)  # first seen, flagged


def check_start_url(start_url: str) -> None:
    parts = urlsplit(start_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise StartUrlError(f"{start_url!r} is not an http(s) URL with a host "
                            "(expected e.g. https://market.example/search)")
    try:
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError as exc:
        raise StartUrlError(f"{start_url!r}: {exc}") from exc


def check_reachable(start_url: str, timeout: float = 5.0) -> None:
    """Fail fast with one line when the site's server does not accept connections."""
    parts = urlsplit(start_url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        with socket.create_connection((parts.hostname or "", port), timeout=timeout):
            pass
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise SiteUnreachableError(f"cannot reach {parts.hostname}:{port} ({reason}); "
                                   "is the site up and the URL right?") from exc


def check_frontier(frontier: str) -> None:
    if urlsplit(frontier).scheme not in ("redis", "rediss", "unix"):
        raise StartUrlError(f"--frontier {frontier!r} must be a redis:// URL")
    import redis

    try:
        redis.Redis.from_url(frontier, socket_connect_timeout=3).ping()
    except (redis.RedisError, OSError) as exc:
        raise FrontierUnavailableError(
            f"Redis frontier {frontier} does not answer ({exc})") from exc


def _error(event: dict[str, Any], log_file: Path) -> Exception:
    cls = getattr(exceptions, str(event.get("type")), None)
    message = str(event.get("message") or "crawl failed")
    if isinstance(cls, type) and issubclass(cls, exceptions.CrawlError):
        return cls(message)
    error = CrawlProcessError(f"{message} (log: {log_file})")
    error.exit_code = int(event.get("exit_code") or 1)
    return error


def run_crawl(start_url: str, *, config: Config, profile: Path | None = None,
              max_pages: int | None = None, capture: bool = True,
              progress: Callable[[CrawlProgress], None] | None = None,
              frontier: str | None = None, schedule_id: str | None = None,
              backends: str | None = None) -> CrawlSummary:
    """Crawl ``start_url`` (with ``profile``, else generically) into ``config``'s data dir.

    ``frontier`` (default: ``WILDTRACE_REDIS_URL``) shares a Redis frontier among workers;
    ``backends`` ("module:factory") swaps the packages the crawl calls, for tests. A crawl killed
    before it finished resumes when called again with the same start URL and profile.
    """
    check_start_url(start_url)
    if max_pages is not None and max_pages < 1:
        raise StartUrlError(f"--max-pages must be at least 1, got {max_pages}")
    site: Profile = load_profile(profile) if profile else generic_profile(start_url)
    if not site.proxy:
        check_reachable(start_url)
    frontier = frontier or config.redis_url  # WILDTRACE_REDIS_URL: the team tier's frontier
    if frontier:
        check_frontier(frontier)
    config.paths.ensure()
    logs = config.paths.crawl_state / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    log_file = logs / f"{site.name}-{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}.log"
    started = time.monotonic()
    read_fd, write_fd = os.pipe()
    spec = {
        "start_url": start_url, "data_dir": str(config.data_dir),
        "database_url": config.database_url, "elasticsearch_url": config.elasticsearch_url,
        "redis_url": config.redis_url, "operator": config.operator,
        "profile": str(Path(profile).resolve()) if profile else None, "max_pages": max_pages,
        "capture": capture, "frontier": frontier, "schedule_id": schedule_id,
        "backends": backends, "progress_fd": write_fd, "log_file": str(log_file),
    }
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False,
                                     dir=config.paths.crawl_state) as handle:
        json.dump(spec, handle)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    events: list[dict[str, Any]] = []
    try:
        child = subprocess.Popen(
            [sys.executable, "-m", "crawlers.runner", handle.name], pass_fds=(write_fd,),
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=log_file.open("ab"), env=env, cwd=str(ROOT))
        os.close(write_fd)
        with os.fdopen(read_fd, "r", encoding="utf-8") as reports:
            for line in reports:
                try:
                    event = json.loads(line)
                except ValueError:
                    continue
                events.append(event)
                if event.get("event") == "progress" and progress is not None:
                    fields = {k: event[k] for k in CrawlProgress.__dataclass_fields__
                              if k in event}
                    progress(CrawlProgress(**fields))
        code = child.wait()
    except KeyboardInterrupt:
        child.terminate()
        child.wait()
        raise
    finally:
        Path(handle.name).unlink(missing_ok=True)
    return _summary(events, code, log_file, time.monotonic() - started)


def _summary(events: list[dict[str, Any]], code: int, log_file: Path,
             seconds: float) -> CrawlSummary:
    for event in events:
        if event.get("event") == "error":
            raise _error(event, log_file)
    done = next((e for e in events if e.get("event") == "summary"), None)
    if code != 0 or done is None:
        raise CrawlProcessError(f"the crawl process ended with exit code {code} "
                                f"before finishing; see {log_file}")
    started = next((e for e in events if e.get("event") == "started"), {})
    return CrawlSummary(
        run_id=str(done["run_id"]), marketplace=str(done["marketplace"]),
        pages=int(done["pages"]), listings=int(done["listings"]), flagged=int(done["flagged"]),
        errors=int(done["errors"]), not_captured=int(done["not_captured"]),
        warc_files=[Path(p) for p in done.get("warc_files", [])], seconds=seconds,
        removed=int(done.get("removed", 0)), resumed=bool(started.get("resumed", False)),
        log_file=log_file, new_flagged=list(done.get("new_flagged", [])))


def summary_json(summary: CrawlSummary) -> dict[str, Any]:
    data = asdict(summary)
    data["warc_files"] = [str(p) for p in summary.warc_files]
    data["log_file"] = str(summary.log_file) if summary.log_file else None
    return data
