#!/usr/bin/env bash
# Build the Linux bundle, then run it as a parent's laptop would: no network, no virtual
# environment or project on the path, a fresh home. Checks --version and that the demo writes its
# report. Slow (a few minutes), so it has its own command: packaging/smoke_test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
packaging/build_linux.sh
work=$(mktemp -d)
tar -C "$work" -xzf dist/FairMinutes-*-linux-*.tar.gz
version=$(.venv/bin/python -c "from app.version import __version__; print(__version__)")
run() {  # a clean environment; no network where this machine lets us take it away
  local cmd=(env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@")
  if [ "$(id -u)" -eq 0 ] && unshare -n true 2>/dev/null; then
    unshare -n "${cmd[@]}"
  else
    "${cmd[@]}"
  fi
}
mkdir -p "$work/home"
got=$(cd "$work" && run "$work/FairMinutes/fairminutes" --version)
echo "$got"
[ "$got" = "FairMinutes $version" ] || { echo "FAIL: --version said '$got'"; exit 1; }
(cd "$work" && run "$work/FairMinutes/fairminutes" demo --out "$work/demo-out")
ls "$work/demo-out/"*"discrepancy report.docx" >/dev/null || { echo "FAIL: no report written"; exit 1; }
echo "PASS: the built app ran with no network and wrote the demo report ($(( $(date +%s) - start )) s in all)"
