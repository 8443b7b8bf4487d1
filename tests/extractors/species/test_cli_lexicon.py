"""The 'wildtrace lexicon' commands, and a README that documents every command and setting."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extractors.species import settings
from wildtrace.cli.main import main

README = Path(settings.__file__).with_name("README.md").read_text(encoding="utf-8")


def test_show_by_common_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lexicon", "show", "穿山甲"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Manis spp. (genus, Animalia)")
    assert "CITES appendix: I" in out and "CoP17" in out and "names [vi]: tê tê" in out


def test_show_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lexicon", "show", "Psittacus erithacus", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["cites_appendix"] == "I" and "Psittacus timneh" in data["synonyms"]


def test_show_unknown_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lexicon", "show", "unicorn horn dust"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no taxon named" in err


def test_match(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lexicon", "match", "genuine r.h. and i-v-o-r-y 🐘", "--lang", "en"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {m["scientific_name"] for m in data["mentions"]} == {"Rhinocerotidae", "Elephantidae"}
    assert data["code_words"] == ["r.h."]


def test_import_reports_and_writes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "animalia_taxa_utf8.csv").write_text(
        "Scientific name,Rank,RecID,ParentRank,ParentRecID,Status\n"
        "Manis,Genus,1,Family,9,A\njavanica,Species,2,Genus,1,A\n", encoding="utf-8")
    (folder / "animalia_legislation_utf8.csv").write_text(
        "rank_name,rec_id,listing,effective_from,is_current,excluded_rec_ids,full_note_en\n"
        "GENUS,1,II,19/07/2000,1,,\n", encoding="utf-8")
    (folder / "animalia_synonyms_utf8.csv").write_text(
        "Scientific name,Rank,RecID,ParentRank,Parent recID,AcceptedRank,AcceptedRecID\n",
        encoding="utf-8")
    (folder / "animalia_common_names_utf8.csv").write_text(
        "ComName,LangShort,RecId,Rank\n", encoding="utf-8")
    assert main(["lexicon", "import", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "DOWNGRADE: Manis javanica: lexicon I, checklist II" in out
    assert "nothing written" in out
    target = tmp_path / "merged.json"
    assert main(["lexicon", "import", str(folder), "--out", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "wildtrace-lexicon/1"
    assert main(["lexicon", "import", str(tmp_path / "missing")]) == 2
    assert "not a folder" in capsys.readouterr().err
    assert main(["lexicon", "show", "Manis javanica", "--lexicon", str(target)]) == 0


def test_group_without_command_shows_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lexicon"]) == 2
    assert "show" in capsys.readouterr().out


def test_readme_documents_every_setting_and_command() -> None:
    names = [name for name in vars(settings) if name.startswith("SPECIES_")]
    assert names
    for name in names:
        assert f"`{name}`" in README, f"{name} is not documented"
    for command in ("show", "match", "import"):
        assert re.search(rf"`wildtrace lexicon {command}\b", README), command
