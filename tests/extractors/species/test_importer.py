"""The CITES checklist importer: a small hand-made export, then the real 2013 export."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.exceptions import LexiconError
from extractors.species import load_lexicon
from extractors.species.importer import import_checklist, merge_checklist, refresh_lexicon
from extractors.species.lexicon import read_lexicon

TAXA = """Scientific name,Rank,RecID,ParentRank,ParentRecID,Status,Species Author,notes,Designation
MANIDAE,Family,465,Order,40,A,,,CITES_EU
Manis,Genus,2739,Family,465,A,,,CITES_EU
javanica,Species,12763,Genus,2739,A,,,CITES_EU
Novataxon,Genus,74,Family,465,A,,,CITES_EU
exemplaris,Species,500,Genus,74,A,,,CITES_EU
excludus,Species,501,Genus,74,A,,,CITES_EU
"""
LEGISLATION = """rank_name,rec_id,listing,effective_from,party_iso2,is_current,populations_iso2,\
EXCLUDEDpopulations_iso,is_inclusion,included_in_RecID,RankforInclusions,excluded_rec_ids,\
short_note_en,short_note_es,short_note_fr,full_note_en,SpeciesIndexAnnotation,\
HistoryAnnotation,hash_note,Notes
GENUS,2739,II,19/07/2000,,1,,,0,,,,,,,"Zero quota, multi
line note.",,,,
GENUS,2739,I/r,19/07/2000,XX,1,,,0,,,,,,,,,,,
GENUS,74,II,12/06/2013,,1,,,0,,,"SPECIES: 501",,,,,,,,
GENUS,74,I,01/01/1990,,0,,,0,,,,,,,,,,,
"""
SYNONYMS = """Scientific name,Rank,RecID,ParentRank,Parent recID,Status,Species Author,notes,\
Designation,AcceptedRank,AcceptedRecID
Paramanis,Genus,9001,Family,465,S,,,CITES_EU,Genus,2739
oldname,Species,9002,Genus,74,S,,,CITES_EU,Species,500
"""
NAMES = """ComName,LangShort,RecId,Rank,Designation,ReferenceID
Sunda Pangolin,ENG,12763,species,CITES,
Trenggiling,IND,12763,species,CITES,
Fel,ARA,12763,species,CITES,
Oaks,ENG,74,Family,CITES,
Example Beast,ENG,500,Species,CITES,
Bête exemplaire,FRA,500,Species,CITES,
Beispiel,DEU,500,Species,CITES,
"""


@pytest.fixture
def export(tmp_path: Path) -> Path:
    folder = tmp_path / "export"
    folder.mkdir()
    for name, text in (("taxa", TAXA), ("legislation", LEGISLATION), ("synonyms", SYNONYMS),
                       ("common_names", NAMES)):
        # old Mac line endings, as some files of the real export have
        (folder / f"animalia_{name}_utf8.csv").write_text(text.replace("\n", "\r"),
                                                          encoding="utf-8")
    return folder


def test_reads_names_listings_synonyms_and_inheritance(export: Path) -> None:
    taxa = {taxon.scientific_name: taxon for taxon in import_checklist(export)}
    assert taxa["Manis"].cites_appendix == "II"  # the reservation 'I/r' is not a listing
    assert taxa["Manis"].synonyms == ["Paramanis"]
    assert "multi line note" in taxa["Manis"].annotation.lower()
    javanica = taxa["Manis javanica"]
    assert javanica.cites_appendix == "II"
    assert "as part of Manis" in javanica.appendix_source
    assert javanica.names == {"en": ["Sunda Pangolin"], "id": ["Trenggiling"]}  # no 'Fel'
    example = taxa["Novataxon exemplaris"]
    assert example.appendix_source.startswith("CITES checklist export, listing effective 2013")
    assert example.synonyms == ["Novataxon oldname"]
    assert example.names == {"en": ["Example Beast"], "fr": ["Bête exemplaire"]}
    assert "Novataxon excludus" not in taxa  # excluded from its genus listing
    assert "Oaks" not in str(taxa["Novataxon"].names)  # ids are per rank: 74 is not the family


def test_merge_keeps_curated_listings_and_reports_downgrades(export: Path) -> None:
    lexicon = load_lexicon()
    report = merge_checklist(lexicon, import_checklist(export))
    merged = report.lexicon
    assert merged.taxa["Manis javanica"].cites_appendix == "I"
    assert "Trenggiling" in merged.taxa["Manis javanica"].names["id"]
    assert "Trenggiling" not in lexicon.taxa["Manis javanica"].names["id"]
    downgrades = {d.scientific_name: d for d in report.differences if d.downgrade}
    assert {"Manis javanica", "Manis spp."} <= set(downgrades)
    assert "DOWNGRADE: Manis javanica: lexicon I, checklist II" in downgrades[
        "Manis javanica"].describe()
    assert "kept I" in downgrades["Manis javanica"].describe()
    assert "Novataxon exemplaris" in report.added
    assert merged.taxa["Novataxon exemplaris"].cites_appendix == "II"
    assert "Paramanis" in merged.taxa["Manis spp."].synonyms
    assert lexicon.taxa["Manis javanica"].cites_appendix == "I"  # the original is untouched
    assert "Paramanis" not in lexicon.taxa["Manis spp."].synonyms


def test_take_listings_applies_but_still_reports(export: Path) -> None:
    report = merge_checklist(load_lexicon(), import_checklist(export), take_listings=True)
    assert report.lexicon.taxa["Manis javanica"].cites_appendix == "II"
    assert any(d.scientific_name == "Manis javanica" and d.downgrade and d.kept == "II"
               for d in report.differences)


def test_refresh_writes_a_loadable_lexicon(export: Path, tmp_path: Path) -> None:
    out = tmp_path / "refreshed.json"
    report = refresh_lexicon(export, out)
    reread = read_lexicon(out)
    assert len(reread) == len(report.lexicon) == len(load_lexicon()) + len(report.added)
    assert "checklist_import" in reread.provenance


def test_bad_exports(tmp_path: Path, export: Path) -> None:
    with pytest.raises(LexiconError, match="not a folder"):
        import_checklist(tmp_path / "nowhere")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(LexiconError, match="CITES checklist"):
        import_checklist(empty)
    (export / "animalia_legislation_utf8.csv").unlink()
    with pytest.raises(LexiconError, match="missing from the checklist export"):
        import_checklist(export)
    (export / "animalia_legislation_utf8.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="no column"):
        import_checklist(export)


@pytest.mark.slow
def test_real_2013_export(shared_data: Path) -> None:
    taxa = {taxon.scientific_name: taxon
            for taxon in import_checklist(shared_data / "cites_sapi_2013")}
    assert len(taxa) > 15_000
    assert taxa["Panthera tigris"].cites_appendix == "I"
    assert taxa["Loxodonta africana"].cites_appendix == "I/II"
    assert "Loxodonta cyclotis" in taxa["Loxodonta africana"].synonyms
    assert taxa["Psittacus erithacus"].cites_appendix == "II"  # 2013: before CoP17
    assert "Psittaciformes" in taxa["Psittacus erithacus"].appendix_source
    assert "Melopsittacus undulatus" not in taxa  # excluded from Psittaciformes
    assert taxa["Orchidaceae"].kingdom == "Plantae"
    report = merge_checklist(load_lexicon(), list(taxa.values()))
    downgrades = {d.scientific_name for d in report.differences if d.downgrade}
    assert {"Manis javanica", "Psittacus erithacus", "Geochelone elegans"} <= downgrades
    assert report.lexicon.taxa["Psittacus erithacus"].cites_appendix == "I"
    assert len(report.added) > 15_000
