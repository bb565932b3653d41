"""Playing rendered WAV files: the common interface and the choice of player."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QObject, Signal

NO_OUTPUT_REASON = (
    "Voice unavailable: no sound output was found "
    "(start PulseAudio or PipeWire, or install alsa-utils for aplay)"
)


class Player(QObject):
    """Plays one WAV file at a time; every call returns at once.

    After ``play(path)``, ``finished`` is emitted exactly once when the sound
    ends or fails, unless ``stop()`` is called first. A failure also emits
    ``failed(reason)`` just before.
    """

    loaded = Signal(str)
    load_failed = Signal(str, str)
    finished = Signal()
    failed = Signal(str)

    @property
    def unavailable_reason(self) -> str | None:
        """Why this player can never play, or None."""
        return None

    def load(self, path: str) -> None:
        """Get ``path`` ready to start at once; emits ``loaded(path)``."""
        self.loaded.emit(path)

    def is_loaded(self, path: str) -> bool:
        """True if ``path`` can start at once."""
        return True

    def play(self, path: str) -> None:
        """Start playing ``path``, stopping anything playing."""

    def stop(self) -> None:
        """Stop playing at once; no ``finished`` follows."""

    def shutdown(self) -> None:
        """Stop and let go of all sound resources."""
        self.stop()


class MissingPlayer(Player):
    """The player used when no way to play sound exists."""

    def __init__(self, reason: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reason = reason

    @property
    def unavailable_reason(self) -> str | None:
        """Why nothing can be played."""
        return self._reason

    def is_loaded(self, path: str) -> bool:
        """Nothing is ever ready to play."""
        return False

    def load(self, path: str) -> None:
        """Report that ``path`` cannot be played."""
        self.load_failed.emit(path, self._reason)


def qt_has_audio_output() -> bool:
    """True if QtMultimedia sees a sound output (the first call can take ~50 ms)."""
    from PySide6.QtMultimedia import QMediaDevices

    return bool(QMediaDevices.audioOutputs())


def choose_player(parent: QObject | None = None) -> Player:
    """QtMultimedia if it has an output, else aplay, else a player that explains why not."""
    if qt_has_audio_output():
        from lumbar_coach.speech.qt_player import QtWavPlayer

        return QtWavPlayer(parent)
    if shutil.which("aplay"):
        from lumbar_coach.speech.aplay_player import AplayPlayer

        return AplayPlayer(parent)
    return MissingPlayer(NO_OUTPUT_REASON, parent)
