"""A stand-in speaker for tests of the window and the session: it records
every request and speaks nothing."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from lumbar_coach.speech.config import VoiceConfig
from lumbar_coach.speech.priority import Priority


@dataclass(frozen=True)
class SpokenCue:
    """One ``speak()`` call: the words, their priority, when due, when asked."""

    text: str
    priority: Priority
    due: float | None
    time: float


class RecordingSpeaker(QObject):
    """Same calls and signals as Speaker; keeps a log instead of speaking.

    ``started(text)`` is emitted at once for every cue spoken while not muted.
    """

    started = Signal(str)
    finished = Signal(str)
    unavailable = Signal(str)
    available = Signal()

    def __init__(self, clock: Callable[[], float] = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._muted = False
        self.cues: list[SpokenCue] = []
        self.prepared: list[str] = []
        self.configs: list[VoiceConfig] = []
        self.stop_count = 0
        self.is_shut_down = False
        self.config = VoiceConfig(engine="none")
        self.unavailable_reason: str | None = None

    @property
    def muted(self) -> bool:
        """True while muted."""
        return self._muted

    @property
    def texts(self) -> list[str]:
        """The words of every recorded cue, in order."""
        return [cue.text for cue in self.cues]

    def speak(self, text: str, priority: Priority = Priority.NORMAL, due: float | None = None) -> None:
        """Record the cue (unless muted or shut down) and report it started."""
        if self._muted or self.is_shut_down:
            return
        self.cues.append(SpokenCue(text, Priority(priority), due, self._clock()))
        self.started.emit(text)

    def prepare(self, texts: Iterable[str]) -> None:
        """Record the texts asked to be made ready."""
        self.prepared.extend(texts)

    def stop(self) -> None:
        """Count the stop."""
        self.stop_count += 1

    def set_muted(self, muted: bool) -> None:
        """Mute or unmute; muting counts as a stop."""
        self._muted = bool(muted)
        if self._muted:
            self.stop()

    def configure(self, config: VoiceConfig) -> None:
        """Record the settings."""
        self.config = config
        self.configs.append(config)

    def shutdown(self) -> None:
        """Note that it was shut down; later cues are ignored."""
        self.is_shut_down = True

    def clear(self) -> None:
        """Forget the recorded cues."""
        self.cues.clear()

    def fail(self, reason: str) -> None:
        """Act as if the voice failed: emit ``unavailable(reason)``."""
        self.unavailable_reason = reason
        self.unavailable.emit(reason)

    def recover(self) -> None:
        """Act as if the voice works again: emit ``available()``."""
        self.unavailable_reason = None
        self.available.emit()
