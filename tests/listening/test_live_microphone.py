"""The real capture path: a private sound server whose microphone hears what is played into it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.listening.conftest import needs_pocketsphinx, needs_speech

REPO = Path(__file__).resolve().parents[2]
pytestmark = [needs_pocketsphinx, needs_speech, pytest.mark.slow,
              pytest.mark.skipif(shutil.which("pulseaudio") is None or shutil.which("paplay") is None,
                                 reason="pulseaudio and paplay are needed for a stand-in microphone")]


@pytest.fixture
def sound_server(tmp_path):
    """A sound server with a silent output "room" and a microphone that hears it; its address."""
    env = {**os.environ, "PULSE_SERVER": f"unix:{tmp_path}/native"}
    server = subprocess.Popen(
        ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--disallow-exit",
         f"--load=module-native-protocol-unix socket={tmp_path}/native auth-anonymous=1",
         "--load=module-null-sink sink_name=room",
         "--load=module-remap-source master=room.monitor source_name=microphone"],
        env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for_server(env)
        subprocess.run(["pactl", "set-default-source", "microphone"], env=env, check=True)
        yield env
    finally:
        os.killpg(server.pid, 9)
        server.wait()


def _wait_for_server(env: dict, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode != 0:
        if time.monotonic() > deadline:
            pytest.skip("the stand-in sound server did not start")
        time.sleep(0.1)


def test_a_command_spoken_into_the_microphone_is_heard(sound_server, tmp_path):
    recording = tmp_path / "command.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(recording), "coach stop"], check=True)
    result = subprocess.run([sys.executable, "-m", "tests.listening.live_capture", "room", str(recording)],
                            cwd=REPO, env={**sound_server, "QT_QPA_PLATFORM": "offscreen"},
                            capture_output=True, text=True, timeout=60)
    words = result.stdout.split()
    assert words[:1] == ["stop"], result.stdout + result.stderr[-2000:]
    assert float(words[1]) < 3.0  # played, heard to its end, and recognised
