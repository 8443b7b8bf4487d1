"""wildtrace listings / search / index: output contracts and one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from store_test_corpus import corpus, fill

from store import Store
from wildtrace.cli.main import main


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wildtrace.cli.main", *args],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


@pytest.fixture
def filled_dir(data_dir: Path) -> Path:
    store = Store(f"sqlite:///{data_dir / 'wildtrace.db'}")
    fill(store, corpus(12))
    store.close()
    return data_dir


def test_listings_json_contract(filled_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["listings", "--json", "--data-dir", str(filled_dir)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 12
    for row in rows:
        assert {"id", "url", "title", "price", "currency", "marketplace", "score",
                "flagged"} <= row.keys()
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    assert main(["listings", "--flagged", "--json", "--data-dir", str(filled_dir)]) == 0
    flagged = json.loads(capsys.readouterr().out)
    assert flagged and all(r["flagged"] for r in flagged) and len(flagged) < 12


def test_listings_table_and_search(filled_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["listings", "--data-dir", str(filled_dir)]) == 0
    table = capsys.readouterr().out
    assert "出售象牙手镯" in table and "marketplace" in table
    assert main(["search", "象牙", "--appendix", "II", "--json",
                 "--data-dir", str(filled_dir)]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["total"] == len(answer["listings"]) >= 2
    assert all("Loxodonta africana" in item["species"] for item in answer["listings"])
    assert main(["search", "ivory", "--max-price", "20", "--data-dir", str(filled_dir)]) == 0
    assert "1 listing(s) match (sqlite)" in capsys.readouterr().out


def test_index_commands(filled_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["index", "rebuild", "--data-dir", str(filled_dir)]) == 0
    assert "12 listings" in capsys.readouterr().out
    assert main(["index", "status", "--data-dir", str(filled_dir)]) == 0
    assert "queued writes: 0" in capsys.readouterr().out


def test_errors_are_one_line(tmp_path: Path) -> None:
    down = run("listings", "--data-dir", str(tmp_path),
               env={"WILDTRACE_DATABASE_URL": "postgresql://postgres@127.0.0.1:1/x"})
    assert down.returncode == 3
    assert "Traceback" not in down.stderr and len(down.stderr.strip().splitlines()) == 1
    mysql = run("listings", "--data-dir", str(tmp_path),
                env={"WILDTRACE_DATABASE_URL": "mysql://root@127.0.0.1/x"})
    assert mysql.returncode == 2 and "unsupported database" in mysql.stderr
    bad = run("search", "x", "--cursor", "@@@", "--data-dir", str(tmp_path))
    assert bad.returncode == 2 and "cursor" in bad.stderr and "Traceback" not in bad.stderr
    bad_date = run("search", "x", "--since", "yesterday", "--data-dir", str(tmp_path))
    assert bad_date.returncode == 2 and "Traceback" not in bad_date.stderr
    no_index = run("index", "rebuild", "--data-dir", str(tmp_path),
                   env={"WILDTRACE_ELASTICSEARCH_URL": "http://127.0.0.1:1"})
    assert no_index.returncode == 3 and "Traceback" not in no_index.stderr
    assert no_index.stderr.strip().splitlines()[-1].startswith("wildtrace: error:")
