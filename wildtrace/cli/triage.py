"""Commands ``wildtrace triage serve`` and ``wildtrace users add|list``."""

from __future__ import annotations

import argparse
import getpass
import sys

from wildtrace.cli.common import add_data_dir, config_from, port_number
from wildtrace.exceptions import UsageError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the 'triage' and 'users' groups to the top-level parser."""
    triage = sub.add_parser("triage", help="the investigators' web application",
                            description="Serve the triage web application on the store.")
    triage_sub = triage.add_subparsers(dest="triage_command", metavar="COMMAND")
    serve = triage_sub.add_parser("serve", help="serve the web application",
                                  description="Serve the triage web application (uvicorn).")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    serve.add_argument("--port", type=port_number, default=8800, help="port to listen on (8800)")
    add_data_dir(serve)
    serve.set_defaults(func=handle_serve)
    triage.set_defaults(func=lambda args: _group_help(triage))

    users = sub.add_parser("users", help="accounts of the triage application",
                           description="Add and list accounts of the triage application.")
    users_sub = users.add_subparsers(dest="users_command", metavar="COMMAND")
    add = users_sub.add_parser(
        "add", help="add an account",
        description="Add an account. The password is read from stdin when stdin is not a "
                    "terminal, else asked twice.")
    add.add_argument("name", help="user name (letters, digits, . _ @ -)")
    add.add_argument("--role", required=True, choices=("analyst", "supervisor", "admin"),
                     help="analyst: triage; supervisor: also approves requests and exports; "
                          "admin: also manages users")
    add_data_dir(add)
    add.set_defaults(func=handle_users_add)
    listing = users_sub.add_parser("list", help="list accounts",
                                   description="List accounts, roles and lock-outs.")
    add_data_dir(listing)
    listing.set_defaults(func=handle_users_list)
    users.set_defaults(func=lambda args: _group_help(users))


def _group_help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def _read_password() -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    second = getpass.getpass("Password again: ")
    if first != second:
        raise UsageError("the two passwords differ")
    return first


def handle_serve(args: argparse.Namespace) -> int:
    from triage.app import serve

    config = config_from(args)
    serve(config, args.host, args.port,
          ready=lambda url: print(f"wildtrace triage: serving on {url} (Ctrl-C to stop)",
                                  file=sys.stderr, flush=True))
    return 0


def handle_users_add(args: argparse.Namespace) -> int:
    from triage.accounts import add_account

    password = _read_password()
    add_account(config_from(args), args.name, args.role, password)
    print(f"user {args.name} added with role {args.role}")
    return 0


def handle_users_list(args: argparse.Namespace) -> int:
    from triage.accounts import list_accounts

    for account in list_accounts(config_from(args)):
        locked = f"  locked until {account.locked_until}" if account.locked_until else ""
        print(f"{account.name}\t{account.role}\tfailed={account.failed_attempts}{locked}")
    return 0
