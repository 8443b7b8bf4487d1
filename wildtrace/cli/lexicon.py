"""Commands of the 'lexicon' group: ``wildtrace lexicon show|match|import|suggest``."""

from __future__ import annotations

import argparse
from pathlib import Path

from wildtrace.cli.common import add_data_dir, config_from, positive_int

_LEXICON_HELP = ("lexicon file or folder (default: $WILDTRACE_LEXICON, else the bundled "
                 "lexicon)")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this group's commands to the top-level parser."""
    parser = sub.add_parser(
        "lexicon", help="the CITES species lexicon: show a taxon, match a text, import a checklist",
        description="The curated CITES species lexicon used to find species in listings.")
    group = parser.add_subparsers(dest="lexicon_command", metavar="COMMAND")

    show = group.add_parser("show", help="print one taxon: appendix, source, names",
                            description="Print a taxon found by scientific name, synonym or "
                                        "common name in any language.")
    show.add_argument("name", help="e.g. 'Manis javanica', 'pangolin', '穿山甲'")
    show.add_argument("--lexicon", metavar="PATH", type=Path, help=_LEXICON_HELP)
    show.add_argument("--json", action="store_true", help="print the taxon as JSON")
    show.set_defaults(func=_show)

    match = group.add_parser("match", help="print the species, cues and code words in a text",
                             description="Run the species matcher on a text; prints JSON.")
    match.add_argument("text", help="the text to read (e.g. a listing title)")
    match.add_argument("--lang", help="language hint (ISO 639-1)")
    match.add_argument("--lexicon", metavar="PATH", type=Path, help=_LEXICON_HELP)
    match.set_defaults(func=_match)

    imp = group.add_parser(
        "import", help="merge a CITES checklist (Species+) export into a lexicon file",
        description="Read a CITES checklist export folder (animalia_/plantae_ *_utf8.csv) and "
                    "merge it into the lexicon. Curated appendices are kept (use "
                    "--take-listings to adopt the export's); every difference is reported, "
                    "downgrades first.")
    imp.add_argument("folder", metavar="DIR", type=Path, help="the checklist export folder")
    imp.add_argument("--out", metavar="FILE", type=Path,
                     help="write the merged lexicon here (without it, only report)")
    imp.add_argument("--lexicon", metavar="PATH", type=Path, help=_LEXICON_HELP)
    imp.add_argument("--take-listings", action="store_true",
                     help="adopt the export's appendix where it differs (still reported)")
    imp.set_defaults(func=_import)

    suggest = group.add_parser(
        "suggest", help="code-word candidates learned from investigators' confirmations",
        description="List terms that recur in listings investigators confirmed although the "
                    "lexicon found no taxon in them, that no dismissed listing and little of "
                    "the labelled corpus uses: candidates for the lexicon, to be read and "
                    "added by hand with the taxon they imply.")
    add_data_dir(suggest)
    suggest.add_argument("--min-listings", type=positive_int, default=2, metavar="N",
                         help="confirmed listings a term must recur in (default 2)")
    suggest.add_argument("--limit", type=positive_int, default=50, metavar="N",
                         help="most candidates shown (default 50)")
    suggest.add_argument("--json", action="store_true", help="print the candidates as JSON")
    suggest.set_defaults(func=_suggest)
    parser.set_defaults(func=lambda args: _usage(parser))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def _show(args: argparse.Namespace) -> int:
    from extractors.species.report import show_taxon

    print(show_taxon(args.name, args.lexicon, as_json=args.json))
    return 0


def _match(args: argparse.Namespace) -> int:
    from extractors.species.report import match_text

    print(match_text(args.text, args.lang, args.lexicon))
    return 0


def _suggest(args: argparse.Namespace) -> int:
    import json
    from dataclasses import asdict

    from classifier.commands import suggest_from_store, suggestions_table

    found = suggest_from_store(config_from(args), min_listings=args.min_listings,
                               limit=args.limit)
    if args.json:
        print(json.dumps([asdict(item) for item in found], ensure_ascii=False, indent=2))
    else:
        print(suggestions_table(found))
    return 0


def _import(args: argparse.Namespace) -> int:
    from extractors.species.report import run_import

    print(run_import(args.folder, args.out, args.lexicon, args.take_listings))
    return 0
