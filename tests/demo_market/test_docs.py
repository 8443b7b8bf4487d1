"""The README documents every setting, every public name and the module entry point."""

from __future__ import annotations

import random
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

import demo_market
from demo_market import DemoMarket, settings
from demo_market.exceptions import MarketStartError

README = Path(demo_market.__file__).with_name("README.md").read_text(encoding="utf-8")


def test_every_setting_is_documented() -> None:
    names = [name for name in vars(settings) if name.startswith("DEMO_")]
    assert len(names) >= 10
    missing = [name for name in names if f"`{name}`" not in README]
    assert missing == []


def test_every_public_name_is_documented() -> None:
    for name in demo_market.__all__:
        assert name in README, name
    assert "python -m demo_market" in README


def test_a_taken_port_is_a_clear_error() -> None:
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        port = blocker.getsockname()[1]
        market = DemoMarket(base_port=port)
        with pytest.raises(MarketStartError, match=f"127.0.0.1:{port}"):
            market.start()
        assert market.sites == []


def _three_free_ports() -> int:
    """A base port whose next two ports are free too (others may take them meanwhile)."""
    for base in random.Random().sample(range(20000, 60000, 3), 50):
        sockets = []
        try:
            for port in range(base, base + 3):
                sock = socket.socket()
                sockets.append(sock)
                sock.bind(("127.0.0.1", port))
            return base
        except OSError:
            continue
        finally:
            for sock in sockets:
                sock.close()
    raise AssertionError("no three consecutive free ports")


def test_module_entry_point_serves_until_stopped() -> None:
    root = Path(__file__).resolve().parents[2]
    for _attempt in range(3):
        port = _three_free_ports()
        process = subprocess.Popen([sys.executable, "-m", "demo_market", "--port", str(port)],
                                   cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True)
        try:
            assert process.stdout is not None and process.stderr is not None
            lines = [process.stdout.readline().split() for _ in range(3)]
            if not all(lines):  # a port was taken in between: one line on stderr, exit 3
                assert process.wait(timeout=10) == 3
                assert process.stderr.read().startswith("demo_market: cannot listen on")
                continue
            assert [line[0] for line in lines] == ["savanna", "mercado", "longma"]
            assert lines[0][2] == f"http://127.0.0.1:{port}"
            with urllib.request.urlopen(lines[2][2] + "/robots.txt", timeout=10) as response:
                assert response.status == 200
            return
        finally:
            process.terminate()
            process.wait(timeout=10)
    raise AssertionError("could not start on three attempts")
