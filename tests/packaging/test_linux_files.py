"""The Linux desktop entry and AppStream metainfo validate, and the menu install round-trips."""

from __future__ import annotations

import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
APP_ID = "org.lumbarcoach.lumbarcoach"


def test_the_desktop_entry_validates():
    result = subprocess.run(["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout.lower(), result.stdout


def test_the_metainfo_validates_pedantically():
    result = subprocess.run(["appstreamcli", "validate", "--pedantic", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "pedantic" not in result.stdout and "warning" not in result.stdout.lower(), result.stdout


def test_install_then_uninstall_leaves_nothing_behind(tmp_path):
    prefix = tmp_path / "share"
    subprocess.run([str(LINUX / "install-desktop.sh"), "--prefix", str(prefix)], check=True, capture_output=True)
    assert (prefix / "applications" / f"{APP_ID}.desktop").is_file()
    assert (prefix / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (prefix / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (prefix / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    subprocess.run([str(LINUX / "uninstall-desktop.sh"), "--prefix", str(prefix)], check=True, capture_output=True)
    assert not [p for p in prefix.rglob("*") if p.is_file() and APP_ID in p.name]
