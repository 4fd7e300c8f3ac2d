#!/usr/bin/env bash
# Build the Linux bundle: dist/FairMinutes/ (dist/FairMinutes/fairminutes-app is the app, fairminutes the
# command line) and a tarball with a .desktop entry and icon. Needs the project's virtual environment
# (make test or make run makes it).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
[ -x "$PY" ] || { echo "Run 'make test' or 'make run' first: it makes .venv"; exit 1; }
version=$($PY -c "from app.version import __version__; print(__version__)")
$PY -m pip install -q "pyinstaller>=6.5"
rm -rf build/pyinstaller dist/FairMinutes
$PY -m PyInstaller --noconfirm --clean --log-level WARN --workpath build/pyinstaller --distpath dist \
    packaging/fairminutes.spec
cp packaging/fairminutes.desktop dist/FairMinutes/
cp resources/icon.png dist/FairMinutes/fairminutes.png
cat > dist/FairMinutes/INSTALL.txt <<TXT
FairMinutes $version for Linux

Run ./fairminutes-app in this folder (./fairminutes is the command line). To add it to your
applications menu:
  mkdir -p ~/.local/bin ~/.local/share/applications ~/.local/share/icons
  ln -sf "\$PWD/fairminutes-app" ~/.local/bin/fairminutes-app
  ln -sf "\$PWD/fairminutes" ~/.local/bin/fairminutes
  cp fairminutes.desktop ~/.local/share/applications/
  cp fairminutes.png ~/.local/share/icons/
No internet and no administrator rights are needed.
TXT
tar -C dist -czf "dist/FairMinutes-$version-linux-$(uname -m).tar.gz" FairMinutes
echo "Built dist/FairMinutes ($(du -sh dist/FairMinutes | cut -f1)) and dist/FairMinutes-$version-linux-$(uname -m).tar.gz"
