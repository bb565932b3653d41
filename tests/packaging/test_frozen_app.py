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


@pytest.fixture
def app() -> Path:
    """The frozen app's program, built by the first test."""
    program = REPO / "dist" / "lumbar-coach" / "lumbar-coach"
    if not program.exists():
        pytest.skip("built by the first test")
    return program


@pytest.mark.slow
def test_the_frozen_app_speaks_through_its_own_render_worker(app, tmp_path):
    out = tmp_path / "cue.wav"
    result = subprocess.run([str(app), "say", "Switch sides. Now your right leg in front.", "--to-file", str(out)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    stats = subprocess.run(["sox", str(out), "-n", "stat"], capture_output=True, text=True).stderr
    length = float(next(line.split()[-1] for line in stats.splitlines() if line.startswith("Length")))
    rms = float(next(line.split()[-1] for line in stats.splitlines() if line.startswith("RMS     amplitude")))
    assert length > 1.0 and rms > 0.02


@pytest.mark.slow
def test_the_frozen_app_carries_the_speech_model_for_voice_commands(app, tmp_path):
    recording = tmp_path / "command.wav"
    subprocess.run(["espeak-ng", "-v", "en-gb", "-s", "150", "-w", str(recording), "coach stop"], check=True)
    result = subprocess.run([str(app), "listen", "--from-file", str(recording)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["stop"]
    assert not list((REPO / "dist" / "lumbar-coach").rglob("en-us.lm.bin"))
