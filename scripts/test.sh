#!/usr/bin/env bash
# The whole test suite, on a fresh machine too: installs what is missing (scripts/setup.sh),
# starts local PostgreSQL/Redis if stopped, runs ruff + mypy, then every test (browser,
# database and slow tests included). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/services.sh
./scripts/check.sh
echo "[test] pytest"
set +e
.venv/bin/python -m pytest "$@"
rc=$?
set -e
# 5 = no tests collected: that is a failure of the suite, not a pass, but say it plainly.
if [ $rc -eq 5 ]; then echo "[test] no tests were collected" >&2; fi
exit $rc
