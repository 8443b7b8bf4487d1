"""Reading a CITES checklist export (the Species+ / SAPI CSV dump) into :class:`Taxon` records.

The export is a folder of CSV files per kingdom (``animalia_*`` and ``plantae_*``):

* ``*_taxa_utf8.csv``: one row per accepted name; a species row only holds its epithet and
  points at its genus through ``ParentRecID``, so full names are rebuilt by walking parents;
* ``*_synonyms_utf8.csv``: synonyms, each pointing at its accepted name (``AcceptedRecID``);
* ``*_common_names_utf8.csv``: common names with an ISO 639-2/3 language code (``ENG``...);
* ``*_legislation_utf8.csv``: every listing event; the rows with ``is_current`` = 1 and an
  appendix of ``I``, ``II`` or ``III`` (not a Party's reservation ``/r``) give today's listing,
  several rows meaning a split listing ("I/II").

Files are read with the ``csv`` module, which accepts the old Mac line endings some of them use.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extractors.exceptions import LexiconError
from extractors.species.lexicon import Taxon
from extractors.species.settings import SPECIES_CHECKLIST_LANGUAGES

logger = logging.getLogger(__name__)

KINGDOMS = {"animalia": "Animalia", "plantae": "Plantae"}
APPENDIX_ORDER = ("I", "II", "III")
HIGHER_RANKS = {"family", "subfamily", "order", "class", "phylum", "kingdom"}


Key = tuple[str, str]  # (RANK, RecID): record ids are only unique within a rank


@dataclass
class ChecklistTaxon:
    """One accepted name of the export while it is being assembled."""

    key: Key
    epithet: str
    parent: Key
    kingdom: str
    listings: set[str] = field(default_factory=set)
    excluded: set[Key] = field(default_factory=set)
    effective: str = ""
    notes: list[str] = field(default_factory=list)
    synonyms: list[str] = field(default_factory=list)
    names: dict[str, list[str]] = field(default_factory=dict)

    @property
    def rank(self) -> str:
        return self.key[0].lower()


def _key(rank: str, rec_id: str) -> Key:
    return (rank.strip().upper(), rec_id.strip())


def _rows(path: Path) -> Iterator[dict[str, str]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            yield from csv.DictReader(handle)
    except FileNotFoundError as exc:
        raise LexiconError(f"{path}: missing from the checklist export") from exc
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise LexiconError(f"{path}: cannot read ({exc})") from exc


def _column(row: dict[str, str], *names: str) -> str:
    for name in names:
        value = row.get(name)
        if value is not None:
            return value.strip()
    return ""


def _require(row: dict[str, str], path: Path, *names: str) -> None:
    missing = [name for name in names if name not in row]
    if missing:
        raise LexiconError(f"{path}: not a CITES checklist file (no column {missing[0]!r})")


def _iso_date(value: str) -> str:
    """'16/02/1995' -> '1995-02-16' (the export writes day/month/year)."""
    parts = value.strip().split("/")
    if len(parts) == 3 and all(part.isdigit() for part in parts):
        day, month, year = parts
        return f"{year}-{int(month):02d}-{int(day):02d}"
    return value.strip()


def _full_name(taxon: ChecklistTaxon, by_key: dict[Key, ChecklistTaxon]) -> str:
    if taxon.rank in HIGHER_RANKS:
        return taxon.epithet.capitalize()
    parts = [taxon.epithet]
    parent = by_key.get(taxon.parent) if taxon.rank != "genus" else None
    while parent is not None and parent.rank in ("species", "subspecies", "genus"):
        parts.append(parent.epithet)
        parent = by_key.get(parent.parent) if parent.rank != "genus" else None
    return " ".join(reversed(parts))


def _inherited(taxon: ChecklistTaxon, by_key: dict[Key, ChecklistTaxon]) -> ChecklistTaxon | None:
    """The taxon itself when listed, else the nearest listed ancestor that does not exclude it."""
    path = [taxon.key]
    current: ChecklistTaxon | None = taxon
    while current is not None and len(path) < 12:
        if current.listings:
            return None if current.excluded & set(path) else current
        current = by_key.get(current.parent)
        if current is not None:
            path.append(current.key)
    return None


def _read_kingdom(folder: Path, prefix: str) -> list[Taxon]:
    kingdom = KINGDOMS[prefix]
    taxa_path = folder / f"{prefix}_taxa_utf8.csv"
    by_key: dict[Key, ChecklistTaxon] = {}
    for row in _rows(taxa_path):
        _require(row, taxa_path, "Scientific name", "RecID", "Rank", "ParentRank")
        key = _key(_column(row, "Rank"), _column(row, "RecID"))
        if key[1] and _column(row, "Status") in ("A", ""):
            parent = _key(_column(row, "ParentRank"), _column(row, "ParentRecID"))
            by_key[key] = ChecklistTaxon(key, _column(row, "Scientific name"), parent, kingdom)
    _read_listings(folder / f"{prefix}_legislation_utf8.csv", by_key)
    _read_synonyms(folder / f"{prefix}_synonyms_utf8.csv", by_key)
    _read_names(folder / f"{prefix}_common_names_utf8.csv", by_key)
    out: list[Taxon] = []
    for taxon in by_key.values():
        listed = _inherited(taxon, by_key)
        if listed is None or taxon.rank in ("kingdom", "phylum", "class"):
            continue
        appendix = "/".join(code for code in APPENDIX_ORDER if code in listed.listings)
        name = _full_name(taxon, by_key)
        source = f"CITES checklist export, listing effective {listed.effective}"
        if listed is not taxon:
            source += f" (as part of {_full_name(listed, by_key)})"
        out.append(Taxon(
            scientific_name=name, cites_appendix=appendix, rank=taxon.rank, kingdom=kingdom,
            appendix_source=source, annotation=" ".join(dict.fromkeys(taxon.notes))[:500],
            synonyms=list(dict.fromkeys(s for s in taxon.synonyms if s != name)),
            names=taxon.names, priority=3))
    logger.info("read %d listed %s taxa from %s", len(out), kingdom, folder)
    return out


def _read_listings(path: Path, by_key: dict[Key, ChecklistTaxon]) -> None:
    for row in _rows(path):
        _require(row, path, "rank_name", "rec_id", "listing", "is_current")
        taxon = by_key.get(_key(_column(row, "rank_name"), _column(row, "rec_id")))
        listing = _column(row, "listing")
        if taxon is None or _column(row, "is_current") != "1" or listing not in APPENDIX_ORDER:
            continue
        taxon.listings.add(listing)
        taxon.effective = max(taxon.effective, _iso_date(_column(row, "effective_from")))
        for item in _column(row, "excluded_rec_ids").split(","):
            rank, _, rec_id = item.partition(":")
            if rec_id.strip():
                taxon.excluded.add(_key(rank, rec_id))
        note = _column(row, "full_note_en")
        if note and not note.startswith("Included in"):
            taxon.notes.append(" ".join(note.split()))


def _read_synonyms(path: Path, by_key: dict[Key, ChecklistTaxon]) -> None:
    rows = list(_rows(path))
    genera = {_key(_column(row, "Rank"), _column(row, "RecID")): _column(row, "Scientific name")
              for row in rows}
    for row in rows:
        _require(row, path, "Scientific name", "AcceptedRank", "AcceptedRecID")
        taxon = by_key.get(_key(_column(row, "AcceptedRank"), _column(row, "AcceptedRecID")))
        if taxon is None:
            continue
        name = _column(row, "Scientific name")
        if _column(row, "Rank").lower() in ("species", "subspecies"):
            parent_key = _key(_column(row, "ParentRank"), _column(row, "Parent recID"))
            parent = by_key.get(parent_key)
            genus = genera.get(parent_key) or (_full_name(parent, by_key) if parent else "")
            name = f"{genus} {name}".strip()
        elif _column(row, "Rank").lower() in HIGHER_RANKS:
            name = name.capitalize()
        taxon.synonyms.append(name)


def _read_names(path: Path, by_key: dict[Key, ChecklistTaxon]) -> None:
    wanted = SPECIES_CHECKLIST_LANGUAGES
    for row in _rows(path):
        _require(row, path, "ComName", "LangShort", "RecId", "Rank")
        taxon = by_key.get(_key(_column(row, "Rank"), _column(row, "RecId")))
        language = wanted.get(_column(row, "LangShort").upper())
        name = _column(row, "ComName")
        if taxon is None or language is None or not name:
            continue
        names = taxon.names.setdefault(language, [])
        if name not in names:
            names.append(name)


def read_checklist(folder: Path) -> list[Taxon]:
    """Every taxon with a current listing in a CITES checklist export folder."""
    if not folder.is_dir():
        raise LexiconError(f"{folder}: not a folder (expected a CITES checklist export)")
    prefixes = [prefix for prefix in KINGDOMS if (folder / f"{prefix}_taxa_utf8.csv").exists()]
    if not prefixes:
        raise LexiconError(f"{folder}: no animalia_taxa_utf8.csv or plantae_taxa_utf8.csv; "
                           "is this a CITES checklist (Species+) export?")
    taxa: list[Taxon] = []
    for prefix in prefixes:
        taxa.extend(_read_kingdom(folder, prefix))
    return taxa
