"""Entry point of the ``wildtrace`` command.

Parses the command line, calls one function, and turns wildtrace's own errors into one line on
stderr with a meaningful exit code (1 failure, 2 usage or configuration, 3 service down,
130 interrupted). Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from wildtrace import __version__
from wildtrace.exceptions import WildtraceError

# Each module defines ``register(subparsers)``; order is the order shown in --help.
COMMAND_MODULES = (
    "demo", "crawl", "extract", "lexicon", "classify", "store", "triage", "evidence", "cases",
    "network",
)


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line plus a hint, exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="wildtrace",
        description="Find online sales of CITES-protected wildlife, preserve the evidence and "
                    "prepare INTERPOL NCB support requests.")
    parser.add_argument("--version", action="version", version=f"wildtrace {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="more log output (-vv for debug)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"wildtrace.cli.{name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    level = logging.WARNING - 10 * min(args.verbose, 2)
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    handler = getattr(args, "func", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return int(handler(args) or 0)
    except WildtraceError as exc:
        print(f"wildtrace: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("wildtrace: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
