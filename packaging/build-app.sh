#!/usr/bin/env bash
# Build the one-folder app with PyInstaller into dist/lumbar-coach, then prove it starts
# by drawing the library offscreen. Prints the folder's size.
#   packaging/build-app.sh [PYTHON]
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="${1:-$repo/.venv/bin/python}"
cd "$repo"
"$python" -m PyInstaller --version >/dev/null 2>&1 || "$python" -m pip install --quiet "pyinstaller>=6.0"
"$python" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/pyinstaller/lumbar-coach.spec
# PyInstaller leaves links to the Qt libraries the spec filtered out; they point nowhere.
find dist/lumbar-coach -xtype l -delete
QT_QPA_PLATFORM=offscreen LUMBAR_COACH_HOME="$(mktemp -d)" \
  dist/lumbar-coach/lumbar-coach --screenshot build/frozen-library.png --view library
echo "Built dist/lumbar-coach: $(du -sh dist/lumbar-coach | cut -f1); it drew build/frozen-library.png"
