"""Errors the demo marketplace raises on purpose.

Hierarchy::

    WildtraceError                      (wildtrace.exceptions)
    └── DemoMarketError                 exit 1
        ├── UnknownListingError         exit 2   (remove/set_price with an id not in the catalogue)
        ├── MarketNotStartedError       exit 1   (url_for/base_url asked before start())
        └── MarketStartError            exit 3   (a port could not be bound)
"""

from __future__ import annotations

from wildtrace.exceptions import WildtraceError


class DemoMarketError(WildtraceError):
    """Base class of every demo marketplace error."""


class UnknownListingError(DemoMarketError):
    """A listing id that is not in the demo catalogue."""

    exit_code = 2


class MarketNotStartedError(DemoMarketError):
    """The marketplace has no URLs until :meth:`DemoMarket.start` has run."""


class MarketStartError(DemoMarketError):
    """A site's server could not listen (port taken, bad host)."""

    exit_code = 3
