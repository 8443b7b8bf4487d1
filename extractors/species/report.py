"""Plain-text views of the lexicon for the command line: one taxon, one import."""

from __future__ import annotations

import json
from pathlib import Path

from extractors.exceptions import LexiconError
from extractors.species.importer import ImportReport, refresh_lexicon
from extractors.species.lexicon import Taxon, load_lexicon
from extractors.species.matcher import find_species


def taxon_lines(taxon: Taxon) -> list[str]:
    """A taxon as 'field: value' lines: name, appendix and its source, names per language."""
    lines = [f"{taxon.scientific_name} ({taxon.rank}, {taxon.kingdom})",
             f"CITES appendix: {taxon.cites_appendix}"]
    if taxon.appendix_source:
        lines.append(f"source: {taxon.appendix_source}")
    if taxon.annotation:
        lines.append(f"annotation: {taxon.annotation}")
    if taxon.group:
        lines.append(f"group: {taxon.group} (priority {taxon.priority})")
    if taxon.synonyms:
        lines.append(f"synonyms: {', '.join(taxon.synonyms)}")
    for language in sorted(taxon.names):
        lines.append(f"names [{language}]: {', '.join(taxon.names[language])}")
    if taxon.products:
        lines.append(f"products: {', '.join(taxon.products)}")
    return lines


def show_taxon(name: str, lexicon_path: Path | None = None, *, as_json: bool = False) -> str:
    """The taxon named ``name`` (scientific, synonym or common name in any language)."""
    lexicon = load_lexicon(lexicon_path)
    taxon = lexicon.find(name)
    if taxon is None:
        raise LexiconError(f"no taxon named {name!r} in the lexicon "
                           f"({len(lexicon)} taxa; try the scientific name)")
    if as_json:
        return json.dumps(taxon.to_json(), ensure_ascii=False, indent=1)
    return "\n".join(taxon_lines(taxon))


def match_text(text: str, language: str | None = None,
               lexicon_path: Path | None = None) -> str:
    """What :func:`find_species` reads in ``text``, as one JSON object."""
    findings = find_species(text, language, load_lexicon(lexicon_path))
    return json.dumps({"mentions": [mention.to_json() for mention in findings.mentions],
                       "negative_cues": findings.negative_cues,
                       "product_terms": findings.product_terms,
                       "code_words": findings.code_words}, ensure_ascii=False)


def import_lines(report: ImportReport, out: Path | None) -> list[str]:
    """A summary of a checklist import, one listing difference per line, downgrades first."""
    lines = [f"read {report.imported} listed taxa; {len(report.added)} new, "
             f"{len(report.enriched)} known taxa gained names or synonyms, "
             f"{len(report.differences)} listing differences"]
    ordered = sorted(report.differences, key=lambda item: (not item.downgrade,
                                                            item.scientific_name))
    lines.extend(difference.describe() for difference in ordered)
    lines.append(f"wrote {len(report.lexicon)} taxa to {out}" if out is not None
                 else "nothing written (use --out FILE to save the merged lexicon)")
    return lines


def run_import(folder: Path, out: Path | None, base: Path | None = None,
               take_listings: bool = False) -> str:
    """Import a checklist export, save it when ``out`` is given, and describe what happened."""
    if out is not None and out.exists() and out.is_dir():
        raise LexiconError(f"{out}: is a folder; --out takes a file name")
    report = refresh_lexicon(folder, out, base=base, take_listings=take_listings)
    return "\n".join(import_lines(report, out))
