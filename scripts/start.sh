#!/usr/bin/env bash
# Start the desktop app; with no screen, run the demo conference instead and say where its files are.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] || [ "$(uname)" = Darwin ]; then
  exec .venv/bin/fairminutes
fi
echo "No screen found (DISPLAY is not set), so running the demo conference instead of the window."
exec .venv/bin/fairminutes demo --out demo-out
