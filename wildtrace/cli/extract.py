"""Commands of the 'extract' group: ``wildtrace extract PAGE.html --url URL [--profile FILE]``."""

from __future__ import annotations

import argparse
import json
from datetime import datetime

from wildtrace.exceptions import UsageError


def _moment(value: str) -> datetime:
    try:
        return datetime.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date-time: {value!r}") from exc


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this group's commands to the top-level parser."""
    parser = sub.add_parser(
        "extract", help="read a saved page: listing fields, result tiles, identifiers, species",
        description="Read a saved marketplace page and print one JSON object: title, "
                    "description, price, currency, seller, location, posted, images, phones, "
                    "emails, handles, species; 'listings' for a search-result page.")
    parser.add_argument("page", metavar="PAGE.html", help="saved page ('-' reads stdin)")
    parser.add_argument("--url", required=True, help="the URL the page was fetched from")
    parser.add_argument("--profile", metavar="FILE", help="site profile (TOML) with [extract] "
                        "selectors and [site] defaults")
    parser.add_argument("--content-type", help="HTTP Content-Type header (its charset is used)")
    parser.add_argument("--encoding", help="force the page's encoding (e.g. cp1252, gbk)")
    parser.add_argument("--fetched-at", type=_moment, metavar="ISO",
                        help="capture time: anchors 'yesterday' and dates without a year")
    parser.add_argument("--indent", type=int, default=None, help="pretty-print JSON")
    parser.set_defaults(func=_extract)


def _extract(args: argparse.Namespace) -> int:
    from extractors.files import extract_file

    if args.indent is not None and args.indent < 0:
        raise UsageError("--indent must be zero or more")
    result = extract_file(args.page, args.url, profile_path=args.profile,
                          content_type=args.content_type, encoding=args.encoding,
                          fetched_at=args.fetched_at)
    print(json.dumps(result.to_json(), ensure_ascii=False, indent=args.indent))
    return 0
