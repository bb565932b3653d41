"""The session page: picture, countdown, instruction, where you are, what is next, controls and progress."""

from __future__ import annotations

import time

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from lumbar_coach.core.catalog import Catalog
from lumbar_coach.core.phases import Phase, Timeline
from lumbar_coach.core.session import WAITING, CueDue, Finished, State
from lumbar_coach.ui.picture_view import PictureView
from lumbar_coach.ui.session.pose_motion import PoseMotion
from lumbar_coach.ui.session import describe
from lumbar_coach.ui.session.controls import SessionControls
from lumbar_coach.ui.session.countdown import CountdownRing
from lumbar_coach.ui.session.hurt import HurtPanel, spoken_advice
from lumbar_coach.ui.session.keys import SessionKeys
from lumbar_coach.ui.session.listening_badge import ListeningBadge
from lumbar_coach.speech.coach import CoachVoice
from lumbar_coach.ui.session_driver import QtSessionDriver
from lumbar_coach.ui.theme import PHASE_WORDS, phase_colour

DISPLAY_INTERVAL_MS = 200
PROGRESS_STEPS = 200


class SessionView(QWidget):
    """Shows a running session and steers it; emits ``ended`` with the Finished event."""

    ended = Signal(object)           # Finished
    fullScreenToggled = Signal()
    hurtPressed = Signal(object)     # Phase
    listenToggled = Signal()

    def __init__(self, catalog: Catalog, voice: CoachVoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog, self.voice = catalog, voice
        self.speed = 1.0
        self.command_start: str | None = None   # "coach " or "" while listening for spoken commands
        self.driver: QtSessionDriver | None = None
        self.timeline: Timeline | None = None
        self.phase: Phase | None = None
        self.compact = False
        self._make_widgets()
        self._lay_out()
        self._connect_controls()
        self.ticker = QTimer(self)
        self.ticker.setInterval(DISPLAY_INTERVAL_MS)
        self.ticker.timeout.connect(self.refresh_time)
        self.keys = SessionKeys(self, self._key_actions())

    # -- building ---------------------------------------------------------------------

    def _make_widgets(self) -> None:
        self.title = _label(wrap=False)
        self.counter = _label(wrap=False, quiet=True)
        self.listening_badge = ListeningBadge(self)
        self.picture = PictureView(self, 480)
        self.motion = PoseMotion(self.picture)
        self.ring = CountdownRing(self)
        self.instruction = _label()
        self.where = _label()
        self.coming = _label(quiet=True)
        self.notice = _label()
        self.controls = SessionControls(self)
        self.hurt_panel = HurtPanel(self)
        self.hurt_panel.hide()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName("Session progress")
        self.progress.setFixedHeight(10)
        self.instruction.setAccessibleName("Instruction")

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 18)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.counter)
        layout.addLayout(top)
        layout.addWidget(self.listening_badge)
        middle = QHBoxLayout()
        middle.addWidget(self.picture, 3)
        middle.addWidget(self.ring, 2)
        layout.addLayout(middle, 1)
        for widget in (self.instruction, self.where, self.coming, self.notice, self.controls, self.hurt_panel):
            layout.addWidget(widget)
        layout.addWidget(self.progress)
        self.top_row = [self.title, self.counter]

    def _connect_controls(self) -> None:
        actions = self._button_actions()
        for name, slot in actions.items():
            self.controls.buttons[name].clicked.connect(slot)
        self.hurt_panel.carryOn.connect(self.carry_on)
        self.hurt_panel.skip.connect(self.skip_stretch)
        self.hurt_panel.end.connect(self.stop)

    def _button_actions(self) -> dict[str, Callable[[], None]]:
        return {"previous": self.previous, "pause": self.toggle_pause, "next": self.next, "repeat": self.repeat,
                "mute": self.toggle_mute, "listen": self.listenToggled.emit,
                "full_screen": self.fullScreenToggled.emit, "stop": self.stop, "hurt": self.hurts}

    def _key_actions(self) -> dict[Qt.Key, Callable[[], None]]:
        key = Qt.Key
        return {key.Key_Space: self.toggle_pause, key.Key_Right: self.next, key.Key_Left: self.previous,
                key.Key_R: self.repeat, key.Key_M: self.toggle_mute, key.Key_L: self.listenToggled.emit,
                key.Key_F: self.fullScreenToggled.emit,
                key.Key_Escape: self.stop, key.Key_H: self.hurts, key.Key_S: self._skip_if_hurting}

    # -- binding a session ----------------------------------------------------------------

    def bind(self, driver: QtSessionDriver, timeline: Timeline) -> None:
        """Follow ``driver`` (not started yet) through ``timeline``."""
        self.unbind()
        self.driver, self.timeline = driver, timeline
        self.voice.prepare(timeline)
        for signal, slot in self._slots(driver):
            signal.connect(slot)
        self.hurt_panel.hide()
        self.controls.show()
        self.controls.show_muted(self.voice.muted)
        self.notice.clear()

    def _slots(self, driver: QtSessionDriver) -> tuple[tuple[object, Callable], ...]:
        """The driver's signals this page follows, each with its slot (others may follow the driver too)."""
        return ((driver.phaseStarted, self.show_phase), (driver.cueDue, self.speak_cue),
                (driver.stateChanged, self.show_state), (driver.finished, self._finished))

    def unbind(self) -> None:
        if self.driver is not None:
            for signal, slot in self._slots(self.driver):
                signal.disconnect(slot)
            self.driver.stop()
            self.driver.deleteLater()
        self.driver = None
        self.ticker.stop()

    def now(self) -> float:
        return self.driver.clock() if self.driver else 0.0

    # -- what the driver says ---------------------------------------------------------------

    def show_phase(self, phase: Phase) -> None:
        """Fill the page for a new phase."""
        assert self.timeline is not None
        self.phase = phase
        self.title.setText(describe.stretch_title(phase, self.timeline, self.catalog))
        self.instruction.setText(phase.instruction)
        self.coming.setText(describe.coming_up(self.timeline, phase.index, self.catalog))
        self.picture.set_picture(*describe.picture_for(phase, self.timeline, self.catalog))
        self.motion.follow(phase, phase.stretch_id)
        self.voice.phase_started(phase)
        self.ring.set_phase(phase.duration, phase_colour(phase.kind), PHASE_WORDS.get(phase.kind, ""))
        self._colour_where(phase.kind)
        self.refresh_time(animate=False)

    def speak_cue(self, event: CueDue) -> None:
        """Say a cue; its due moment is given on the speaker's clock, so a late countdown is dropped."""
        self.voice.cue(event.cue, event.phase, time.monotonic() - event.late_by / self.speed)

    def show_state(self, state: State, reason: str) -> None:
        paused = state is State.PAUSED
        self.controls.show_paused(paused)
        self.ring.set_paused(paused, waiting=reason == WAITING)
        self.notice.setText(reason)
        self.notice.setVisible(bool(reason) and not self.compact)
        if state is State.RUNNING and self.isVisible():
            self.ticker.start()
        else:
            self.ticker.stop()
        if state is State.RUNNING:
            self.hurt_panel.hide()
            self.controls.setVisible(not self.compact)
        self.refresh_time()

    def _finished(self, finished: Finished) -> None:
        self.ticker.stop()
        self.ended.emit(finished)

    def refresh_time(self, animate: bool = True) -> None:
        """Update the moving parts only: ring, picture frame, rep count, time left and progress.

        A new phase shows its still picture at once and starts moving on the next
        display tick, so drawing frames never delays the phase's first words.
        """
        if self.driver is None or self.timeline is None or self.phase is None:
            return
        session, now = self.driver.session, self.now()
        self.ring.set_remaining(session.phase_remaining(now))
        if animate:
            self.motion.show(session.phase_elapsed(now))
        self.where.setText(describe.where(self.phase, session.phase_elapsed(now)))
        self.counter.setText(describe.counter(self.phase, self.timeline, session.total_remaining(now)))
        total = self.timeline.total_seconds or 1.0
        self.progress.setValue(round(PROGRESS_STEPS * min(1.0, session.session_time(now) / total)))

    def _colour_where(self, kind: str) -> None:
        palette = self.where.palette()
        palette.setColor(QPalette.ColorRole.WindowText, phase_colour(kind))
        self.where.setPalette(palette)

    # -- steering ------------------------------------------------------------------------------

    def _steer(self, action: str) -> None:
        if self.driver is not None:
            getattr(self.driver, action)()

    def toggle_pause(self) -> None:
        self._steer("toggle_pause")

    def next(self) -> None:
        self._steer("next")

    def previous(self) -> None:
        self._steer("previous")

    def stop(self) -> None:
        self.voice.hush()
        self._steer("stop")

    def repeat(self) -> None:
        """Say the current instruction again."""
        if self.phase is not None:
            announce = [cue.text for cue in self.phase.cues if cue.kind == "announce"]
            self.voice.say(announce[0] if announce else self.phase.instruction, "announce")

    def show_listening(self, listening: bool, wake_word: bool = True) -> None:
        """Show whether the coach is listening for spoken commands, and what to say."""
        self.listening_badge.show_listening(listening, wake_word)
        self.controls.show_listening(listening)
        self.command_start = ("coach " if wake_word else "") if listening else None

    def toggle_mute(self) -> None:
        self.voice.set_muted(not self.voice.muted)
        self.controls.show_muted(self.voice.muted)

    def hurts(self) -> None:
        """Pause, say to ease off, and offer to carry on smaller, skip the stretch or end."""
        if self.driver is None:
            return
        self.driver.pause()
        if not self.hurt_panel.isVisible():
            self.hurtPressed.emit(self.phase)
        easier = self.catalog.get(self.phase.stretch_id).easier if self.phase and self.phase.stretch_id else None
        self.hurt_panel.set_advice(easier)
        self.voice.say(spoken_advice(easier, self.command_start), "announce")
        self.controls.hide()
        self.hurt_panel.show()
        self.hurt_panel.carry_on_button.setFocus()

    def carry_on(self) -> None:
        self._steer("resume")

    def skip_stretch(self) -> None:
        self._steer("skip_stretch")
        self._steer("resume")

    def _skip_if_hurting(self) -> None:
        if self.hurt_panel.isVisible():
            self.skip_stretch()

    # -- sizes and visibility --------------------------------------------------------------------

    def set_compact(self, compact: bool) -> None:
        """Full screen: only the picture, the countdown and the instruction."""
        self.compact = compact
        for widget in (*self.top_row, self.where, self.coming, self.progress):
            widget.setVisible(not compact)
        self.controls.setVisible(not compact and not self.hurt_panel.isVisible())
        self.notice.setVisible(not compact and bool(self.notice.text()))
        self._fit_fonts()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_fonts()

    def _fit_fonts(self) -> None:
        """Sizes follow the window: the countdown largest, the instruction next."""
        height = max(300, self.height())
        ring_side = round(height * (0.55 if self.compact else 0.40))
        self.ring.setMinimumSize(ring_side, ring_side)
        self.picture.setMinimumHeight(ring_side)
        _pixels(self.instruction, height * (0.06 if self.compact else 0.045), bold=True)
        for widget in (self.where, self.title):
            _pixels(widget, height * 0.033, bold=True)
        for widget in (self.coming, self.counter, self.notice, self.listening_badge.text):
            _pixels(widget, height * 0.027)
        self.listening_badge.fit_icon()
        for widget in (*self.controls.buttons.values(), self.hurt_panel):
            _pixels(widget, height * 0.025)
        _pixels(self.hurt_panel.message, height * 0.03)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.keys.install()
        if self.driver is not None and self.driver.session.state is State.RUNNING:
            self.ticker.start()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().hideEvent(event)
        self.keys.remove()
        self.ticker.stop()


def _label(wrap: bool = True, quiet: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(wrap)
    if quiet:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _pixels(widget: QWidget, pixels: float, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPixelSize(max(14, round(pixels)))
    font.setBold(bold)
    widget.setFont(font)
