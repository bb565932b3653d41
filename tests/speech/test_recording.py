"""The recording stand-in used by the window and session tests."""

from __future__ import annotations

from lumbar_coach.speech.config import VoiceConfig
from lumbar_coach.speech.priority import Priority
from lumbar_coach.speech.recording import RecordingSpeaker, SpokenCue
from tests.speech.helpers import FakeClock


def test_it_records_text_priority_due_and_time() -> None:
    clock = FakeClock(50.0)
    speaker = RecordingSpeaker(clock=clock)
    started: list[str] = []
    speaker.started.connect(started.append)
    speaker.speak("Three.", Priority.COUNTDOWN, due=51.0)
    clock.advance(1)
    speaker.speak("Switch sides.", 2)
    assert speaker.cues == [
        SpokenCue("Three.", Priority.COUNTDOWN, 51.0, 50.0),
        SpokenCue("Switch sides.", Priority.URGENT, None, 51.0),
    ]
    assert started == ["Three.", "Switch sides."] and speaker.texts == started


def test_muted_or_shut_down_it_records_nothing() -> None:
    speaker = RecordingSpeaker()
    speaker.set_muted(True)
    speaker.speak("Hold.", Priority.NORMAL)
    speaker.set_muted(False)
    speaker.shutdown()
    speaker.speak("Hold.", Priority.NORMAL)
    assert speaker.cues == [] and speaker.stop_count == 1 and speaker.is_shut_down


def test_it_can_act_out_a_failing_voice() -> None:
    speaker = RecordingSpeaker()
    seen: list[object] = []
    speaker.unavailable.connect(seen.append)
    speaker.available.connect(lambda: seen.append("back"))
    speaker.fail("Voice unavailable: test")
    assert speaker.unavailable_reason == "Voice unavailable: test"
    speaker.recover()
    assert seen == ["Voice unavailable: test", "back"] and speaker.unavailable_reason is None


def test_it_keeps_settings_and_prepared_texts() -> None:
    speaker = RecordingSpeaker()
    speaker.configure(VoiceConfig(rate=200))
    speaker.prepare(["Three.", "Two."])
    assert speaker.config.rate == 200 and speaker.prepared == ["Three.", "Two."]
