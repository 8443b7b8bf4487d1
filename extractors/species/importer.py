"""Refreshing the lexicon's taxonomy from a CITES checklist export, without losing curated work.

:func:`import_checklist` reads the export (see :mod:`extractors.species.checklist`);
:func:`merge_checklist` folds it into a lexicon:

* a taxon already in the lexicon (same scientific name, the same without "spp.", or one of its
  synonyms) keeps its curated appendix, names, products and priority; it gains the export's
  synonyms and common names it did not have;
* when the export's current listing differs from the lexicon's, the difference is reported. The
  lexicon's appendix is kept unless ``take_listings`` is set, and a change that lowers protection
  (e.g. Manis I -> II from an old export) is always reported as a downgrade, never applied
  silently;
* taxa the lexicon does not know are added (priority 3) with the export's listing and names.
"""

from __future__ import annotations

import copy
import logging
from dataclasses import dataclass, field
from pathlib import Path

from extractors.normalize import plain
from extractors.species.checklist import read_checklist
from extractors.species.lexicon import Lexicon, Taxon, load_lexicon
from extractors.species.settings import SPECIES_IMPORT_MIN_NAME_LENGTH

logger = logging.getLogger(__name__)

_NON_LATIN = ("ar", "zh", "th")
_STRENGTH = {"I": 3, "II": 2, "III": 1}


@dataclass
class ListingDifference:
    """A taxon whose appendix in the export is not the lexicon's."""

    scientific_name: str
    lexicon_appendix: str
    checklist_appendix: str
    checklist_source: str
    kept: str

    @property
    def downgrade(self) -> bool:
        """True when the export's listing protects less than the lexicon's."""
        return _strength(self.checklist_appendix) < _strength(self.lexicon_appendix)

    def describe(self) -> str:
        kind = "DOWNGRADE" if self.downgrade else "difference"
        return (f"{kind}: {self.scientific_name}: lexicon {self.lexicon_appendix}, checklist "
                f"{self.checklist_appendix} ({self.checklist_source}); kept {self.kept}")


@dataclass
class ImportReport:
    """What a merge did."""

    lexicon: Lexicon
    imported: int = 0
    added: list[str] = field(default_factory=list)
    enriched: list[str] = field(default_factory=list)
    differences: list[ListingDifference] = field(default_factory=list)


def _strength(appendix: str) -> int:
    return max((_STRENGTH.get(part, 0) for part in appendix.split("/")), default=0)


def _clean_names(taxon: Taxon) -> Taxon:
    names: dict[str, list[str]] = {}
    for language, values in taxon.names.items():
        kept = [value for value in values if len(value) >= SPECIES_IMPORT_MIN_NAME_LENGTH
                and not (language in _NON_LATIN and value.isascii())]
        if kept:
            names[language] = kept
    taxon.names = names
    return taxon


def import_checklist(folder: Path) -> list[Taxon]:
    """Every currently listed taxon of a CITES checklist export, names cleaned."""
    return [_clean_names(taxon) for taxon in read_checklist(folder)]


def _key(name: str) -> str:
    name = name.strip()
    if name.endswith(" spp."):
        name = name[:-5]
    return plain(name)


def _index(lexicon: Lexicon) -> dict[str, Taxon]:
    index: dict[str, Taxon] = {}
    for taxon in lexicon.taxa.values():
        index.setdefault(_key(taxon.scientific_name), taxon)
    for taxon in lexicon.taxa.values():
        for synonym in taxon.synonyms:
            index.setdefault(_key(synonym), taxon)
    return index


def _enrich(taxon: Taxon, imported: Taxon) -> bool:
    changed = False
    known = {plain(name) for name in [taxon.scientific_name, *taxon.synonyms]}
    for synonym in [imported.scientific_name, *imported.synonyms]:
        if plain(synonym) not in known:
            taxon.synonyms.append(synonym)
            known.add(plain(synonym))
            changed = True
    for language, names in imported.names.items():
        current = taxon.names.setdefault(language, [])
        seen = {plain(name) for name in current}
        for name in names:
            if plain(name) not in seen:
                current.append(name)
                seen.add(plain(name))
                changed = True
    return changed


def merge_checklist(lexicon: Lexicon, imported: list[Taxon], *,
                    take_listings: bool = False) -> ImportReport:
    """A copy of ``lexicon`` with ``imported`` folded in, and what changed (see module doc)."""
    derived, lexicon.derived = lexicon.derived, {}  # do not copy the compiled matcher
    try:
        merged = copy.deepcopy(lexicon)
    finally:
        lexicon.derived = derived
    report = ImportReport(lexicon=merged, imported=len(imported))
    index = _index(merged)
    differences: dict[str, ListingDifference] = {}
    for taxon in imported:
        current = index.get(_key(taxon.scientific_name))
        if current is None:
            merged.taxa[taxon.scientific_name] = taxon
            index[_key(taxon.scientific_name)] = taxon
            report.added.append(taxon.scientific_name)
            continue
        if current.scientific_name in report.added:
            continue  # two imported names for one new taxon: the first one wins
        if _enrich(current, taxon) and current.scientific_name not in report.enriched:
            report.enriched.append(current.scientific_name)
        if taxon.cites_appendix != current.cites_appendix and (
                _key(taxon.scientific_name) == _key(current.scientific_name)):
            previous = current.cites_appendix
            if take_listings:
                current.cites_appendix = taxon.cites_appendix
                current.appendix_source = taxon.appendix_source
            differences[current.scientific_name] = ListingDifference(
                current.scientific_name, previous, taxon.cites_appendix,
                taxon.appendix_source, current.cites_appendix)
    report.differences = sorted(differences.values(), key=lambda d: d.scientific_name)
    for difference in report.differences:
        if difference.downgrade:
            logger.warning("%s", difference.describe())
    merged.provenance = dict(merged.provenance)
    merged.provenance["checklist_import"] = (
        f"{len(imported)} taxa read; {len(report.added)} added, {len(report.enriched)} enriched, "
        f"{len(report.differences)} listing differences "
        f"({'checklist listings taken' if take_listings else 'curated listings kept'})")
    return report


def refresh_lexicon(folder: Path, out: Path | None = None, *, base: Path | None = None,
                    take_listings: bool = False) -> ImportReport:
    """Import ``folder`` into the lexicon at ``base`` (default: current) and save to ``out``."""
    imported = import_checklist(folder)
    report = merge_checklist(load_lexicon(base), imported, take_listings=take_listings)
    if out is not None:
        report.lexicon.save(out)
        logger.info("wrote %d taxa to %s", len(report.lexicon), out)
    return report
