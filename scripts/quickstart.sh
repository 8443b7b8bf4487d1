#!/usr/bin/env bash
# Fresh machine to running demo: installs everything, then runs `wildtrace demo`
# (serves the demo marketplace, crawls it, flags, preserves evidence, serves the triage page).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
exec .venv/bin/wildtrace demo "$@"
