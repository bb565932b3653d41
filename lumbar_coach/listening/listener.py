"""Audio in, commands out: the segmenter, the self-hearing guard and the recogniser in a row.

Speech is decoded while it is still being said: each frame of an open
utterance goes to the recogniser as it arrives, so when the pause that ends
the utterance is heard only the last step of decoding is left. Plain Python,
used alike by the microphone's capture thread, the ``listen --from-file``
command and the benchmark.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from lumbar_coach.listening.commands import Command
from lumbar_coach.listening.guard import SelfHearingGuard
from lumbar_coach.listening.recognizer import Recognizer
from lumbar_coach.listening.segmenter import FRAME_SAMPLES, RATE, SAMPLE_BYTES, Segmenter, Utterance

FRAME_BYTES = FRAME_SAMPLES * SAMPLE_BYTES
AFTER_WAKE_WORD = 2.0  # seconds after the wake word said alone in which a bare command counts


@dataclass(frozen=True)
class Heard:
    """A recognised command and the utterance it came from (stream times)."""

    command: Command
    utterance: Utterance


class Listener:
    """Feeds audio to the segmenter, and each utterance, frame by frame, to the recogniser."""

    def __init__(self, recognizer: Recognizer, segmenter: Segmenter | None = None,
                 guard: SelfHearingGuard | None = None, clock_offset: Callable[[], float] | None = None) -> None:
        self.recognizer = recognizer
        self.segmenter = segmenter or Segmenter()
        self.guard = guard
        self._clock_offset = clock_offset
        self._pending = b""
        self._decoded = 0
        self._woken_until = -1.0
        self._last_end = -math.inf  # stream time the last utterance ended (nothing heard before the stream)
        self._limit = round(recognizer.longest_seconds * RATE / FRAME_SAMPLES)

    def feed(self, chunk: bytes) -> list[Heard]:
        """Take more audio; return the commands in the utterances that ended in it."""
        data = self._pending + chunk
        whole = len(data) - len(data) % FRAME_BYTES
        self._pending = data[whole:]
        heard: list[Heard] = []
        for at in range(0, whole, FRAME_BYTES):
            heard += self._finish(self.segmenter.feed(data[at:at + FRAME_BYTES]))
            self._decode_open_speech()
        return heard

    def flush(self) -> list[Heard]:
        """End of the stream: recognise an utterance still open."""
        return self._finish(self.segmenter.flush())

    def _decode_open_speech(self) -> None:
        frames = self.segmenter.speech_so_far()
        if not frames or self._decoded >= self._limit:
            return
        if self._decoded == 0:
            self.recognizer.begin(after_wake_word=self.segmenter.speech_start <= self._woken_until)
        new = frames[self._decoded:self._limit]
        self.recognizer.add(b"".join(new))
        self._decoded += len(new)

    def _finish(self, utterances: list[Utterance]) -> list[Heard]:
        heard = []
        for utterance in utterances:
            command = self._result(utterance)
            if command is not None:
                heard.append(Heard(command, utterance))
        return heard

    def _result(self, utterance: Utterance) -> Command | None:
        after_wake_word = utterance.start <= self._woken_until
        quiet = utterance.start - self._last_end
        self._decoded, self._woken_until, self._last_end = 0, -1.0, utterance.end  # each was begun as it opened
        if not self._allowed(utterance) or not (after_wake_word or self._quiet_enough(quiet)):
            self.recognizer.abandon()
            return None
        command = self.recognizer.finish(utterance.samples)
        self._woken_until = utterance.end + AFTER_WAKE_WORD if self.recognizer.woken else -1.0
        return command

    def _quiet_enough(self, quiet: float) -> bool:
        """A command is spoken after a pause, not in the middle of running speech."""
        return quiet >= self.recognizer.settings.quiet_before

    def _allowed(self, utterance: Utterance) -> bool:
        """Too long to be a command, or heard while the app spoke: not a command."""
        if utterance.duration > self.recognizer.settings.max_seconds:
            return False
        if self.guard is None or self._clock_offset is None:
            return True
        offset = self._clock_offset()
        return self.guard.allows(utterance.start + offset, utterance.end + offset)
