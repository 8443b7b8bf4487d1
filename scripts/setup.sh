#!/usr/bin/env bash
# Installs everything wildtrace needs on a fresh Debian machine, idempotently:
# Debian's chromium and fonts, a .venv at the repository root with the pinned Python packages,
# wildtrace itself in editable mode, and pywb in .tools/pywb (a venv of its own). Safe to run
# again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

apt_packages=(chromium fonts-noto-core fonts-noto-cjk poppler-utils openssl)
missing=()
for pkg in "${apt_packages[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null; then
    echo "setup: need root (or sudo) to install Debian packages: ${missing[*]}" >&2
    exit 1
  fi
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  say "installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null || PY=python3
if [ ! -x .venv/bin/python ]; then
  say "creating .venv with $($PY --version)"
  "$PY" -m venv .venv
fi

stamp=.venv/.wildtrace-installed
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  say "installing Python packages into .venv (torch 2.13.0 CPU, Scrapy, transformers, ...)"
  .venv/bin/pip install -q --disable-pip-version-check --upgrade pip >/dev/null 2>&1 || true
  # torch first and pinned, so nothing pulls a CUDA build.
  .venv/bin/pip install -q --disable-pip-version-check torch==2.13.0 2>&1 | grep -v "^WARNING: Location" || true
  .venv/bin/pip install -q --disable-pip-version-check -e '.[dev]' 2>&1 | grep -v "^WARNING: Location" || true
  .venv/bin/python -c "import wildtrace, scrapy, torch, transformers" \
    || { echo "setup: Python packages did not install; see pip's output above" >&2; exit 1; }
  echo "$want" > "$stamp"
fi
# pywb replays exported case packages (tests/evidence/test_pywb_replay.py, evidence/README.md).
# It gets a venv of its own: its pins (redis, gevent, ...) would downgrade the project's.
pywb_version=2.10.0
pywb_stamp=.tools/pywb/.wildtrace-installed
if [ ! -f "$pywb_stamp" ] || [ "$(cat "$pywb_stamp")" != "pywb==$pywb_version" ]; then
  say "installing pywb $pywb_version into .tools/pywb"
  rm -rf .tools/pywb
  mkdir -p .tools
  "$PY" -m venv .tools/pywb
  .tools/pywb/bin/pip install -q --disable-pip-version-check "pywb==$pywb_version" 2>&1 | grep -v "^WARNING: Location" || true
  .tools/pywb/bin/wb-manager --help >/dev/null 2>&1 && [ -x .tools/pywb/bin/wayback ] \
    || { echo "setup: pywb did not install into .tools/pywb; see pip's output above" >&2; exit 1; }
  echo "pywb==$pywb_version" > "$pywb_stamp"
fi
say "ready: $(.venv/bin/wildtrace --version)"
