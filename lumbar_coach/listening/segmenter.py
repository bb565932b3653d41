"""Cut a stream of 16-bit 16 kHz mono audio into utterances by its loudness.

An energy detector with a noise floor that follows the room: a frame (10 ms)
is voiced when its RMS level is well above the floor (the quietest level of
the last two seconds) and above an absolute minimum. An utterance starts after a few voiced frames in a row (with a short
lead-in kept, so quiet first consonants are not lost) and ends after a stretch
of quiet. Times are seconds of stream, counted from the first sample fed.
Plain Python: the standard ``array`` module, no numpy, no audioop.
"""

from __future__ import annotations

import math
from array import array
from collections import deque
from dataclasses import dataclass

RATE = 16000
SAMPLE_BYTES = 2
FRAME_SAMPLES = 160
FRAME_SECONDS = FRAME_SAMPLES / RATE


@dataclass(frozen=True)
class Utterance:
    """A stretch of speech: stream times of its first and last voiced frame, and its audio."""

    start: float
    end: float
    samples: bytes

    @property
    def duration(self) -> float:
        """Seconds from the first to the last voiced frame."""
        return self.end - self.start


@dataclass(frozen=True)
class SegmenterSettings:
    """How loud is speech and how long the pauses around it are."""

    min_rms: float = 250.0
    above_floor: float = 4.0
    start_frames: int = 3
    end_silence: float = 0.2
    lead_in: float = 0.2
    tail: float = 0.1
    max_seconds: float = 4.0
    floor_seconds: float = 2.0


def frame_rms(frame: bytes) -> float:
    """The RMS level of 16-bit little-endian samples."""
    samples = array("h", frame)
    if not samples:
        return 0.0
    return math.sqrt(sum(map(int.__mul__, samples, samples)) / len(samples))


class NoiseFloor:
    """The quietest frame level of the last ``seconds``, kept as minima of 0.2 s blocks."""

    BLOCK_FRAMES = 20

    def __init__(self, seconds: float) -> None:
        self._blocks: deque[float] = deque(maxlen=max(1, round(seconds / (FRAME_SECONDS * self.BLOCK_FRAMES))))
        self._current = math.inf
        self._count = 0

    def add(self, rms: float) -> float:
        """Take one frame's level; return the floor."""
        self._current = min(self._current, rms)
        self._count += 1
        if self._count == self.BLOCK_FRAMES:
            self._blocks.append(self._current)
            self._current, self._count = math.inf, 0
        return min(min(self._blocks, default=0.0), self._current if self._blocks else 0.0)


class Segmenter:
    """Feed audio in any chunk size; get back the utterances that have ended."""

    def __init__(self, settings: SegmenterSettings = SegmenterSettings()) -> None:
        self.settings = settings
        self._pending = b""
        self._frames = 0
        self._floor = NoiseFloor(settings.floor_seconds)
        self._lead: deque[bytes] = deque(maxlen=max(1, round(settings.lead_in / FRAME_SECONDS)))
        self._voiced_run = 0
        self._speech: list[bytes] | None = None
        self._start = self._last_voiced = 0

    @property
    def in_speech(self) -> bool:
        """True while an utterance is open."""
        return self._speech is not None

    @property
    def speech_start(self) -> float:
        """Stream time of the open utterance's first voiced frame (the last one's, between utterances)."""
        return self._start * FRAME_SECONDS

    def speech_so_far(self) -> list[bytes]:
        """The frames of the open utterance so far (lead-in included); empty between utterances."""
        return self._speech or []

    @property
    def position(self) -> float:
        """Seconds of audio fed so far (whole frames)."""
        return self._frames * FRAME_SECONDS

    def feed(self, chunk: bytes) -> list[Utterance]:
        """Take more audio; return the utterances that ended inside it."""
        data = self._pending + chunk
        whole = len(data) - len(data) % (FRAME_SAMPLES * SAMPLE_BYTES)
        self._pending = data[whole:]
        step = FRAME_SAMPLES * SAMPLE_BYTES
        ended = (self._frame(data[at:at + step]) for at in range(0, whole, step))
        return [utterance for utterance in ended if utterance is not None]

    def flush(self) -> list[Utterance]:
        """End the stream: close an open utterance."""
        if self._speech is None:
            return []
        return [self._close()]

    def _frame(self, frame: bytes) -> Utterance | None:
        voiced = self._is_voiced(frame_rms(frame))
        self._frames += 1
        if self._speech is None:
            return self._outside(frame, voiced)
        return self._inside(frame, voiced)

    def _is_voiced(self, rms: float) -> bool:
        settings = self.settings
        floor = self._floor.add(rms)
        return rms >= max(settings.min_rms, floor * settings.above_floor)

    def _outside(self, frame: bytes, voiced: bool) -> None:
        self._lead.append(frame)
        self._voiced_run = self._voiced_run + 1 if voiced else 0
        if self._voiced_run >= self.settings.start_frames:
            self._speech = list(self._lead)
            self._lead.clear()
            self._start = self._frames - self._voiced_run
            self._last_voiced = self._frames
        return None

    def _inside(self, frame: bytes, voiced: bool) -> Utterance | None:
        if len(self._speech) * FRAME_SECONDS < self.settings.max_seconds:
            self._speech.append(frame)
        if voiced:
            self._last_voiced = self._frames
        if (self._frames - self._last_voiced) * FRAME_SECONDS >= self.settings.end_silence:
            return self._close()
        return None

    def _close(self) -> Utterance:
        frames, self._speech, self._voiced_run = self._speech, None, 0
        tail_frames = round((self.settings.end_silence - self.settings.tail) / FRAME_SECONDS)
        kept = frames[:len(frames) - tail_frames] if self._frames - self._last_voiced >= tail_frames else frames
        start, end = self._start * FRAME_SECONDS, self._last_voiced * FRAME_SECONDS
        return Utterance(start, end, b"".join(kept))
