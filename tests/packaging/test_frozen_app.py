"""The PyInstaller one-folder app builds, carries its assets, and starts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_frozen_app_builds_and_draws_its_library():
    result = subprocess.run(["bash", str(REPO / "packaging" / "build-app.sh"), sys.executable],
                            cwd=REPO, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    bundle = REPO / "dist" / "lumbar-coach"
    assert (bundle / "_internal" / "lumbar_coach" / "assets" / "stretches.toml").is_file()
    assert not list(bundle.rglob("libQt6WebEngine*")) and not list(bundle.rglob("libQt6Pdf*"))
    assert (REPO / "build" / "frozen-library.png").stat().st_size > 10_000
    assert "Built dist/lumbar-coach:" in result.stdout
