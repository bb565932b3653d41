"""The app never opens a network socket: whole sessions are traced at the system-call level.

strace follows every thread and child process (speech engines, aplay), so a
connection made by Qt, a library or a program the app starts is caught as well.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

NETWORK_CALL = re.compile(r"socket\((AF_INET|AF_INET6|PF_INET|PF_INET6)|connect\(\d+, \{sa_family=AF_INET6?")

GUI_SESSION = """
import sys
from PySide6.QtCore import QTimer
from lumbar_coach.ui.launch import build_window, ensure_app, start_voice
from lumbar_coach.core.planner import PlanSettings, plan
from lumbar_coach.core.resolve import resolve
app = ensure_app()
window = build_window(speed=200.0)
window.safety_first = False
window.pain_asker = lambda parent: None
start_voice(window)
catalog = window.data.catalog
routine = resolve(["full"], catalog)
driver = window.start_timeline(routine, plan(routine, catalog, PlanSettings(painful_side="left")))
driver.finished.connect(lambda event: QTimer.singleShot(300, app.quit))
window.show()
app.exec()
print("finished")
"""


def traced(tmp_path: Path, command: list[str]) -> tuple[subprocess.CompletedProcess, list[str]]:
    log = tmp_path / "calls.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log), *command],
                            capture_output=True, text=True, timeout=300, env=env, stdin=subprocess.DEVNULL)
    lines = log.read_text().splitlines()
    return result, [line for line in lines if NETWORK_CALL.search(line)]


def test_the_tracer_would_see_a_network_socket(tmp_path):
    _, network = traced(tmp_path, [sys.executable, "-c", "import socket; socket.socket().close()"])
    assert network


@pytest.mark.slow
def test_a_spoken_terminal_session_opens_no_network_socket(tmp_path):
    result, network = traced(tmp_path, [sys.executable, "-m", "lumbar_coach", "run", "bridge", "--no-gui", "--speed", "20"])
    assert result.returncode == 0, result.stderr[-500:]
    assert network == []


@pytest.mark.slow
def test_a_full_session_in_the_window_opens_no_network_socket(tmp_path):
    result, network = traced(tmp_path, [sys.executable, "-c", GUI_SESSION])
    assert result.returncode == 0 and "finished" in result.stdout, result.stderr[-800:]
    assert network == []


def test_screenshots_and_commands_open_no_network_socket(tmp_path):
    for command in (["--screenshot", str(tmp_path / "x.png"), "--view", "session:bridge"], ["list", "--json"],
                    ["history"], ["sheet", "full", "--to", str(tmp_path / "x.pdf")]):
        result, network = traced(tmp_path, [sys.executable, "-m", "lumbar_coach", *command])
        assert result.returncode == 0, (command, result.stderr[-500:])
        assert network == [], command
