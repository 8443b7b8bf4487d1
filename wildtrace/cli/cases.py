"""``wildtrace case ...`` and ``wildtrace request ...``: cases and NCB support requests."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from wildtrace.cli.common import add_data_dir, config_from
from wildtrace.exceptions import UsageError

SUPPORT_CODES = ("information", "mentoring", "operational", "capacity", "experts")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    case = sub.add_parser("case", help="create and list cases",
                          description="Cases group listings an investigator works on.")
    case_sub = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    create = case_sub.add_parser("create", help="create a case, optionally with listings")
    create.add_argument("title")
    create.add_argument("--description", default="", help="what the case is about")
    create.add_argument("--listing", action="append", default=[], metavar="URL_OR_ID",
                        help="a listing to add (repeatable): its id or URL")
    create.add_argument("--json", action="store_true", help="print the case as JSON")
    create.set_defaults(func=_case_create)
    listing = case_sub.add_parser("list", help="list cases")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(func=_case_list)
    show = case_sub.add_parser("show", help="one case with its listings")
    show.add_argument("case_id", type=int)
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=_case_show)
    add = case_sub.add_parser("add", help="add listings to a case")
    add.add_argument("case_id", type=int)
    add.add_argument("--listing", action="append", required=True, metavar="URL_OR_ID")
    add.set_defaults(func=_case_add)
    for parser in (create, listing, show, add):
        add_data_dir(parser)

    request = sub.add_parser("request", help="NCB support requests: build, approve, send",
                             description="Support requests to an INTERPOL NCB, copied to "
                                         "environmentalcrime@interpol.int.")
    req_sub = request.add_subparsers(dest="request_command", metavar="ACTION", required=True)
    build = req_sub.add_parser("build", help="build the request and evidence package of a case")
    build.add_argument("case_id", type=int)
    build.add_argument("--ncb", required=True, metavar="COUNTRY",
                       help="ISO country code of the NCB addressed (see the NCB directory)")
    build.add_argument("--lang", choices=("en", "fr", "es", "ar"),
                       help="language of the letter (default: the NCB's working language)")
    build.add_argument("--support", action="append", choices=SUPPORT_CODES,
                       help="type of support requested (repeatable; default information)")
    build.add_argument("--summary", help="summary paragraph (default: written from the case)")
    build.add_argument("--arrest-warrant", metavar="REF",
                       help="reference of an arrest warrant (allows proposing a Red Notice)")
    build.add_argument("--out", metavar="DIR", help="write here instead of the outbox")
    build.set_defaults(func=_request_build)
    req_list = req_sub.add_parser("list", help="requests in the outbox and their state")
    req_list.add_argument("--json", action="store_true")
    req_list.set_defaults(func=_request_list)
    approve = req_sub.add_parser("approve", help="approve a request (supervisor or admin)")
    approve.add_argument("reference")
    approve.add_argument("--as", dest="user", help="wildtrace user approving "
                                                   "(default: $WILDTRACE_OPERATOR or login)")
    approve.set_defaults(func=_request_approve)
    send = req_sub.add_parser("send", help="send an approved request over SMTP (S/MIME)")
    send.add_argument("reference")
    send.add_argument("--smtp-host", default=None, help="relay host (or $WILDTRACE_SMTP_HOST)")
    send.add_argument("--smtp-port", type=int, default=None, help="relay port (default 587)")
    send.add_argument("--smtp-cafile", default=None, help="CA file to trust the relay's TLS")
    send.set_defaults(func=_request_send)
    handover = req_sub.add_parser("handover", help="record delivery through another channel")
    handover.add_argument("reference")
    handover.add_argument("--channel", required=True,
                          help="how it was delivered, e.g. 'I-24/7 via NCB liaison'")
    handover.set_defaults(func=_request_handover)
    for parser in (build, req_list, approve, send, handover):
        add_data_dir(parser)


def _resolve(store: Any, value: str) -> int:
    if value.isdigit():
        if store.get_listing(int(value)) is None:
            raise UsageError(f"no listing {value}")
        return int(value)
    found = store.listing_id_for_url(value)
    if found is None:
        raise UsageError(f"no listing with URL {value}")
    return int(found)


def _case_create(args: argparse.Namespace) -> int:
    from store import open_store

    config = config_from(args)
    with open_store(config) as store:
        ids = [_resolve(store, value) for value in args.listing]
        case_id = store.create_case(args.title, config.operator, args.description)
        for listing_id in ids:
            store.add_to_case(case_id, listing_id)
        store.audit(config.operator, "case-create", "case", str(case_id), {"listings": ids})
        detail = store.get_case(case_id)
    if args.json and detail is not None:
        print(json.dumps(detail.to_json(), ensure_ascii=False, indent=2))
    else:
        print(f"case #{case_id} created with {len(ids)} listing(s)")
    return 0


def _case_list(args: argparse.Namespace) -> int:
    from store import open_store

    with open_store(config_from(args)) as store:
        cases = store.list_cases()
    if args.json:
        print(json.dumps([c.to_json() for c in cases], ensure_ascii=False, indent=2))
        return 0
    for c in cases:
        print(f"#{c.id:<5} {c.status:<8} {c.listing_count:>4} listings  {c.title}")
    if not cases:
        print("no cases yet (wildtrace case create TITLE --listing ID)", file=sys.stderr)
    return 0


def _case_show(args: argparse.Namespace) -> int:
    from store import open_store

    with open_store(config_from(args)) as store:
        detail = store.get_case(args.case_id)
    if detail is None:
        raise UsageError(f"no case #{args.case_id}")
    if args.json:
        print(json.dumps(detail.to_json(), ensure_ascii=False, indent=2))
        return 0
    print(f"case #{detail.id} {detail.title} ({detail.status}, by {detail.created_by})")
    for item in detail.listings:
        print(f"  {item.id:>6}  {item.marketplace:<10} {item.title or ''}  {item.url}")
    return 0


def _case_add(args: argparse.Namespace) -> int:
    from store import open_store

    config = config_from(args)
    with open_store(config) as store:
        if store.get_case(args.case_id) is None:
            raise UsageError(f"no case #{args.case_id}")
        for value in args.listing:
            store.add_to_case(args.case_id, _resolve(store, value))
    print(f"added {len(args.listing)} listing(s) to case #{args.case_id}")
    return 0


def _request_build(args: argparse.Namespace) -> int:
    from pathlib import Path

    from case_requests.build import build_request

    config = config_from(args)
    built = build_request(config, args.case_id, ncb=args.ncb, actor=config.operator,
                          language=args.lang, support=args.support, summary=args.summary,
                          arrest_warrant=args.arrest_warrant,
                          out=Path(args.out) if args.out else None)
    print(f"request {built.reference} built in {built.folder}")
    for name in sorted(built.files):
        print(f"  {name}")
    if built.package:
        print(f"  {built.package.name}  (verify: wildtrace evidence verify {built.package})")
    for warning in built.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if not args.out:
        print(f"next: a supervisor runs 'wildtrace request approve {built.reference}'")
    return 0


def _request_list(args: argparse.Namespace) -> int:
    from case_requests.outbox import Outbox

    requests = Outbox(config_from(args)).list()
    if args.json:
        print(json.dumps([r.to_json() for r in requests], ensure_ascii=False, indent=2))
        return 0
    for r in requests:
        print(f"{r.reference:<32} case #{r.case_id:<5} NCB {r.ncb}  {r.state}"
              + (f" by {r.approved_by}" if r.approved_by else ""))
    return 0


def _request_approve(args: argparse.Namespace) -> int:
    from case_requests.outbox import Outbox
    from evidence.custody import CustodyLog
    from store import open_store

    config = config_from(args)
    user_name = args.user or config.operator
    with open_store(config) as store:
        user = store.get_user(user_name)
        if user is None:
            raise UsageError(f"no wildtrace user {user_name!r} (wildtrace users add)")
        status = Outbox(config).approve(args.reference, user=user.name, role=user.role)
        store.audit(user.name, "request-approve", "request", args.reference, None)
    CustodyLog(config.paths.custody_log).append(
        "request-approval", user.name, args.reference, None, {"case_id": status.case_id})
    print(f"request {args.reference} approved by {user.name}")
    return 0


def _request_send(args: argparse.Namespace) -> int:
    from case_requests.outbox import Outbox, Relay
    from case_requests.sending import send_request
    from case_requests.settings import REQUEST_SMTP_HOST, REQUEST_SMTP_PORT
    from evidence.custody import CustodyLog

    config = config_from(args)
    host = args.smtp_host or os.environ.get("WILDTRACE_SMTP_HOST") or REQUEST_SMTP_HOST
    if not host:
        raise UsageError("no SMTP relay: pass --smtp-host or set WILDTRACE_SMTP_HOST")
    relay = Relay(host=host, port=args.smtp_port or REQUEST_SMTP_PORT, cafile=args.smtp_cafile,
                  username=os.environ.get("WILDTRACE_SMTP_USER"),
                  password=os.environ.get("WILDTRACE_SMTP_PASSWORD"))
    status = send_request(Outbox(config), args.reference, relay)
    CustodyLog(config.paths.custody_log).append(
        "request-send", config.operator, args.reference, None,
        {"relay": f"{relay.host}:{relay.port}", "result": status.attempts[-1].detail})
    print(f"request {args.reference} sent: {status.attempts[-1].detail}")
    return 0


def _request_handover(args: argparse.Namespace) -> int:
    from case_requests.outbox import Outbox
    from case_requests.sending import handover
    from evidence.custody import CustodyLog

    config = config_from(args)
    handover(Outbox(config), args.reference, args.channel)
    CustodyLog(config.paths.custody_log).append(
        "request-send", config.operator, args.reference, None, {"channel": args.channel})
    print(f"request {args.reference} recorded as handed over via {args.channel}")
    return 0
