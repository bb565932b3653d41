"""The screen is kept on while a session runs, and let go when it ends or cannot be kept."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from lumbar_coach.ui.keep_awake import APP_NAME, REASON, FreedesktopScreenSaver, KeepAwake
from tests.ui.conftest import start

FAKE_SERVICE = Path(__file__).with_name("fake_screen_saver.py")


class RecordingBackend:
    def __init__(self, fails: str = "") -> None:
        self.calls: list[str] = []
        self.fails = fails

    def hold(self) -> None:
        if self.fails:
            raise OSError(self.fails)
        self.calls.append("hold")

    def release(self) -> None:
        self.calls.append("release")


def test_holding_and_releasing_twice_asks_the_desktop_once_each():
    backend = RecordingBackend()
    awake = KeepAwake(backend)
    assert awake.hold() and awake.hold() and awake.held
    awake.release()
    awake.release()
    assert backend.calls == ["hold", "release"] and not awake.held


def test_a_desktop_that_will_not_keep_the_screen_on_is_noted_and_nothing_else_happens():
    backend = RecordingBackend(fails="there is no desktop session bus")
    awake = KeepAwake(backend)
    assert not awake.hold()
    assert awake.problem == "there is no desktop session bus" and not awake.held
    awake.release()
    assert backend.calls == []


def test_no_session_bus_is_a_clear_reason():
    with pytest.raises(OSError, match="no desktop session bus"):
        FreedesktopScreenSaver("unix:path=/nonexistent/bus").hold()


@pytest.fixture
def private_bus(tmp_path):
    """A session bus of its own with the stand-in screen saver on it: (address, service process)."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed (package dbus-daemon)")
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    address = daemon.stdout.readline().strip()
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address, "QT_QPA_PLATFORM": "offscreen"}
    service = subprocess.Popen([sys.executable, str(FAKE_SERVICE)], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert service.stdout.readline().strip() == "ready"
        yield address, service
    finally:
        service.terminate()
        service.wait(timeout=10)
        daemon.terminate()
        daemon.wait(timeout=10)


def test_the_screen_saver_service_is_asked_to_hold_off_and_then_let_go(private_bus):
    address, service = private_bus
    awake = KeepAwake(FreedesktopScreenSaver(address))
    assert awake.hold(), awake.problem
    assert service.stdout.readline().strip() == f"inhibit {APP_NAME}|{REASON}|42"
    awake.release()
    assert service.stdout.readline().strip() == "uninhibit 42"


def test_a_desktop_without_the_service_gives_its_reason(private_bus):
    address, service = private_bus
    service.terminate()
    service.wait(timeout=10)
    awake = KeepAwake(FreedesktopScreenSaver(address))
    assert not awake.hold()
    assert "refused Inhibit" in awake.problem and "ServiceUnknown" in awake.problem


@pytest.fixture
def awake_backend():
    return RecordingBackend()


def test_a_session_keeps_the_screen_on_until_its_summary(qtbot, make_window, awake_backend):
    window = make_window(keep_awake=KeepAwake(awake_backend))
    view = start(window, ["bridge"])
    assert awake_backend.calls == ["hold"]
    qtbot.keyClick(view.controls.buttons["pause"], Qt.Key.Key_Escape)
    assert window.current_page() is window.summary
    assert awake_backend.calls == ["hold", "release"]


def test_closing_the_window_mid_session_lets_the_screen_sleep(make_window, awake_backend):
    window = make_window(keep_awake=KeepAwake(awake_backend))
    start(window, ["bridge"])
    window.close()
    assert awake_backend.calls == ["hold", "release"]


def test_a_session_that_cannot_keep_the_screen_on_still_runs(make_window):
    window = make_window(keep_awake=KeepAwake(RecordingBackend(fails="there is no desktop session bus")))
    view = start(window, ["bridge"])
    assert view.driver.session.state.name == "RUNNING" and not window.banner.isVisible()
