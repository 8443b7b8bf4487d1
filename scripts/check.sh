#!/usr/bin/env bash
# Static checks: ruff (lint) and mypy (types) over the whole project.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/ruff check .
.venv/bin/mypy wildtrace crawlers extractors evidence classifier case_requests store triage demo_market networks bench
