"""Every CRAWL_* setting has help and is in the README; every command is documented."""

from __future__ import annotations

from pathlib import Path

from crawlers import settings
from wildtrace.cli.main import build_parser

README = (Path(__file__).resolve().parents[2] / "crawlers" / "README.md").read_text()


def test_every_setting_has_help_and_is_documented():
    names = {name for name in dir(settings) if name.startswith("CRAWL_")}
    assert names == set(settings.HELP)
    assert all(settings.HELP[name].strip() for name in names)
    missing = [name for name in names if f"`{name}`" not in README]
    assert not missing, f"undocumented in crawlers/README.md: {missing}"


def test_every_command_is_documented():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for command in ("crawl", "watchlist", "schedule", "scheduler"):
        assert command in sub.choices, command
        assert f"`wildtrace {command}" in README, command
