"""The countdown tick and the phase-change chime, played with QSoundEffect.

With no sound output the Beeper stays silent and says why in
``unavailable_reason``; it never raises.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtMultimedia import QSoundEffect

from lumbar_coach.speech.player import qt_has_audio_output
from lumbar_coach.speech.qt_player import wake_sound_output
from lumbar_coach.speech.tones import default_tone_folder, tone_files, tone_seconds

log = logging.getLogger(__name__)

DEFAULT_VOLUME = 0.8
NO_OUTPUT_REASON = "Beeps unavailable: no sound output was found"
PLAY_ERROR_REASON = "Beeps unavailable: the sound output could not play them"


class Beeper(QObject):
    """``tick()`` for each of the last seconds, ``phase_change()`` between phases."""

    unavailable = Signal(str)
    played = Signal(float)  # seconds the tone lasts, as it starts

    def __init__(self, cache_dir: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._enabled = True
        self._volume = DEFAULT_VOLUME
        self._reason: str | None = None
        self._effects: dict[str, QSoundEffect] = {}
        self._load(cache_dir or default_tone_folder())

    @property
    def enabled(self) -> bool:
        """True when beeps are wanted."""
        return self._enabled

    @property
    def volume(self) -> float:
        """Loudness from 0 to 1."""
        return self._volume

    @property
    def unavailable_reason(self) -> str | None:
        """Why beeps cannot be heard, or None."""
        return self._reason

    def tick(self) -> None:
        """The soft tick of a last second."""
        self._play("tick")

    def phase_change(self) -> None:
        """The two-note chime at a change of phase."""
        self._play("chime")

    def set_enabled(self, enabled: bool) -> None:
        """Turn beeps on or off."""
        self._enabled = bool(enabled)

    def set_volume(self, volume: float) -> None:
        """Set the loudness, clamped to 0..1."""
        self._volume = max(0.0, min(1.0, float(volume)))
        for effect in self._effects.values():
            effect.setVolume(self._volume)

    def shutdown(self) -> None:
        """Stop and release the sounds."""
        for effect in self._effects.values():
            effect.stop()
            effect.blockSignals(True)
            effect.deleteLater()
        self._effects.clear()

    def _load(self, folder: Path) -> None:
        try:
            paths = tone_files(folder)
        except OSError as error:
            detail = error.strerror or error
            self._fail(f"Beeps unavailable: could not write the tones to {folder} ({detail})")
            return
        if not qt_has_audio_output():
            self._fail(NO_OUTPUT_REASON)
            return
        for name in ("tick", "chime"):
            self._effects[name] = self._effect_for(paths[name])
        wake_sound_output(self)

    def _effect_for(self, path: Path) -> QSoundEffect:
        effect = QSoundEffect(self)
        effect.setVolume(self._volume)
        effect.statusChanged.connect(self._on_status)
        effect.setSource(QUrl.fromLocalFile(str(path)))
        return effect

    def _play(self, name: str) -> None:
        effect = self._effects.get(name)
        if self._enabled and self._reason is None and effect is not None:
            effect.play()
            self.played.emit(tone_seconds(name))

    def _on_status(self) -> None:
        if self.sender().status() == QSoundEffect.Status.Error:
            self._fail(PLAY_ERROR_REASON)

    def _fail(self, reason: str) -> None:
        if reason != self._reason:
            log.warning("%s", reason)
            self._reason = reason
            self.unavailable.emit(reason)
