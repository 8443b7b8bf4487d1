"""`wildtrace network match` and `network export` through the real command on a real store."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from store import open_store
from wildtrace.config import load_config
from wildtrace.models import Handle, PageExtraction


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    pages = [
        PageExtraction(url="http://a.test/1", page_type="listing", title="ngà voi",
                       seller="Tuấn", phones=["+84912345678"], emails=["ban@gmail.com"]),
        PageExtraction(url="http://b.test/9", page_type="listing", title="ivory",
                       seller="Tom", phones=["+84912345678"],
                       handles=[Handle("telegram", "@tuan_collect")]),
        PageExtraction(url="http://c.test/3", page_type="listing", title="bike", seller="Ann"),
    ]
    with open_store(load_config(folder)) as store:
        for n, page in enumerate(pages):
            store.save_page(page, marketplace="abc"[n], capture=None, verdict=None)
    return folder


def wildtrace(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wildtrace.cli.main", *args],
                          capture_output=True, text=True, timeout=300)


def test_match_normalises_each_supplied_identifier(data: Path, tmp_path: Path) -> None:
    supplied = tmp_path / "from-agency.csv"
    supplied.write_text("identifier,kind\n0912 345 678,\nBAN@GMAIL.COM,\n@tuan_collect,handle\n"
                        "+33 6 12 34 56 78,\nTom,name\nt.me/tuan_collect,\n",
                        encoding="utf-8")
    result = wildtrace("network", "match", str(supplied), "--json", "--region", "VN",
                       "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["normalized"] for r in rows] == ["+84912345678", "ban@gmail.com", "tuan_collect",
                                               "+33612345678", "tom", "telegram:tuan_collect"]
    assert [len(r["listings"]) for r in rows] == [2, 1, 1, 0, 1, 1]
    assert rows[0]["listings"][0]["url"] == "http://a.test/1"
    assert rows[0]["networks"] and rows[0]["networks"] == rows[1]["networks"]
    assert rows[3]["networks"] == []


def test_match_of_a_missing_file_is_one_line(data: Path, tmp_path: Path) -> None:
    result = wildtrace("network", "match", str(tmp_path / "nope.csv"), "--data-dir", str(data))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1


def test_exports_open_in_standard_readers(data: Path, tmp_path: Path) -> None:
    graphml = tmp_path / "net.graphml"
    assert wildtrace("network", "export", "--out", str(graphml), "--data-dir",
                     str(data)).returncode == 0
    root = ET.parse(graphml).getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    nodes = root.findall(".//g:node", ns)
    assert any(n.get("id") == "phone:+84912345678" for n in nodes)
    folder = tmp_path / "csv"
    assert wildtrace("network", "export", "--format", "csv", "--out", str(folder),
                     "--data-dir", str(data)).returncode == 0
    with (folder / "links.csv").open(encoding="utf-8") as handle:
        links = list(csv.DictReader(handle))
    assert {"Source", "Target", "Type", "Reason"} <= set(links[0])
    assert any(row["Target"] == "phone:+84912345678" for row in links)
