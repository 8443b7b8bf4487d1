"""The root of every error wildtrace raises on purpose.

Each package (``crawlers``, ``extractors``, ``evidence``, ``classifier``, ``store``, ``triage``,
``case_requests``, ``networks``) has its own ``exceptions.py`` whose base class derives from
:class:`WildtraceError`. The CLI turns any :class:`WildtraceError` into a one-line message and
the exit code it carries; anything else is a bug and keeps its traceback.

Hierarchy::

    WildtraceError                 exit 1
    ├── UsageError                 exit 2   (bad flag value, missing input file)
    ├── ConfigurationError         exit 2   (bad setting, bad URL, missing key)
    └── ServiceUnavailableError    exit 3   (database, index, SMTP relay or server is down)
"""

from __future__ import annotations


class WildtraceError(Exception):
    """Base class: a failure to report as one line, never as a traceback."""

    exit_code: int = 1


class UsageError(WildtraceError):
    """The user asked for something that cannot be done as asked."""

    exit_code = 2


class ConfigurationError(WildtraceError):
    """A setting, URL or key is missing or wrong."""

    exit_code = 2


class ServiceUnavailableError(WildtraceError):
    """A service wildtrace depends on (database, index, relay, web server) did not answer."""

    exit_code = 3
