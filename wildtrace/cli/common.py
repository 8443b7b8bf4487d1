"""Pieces every command module shares: the --data-dir option and argument checks."""

from __future__ import annotations

import argparse
from pathlib import Path

from wildtrace.config import Config, load_config
from wildtrace.exceptions import UsageError


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir", metavar="DIR", default=None,
        help="data directory (default: $WILDTRACE_DATA_DIR, else ./wildtrace-data)")


def config_from(args: argparse.Namespace) -> Config:
    return load_config(getattr(args, "data_dir", None))


def existing_file(value: str) -> Path:
    """argparse type: a path that must exist and be a file."""
    path = Path(value)
    if not path.exists():
        raise UsageError(f"{value}: no such file")
    if not path.is_file():
        raise UsageError(f"{value}: not a file")
    return path


def port_number(value: str) -> int:
    """argparse type: a TCP port, 1-65535."""
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port number") from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"port {port} is out of range (1-65535)")
    return port


def positive_int(value: str) -> int:
    """argparse type: a whole number of at least 1."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{number} is less than 1")
    return number
