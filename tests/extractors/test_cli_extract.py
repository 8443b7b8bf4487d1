"""`wildtrace extract` through a real subprocess: the JSON contract and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAGES = Path(__file__).parent / "pages"
CONTRACT = ("title", "description", "price", "currency", "seller", "location", "posted",
            "images", "phones", "emails", "handles", "species", "listings")


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "wildtrace.cli.main", "extract", *args],
                          input=stdin, capture_output=True, cwd=ROOT, timeout=120)


def _entities_ready() -> bool:
    try:
        from extractors.identifiers import find_identifiers  # noqa: F401
        from extractors.species import load_lexicon

        load_lexicon()
    except Exception:
        return False
    return True


needs_entities = pytest.mark.skipif(not _entities_ready(),
                                    reason="identifier/species matchers not installed yet")


@needs_entities
def test_listing_page_json(shared_data: Path) -> None:
    page = shared_data / "marketplace_pages/leboncoin/ad_897011669.html"
    done = run(str(page), "--url", "https://www.leboncoin.fr/ventes_immobilieres/897011669.htm")
    assert done.returncode == 0, done.stderr.decode()
    data = json.loads(done.stdout)
    assert set(CONTRACT) <= set(data)
    assert data["title"] == "Appartement F3 de 71m2,Clermont-fd hyper centre"
    assert (data["price"], data["currency"]) == (118000, "EUR")
    assert "+33671014891" in data["phones"]
    assert "clermaison@yahoo.fr" in data["emails"]


@needs_entities
def test_result_page_from_stdin_with_profile(tmp_path: Path) -> None:
    profile = tmp_path / "site.toml"
    profile.write_text('[site]\ncountry = "ES"\n[extract]\nlisting_links = "article a"\n')
    done = run("-", "--url", "https://anuncios.example.es/buscar?q=loros",
               "--profile", str(profile), stdin=(PAGES / "results_grid.html").read_bytes())
    assert done.returncode == 0, done.stderr.decode()
    data = json.loads(done.stdout)
    assert data["page_type"] == "results" and len(data["listings"]) == 4
    assert set(data["listings"][0]) >= {"url", "title", "price", "currency"}


@pytest.mark.parametrize(("args", "stdin", "message"), [
    (("/no/such/page.html", "--url", "https://x.example/a"), None, "no such file"),
    (("-", "--url", "https://x.example/a"), b"   ", "empty"),
    (("{empty}", "--url", "https://x.example/a"), None, "empty"),
    (("{dir}", "--url", "https://x.example/a"), None, "not a file"),
    (("{page}", "--url", "not-a-url"), None, "absolute URL"),
    (("{page}", "--url", "https://x.example/a", "--profile", "{bad_toml}"), None, "TOML"),
    (("{page}", "--url", "https://x.example/a", "--profile", "/nope.toml"), None, "profile"),
    (("{page}", "--url", "https://x.example/a", "--encoding", "klingon"), None, "encoding"),
    (("{page}",), None, "--url"),
])
def test_bad_input_is_one_line_exit_2(tmp_path: Path, args: tuple[str, ...],
                                      stdin: bytes | None, message: str) -> None:
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "bad.toml").write_text("[extract\ntitle = ")
    (tmp_path / "folder").mkdir()
    names = {"empty": str(tmp_path / "empty.html"), "dir": str(tmp_path / "folder"),
             "page": str(PAGES / "og_only.html"), "bad_toml": str(tmp_path / "bad.toml")}
    done = run(*(a.format(**names) for a in args), stdin=stdin)
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_help_lists_the_options() -> None:
    done = run("--help")
    assert done.returncode == 0
    for option in ("--url", "--profile", "--encoding", "--content-type", "--fetched-at"):
        assert option in done.stdout.decode()
