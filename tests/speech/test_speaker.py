"""The speaker on the GUI thread, driven through a fake engine and a fake clock."""

from __future__ import annotations

import time

import pytest

from lumbar_coach.speech.config import VoiceConfig
from lumbar_coach.speech.null_engine import NullEngine
from lumbar_coach.speech.priority import Priority
from lumbar_coach.speech.schedule import COUNTDOWN_TOLERANCE
from lumbar_coach.speech.speaker import Speaker
from tests.speech.helpers import BrokenEngine, FakeClock, FakeEngine

COUNTDOWN, NORMAL, URGENT = Priority.COUNTDOWN, Priority.NORMAL, Priority.URGENT


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine()


@pytest.fixture
def speaker(engine: FakeEngine, clock: FakeClock):
    speaker = Speaker(engine, clock=clock)
    yield speaker
    speaker.shutdown()


def record(signal) -> list:
    seen: list = []
    signal.connect(lambda *args: seen.append(args[0] if args else None))
    return seen


def test_a_cue_due_now_starts_at_once_and_is_reported(speaker: Speaker, engine: FakeEngine) -> None:
    started = record(speaker.started)
    speaker.speak("Switch sides.", NORMAL)
    assert engine.played == ["Switch sides."] and started == ["Switch sides."]


def test_a_cue_starts_when_its_text_becomes_ready(speaker: Speaker, clock: FakeClock) -> None:
    engine = FakeEngine(ready_at_once=False)
    speaker = Speaker(engine, clock=clock)
    speaker.speak("Next up: bridge hold.", NORMAL)
    assert engine.played == []
    engine.make_ready("Next up: bridge hold.")
    assert engine.played == ["Next up: bridge hold."]
    speaker.shutdown()


def test_a_countdown_due_in_the_past_beyond_tolerance_is_never_spoken(speaker, engine, clock) -> None:
    speaker.speak("Two.", COUNTDOWN, due=clock.now - COUNTDOWN_TOLERANCE - 0.05)
    assert engine.played == []
    assert speaker.idle


def test_a_countdown_is_dropped_while_an_instruction_plays(speaker, engine, clock) -> None:
    speaker.speak("Lean forward as far as is comfortable.", NORMAL)
    speaker.speak("Three.", COUNTDOWN, due=clock.now + 1.0)
    clock.advance(1.0)
    speaker.poll()
    engine.end()
    assert engine.played == ["Lean forward as far as is comfortable."]


def test_a_countdown_due_later_starts_when_the_clock_reaches_it(speaker, engine, clock) -> None:
    speaker.speak("Three.", COUNTDOWN, due=clock.now + 2.0)
    clock.advance(1.99)
    speaker.poll()
    assert engine.played == []
    clock.advance(0.02)
    speaker.poll()
    assert engine.played == ["Three."]


def test_an_urgent_cue_interrupts_a_playing_cue(speaker, engine) -> None:
    finished = record(speaker.finished)
    speaker.speak("Active hamstring stretch. Kneel, and reach your left leg out in front.", NORMAL)
    speaker.speak("Switch sides: right leg in front.", URGENT)
    assert engine.stops == 1
    assert engine.played[-1] == "Switch sides: right leg in front."
    assert finished == ["Active hamstring stretch. Kneel, and reach your left leg out in front."]


def test_an_instruction_waits_for_the_playing_one_and_then_plays(speaker, engine) -> None:
    speaker.speak("Lean forward.", NORMAL)
    speaker.speak("Now press your heel down.", NORMAL)
    assert engine.played == ["Lean forward."]
    engine.end()
    assert engine.played == ["Lean forward.", "Now press your heel down."]


def test_the_wake_timer_is_set_for_the_next_due_cue(speaker, clock) -> None:
    speaker.speak("Three.", COUNTDOWN, due=clock.now + 0.75)
    timer = speaker._wake
    assert timer.isActive() and 740 <= timer.interval() <= 760


def test_muting_stops_speech_and_ignores_new_cues(speaker, engine) -> None:
    speaker.speak("Hold, twenty seconds.", NORMAL)
    speaker.set_muted(True)
    speaker.speak("Switch sides.", URGENT)
    assert speaker.muted and engine.stops == 1
    assert engine.played == ["Hold, twenty seconds."]
    speaker.set_muted(False)
    speaker.speak("Switch sides.", URGENT)
    assert engine.played[-1] == "Switch sides."


