"""The interface every speech engine offers the speaker. All calls return at once."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from lumbar_coach.speech.config import VoiceConfig


class Engine(QObject):
    """Gets texts ready, plays one at a time, and reports faults as signals.

    ``prepared(text)``: ``text`` can now start at once.
    ``unplayable(text)``: ``text`` will never be ready (its cues can be dropped).
    ``finished()``: the playing text ended, naturally or by a fault; exactly
    once after each ``play()`` unless ``stop()`` came first.
    ``failed(reason)``: something went wrong; the engine keeps trying.
    ``recovered()``: the engine works again after a failure.
    """

    prepared = Signal(str)
    unplayable = Signal(str)
    finished = Signal()
    failed = Signal(str)
    recovered = Signal()

    @property
    def unavailable_reason(self) -> str | None:
        """A reason known up front why nothing can be spoken, or None."""
        return None

    def configure(self, config: VoiceConfig) -> None:
        """Use a new voice, rate or volume for texts prepared from now on."""

    def prepare(self, text: str, first: bool = False) -> None:
        """Get ``text`` ready; ``first`` puts it ahead of other waiting texts."""

    def is_prepared(self, text: str) -> bool:
        """True if ``text`` can start at once."""
        return False

    def play(self, text: str) -> None:
        """Start speaking ``text``, which should be prepared."""

    def stop(self) -> None:
        """Stop speaking at once; no ``finished`` follows."""

    def shutdown(self) -> None:
        """Stop, and release processes, threads and files."""
