"""The hook for speech: cues go to an optional speaker with a priority by kind."""

from __future__ import annotations

from typing import Protocol

_PRIORITY_BY_KIND = {"announce": 2, "info": 1, "count": 0}


class Speaker(Protocol):
    muted: bool

    def speak(self, text: str, priority, due: float | None) -> None: ...
    def stop(self) -> None: ...
    def set_muted(self, muted: bool) -> None: ...


def priority_for(kind: str):
    """The speech priority of a cue kind: Priority from the speech package when it is there, else an int."""
    value = _PRIORITY_BY_KIND.get(kind, 1)
    try:
        from lumbar_coach.speech.priority import Priority
    except ImportError:
        return value
    return Priority(value)


class Voice:
    """Sends words to the speaker (if any) and keeps the mute state even without one."""

    def __init__(self, speaker: Speaker | None = None, muted: bool = False) -> None:
        self.speaker = speaker
        self._muted = muted
        if speaker is not None:
            speaker.set_muted(muted)

    @property
    def muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        if self.speaker is not None:
            self.speaker.set_muted(muted)

    def say(self, text: str, kind: str = "announce", due: float | None = None) -> None:
        if self.speaker is not None and text:
            self.speaker.speak(text, priority_for(kind), due)

    def hush(self) -> None:
        if self.speaker is not None:
            self.speaker.stop()
