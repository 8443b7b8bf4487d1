"""Commands of the 'evidence' group: verify, log."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from wildtrace.cli.common import add_data_dir, config_from


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this group's commands to the top-level parser."""
    group = sub.add_parser("evidence", help="verify captures, show the custody log")
    commands = group.add_subparsers(dest="evidence_command", metavar="COMMAND")

    def _usage(_args: argparse.Namespace) -> int:
        group.print_help()
        return 2

    group.set_defaults(func=_usage)

    verify = commands.add_parser(
        "verify", help="check a WARC, an evidence folder or a package (.wacz); exit 0 intact",
        description="Re-read every record and file: digests, file hashes, seals, signature, "
                    "time-stamps and the custody chain. One line per problem; exit 0 when "
                    "intact, 1 otherwise.")
    verify.add_argument("path", metavar="PATH", help="a .warc.gz, an evidence folder or a .wacz")
    verify.add_argument("--key", metavar="PEM", type=Path, default=None,
                        help="public key the seals must be signed with "
                             "(default: this installation's key when found)")
    verify.add_argument("--tsa-ca", metavar="PEM", type=Path, default=None,
                        help="CA certificate of the time-stamping authority "
                             "(default: the copy kept in each seal)")
    add_data_dir(verify)
    verify.set_defaults(func=_verify)

    log = commands.add_parser("log", help="print the custody log (the viewing is logged)")
    log.add_argument("--json", action="store_true", help="one JSON object per line")
    add_data_dir(log)
    log.set_defaults(func=_log)


def _verify(args: argparse.Namespace) -> int:
    from evidence.commands import verify_and_log

    problems = verify_and_log(Path(args.path), config_from(args), trusted_key_file=args.key,
                              tsa_ca_file=args.tsa_ca)
    for problem in problems:
        print(problem)
    if not problems:
        print(f"{args.path}: intact", file=sys.stderr)
    return 1 if problems else 0


def _log(args: argparse.Namespace) -> int:
    from evidence.commands import view_log

    for entry in view_log(config_from(args)):
        if args.json:
            print(json.dumps(entry, sort_keys=True))
        else:
            print(f"{entry.get('seq'):>5} {entry.get('time')} {entry.get('action'):<16} "
                  f"{entry.get('actor')} {entry.get('object_id')} "
                  f"{entry.get('object_hash') or ''}".rstrip())
    return 0
