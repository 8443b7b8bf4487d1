"""Commands of the 'store' group: listings, search, index rebuild|status|flush."""

from __future__ import annotations

import argparse
import json
from datetime import datetime

from wildtrace.cli.common import add_data_dir, config_from
from wildtrace.exceptions import UsageError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this group's commands to the top-level parser."""
    listings = sub.add_parser("listings", help="list the listings the store holds",
                              description="List stored listings, best classifier score first.")
    listings.add_argument("--flagged", action="store_true", help="only flagged listings")
    listings.add_argument("--limit", type=int, default=1000, help="at most N (default 1000)")
    listings.add_argument("--json", action="store_true", help="a JSON array instead of a table")
    add_data_dir(listings)
    listings.set_defaults(func=_listings)

    search = sub.add_parser("search", help="full-text search with filters and facets",
                            description="Search titles and descriptions (every word must "
                                        "appear; any language) with filters.")
    search.add_argument("query", metavar="QUERY", nargs="?", default="", help="words to find")
    search.add_argument("--species", help="scientific name, e.g. 'Loxodonta africana'")
    search.add_argument("--appendix", choices=["I", "II", "III"], help="CITES appendix")
    search.add_argument("--marketplace", help="marketplace name")
    search.add_argument("--country", help="ISO 3166 country code, e.g. VN")
    search.add_argument("--min-price", type=float, help="lowest price (listing's currency)")
    search.add_argument("--max-price", type=float, help="highest price (listing's currency)")
    search.add_argument("--since", type=_date, help="first seen on or after (YYYY-MM-DD)")
    search.add_argument("--until", type=_date, help="first seen on or before (YYYY-MM-DD)")
    search.add_argument("--flagged", action="store_true", help="only flagged listings")
    search.add_argument("--decision", choices=["confirm", "dismiss", "escalate", "none"],
                        help="latest triage decision (none: undecided)")
    search.add_argument("--seller", help="seller name or id")
    search.add_argument("--identifier", help="phone, e-mail, handle or wallet shown")
    search.add_argument("--order", choices=["score", "newest"], default="score",
                        help="sort order (default: classifier score)")
    search.add_argument("--limit", type=int, default=20, help="results per page (default 20)")
    search.add_argument("--cursor", help="the cursor printed for the next page")
    search.add_argument("--json", action="store_true", help="JSON object instead of a table")
    add_data_dir(search)
    search.set_defaults(func=_search)

    index = sub.add_parser("index", help="the search index: rebuild, status, flush",
                           description="Maintain the search index (Elasticsearch when "
                                       "WILDTRACE_ELASTICSEARCH_URL is set, else SQL).")
    actions = index.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, text in (("rebuild", "rebuild the index from the system of record"),
                       ("status", "show which index answers and how many writes are queued"),
                       ("flush", "push queued index writes now")):
        action = actions.add_parser(name, help=text, description=text)
        add_data_dir(action)
        action.set_defaults(func=_index, action=name)


def _date(value: str) -> datetime:
    try:
        return datetime.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from exc


def _listings(args: argparse.Namespace) -> int:
    from store import open_store
    from store.display import listings_json, listings_table

    if args.limit < 0:
        raise UsageError("--limit must be positive")
    with open_store(config_from(args)) as store:
        listings = store.list_listings(flagged=True if args.flagged else None, limit=args.limit)
    print(listings_json(listings) if args.json else listings_table(listings))
    return 0


def _search(args: argparse.Namespace) -> int:
    from store import SearchQuery, open_store
    from store.display import search_report

    query = SearchQuery(
        text=args.query, species=args.species, appendix=args.appendix,
        marketplace=args.marketplace, country=args.country, min_price=args.min_price,
        max_price=args.max_price, since=args.since, until=args.until,
        flagged=True if args.flagged else None, decision=args.decision, seller=args.seller,
        identifier=args.identifier, order=args.order, limit=args.limit, cursor=args.cursor)
    with open_store(config_from(args)) as store:
        results = store.search(query)
    if args.json:
        print(json.dumps(results.to_json(), ensure_ascii=False, indent=2))
    else:
        print(search_report(results))
    return 0


def _index(args: argparse.Namespace) -> int:
    from store import open_store

    with open_store(config_from(args)) as store:
        if args.action == "rebuild":
            count = store.rebuild_index()
            print(f"index rebuilt ({store.index.name}): {count} listings")
        elif args.action == "flush":
            left = store.flush_index()
            print(f"index writes still queued: {left}")
            return 1 if left else 0
        else:
            print(f"index: {store.index.name}; queued writes: {store.pending_index_writes()}; "
                  f"listings: {store.count_listings()}")
    return 0
