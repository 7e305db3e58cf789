#!/usr/bin/env bash
# Build release pyco, then time every bench/*.py under pyco and the real CPython binary.
# Usage: bench/run.sh [--runs N] [NAME ...]   (arguments go to bench/run.py)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
# `python3` on PATH may be a wrapper script; time the interpreter binary itself.
PYTHON=$(python3 -c 'import sys; print(sys.executable)')
exec "$PYTHON" bench/run.py --python "$PYTHON" --pyco target/release/pyco "$@"
