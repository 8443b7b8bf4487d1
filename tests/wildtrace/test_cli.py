"""The command line itself: help, version, errors as one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wildtrace.cli.main import main
from wildtrace.config import load_config


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wildtrace.cli.main", *args],
                          capture_output=True, text=True, timeout=120)


def test_help_lists_commands() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "wildtrace" in result.stdout


def test_unknown_command_is_one_line_error() -> None:
    result = run("no-such-command")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) <= 3


def test_no_command_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage" in capsys.readouterr().out


def test_data_dir_resolution(tmp_path: Path) -> None:
    cfg = load_config(None, env={"WILDTRACE_DATA_DIR": str(tmp_path / "d")})
    assert cfg.data_dir == (tmp_path / "d").resolve()
    assert cfg.database_url == f"sqlite:///{(tmp_path / 'd' / 'wildtrace.db').resolve()}"
    explicit = load_config(tmp_path / "x", env={"WILDTRACE_DATA_DIR": str(tmp_path / "d")})
    assert explicit.data_dir == (tmp_path / "x").resolve()


@pytest.mark.parametrize("command", [["triage", "serve"], ["demo"]])
def test_port_out_of_range_is_a_usage_error(command: list[str]) -> None:
    result = run(*command, "--port", "99999")
    assert result.returncode == 2
    assert "out of range" in result.stderr and "Traceback" not in result.stderr
