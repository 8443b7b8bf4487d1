"""Every extractor setting and every `wildtrace extract` option is documented in the README."""

from __future__ import annotations

import re
from pathlib import Path

import extractors.settings as settings
from wildtrace.cli.main import build_parser

README = (Path(__file__).resolve().parents[2] / "extractors" / "README.md").read_text()


def test_every_setting_is_documented() -> None:
    names = [name for name in vars(settings) if name.startswith("EXTRACT_")]
    assert names
    missing = [name for name in names if f"`{name}`" not in README]
    assert missing == []


def test_every_extract_option_is_documented() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    extract = sub.choices["extract"]  # type: ignore[attr-defined]
    options = [s for action in extract._actions for s in action.option_strings
               if s.startswith("--") and s != "--help"]
    assert "--url" in options
    missing = [o for o in options if not re.search(re.escape(o) + r"\b", README)]
    assert missing == []
