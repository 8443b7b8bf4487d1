"""Errors the crawlers raise on purpose; the CLI prints them as one line.

Hierarchy::

    WildtraceError (wildtrace.exceptions)
    └── CrawlError                      exit 1  a crawl could not run or finish
        ├── ProfileError                exit 2  a site profile is missing, unreadable or invalid
        ├── StartUrlError               exit 2  the start URL is not an http(s) URL
        ├── WatchlistError              exit 2  a watchlist term or file is wrong
        ├── ScheduleError               exit 2  a bad cron expression or unknown schedule
        ├── SiteUnreachableError        exit 3  the marketplace (or its proxy) did not answer
        ├── FrontierUnavailableError    exit 3  the shared Redis frontier did not answer
        └── CrawlProcessError           exit 1  the crawl child process failed (see its log)
"""

from __future__ import annotations

from wildtrace.exceptions import WildtraceError


class CrawlError(WildtraceError):
    """Base class of every crawler error."""

    exit_code = 1


class ProfileError(CrawlError):
    """A site profile is missing, unreadable or does not follow the schema."""

    exit_code = 2


class StartUrlError(CrawlError):
    """The start URL cannot be crawled (not http/https, no host)."""

    exit_code = 2


class WatchlistError(CrawlError):
    """A watchlist term, language or file is wrong."""

    exit_code = 2


class ScheduleError(CrawlError):
    """A schedule cannot be added or found (bad cron expression, unknown id)."""

    exit_code = 2


class SiteUnreachableError(CrawlError):
    """The marketplace, or the proxy in front of it, refused or timed out."""

    exit_code = 3


class FrontierUnavailableError(CrawlError):
    """The Redis server holding the shared frontier did not answer."""

    exit_code = 3


class CrawlProcessError(CrawlError):
    """The crawl child process ended with an error; the message names its log file."""

    exit_code = 1
