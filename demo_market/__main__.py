"""``python -m demo_market [--host H] [--port P]``: serve the three demo sites until Ctrl-C."""

from __future__ import annotations

import argparse
import sys

from demo_market import settings
from demo_market.exceptions import DemoMarketError
from demo_market.server import serve_forever


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m demo_market",
                                     description="Serve the demo marketplace (three sites).")
    parser.add_argument("--host", default=settings.DEMO_HOST, help="interface to listen on")
    parser.add_argument("--port", type=int, default=settings.DEMO_BASE_PORT,
                        help="port of savanna; mercado and longma take the next two")
    args = parser.parse_args(argv)
    try:
        serve_forever(args.host, args.port)
    except DemoMarketError as exc:
        print(f"demo_market: {exc}", file=sys.stderr)
        return exc.exit_code
    return 0


if __name__ == "__main__":
    sys.exit(main())
