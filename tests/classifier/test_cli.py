"""The command line: ``wildtrace classify`` (fixed contract) and ``wildtrace classifier``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def wildtrace(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wildtrace.cli.main", *args], input=stdin,
                          capture_output=True, text=True, timeout=300)


LISTINGS = [
    {"id": "a", "title": "Tiger claws", "text": "Two real tiger claws on silver, 300 USD each, "
     "message me", "lang": "en", "url": "https://example.test/a"},
    {"id": "b", "title": "Tiger Balm", "text": "Tiger Balm white ointment, 6 jars, $12"},
    {"id": "c", "title": "象牙手镯", "text": "老象牙手镯出售，包老，价格私聊", "lang": "zh"},
]


def test_classify_file_and_stdin(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in LISTINGS) + "\n\n",
                    encoding="utf-8")
    result = wildtrace("classify", str(path))
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [x["id"] for x in lines] == ["a", "b", "c"]
    for line in lines:
        assert {"id", "score", "flagged", "species", "reasons", "product_type"} <= set(line)
        assert 0 <= line["score"] <= 1 and isinstance(line["flagged"], bool)
        for species in line["species"]:
            assert {"scientific_name", "common_name", "cites_appendix"} <= set(species)
    assert lines[0]["flagged"] and not lines[1]["flagged"] and lines[2]["flagged"]
    piped = wildtrace("classify", "-", "--threshold", "0.99", stdin=path.read_text())
    assert piped.returncode == 0, piped.stderr
    assert [json.loads(x)["id"] for x in piped.stdout.splitlines()] == ["a", "b", "c"]


def test_bad_input_is_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(LISTINGS[0]) + "\n" + '{"id": "x", "title": "no text"}\n')
    result = wildtrace("classify", str(path))
    assert result.returncode == 2
    assert result.stdout == ""  # nothing half-written
    assert "line 2" in result.stderr and "'text'" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert wildtrace("classify", str(tmp_path / "missing.jsonl")).returncode == 2
    bad_json = wildtrace("classify", "-", stdin="{oops\n")
    assert bad_json.returncode == 2 and "line 1" in bad_json.stderr
    assert "Traceback" not in bad_json.stderr
    assert wildtrace("classify", "-", "--threshold", "2").returncode == 2


def test_evaluate_markdown_and_help(tmp_path: Path) -> None:
    labels = tmp_path / "labels.jsonl"
    labels.write_text("\n".join(json.dumps(x) for x in [
        {"title": "Selling pangolin scales", "text": "5 kg, 200 USD per kg", "lang": "en",
         "label": 1, "product_type": "part or derivative"},
        {"title": "Plush pangolin", "text": "soft toy for kids, $10", "lang": "en",
         "label": 0}]) + "\n")
    result = wildtrace("classifier", "evaluate", "--labels", str(labels), "--markdown",
                       "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 0, result.stderr
    assert "| language | rows | precision | recall | F1 |" in result.stdout
    assert "| en | 2 |" in result.stdout
    for args in (("classify", "--help"), ("classifier", "train", "--help"),
                 ("classifier", "evaluate", "--help")):
        assert wildtrace(*args).returncode == 0
