"""The crawl group's commands, as a user runs them: one-line errors, exit codes, output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def wildtrace(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wildtrace.cli.main", *args,
                           "--data-dir", str(data_dir)],
                          capture_output=True, text=True, timeout=120)


def one_line_error(result: subprocess.CompletedProcess[str], code: int, text: str) -> None:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and text in lines[0], lines


def test_crawl_errors_are_one_line(data_dir, tmp_path):
    one_line_error(wildtrace("crawl", "not a url", data_dir=data_dir), 2, "not an http(s) URL")
    one_line_error(wildtrace("crawl", "http://127.0.0.1:9/", data_dir=data_dir), 3,
                   "cannot reach 127.0.0.1:9")
    one_line_error(wildtrace("crawl", "http://127.0.0.1:9/", "--profile",
                             str(tmp_path / "none.toml"), data_dir=data_dir), 2, "no such file")
    bad = tmp_path / "bad.toml"
    bad.write_text('[site]\nname = "x"\n[crawl]\nmax_pages = 0\n')
    one_line_error(wildtrace("crawl", "http://127.0.0.1:9/", "--profile", str(bad),
                             data_dir=data_dir), 2, "crawl.max_pages must be at least 1")
    one_line_error(wildtrace("crawl", "http://127.0.0.1:9/", "--max-pages", "0",
                             data_dir=data_dir), 2, "--max-pages")


def test_watchlist_edits_are_kept(data_dir):
    assert wildtrace("watchlist", "add", "sừng tê giác", "-l", "vi",
                     data_dir=data_dir).returncode == 0
    shown = wildtrace("watchlist", "show", "-l", "vi", data_dir=data_dir)
    assert shown.returncode == 0 and shown.stdout.splitlines()[0] == "sừng tê giác"
    assert wildtrace("watchlist", "remove", "sừng tê giác", "-l", "vi",
                     data_dir=data_dir).returncode == 0
    shown = wildtrace("watchlist", "show", "-l", "vi", data_dir=data_dir)
    assert "sừng tê giác" not in shown.stdout.splitlines()
    one_line_error(wildtrace("watchlist", "show", "-l", "Vietnamese", data_dir=data_dir), 2,
                   "not a language code")


def test_schedule_commands(data_dir):
    one_line_error(wildtrace("schedule", "add", "61 * * * *", "https://m.example/",
                             data_dir=data_dir), 2, "cron")
    added = wildtrace("schedule", "add", "30 2 * * *", "https://m.example/", "--max-pages",
                      "50", data_dir=data_dir)
    assert added.returncode == 0 and "schedule 1 added" in added.stdout
    listed = wildtrace("schedule", "list", data_dir=data_dir)
    assert "30 2 * * *" in listed.stdout and "last never" in listed.stdout
    one_line_error(wildtrace("schedule", "remove", "7", data_dir=data_dir), 2, "no schedule 7")
    assert wildtrace("schedule", "remove", "1", data_dir=data_dir).returncode == 0
    ran = wildtrace("scheduler", "--once", data_dir=data_dir)
    assert ran.returncode == 0 and "0 run(s)" in ran.stderr


def test_crawl_command_end_to_end(data_dir):
    """The real thing: demo site, capture proxy, extractors, classifier model, store."""
    import json

    import pytest

    demo_market = pytest.importorskip("demo_market")
    profile = Path(__file__).resolve().parents[2] / "crawlers" / "profiles" / "mercado.toml"
    with demo_market.DemoMarket() as market:
        result = wildtrace("crawl", market.site("mercado").base_url + "/", "--profile",
                           str(profile), "--max-pages", "12", "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["pages"] == 12 and summary["listings"] >= 1
    assert summary["not_captured"] == 0 and summary["warc_files"]
    assert "crawl: done" in result.stderr  # progress reached the terminal
