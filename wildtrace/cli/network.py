"""``wildtrace network ...``: seller networks, cross-checks and exports."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from wildtrace.cli.common import add_data_dir, config_from
from wildtrace.exceptions import UsageError

if TYPE_CHECKING:
    from networks.graph import Network, NetworkSet


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    network = sub.add_parser(
        "network", help="seller networks: listings linked by identifiers, photos, wording",
        description="Group listings into seller networks; every link says what is shared.")
    actions = network.add_subparsers(dest="network_command", metavar="ACTION", required=True)
    build = actions.add_parser("list", help="list the seller networks")
    build.add_argument("--min-size", type=int, default=2, help="smallest network shown")
    build.add_argument("--json", action="store_true", help="print a JSON array")
    build.set_defaults(func=_list)
    show = actions.add_parser("show", help="one network: listings and the reason of each link")
    show.add_argument("network_id", help="N-... as printed by 'network list'")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=_show)
    match = actions.add_parser(
        "match", help="cross-check identifiers supplied by another agency (CSV)")
    match.add_argument("file", help="CSV, one identifier per row (optional header and kind)")
    match.add_argument("--region", metavar="CC", help="country for national phone numbers")
    match.add_argument("--json", action="store_true", help="one JSON object per input row")
    match.set_defaults(func=_match)
    export = actions.add_parser("export", help="GraphML or CSV for Gephi, i2, Maltego")
    export.add_argument("--format", choices=("graphml", "csv"), default="graphml")
    export.add_argument("--out", required=True, help="file (graphml) or folder (csv)")
    export.set_defaults(func=_export)
    for parser in (build, show, match, export):
        add_data_dir(parser)


def _networks(args: argparse.Namespace) -> NetworkSet:
    from networks.source import build_from_store

    return build_from_store(config_from(args))


def _network_json(network: Network) -> dict[str, object]:
    return {"id": network.id, "size": network.size, "listing_ids": network.listing_ids,
            "sellers": network.sellers, "marketplaces": network.marketplaces,
            "countries": network.countries, "species": network.species,
            "identifiers": [f"{k}:{v}" for k, v in network.identifiers],
            "first_seen": network.first_seen, "last_seen": network.last_seen,
            "links": [{"a": link.a, "b": link.b, "kind": link.kind, "reason": link.reason}
                      for link in network.links]}


def _list(args: argparse.Namespace) -> int:
    result = _networks(args)
    shown = [n for n in result.networks if n.size >= args.min_size]
    if args.json:
        print(json.dumps([_network_json(n) for n in shown], ensure_ascii=False, indent=2))
        return 0
    for n in shown:
        kinds = sorted({link.kind for link in n.links})
        print(f"{n.id}  {n.size:>4} listings  {', '.join(n.marketplaces):<28} "
              f"linked by {', '.join(kinds)}  sellers: {', '.join(n.sellers[:4])}")
    print(f"{len(shown)} network(s) over {len(result.listings)} listings", file=sys.stderr)
    return 0


def _show(args: argparse.Namespace) -> int:
    result = _networks(args)
    found = [n for n in result.networks if n.id == args.network_id]
    if not found:
        raise UsageError(f"no network {args.network_id} (see 'wildtrace network list')")
    network = found[0]
    if args.json:
        print(json.dumps(_network_json(network), ensure_ascii=False, indent=2))
        return 0
    print(f"{network.id}: {network.size} listings on {', '.join(network.marketplaces)}, "
          f"seen {network.first_seen or '?'} to {network.last_seen or '?'}")
    for listing_id in network.listing_ids:
        item = result.listings[listing_id]
        print(f"  listing {listing_id:>6}  {item.marketplace:<10} {item.seller or '':<20} "
              f"{item.url}")
    for link in network.links:
        print(f"  {link.a} — {link.b}: {link.reason}")
    return 0


def _match(args: argparse.Namespace) -> int:
    from networks.match import match_identifiers, read_identifiers

    rows = read_identifiers(Path(args.file))
    results = match_identifiers(rows, _networks(args), region=args.region)
    if args.json:
        for row in results:
            print(json.dumps(row.to_json(), ensure_ascii=False))
        return 0
    for row in results:
        hits = ", ".join(str(hit["id"]) for hit in row.listings) or "no listing"
        nets = f"  networks {', '.join(row.networks)}" if row.networks else ""
        print(f"row {row.row}: {row.kind} {row.normalized} -> {hits}{nets}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from networks.export import write_csv, write_graphml

    result = _networks(args)
    out = Path(args.out)
    if args.format == "graphml":
        print(f"wrote {write_graphml(result, out)}")
    else:
        for path in write_csv(result, out):
            print(f"wrote {path}")
    return 0