def test_stop_forgets_waiting_cues(speaker, engine, clock) -> None:
    speaker.speak("One.", COUNTDOWN, due=clock.now + 1)
    speaker.stop()
    clock.advance(1)
    speaker.poll()
    assert engine.played == [] and not speaker._wake.isActive()


def test_a_text_that_cannot_be_spoken_is_dropped_and_the_next_one_plays(clock) -> None:
    engine = FakeEngine(ready_at_once=False)
    speaker = Speaker(engine, clock=clock)
    speaker.speak("Unsayable.", NORMAL)
    speaker.speak("Switch sides.", NORMAL)
    engine.unplayable.emit("Unsayable.")
    engine.make_ready("Switch sides.")
    assert engine.played == ["Switch sides."]
    speaker.shutdown()


def test_engine_faults_become_one_unavailable_signal_and_recovery_becomes_available(speaker, engine) -> None:
    reasons, recoveries = record(speaker.unavailable), record(speaker.available)
    engine.failed.emit("Voice unavailable: no sound device")
    engine.failed.emit("Voice unavailable: no sound device")
    assert reasons == ["Voice unavailable: no sound device"]
    assert speaker.unavailable_reason == "Voice unavailable: no sound device"
    engine.recovered.emit()
    assert recoveries == [None] and speaker.unavailable_reason is None


def test_an_engine_that_raises_never_raises_into_the_caller(clock) -> None:
    speaker = Speaker(BrokenEngine(), clock=clock)
    reasons = record(speaker.unavailable)
    speaker.speak("Switch sides.", URGENT)
    speaker.poll()
    assert reasons == ["Voice unavailable: driver exploded"]
    speaker.shutdown()


def test_an_unavailable_engine_is_announced_after_construction(qtbot, clock) -> None:
    speaker = Speaker(NullEngine("Voice unavailable: espeak-ng is not installed"), clock=clock)
    with qtbot.waitSignal(speaker.unavailable, timeout=1000) as blocker:
        pass
    assert blocker.args == ["Voice unavailable: espeak-ng is not installed"]
    speaker.speak("Switch sides.", URGENT)
    assert speaker.idle
    speaker.shutdown()


def test_shutdown_ends_the_engine_and_every_timer(speaker, engine, clock) -> None:
    speaker.speak("Three.", COUNTDOWN, due=clock.now + 1)
    speaker.shutdown()
    speaker.speak("Switch sides.", URGENT)
    assert engine.is_shut_down and engine.played == []
    assert not speaker._wake.isActive() and not speaker._announce.isActive()


def test_configure_passes_settings_or_swaps_the_engine(clock) -> None:
    engines = [FakeEngine()]

    def make_engine(_config: VoiceConfig, _parent: object) -> FakeEngine:
        engines.append(FakeEngine())
        return engines[-1]

    speaker = Speaker(engines[0], VoiceConfig(), engine_factory=make_engine, clock=clock)
    speaker.configure(VoiceConfig(rate=200))
    assert engines[0].configs == [VoiceConfig(rate=200)]
    speaker.configure(VoiceConfig(engine="qt:mock"))
    assert engines[0].is_shut_down and speaker.engine is engines[1]
    speaker.speak("Switch sides.", URGENT)
    assert engines[1].played == ["Switch sides."]
    speaker.shutdown()


def test_speaking_never_holds_up_the_caller(speaker, clock) -> None:
    took = []
    for index in range(200):
        began = time.monotonic()
        speaker.speak(f"Cue number {index}.", Priority(index % 3), due=clock.now + index * 0.01)
        took.append(time.monotonic() - began)
    took.sort()
    assert took[-3] < 0.005 and took[-1] < 0.05


def test_a_real_timer_starts_a_countdown_on_time(qtbot) -> None:
    engine = FakeEngine()
    speaker = Speaker(engine)
    due = time.monotonic() + 0.1
    with qtbot.waitSignal(speaker.started, timeout=2000):
        speaker.speak("Three.", COUNTDOWN, due=due)
    assert 0.0 <= time.monotonic() - due < COUNTDOWN_TOLERANCE
    speaker.shutdown()
