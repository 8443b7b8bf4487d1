"""Runs every benchmark module in bench/ and prints one table.

    .venv/bin/python -m bench.run            # full workloads
    .venv/bin/python -m bench.run --quick    # small workloads, a smoke run
    .venv/bin/python -m bench.run crawl      # only bench_crawl.py
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import traceback
from pathlib import Path

from bench.common import Row

HERE = Path(__file__).resolve().parent


def discover(only: list[str]) -> list[str]:
    names = sorted(m.name for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("bench_"))
    if only:
        names = [n for n in names if n.removeprefix("bench_") in only]
    return names


def fmt(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:,.3f}" if abs(value) < 100 else f"{value:,.0f}"


def render(rows: list[Row]) -> str:
    header = ("benchmark", "measure", "wildtrace", "baseline", "baseline value", "ratio", "note")
    table = [header] + [
        (r.benchmark, r.measure, fmt(r.value), r.baseline, fmt(r.baseline_value),
         fmt(r.ratio), r.note) for r in rows]
    widths = [max(len(str(line[i])) for line in table) for i in range(len(header))]
    out = []
    for n, line in enumerate(table):
        out.append("| " + " | ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=True))
                   + " |")
        if n == 0:
            out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("only", nargs="*", help="benchmark names (crawl, evidence, ...)")
    parser.add_argument("--quick", action="store_true", help="small workloads")
    parser.add_argument("--json", metavar="FILE", help="also write the rows as JSON")
    args = parser.parse_args(argv)
    rows: list[Row] = []
    failed = 0
    for name in discover(args.only):
        print(f"[bench] {name} ...", file=sys.stderr, flush=True)
        try:
            rows.extend(importlib.import_module(f"bench.{name}").run(quick=args.quick))
        except Exception:
            failed += 1
            print(f"[bench] {name} failed:\n{traceback.format_exc()}", file=sys.stderr)
    print(render(rows))
    if args.json:
        Path(args.json).write_text(json.dumps([r.__dict__ | {"ratio": r.ratio} for r in rows],
                                              indent=2))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
