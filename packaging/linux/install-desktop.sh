#!/usr/bin/env bash
# Put Lumbar Coach in your application menu: desktop entry, AppStream metainfo and icons,
# for you alone (under ~/.local/share). Undo with uninstall-desktop.sh.
#   packaging/linux/install-desktop.sh [--prefix DIR]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
[ "${1:-}" = "--prefix" ] && prefix="$2"
app_id="org.lumbarcoach.lumbarcoach"

install -Dm644 "$here/$app_id.desktop" "$prefix/applications/$app_id.desktop"
install -Dm644 "$here/$app_id.metainfo.xml" "$prefix/metainfo/$app_id.metainfo.xml"
install -Dm644 "$repo/assets/icons/lumbar-coach.svg" "$prefix/icons/hicolor/scalable/apps/$app_id.svg"
for png in "$repo"/assets/icons/hicolor/*/apps/lumbar-coach.png; do
  size="$(basename "$(dirname "$(dirname "$png")")")"
  install -Dm644 "$png" "$prefix/icons/hicolor/$size/apps/$app_id.png"
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$prefix/icons/hicolor" || true
echo "Lumbar Coach is in your application menu (files under $prefix)."
