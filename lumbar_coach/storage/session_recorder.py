"""Writes a running session into the history, one completed piece of work at a time.

A history that fails part-way (a full disk, a file damaged under it) never stops
the session: the first failure is reported once and later writes are skipped.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable

from lumbar_coach.core.phases import Phase, Timeline
from lumbar_coach.storage import problems
from lumbar_coach.storage.history import History

WORK_KINDS = ("hold", "timed", "reps")
_logger = logging.getLogger(__name__)


class SessionRecorder:
    """Turns completed phases of one timeline into history rows as they happen."""

    def __init__(self, history: History, timeline: Timeline) -> None:
        self.history = history
        self.timeline = timeline
        self.session_id: int | None = None
        self.failed = False
        self._last_of_side = _last_work_index(timeline, by_side=True)
        self._last_of_stretch = _last_work_index(timeline, by_side=False)

    def begin(self, pain_before: int | None = None) -> int | None:
        routine = self.timeline.routine
        self.session_id = self._write(lambda: self.history.begin_session(routine.name, routine.title, pain_before))
        return self.session_id

    def phase_completed(self, phase: Phase) -> None:
        if self.session_id is None or phase.kind not in WORK_KINDS or phase.stretch_id is None:
            return
        self._write(lambda: self.history.record_work(
            self.session_id, phase.stretch_id, phase.side, phase.kind, phase.set,
            finished_side=phase.side is not None and self._last_of_side.get((phase.stretch_index, phase.side)) == phase.index,
            finished_stretch=self._last_of_stretch.get((phase.stretch_index, None)) == phase.index,
            seconds=phase.end))

    def hurt(self, phase: Phase) -> None:
        self._write(lambda: self.history.record_hurt(self.session_id, phase.stretch_id, phase.side))

    def finished(self, completed: bool, seconds: float) -> None:
        if self.session_id is not None:
            self._write(lambda: self.history.finish_session(self.session_id, completed=completed, seconds=seconds))

    def pain_after(self, score: int) -> None:
        if self.session_id is not None:
            self._write(lambda: self.history.set_pain(self.session_id, after=score))

    def _write(self, action: Callable[[], object]) -> object:
        if self.failed:
            return None
        try:
            return action()
        except sqlite3.Error as error:
            self.failed = True
            _logger.exception("history write failed")
            problems.record(f"This session could not be saved to your history ({error}); the session itself goes on.")
            return None


def _last_work_index(timeline: Timeline, *, by_side: bool) -> dict[tuple[int | None, str | None], int]:
    """The index of the last work phase of each stretch (or of each side of each stretch)."""
    last: dict[tuple[int | None, str | None], int] = {}
    for phase in timeline.phases:
        if phase.kind in WORK_KINDS:
            last[(phase.stretch_index, phase.side if by_side else None)] = phase.index
    return last
