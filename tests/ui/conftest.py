"""Helpers for driving the real window: a fake clock, a recording speaker, a window over a temporary home."""

from __future__ import annotations

import pytest

from lumbar_coach.storage import problems
from lumbar_coach.ui.keep_awake import KeepAwake


class FakeClock:
    """Time that moves only when a test moves it."""

    def __init__(self, now: float = 500.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class StillScreen:
    """A desktop that keeps the screen on without being asked anything real."""

    def hold(self) -> None:
        pass

    def release(self) -> None:
        pass


@pytest.fixture(autouse=True)
def clean_problems():
    problems.clear()
    yield
    problems.clear()


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def speaker():
    from lumbar_coach.speech.recording import RecordingSpeaker
    return RecordingSpeaker()


@pytest.fixture
def make_window(qtbot, catalog, clock, speaker):
    """Build a MainWindow over what is stored now (call again to 'restart the app').

    Unless told otherwise the safety screen is not put first and the pain question is skipped.
    """
    from lumbar_coach.ui.main_window import MainWindow
    from lumbar_coach.ui.user_data import UserData

    def make(**options):
        data = UserData.load(catalog)
        options.setdefault("safety_first", False)
        options.setdefault("pain_asker", lambda parent: None)
        options.setdefault("keep_awake", KeepAwake(StillScreen()))
        window = MainWindow(data, speaker=speaker, clock=clock, **options)
        window.show_problems()
        qtbot.addWidget(window)
        window.show()
        return window

    yield make


def run_until(window, clock, predicate, limit: int = 10000) -> None:
    """Move the fake clock from one due moment to the next until ``predicate()`` holds."""
    driver = window.session_view.driver
    for _ in range(limit):
        if predicate():
            return
        due = driver.session.next_due(clock.now)
        assert due is not None, "the session stopped running"
        clock.now = due
        driver.tick()
    raise AssertionError("the condition never held")


@pytest.fixture
def window(make_window):
    """A window whose person has said their left side hurts (so the side bend never asks)."""
    from lumbar_coach.storage.settings import Settings, save_settings
    save_settings(Settings(painful_side="left"))
    return make_window()


def start(window, words):
    """Start the routine named by ``words`` from the window; the session page."""
    from lumbar_coach.core.resolve import resolve
    assert window.start_routine(resolve(words, window.data.catalog))
    return window.session_view
