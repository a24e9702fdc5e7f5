#!/usr/bin/env bash
# All checks, the same here and in CI: lint, format, types, tests.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
"$PY" -m ruff check assistant tests app.py benchmarks
"$PY" -m ruff format --check assistant tests app.py benchmarks
"$PY" -m mypy assistant app.py
"$PY" -m pytest "$@"
