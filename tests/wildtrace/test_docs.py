"""Every command and every option the CLI accepts is documented in docs/commands.md."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from wildtrace.cli.main import build_parser

DOC = Path(__file__).resolve().parents[2] / "docs" / "commands.md"


def leaf_commands() -> list[tuple[str, list[str]]]:
    found: list[tuple[str, list[str]]] = []

    def walk(parser: argparse.ArgumentParser, path: list[str]) -> None:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs and len(path) > 1:
            options = sorted({o for a in parser._actions for o in a.option_strings
                              if o.startswith("--") and o != "--help"})
            found.append((" ".join(path), options))
        for action in subs:
            for name, child in action.choices.items():
                walk(child, [*path, name])

    walk(build_parser(), ["wildtrace"])
    return found


def sections() -> dict[str, str]:
    text = DOC.read_text(encoding="utf-8")
    parts = re.split(r"^### `(wildtrace[^`]*)`\s*$", text, flags=re.MULTILINE)
    return {parts[i].split(" [")[0].strip(): parts[i + 1] for i in range(1, len(parts), 2)}


def test_every_command_has_a_section_with_its_options() -> None:
    documented = sections()
    problems = []
    for command, options in leaf_commands():
        section = next((body for head, body in documented.items()
                        if head == command or head.startswith(command + " ")), None)
        if section is None:
            problems.append(f"{command}: no '### `{command}`' section")
            continue
        problems += [f"{command}: option {o} not documented" for o in options
                     if o not in section]
    assert not problems, "\n".join(problems)


def test_no_section_for_a_command_that_does_not_exist() -> None:
    commands = {command for command, _ in leaf_commands()}
    stale = [head for head in sections()
             if not any(head == c or head.startswith(c + " ") for c in commands)]
    assert not stale, stale
