"""Playing WAV files in-process with QSoundEffect: starts in tens of ms, stops at once."""

from __future__ import annotations

import logging
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtMultimedia import QSoundEffect

from lumbar_coach.speech.player import Player
from lumbar_coach.speech.tones import default_tone_folder, tone_files

log = logging.getLogger(__name__)

MAX_LOADED = 64


class OutputWaker(QObject):
    """Plays a moment of silence as soon as it is loaded, so the first cue is not late.

    The sound output of a process takes a moment to connect (about 2 s with
    PulseAudio here); a sound played meanwhile is heard up to half a second
    late. Later sounds start in about 40 ms.
    """

    def __init__(self, silence: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effect = QSoundEffect(self)
        self._effect.statusChanged.connect(self._on_status)
        self._effect.setSource(QUrl.fromLocalFile(str(silence)))

    def _on_status(self) -> None:
        if self._effect.status() == QSoundEffect.Status.Ready:
            self._effect.play()


def wake_sound_output(parent: QObject) -> OutputWaker | None:
    """Start waking the sound output; None if the silence could not be written."""
    try:
        silence = tone_files(default_tone_folder())["silence"]
    except OSError as error:
        log.debug("could not write the silence that wakes the sound output: %s", error)
        return None
    return OutputWaker(silence, parent)


class QtWavPlayer(Player):
    """Keeps recently used cues loaded so they start without delay."""

    def __init__(self, parent: QObject | None = None, max_loaded: int = MAX_LOADED) -> None:
        super().__init__(parent)
        self._effects: OrderedDict[str, QSoundEffect] = OrderedDict()
        self._max_loaded = max_loaded
        self._current: QSoundEffect | None = None
        wake_sound_output(self)

    def load(self, path: str) -> None:
        """Load ``path`` in the background; ``loaded`` follows when it is ready."""
        if path in self._effects:
            self._effects.move_to_end(path)
            if self.is_loaded(path):
                self.loaded.emit(path)
            return
        effect = QSoundEffect(self)
        effect.statusChanged.connect(self._on_status)
        effect.playingChanged.connect(self._on_playing_changed)
        self._effects[path] = effect
        effect.setSource(QUrl.fromLocalFile(path))
        self._evict()

    def is_loaded(self, path: str) -> bool:
        """True once ``path`` is decoded and ready."""
        effect = self._effects.get(path)
        return effect is not None and effect.status() == QSoundEffect.Status.Ready

    def play(self, path: str) -> None:
        """Start ``path``, which must be loaded."""
        self.stop()
        effect = self._effects.get(path)
        if effect is None or not self.is_loaded(path):
            self.failed.emit("Voice could not play: the cue was not loaded")
            self.finished.emit()
            return
        self._current = effect
        effect.play()

    def stop(self) -> None:
        """Stop the playing cue; no ``finished`` follows."""
        current, self._current = self._current, None
        if current is not None:
            current.stop()

    def shutdown(self) -> None:
        """Stop and unload everything."""
        self.stop()
        for effect in self._effects.values():
            release(effect)
        self._effects.clear()

    def _on_status(self) -> None:
        effect = self.sender()
        path = effect.source().toLocalFile()
        status = effect.status()
        if status == QSoundEffect.Status.Ready:
            self.loaded.emit(path)
        elif status == QSoundEffect.Status.Error:
            if self._effects.get(path) is effect:
                release(self._effects.pop(path))
            self.load_failed.emit(path, "Voice unavailable: the sound output could not play the cue")
            if effect is self._current:
                self._current = None
                self.finished.emit()

    def _on_playing_changed(self) -> None:
        effect = self.sender()
        if effect is self._current and not effect.isPlaying():
            self._current = None
            self.finished.emit()

    def _evict(self) -> None:
        """Unload the least recently used cues beyond the limit."""
        while len(self._effects) > self._max_loaded:
            path = next(iter(self._effects))
            if self._effects[path] is self._current:
                self._effects.move_to_end(path)
                continue
            release(self._effects.pop(path))


def release(effect: QSoundEffect) -> None:
    """Stop an effect and delete it once control returns to the event loop."""
    effect.blockSignals(True)
    effect.stop()
    effect.deleteLater()
