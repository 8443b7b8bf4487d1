"""Every setting and command of the evidence package is documented in its README."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import evidence.settings
from wildtrace.cli.main import build_parser

README = (Path(evidence.settings.__file__).parent / "README.md").read_text()


def test_every_setting_is_documented() -> None:
    names = [name for name in vars(evidence.settings) if name.startswith("EVIDENCE_")]
    assert names
    assert [name for name in names if f"`{name}`" not in README] == []


def test_every_command_is_documented() -> None:
    parser: Any = build_parser()
    group: Any = parser._subparsers._group_actions[0].choices["evidence"]
    commands = group._subparsers._group_actions[0].choices
    assert set(commands) == {"verify", "log"}
    assert [c for c in commands if f"`wildtrace evidence {c}" not in README] == []
