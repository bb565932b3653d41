"""The Qt adapter: a precise single-shot timer drives the session and signals what happens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from lumbar_coach.core.planner import plan
from lumbar_coach.core.resolve import resolve
from lumbar_coach.core.session import Session, State
from lumbar_coach.ui.session_driver import QtSessionDriver


class FakeClock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def driver(qtbot, catalog):
    clock = FakeClock()
    timeline = plan(resolve(["bridge"], catalog), catalog)
    driver = QtSessionDriver(Session(timeline), clock=clock)
    driver.fake_clock = clock
    yield driver
    driver.stop()


def test_the_timer_is_precise_and_single_shot(driver):
    assert driver._timer.timerType() == Qt.TimerType.PreciseTimer and driver._timer.isSingleShot()


def test_start_signals_the_first_phase_and_cue(qtbot, driver):
    with qtbot.waitSignals([driver.phaseStarted, driver.cueDue]):
        driver.start()
    assert driver.timer_active()


def test_ticks_signal_phase_starts_when_due(qtbot, driver):
    driver.start()
    starts = []
    driver.phaseStarted.connect(lambda phase: starts.append(phase))
    while not starts:
        driver.fake_clock.now = driver.session.next_due(driver.fake_clock.now)
        driver.tick()
    assert starts[0].kind == "prepare" and driver.fake_clock.now == 500.0 + starts[0].start


def test_the_real_timer_fires_the_tick(qtbot, catalog):
    timeline = plan(resolve(["bridge"], catalog), catalog)
    driver = QtSessionDriver(Session(timeline))
    driver.start()
    with qtbot.waitSignal(driver.phaseStarted, timeout=12000) as blocker:
        driver.next()
    assert blocker.args[0].index == 1
    driver.stop()


def test_pause_stops_the_timer_and_resume_rearms_it(qtbot, driver):
    driver.start()
    with qtbot.waitSignal(driver.stateChanged) as blocker:
        driver.toggle_pause()
    assert blocker.args[0] is State.PAUSED and not driver.timer_active()
    driver.toggle_pause()
    assert driver.timer_active()


def test_stop_signals_finished_and_leaves_no_timer(qtbot, driver):
    driver.start()
    with qtbot.waitSignal(driver.finished) as blocker:
        driver.stop()
    assert not blocker.args[0].completed and not driver.timer_active()


def test_running_to_the_end_on_the_fake_clock(qtbot, driver):
    driver.start()
    finished = []
    driver.finished.connect(lambda event: finished.append(event))
    while driver.session.state is State.RUNNING:
        driver.fake_clock.now = driver.session.next_due(driver.fake_clock.now)
        driver.tick()
    assert finished and finished[0].completed and not driver.timer_active()
