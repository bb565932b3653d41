"""The speaker the window talks to, on the GUI thread.

It keeps the waiting cues in a CueSchedule, asks it what to do whenever
something changes (a cue arrives or becomes ready, the playing one ends, a
cue falls due), and drives an Engine. Every call returns within a few
milliseconds and engine faults become the ``unavailable`` signal, never an
exception.
"""

from __future__ import annotations

import itertools
import logging
import math
import time
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from lumbar_coach.speech.config import VoiceConfig
from lumbar_coach.speech.engine import Engine
from lumbar_coach.speech.null_engine import NullEngine
from lumbar_coach.speech.priority import Priority
from lumbar_coach.speech.schedule import Cue, CueSchedule, Step

log = logging.getLogger(__name__)

EngineFactory = Callable[[VoiceConfig, QObject], Engine]


class Speaker(QObject):
    """Speaks cues by priority and due time through a swappable engine.

    Signals: ``started(text)`` when a cue starts playing, ``finished(text)``
    when it ends or is stopped, ``unavailable(reason)`` when the voice fails
    (the speaker keeps trying on later cues), ``available()`` when it works
    again.
    """

    started = Signal(str)
    finished = Signal(str)
    unavailable = Signal(str)
    available = Signal()

    def __init__(
        self,
        engine: Engine,
        config: VoiceConfig | None = None,
        engine_factory: EngineFactory | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._config = config or VoiceConfig()
        self._engine_factory = engine_factory
        self._clock = clock
        self._schedule = CueSchedule()
        self._sequence = itertools.count()
        self._playing: Cue | None = None
        self._muted = self._closed = self._polling = self._poll_again = False
        self._reason: str | None = None
        self._wake = QTimer(self, singleShot=True, timerType=Qt.TimerType.PreciseTimer, timeout=self.poll)
        self._announce = QTimer(self, singleShot=True, interval=0, timeout=self._announce_reason)
        self._engine = engine
        self._attach(engine)

    @property
    def muted(self) -> bool:
        """True while nothing is spoken."""
        return self._muted

    @property
    def config(self) -> VoiceConfig:
        """The voice settings in use."""
        return self._config

    @property
    def engine(self) -> Engine:
        """The engine in use."""
        return self._engine

    @property
    def unavailable_reason(self) -> str | None:
        """Why the voice is failing, or None while it works."""
        return self._reason

    @property
    def idle(self) -> bool:
        """True when nothing is playing or waiting."""
        return self._playing is None and not self._schedule.pending

    @property
    def playing(self) -> str | None:
        """The text being spoken, if any."""
        return self._playing.text if self._playing else None

    def speak(self, text: str, priority: Priority = Priority.NORMAL, due: float | None = None) -> None:
        """Speak ``text`` at ``due`` (a ``time.monotonic()`` reading; None is now)."""
        text = " ".join(str(text).split())
        if not text or self._muted or self._closed:
            return
        when = self._clock() if due is None else float(due)
        cue = Cue(text, Priority(priority), when, next(self._sequence))
        self._schedule.add(cue)
        self._call(self._engine.prepare, text, cue.priority is Priority.URGENT)
        self.poll()

    def prepare(self, texts: Iterable[str]) -> None:
        """Get texts ready ahead of time, so their cues start without delay."""
        for text in texts:
            text = " ".join(str(text).split())
            if text and not self._closed:
                self._call(self._engine.prepare, text, False)

    def stop(self) -> None:
        """Stop speaking and forget every waiting cue."""
        self._schedule.clear()
        self._stop_playing()
        self._wake.stop()

    def set_muted(self, muted: bool) -> None:
        """Mute (stops speech and forgets waiting cues) or unmute."""
        self._muted = bool(muted)
        if self._muted:
            self.stop()

    def configure(self, config: VoiceConfig) -> None:
        """Use new voice settings; a different engine kind replaces the engine."""
        if self._closed:
            return
        changes_engine = config.engine != self._config.engine
        self._config = config
        if changes_engine and self._engine_factory is not None:
            engine = self._call(self._engine_factory, config, self)
            self._replace_engine(engine or NullEngine(self._reason, self))
        else:
            self._call(self._engine.configure, config)
        self.prepare(cue.text for cue in self._schedule.pending)

    def shutdown(self) -> None:
        """Stop, end the engine's processes and threads, stop every timer."""
        if self._closed:
            return
        self.stop()
        self._closed = True
        self._announce.stop()
        self._call(self._engine.shutdown)

    def poll(self) -> None:
        """Act on the schedule now (also run by the wake timer)."""
        if self._closed:
            return
        if self._polling:
            self._poll_again = True
            return
        self._polling = True
        try:
            self._poll_until_settled()
        finally:
            self._polling = False

    def _poll_until_settled(self) -> None:
        self._poll_again = True
        while self._poll_again:
            self._poll_again = False
            self._carry_out(self._schedule.step(self._clock(), self._playing, self._is_ready))

    def _carry_out(self, step: Step) -> None:
        for cue, why in step.dropped:
            log.debug("dropped %s cue %r (%s)", cue.priority.name.lower(), cue.text, why)
        if step.stop:
            self._stop_playing()
        if step.start is not None:
            self._start(step.start)
        self._arm(step.wake_at)

    def _start(self, cue: Cue) -> None:
        self._playing = cue
        self._call(self._engine.play, cue.text)
        if self._playing is cue:
            self.started.emit(cue.text)

    def _stop_playing(self) -> None:
        cue, self._playing = self._playing, None
        if cue is not None:
            self._call(self._engine.stop)
            self.finished.emit(cue.text)

    def _arm(self, wake_at: float | None) -> None:
        if wake_at is None or self._closed:
            self._wake.stop()
            return
        self._wake.start(max(0, math.ceil((wake_at - self._clock()) * 1000)))

    def _is_ready(self, text: str) -> bool:
        return bool(self._call(self._engine.is_prepared, text))

    def _call(self, method: Callable[..., Any], *args: Any) -> Any:
        """Call the engine; a fault becomes ``unavailable``, never an exception."""
        try:
            return method(*args)
        except Exception as error:
            log.exception("speech engine fault")
            self._on_failed(f"Voice unavailable: {error}")
            return None

    def _attach(self, engine: Engine) -> None:
        engine.prepared.connect(self._on_prepared)
        engine.unplayable.connect(self._on_unplayable)
        engine.finished.connect(self._on_finished)
        engine.failed.connect(self._on_failed)
        engine.recovered.connect(self._on_recovered)
        self._reason = engine.unavailable_reason
        if self._reason:
            log.warning("%s", self._reason)
            self._announce.start()

    def _replace_engine(self, engine: Engine) -> None:
        old, self._engine = self._engine, engine
        old.blockSignals(True)
        self._stop_playing()
        self._call(old.shutdown)
        old.deleteLater()
        was_unavailable = self._reason is not None
        self._attach(engine)
        if was_unavailable and self._reason is None:
            self.available.emit()

    def _announce_reason(self) -> None:
        if self._reason:
            self.unavailable.emit(self._reason)

    def _on_prepared(self, _text: str) -> None:
        self.poll()

    def _on_unplayable(self, text: str) -> None:
        for cue in self._schedule.discard_text(text):
            log.debug("dropped cue %r: it cannot be spoken", cue.text)
        self.poll()

    def _on_finished(self) -> None:
        cue, self._playing = self._playing, None
        if cue is not None:
            self.finished.emit(cue.text)
        self.poll()

    def _on_failed(self, reason: str) -> None:
        if self._closed or reason == self._reason:
            return
        log.warning("%s", reason)
        self._reason = reason
        self.unavailable.emit(reason)

    def _on_recovered(self) -> None:
        if self._reason is not None and not self._closed:
            log.info("voice available again")
            self._reason = None
            self.available.emit()
