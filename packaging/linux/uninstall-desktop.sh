#!/usr/bin/env bash
# Take Lumbar Coach out of your application menu again (what install-desktop.sh put in place).
#   packaging/linux/uninstall-desktop.sh [--prefix DIR]
set -euo pipefail

prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
[ "${1:-}" = "--prefix" ] && prefix="$2"
app_id="org.lumbarcoach.lumbarcoach"

rm -f "$prefix/applications/$app_id.desktop" "$prefix/metainfo/$app_id.metainfo.xml"
rm -f "$prefix"/icons/hicolor/*/apps/"$app_id".png "$prefix/icons/hicolor/scalable/apps/$app_id.svg"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/applications" || true
echo "Lumbar Coach's menu entry and icons are removed (your settings and history are kept)."
