"""Segmenter, guard and recogniser in a row, with a recogniser stand-in."""

from __future__ import annotations

import math
from array import array

from lumbar_coach.listening.commands import Command
from lumbar_coach.listening.guard import SelfHearingGuard
from lumbar_coach.listening.listener import Listener
from lumbar_coach.listening.recognizer import RecognizerSettings
from tests.listening.speech_audio import silence


class CountingRecognizer:
    """Calls every utterance a pause, and counts what it was given."""

    settings = RecognizerSettings()
    longest_seconds = settings.max_seconds + 0.5

    def __init__(self) -> None:
        self.asked: list[int] = []
        self.streamed: list[int] = []
        self.abandoned = 0

    woken = False

    def begin(self, after_wake_word: bool = False) -> None:
        self.streamed.append(0)

    def add(self, samples: bytes) -> None:
        self.streamed[-1] += len(samples)

    def finish(self, samples: bytes) -> Command:
        self.asked.append(len(samples))
        return Command.PAUSE

    def abandon(self) -> None:
        self.abandoned += 1


def tone(seconds: float) -> bytes:
    return array("h", (round(8000 * math.sin(n / 3)) for n in range(round(seconds * 16000)))).tobytes()


def test_each_utterance_is_recognised_once_with_its_times() -> None:
    recognizer = CountingRecognizer()
    heard = Listener(recognizer).feed(silence(0.5) + tone(0.4) + silence(0.5) + tone(0.3) + silence(0.5))
    assert [item.command for item in heard] == [Command.PAUSE, Command.PAUSE]
    assert abs(heard[0].utterance.start - 0.5) < 0.02 and abs(heard[1].utterance.start - 1.4) < 0.02
    assert len(recognizer.asked) == 2


def test_speech_is_decoded_while_it_is_said() -> None:
    recognizer = CountingRecognizer()
    listener = Listener(recognizer)
    assert listener.feed(silence(0.5) + tone(0.3)) == []
    assert recognizer.streamed and recognizer.streamed[0] >= 0.3 * 32000 and recognizer.asked == []
    assert [item.command for item in listener.feed(silence(0.5))] == [Command.PAUSE]


def test_an_utterance_too_long_for_a_command_is_given_up() -> None:
    recognizer = CountingRecognizer()
    assert Listener(recognizer).feed(silence(0.3) + tone(3.0) + silence(0.5)) == []
    assert recognizer.asked == [] and recognizer.abandoned == 1
    assert recognizer.streamed[0] <= (RecognizerSettings().max_seconds + 0.5) * 32000


def test_the_guard_drops_what_is_heard_while_the_app_speaks() -> None:
    guard, recognizer = SelfHearingGuard(), CountingRecognizer()
    guard.speaking_started(100.4)
    guard.speaking_finished(101.0)
    listener = Listener(recognizer, guard=guard, clock_offset=lambda: 100.0)
    heard = listener.feed(silence(0.5) + tone(0.4) + silence(0.6) + tone(0.3) + silence(0.5))
    assert [round(item.utterance.start, 1) for item in heard] == [1.5]
    assert len(recognizer.asked) == 1


def test_flush_recognises_an_utterance_still_open() -> None:
    listener = Listener(CountingRecognizer())
    assert listener.feed(silence(0.3) + tone(0.3)) == []
    assert [item.command for item in listener.flush()] == [Command.PAUSE]


class PatientRecognizer(CountingRecognizer):
    """Wants half a second of quiet before a command."""

    settings = RecognizerSettings(quiet_before=0.5)


class WakeWordRecognizer(PatientRecognizer):
    """Hears the wake word alone in the first utterance, a pause in the rest."""

    def finish(self, samples: bytes) -> Command | None:
        command = super().finish(samples)
        self.woken = len(self.asked) == 1
        return None if self.woken else command


def test_a_command_must_follow_a_pause_not_running_speech() -> None:
    recognizer = PatientRecognizer()
    audio = silence(0.2) + tone(0.4) + silence(0.3) + tone(0.3) + silence(0.8) + tone(0.3) + silence(0.5)
    heard = Listener(recognizer).feed(audio)
    assert [round(item.utterance.start, 1) for item in heard] == [0.2, 2.0]
    assert recognizer.abandoned == 1


def test_after_the_wake_word_alone_a_short_pause_is_enough() -> None:
    recognizer = WakeWordRecognizer()
    heard = Listener(recognizer).feed(silence(0.5) + tone(0.4) + silence(0.3) + tone(0.3) + silence(0.5))
    assert [round(item.utterance.start, 1) for item in heard] == [1.2]
