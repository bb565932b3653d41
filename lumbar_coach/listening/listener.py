"""Audio in, commands out: the segmenter, the self-hearing guard and the recogniser in a row.

Plain Python, used alike by the microphone's capture thread, the
``listen --from-file`` command and the benchmark.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from lumbar_coach.listening.commands import Command
from lumbar_coach.listening.guard import SelfHearingGuard
from lumbar_coach.listening.recognizer import Recognizer
from lumbar_coach.listening.segmenter import Segmenter, Utterance


@dataclass(frozen=True)
class Heard:
    """A recognised command and the utterance it came from (stream times)."""

    command: Command
    utterance: Utterance


class Listener:
    """Feeds audio to the segmenter and each finished utterance to the recogniser."""

    def __init__(self, recognizer: Recognizer, segmenter: Segmenter | None = None,
                 guard: SelfHearingGuard | None = None, clock_offset: Callable[[], float] | None = None) -> None:
        self.recognizer = recognizer
        self.segmenter = segmenter or Segmenter()
        self.guard = guard
        self._clock_offset = clock_offset

    def feed(self, chunk: bytes) -> list[Heard]:
        """Take more audio; return the commands in the utterances that ended in it."""
        return self._recognise(self.segmenter.feed(chunk))

    def flush(self) -> list[Heard]:
        """End of the stream: recognise an utterance still open."""
        return self._recognise(self.segmenter.flush())

    def _recognise(self, utterances: list[Utterance]) -> list[Heard]:
        heard = []
        for utterance in utterances:
            if not self._allowed(utterance):
                continue
            command = self.recognizer.recognise(utterance.samples)
            if command is not None:
                heard.append(Heard(command, utterance))
        return heard

    def _allowed(self, utterance: Utterance) -> bool:
        """Too long to be a command, or heard while the app spoke: not worth decoding."""
        if utterance.duration > self.recognizer.settings.max_seconds:
            return False
        if self.guard is None or self._clock_offset is None:
            return True
        offset = self._clock_offset()
        return self.guard.allows(utterance.start + offset, utterance.end + offset)
