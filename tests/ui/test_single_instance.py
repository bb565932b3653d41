"""A second start brings the first window forward instead of opening another copy."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtWidgets import QWidget

from lumbar_coach.ui.single_instance import InstanceServer, claim, server_name, wake_running_copy


def test_with_nothing_running_nobody_answers():
    assert wake_running_copy("lumbar-coach-test-nobody") is False


def test_a_running_copy_is_woken(qtbot):
    server = InstanceServer("lumbar-coach-test-wake")
    assert server.listen()
    with qtbot.waitSignal(server.woken, timeout=3000):
        assert wake_running_copy("lumbar-coach-test-wake")
    server.close()


def test_the_claimed_window_comes_to_the_front(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    server = claim(window)
    with qtbot.waitSignal(server.woken, timeout=3000):
        wake_running_copy(server.name)
    assert window.isVisible() and not window.isMinimized()
    server.close()


def test_the_name_depends_on_the_data_folder(monkeypatch, tmp_path):
    first = server_name()
    monkeypatch.setenv("LUMBAR_COACH_HOME", str(tmp_path / "elsewhere"))
    assert server_name() != first


def test_a_second_start_exits_at_once_and_says_why(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    server = claim(window)
    process = subprocess.Popen([sys.executable, "-m", "lumbar_coach"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    with qtbot.waitSignal(server.woken, timeout=10000):
        pass
    _, err = process.communicate(timeout=20)
    assert process.returncode == 0 and "already open" in err
    server.close()
