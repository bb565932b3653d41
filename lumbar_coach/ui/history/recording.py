"""The window's link to the practice history: it records sessions as they run and answers what hurt."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from lumbar_coach.storage.history import History, SessionRecord, history_path, sore_stretches
from lumbar_coach.storage.session_recorder import SessionRecorder

if TYPE_CHECKING:
    from lumbar_coach.core.phases import Phase, Timeline
    from lumbar_coach.core.session import Finished
    from lumbar_coach.ui.session_driver import QtSessionDriver

NOT_SAVED = "Your practice history could not be saved ({error}). The session goes on; this part of it will not be kept."


class PracticeLog:
    """Opens the history when first needed; a failed write becomes one message, never a crash."""

    def __init__(self, open_history: Callable[[], History] = History, *, recording: bool = True,
                 on_problem: Callable[[str], None] = lambda message: None,
                 stored: Callable[[], bool] = lambda: history_path().exists()) -> None:
        self.open_history = open_history
        self.stored = stored
        self.recording = recording
        self.on_problem = on_problem
        self.recorder: SessionRecorder | None = None
        self._history: History | None = None

    @property
    def history(self) -> History:
        if self._history is None:
            self._history = self.open_history()
        return self._history

    def start(self, driver: QtSessionDriver, timeline: Timeline, pain_before: int | None = None) -> None:
        """Record the session ``driver`` is about to run, piece by piece."""
        if not self.recording:
            return
        recorder = SessionRecorder(self.history, timeline)
        if not self._safely(lambda: recorder.begin(pain_before)):
            return
        self.recorder = recorder
        driver.phaseCompleted.connect(lambda phase: self._safely(lambda: recorder.phase_completed(phase)))
        driver.finished.connect(lambda event: self._finished(recorder, event))

    def _finished(self, recorder: SessionRecorder, event: Finished) -> None:
        self._safely(lambda: recorder.finished(event.completed, event.active_seconds))

    def hurt(self, phase: Phase | None) -> None:
        """Note "this hurts" with the stretch and side of ``phase``."""
        if self.recorder is not None and phase is not None:
            self._safely(lambda: self.recorder.hurt(phase))

    def pain_after(self, score: int) -> None:
        if self.recorder is not None:
            self._safely(lambda: self.recorder.pain_after(score))

    def sessions(self) -> list[SessionRecord]:
        return self.history.sessions()

    def sore(self) -> set[str]:
        """Stretches that hurt at least twice in the last week (none before anything is recorded)."""
        if self._history is None and not self.stored():
            return set()   # no history file is made just to read it
        return sore_stretches(self.history)

    def close(self) -> None:
        if self._history is not None:
            self._history.close()
            self._history = None

    def _safely(self, write: Callable[[], object]) -> bool:
        try:
            write()
        except sqlite3.Error as error:
            self.on_problem(NOT_SAVED.format(error=error))
            return False
        return True
