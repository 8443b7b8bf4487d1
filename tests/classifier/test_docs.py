"""Every classifier setting and command is documented in classifier/README.md."""

from __future__ import annotations

from pathlib import Path

import classifier.settings as settings

README = (Path(settings.__file__).resolve().parent / "README.md").read_text(encoding="utf-8")


def test_settings_documented() -> None:
    names = [n for n in dir(settings) if n.startswith("CLASSIFIER_")]
    assert names
    assert [n for n in names if f"`{n}`" not in README] == []


def test_commands_documented() -> None:
    for command in ("wildtrace classify", "wildtrace classifier train",
                    "wildtrace classifier evaluate", "--extra-labels", "--force", "--markdown"):
        assert command in README, command
