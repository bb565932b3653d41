"""The session's sound: each cue spoken at its moment, ticks on the last seconds, a chime per phase.

One object serves the window and the terminal: it takes the planner's cues and
phase starts and turns them into speech and beeps, honouring mute and the
person's voice settings. Speech adds timing, never words of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from lumbar_coach.core.phases import Cue, Phase, Timeline
from lumbar_coach.speech.priority import priority_for_cue

COUNTDOWN_PHASES = ("hold", "timed")


def is_countdown(cue: Cue, phase: Phase) -> bool:
    """A "three, two, one" number at the end of a hold or release (not a rep count)."""
    return cue.kind == "count" and phase.kind in COUNTDOWN_PHASES


class CoachVoice(QObject):
    """Speaks cues through a speaker and beeps through a beeper; either may be missing."""

    unavailable = Signal(str)
    available = Signal()
    speechStarted = Signal()
    speechFinished = Signal()
    soundPlayed = Signal(float)  # a beep of this many seconds starts now

    def __init__(self, speaker=None, beeper=None, *, muted: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.speaker, self.beeper, self._muted = None, None, muted
        self.attach(speaker, beeper)

    def attach(self, speaker=None, beeper=None) -> None:
        """Use ``speaker`` and ``beeper`` from now on (they may arrive after the window is drawn)."""
        if speaker is not None:
            self.speaker = speaker
            speaker.set_muted(self._muted)
            for name in ("unavailable", "available"):
                if hasattr(speaker, name):
                    getattr(speaker, name).connect(getattr(self, name))
            if hasattr(speaker, "started"):
                speaker.started.connect(self.speechStarted)
                speaker.finished.connect(self.speechFinished)
        if beeper is not None:
            self.beeper = beeper
            if hasattr(beeper, "played"):
                beeper.played.connect(self.soundPlayed)

    @property
    def muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        if self.speaker is not None:
            self.speaker.set_muted(muted)

    def prepare(self, timeline: Timeline) -> None:
        """Render every line of the session ahead, so each is ready at its moment."""
        if self.speaker is not None and hasattr(self.speaker, "prepare"):
            self.speaker.prepare(unique_lines(timeline))

    def cue(self, cue: Cue, phase: Phase, due: float | None) -> None:
        """Say ``cue`` (due at clock reading ``due``), with a tick if it is a countdown number."""
        if is_countdown(cue, phase):
            self._beep("tick")
        self.say(cue.text, cue.kind, due)

    def say(self, text: str, kind: str = "announce", due: float | None = None) -> None:
        if self.speaker is not None and text:
            self.speaker.speak(text, priority_for_cue(kind), due)

    def phase_started(self, phase: Phase) -> None:
        if phase.index > 0:
            self._beep("phase_change")

    def configure(self, settings) -> None:
        """Follow changed settings: engine, voice, rate, volume, beeps, and voice on or off."""
        self.set_muted(not settings.voice_enabled)
        if self.speaker is not None and hasattr(self.speaker, "configure"):
            self.speaker.configure(voice_config(settings))
        if self.beeper is not None:
            _set_beeps(self.beeper, settings)

    def hush(self) -> None:
        if self.speaker is not None:
            self.speaker.stop()

    def _beep(self, which: str) -> None:
        if self.beeper is not None and not self._muted:
            getattr(self.beeper, which)()

    def shutdown(self) -> None:
        for part in (self.speaker, self.beeper):
            if part is not None and hasattr(part, "shutdown"):
                part.shutdown()


def unique_lines(timeline: Timeline) -> list[str]:
    """Every line the session will say, once each, in order."""
    return list(dict.fromkeys(text for phase in timeline.phases for text in phase.say))


def voice_config(settings):
    """The speech engine, voice, rate and volume the person chose."""
    from lumbar_coach.speech.config import VoiceConfig
    return VoiceConfig(engine=settings.speech_engine, voice=settings.voice, rate=settings.speech_rate,
                       volume=settings.volume)


def voice_parts(settings, parent: QObject | None = None) -> tuple[object, object]:
    """A speaker and a beeper made from the person's settings."""
    from lumbar_coach.speech.beeps import Beeper
    from lumbar_coach.speech.factory import create_speaker
    speaker = create_speaker(voice_config(settings), parent=parent)
    beeper = Beeper(parent=parent)
    _set_beeps(beeper, settings)
    return speaker, beeper


def _set_beeps(beeper, settings) -> None:
    beeper.set_enabled(settings.beeps)
    beeper.set_volume(settings.volume)
