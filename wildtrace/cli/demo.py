"""``wildtrace demo``: crawl the bundled demo marketplace and serve the triage page."""

from __future__ import annotations

import argparse
import sys

from wildtrace.cli.common import add_data_dir, config_from, port_number


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "demo", help="run the whole pipeline on the bundled demo marketplace",
        description="Serve the demo marketplace on 127.0.0.1, crawl it with evidence capture, "
                    "flag protected-species offers, then serve the triage page.")
    add_data_dir(parser)
    parser.add_argument("--no-serve", action="store_true",
                        help="exit after the crawl with a summary instead of serving triage")
    parser.add_argument("--host", default="127.0.0.1", help="triage host (default 127.0.0.1)")
    parser.add_argument("--port", type=port_number, default=8800, help="triage port (default 8800)")
    parser.add_argument("--max-pages", type=int, default=None, metavar="N",
                        help="stop each site's crawl after N pages")
    parser.set_defaults(func=handle)


def handle(args: argparse.Namespace) -> int:
    from wildtrace.demo import ensure_demo_login, format_summary, run_demo, serve_triage

    config = config_from(args)
    summary = run_demo(config, max_pages=args.max_pages)
    print("\nwildtrace demo: done\n" + format_summary(summary), file=sys.stderr)
    login = ensure_demo_login(config)
    if args.no_serve:
        print(f"  triage login: {login[0]} / {login[1]} "
              f"(serve with: wildtrace triage serve --data-dir {config.data_dir})", file=sys.stderr)
        return 0
    serve_triage(config, host=args.host, port=args.port, login=login)
    return 0
