"""The QtTextToSpeech engine, on Qt's mock plugin (100 ms a word, no sound)."""

from __future__ import annotations

import time

import pytest

from lumbar_coach.speech import qt_engine
from lumbar_coach.speech.config import SpeechError, VoiceConfig
from lumbar_coach.speech.factory import create_speaker, list_voices
from lumbar_coach.speech.priority import Priority
from lumbar_coach.speech.qt_engine import SILENT_TOO_LONG_REASON, qt_rate
from tests.speech.helpers import wait_until

MOCK = VoiceConfig(engine="qt:mock")


@pytest.fixture
def speaker():
    speaker = create_speaker(MOCK)
    yield speaker
    speaker.shutdown()


def events_of(speaker) -> list[tuple[str, str]]:
    events: list[tuple[str, str]] = []
    speaker.started.connect(lambda text: events.append(("started", text)))
    speaker.finished.connect(lambda text: events.append(("finished", text)))
    return events


def test_a_cue_is_spoken_to_its_end(speaker) -> None:
    events = events_of(speaker)
    began = time.monotonic()
    speaker.speak("Switch sides now.", Priority.NORMAL)
    assert time.monotonic() - began < 0.005
    assert wait_until(lambda: ("finished", "Switch sides now.") in events)
    assert events == [("started", "Switch sides now."), ("finished", "Switch sides now.")]


def test_an_urgent_cue_cuts_a_long_one_short(speaker) -> None:
    events = events_of(speaker)
    speaker.speak("Kneel, and reach your left leg out in front, heel on the floor.", Priority.NORMAL)
    assert wait_until(lambda: events)
    speaker.speak("Switch sides.", Priority.URGENT)
    assert wait_until(lambda: ("finished", "Switch sides.") in events, timeout=3)
    assert [name for name, _ in events] == ["started", "finished", "started", "finished"]
    assert events[2] == ("started", "Switch sides.")


def test_a_service_that_never_finishes_is_reported_and_recovery_noticed(speaker, monkeypatch) -> None:
    reasons, recoveries = [], []
    speaker.unavailable.connect(reasons.append)
    speaker.available.connect(lambda: recoveries.append(True))
    monkeypatch.setattr(qt_engine, "FINISH_MARGIN", -0.7)
    speaker.speak("Hold.", Priority.NORMAL)
    assert wait_until(lambda: reasons) and reasons == [SILENT_TOO_LONG_REASON]
    monkeypatch.setattr(qt_engine, "FINISH_MARGIN", 3.0)
    speaker.speak("Hold.", Priority.NORMAL)
    assert wait_until(lambda: recoveries, timeout=3)


def test_a_missing_speech_plugin_makes_the_voice_unavailable() -> None:
    speaker = create_speaker(VoiceConfig(engine="qt:nonexistent"))
    reasons: list[str] = []
    speaker.unavailable.connect(reasons.append)
    speaker.speak("Switch sides.", Priority.URGENT)
    assert wait_until(lambda: reasons)
    assert "speech service" in reasons[0] and speaker.idle
    speaker.shutdown()


def test_shutdown_ends_the_speech_thread(speaker) -> None:
    thread = speaker.engine._thread
    assert wait_until(thread.isRunning)
    speaker.shutdown()
    assert thread.isFinished()


def test_the_mock_voices_are_listed() -> None:
    assert [voice.name for voice in list_voices("qt:mock")] == ["Bob", "Anne"]


def test_an_engine_that_cannot_start_has_no_voices_but_a_reason() -> None:
    with pytest.raises(SpeechError, match="speech service"):
        list_voices("qt:nonexistent")


@pytest.mark.parametrize(("words_per_minute", "expected"), [(160, 0.0), (80, -0.5), (240, 0.5), (300, 0.875)])
def test_rates_map_onto_qt_scale(words_per_minute: int, expected: float) -> None:
    assert qt_rate(words_per_minute) == pytest.approx(expected)
