"""``wildtrace users add|list`` and ``wildtrace triage serve`` as a user runs them."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

STRONG = "Correct-Horse-42-battery"


def wildtrace(*args: str, stdin: str = "", data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wildtrace.cli.main", *args,
                           "--data-dir", str(data_dir)], input=stdin, capture_output=True,
                          text=True, timeout=120)


def test_users_add_reads_stdin_and_list_shows_roles(data_dir: Path) -> None:
    added = wildtrace("users", "add", "ana", "--role", "analyst", stdin=STRONG + "\n",
                      data_dir=data_dir)
    assert added.returncode == 0, added.stderr
    assert "ana" in added.stdout
    wildtrace("users", "add", "ada", "--role", "admin", stdin=STRONG + "\n", data_dir=data_dir)
    listed = wildtrace("users", "list", data_dir=data_dir)
    assert listed.returncode == 0
    assert "ana\tanalyst" in listed.stdout and "ada\tadmin" in listed.stdout
    assert "argon2" not in listed.stdout
    from store import open_store
    from wildtrace.config import load_config

    with open_store(load_config(data_dir)) as store:
        user = store.get_user("ana")
        assert user is not None and user.password_hash.startswith("$argon2id$")


@pytest.mark.parametrize(("args", "stdin", "message"), [
    (("users", "add", "bob", "--role", "analyst"), "\n", "empty"),
    (("users", "add", "bob", "--role", "analyst"), "short\n", "too short"),
    (("users", "add", "bob", "--role", "analyst"), "bobbobbob-Secret-1\n", "user name"),
    (("users", "add", "b/b", "--role", "analyst"), STRONG + "\n", "not accepted"),
    (("users", "add", "bob", "--role", "root"), STRONG + "\n", "invalid choice"),
])
def test_bad_account_requests_are_one_line_errors(data_dir: Path, args: tuple[str, ...],
                                                  stdin: str, message: str) -> None:
    result = wildtrace(*args, stdin=stdin, data_dir=data_dir)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_duplicate_user_is_refused(data_dir: Path) -> None:
    wildtrace("users", "add", "ana", "--role", "analyst", stdin=STRONG + "\n", data_dir=data_dir)
    again = wildtrace("users", "add", "ana", "--role", "admin", stdin=STRONG + "\n",
                      data_dir=data_dir)
    assert again.returncode == 2 and "already exists" in again.stderr


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.slow
def test_triage_serve_serves_the_login_page(data_dir: Path) -> None:
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "wildtrace.cli.main", "triage", "serve", "--port", str(port),
         "--data-dir", str(data_dir)], stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        assert f"http://127.0.0.1:{port}/" in line, line
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=10) as response:
            assert response.status == 200
            assert "default-src 'self'" in response.headers["Content-Security-Policy"]
        busy = wildtrace("triage", "serve", "--port", str(port), data_dir=data_dir)
        assert busy.returncode == 3 and "cannot listen" in busy.stderr
        assert "Traceback" not in busy.stderr
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()


def test_every_setting_and_command_is_documented() -> None:
    import triage.settings as settings

    readme = (Path(settings.__file__).parent / "README.md").read_text()
    names = [name for name in vars(settings) if name.startswith("TRIAGE_") or name == "ROLES"]
    assert len(names) >= 12
    for name in names:
        assert f"`{name}`" in readme, name
    for command in ("wildtrace triage serve", "wildtrace users add", "wildtrace users list"):
        assert command in readme, command
