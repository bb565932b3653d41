"""The energy segmenter on synthetic audio: silence, tones, noise."""

from __future__ import annotations

import math
from array import array

from hypothesis import given, settings, strategies as st

from lumbar_coach.listening.segmenter import Segmenter, SegmenterSettings, frame_rms
from tests.listening.speech_audio import silence

RATE = 16000


def tone(seconds: float, amplitude: int = 8000, hertz: float = 440.0) -> bytes:
    return array("h", (round(amplitude * math.sin(2 * math.pi * hertz * n / RATE))
                       for n in range(round(seconds * RATE)))).tobytes()


def cut(audio: bytes, chunk: int | None = None, segmenter: Segmenter | None = None):
    segmenter = segmenter or Segmenter()
    step = chunk or len(audio) or 1
    found = []
    for at in range(0, len(audio), step):
        found += segmenter.feed(audio[at:at + step])
    return found + segmenter.flush()


def test_frame_rms_of_a_square_wave_is_its_amplitude() -> None:
    assert frame_rms(array("h", [1000, -1000] * 80).tobytes()) == 1000
    assert frame_rms(b"") == 0.0


def test_silence_tone_silence_is_one_utterance_at_the_tone() -> None:
    [utterance] = cut(silence(0.5) + tone(0.4) + silence(0.6))
    assert abs(utterance.start - 0.5) <= 0.02
    assert abs(utterance.end - 0.9) <= 0.02
    assert abs(utterance.duration - 0.4) <= 0.03


def test_the_utterance_keeps_a_lead_in_and_a_short_tail() -> None:
    [utterance] = cut(silence(0.5) + tone(0.4) + silence(0.6))
    seconds = len(utterance.samples) / (2 * RATE)
    assert 0.4 + 0.15 <= seconds <= 0.4 + 0.2 + 0.1 + 0.03


def test_quiet_room_noise_is_not_speech() -> None:
    assert cut(silence(3.0, noise=200)) == []


def test_a_short_gap_does_not_split_an_utterance_but_a_long_one_does() -> None:
    assert len(cut(silence(0.3) + tone(0.3) + silence(0.1) + tone(0.3) + silence(0.5))) == 1
    assert len(cut(silence(0.3) + tone(0.3) + silence(0.5) + tone(0.3) + silence(0.5))) == 2


def test_a_click_shorter_than_three_frames_is_ignored() -> None:
    assert cut(silence(0.3) + tone(0.02) + silence(0.5)) == []


def test_flush_closes_an_utterance_still_open() -> None:
    segmenter = Segmenter()
    assert segmenter.feed(silence(0.3) + tone(0.3)) == []
    assert segmenter.in_speech
    [utterance] = segmenter.flush()
    assert abs(utterance.end - 0.6) <= 0.02
    assert not segmenter.in_speech and segmenter.flush() == []


def test_a_long_utterance_keeps_at_most_max_seconds_of_audio() -> None:
    segmenter = Segmenter(SegmenterSettings(max_seconds=1.0))
    [utterance] = cut(silence(0.3) + tone(1.8) + silence(0.5), segmenter=segmenter)
    assert utterance.duration > 1.7
    assert len(utterance.samples) <= 1.0 * 2 * RATE + 320


def test_the_noise_floor_follows_a_louder_room() -> None:
    hum = tone(3.0, amplitude=600, hertz=100)
    *room, speech = cut(hum + tone(0.4, amplitude=8000) + tone(0.6, amplitude=600, hertz=100))
    assert len(room) == 1 and room[0].duration <= 2.3
    assert abs(speech.start - 3.0) <= 0.02 and abs(speech.duration - 0.4) <= 0.03


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=1, max_value=5000))
def test_chunk_size_does_not_change_the_result(chunk: int) -> None:
    audio = silence(0.3) + tone(0.25) + silence(0.4) + tone(0.5) + silence(0.3)
    assert cut(audio, chunk) == cut(audio)
