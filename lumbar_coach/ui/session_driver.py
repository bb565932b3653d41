"""The Qt adapter of the session state machine: a precise QTimer and signals.

The core ``Session`` knows nothing of Qt; this object wakes it when something is
due and turns what it returns into signals for the window and the voice.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from lumbar_coach.core.session import CueDue, Event, Finished, PhaseCompleted, PhaseStarted, Session, State, StateChanged
from lumbar_coach.ui.clock import session_clock


class QtSessionDriver(QObject):
    """Runs a Session on a single-shot precise timer, re-armed for the next due moment."""

    phaseStarted = Signal(object)   # Phase
    phaseCompleted = Signal(object)  # Phase
    cueDue = Signal(object)         # CueDue
    stateChanged = Signal(object, str)  # State, reason
    finished = Signal(object)       # Finished

    def __init__(self, session: Session, clock: Callable[[], float] = session_clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.clock = clock
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)

    # -- steering -------------------------------------------------------------------

    def start(self) -> None:
        self._apply(self.session.start(self.clock()))

    def toggle_pause(self) -> None:
        self._apply(self.session.toggle_pause(self.clock()))

    def pause(self) -> None:
        self._apply(self.session.pause(self.clock()))

    def resume(self) -> None:
        self._apply(self.session.resume(self.clock()))

    def next(self) -> None:
        self._apply(self.session.next(self.clock()))

    def previous(self) -> None:
        self._apply(self.session.previous(self.clock()))

    def restart_stretch(self) -> None:
        self._apply(self.session.restart_stretch(self.clock()))

    def skip_stretch(self) -> None:
        self._apply(self.session.skip_stretch(self.clock()))

    def stop(self) -> None:
        self._apply(self.session.stop(self.clock()))

    def tick(self) -> None:
        self._apply(self.session.tick(self.clock()))

    def timer_active(self) -> bool:
        return self._timer.isActive()

    # -- inside ---------------------------------------------------------------------

    def _apply(self, events: list[Event]) -> None:
        """Signal ``events``, the words first: the voice must not wait for the screen to redraw."""
        for event in sorted(events, key=lambda event: not isinstance(event, CueDue)):
            self._emit(event)
        self._rearm()

    def _emit(self, event: Event) -> None:
        if isinstance(event, PhaseStarted):
            self.phaseStarted.emit(event.phase)
        elif isinstance(event, PhaseCompleted):
            self.phaseCompleted.emit(event.phase)
        elif isinstance(event, CueDue):
            self.cueDue.emit(event)
        elif isinstance(event, StateChanged):
            self.stateChanged.emit(event.state, event.reason)
        elif isinstance(event, Finished):
            self.finished.emit(event)

    def _rearm(self) -> None:
        now = self.clock()
        due = self.session.next_due(now)
        if due is None or self.session.state is not State.RUNNING:
            self._timer.stop()
            return
        self._timer.start(max(0, round((due - now) * 1000)))
