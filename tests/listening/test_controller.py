"""VoiceCommands with a stand-in microphone, driver and speaker."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Signal

from lumbar_coach.listening.controller import VoiceCommands
from tests.listening.fakes import FakeMicrophone


class FakeVoice(QObject):
    speechStarted = Signal()
    speechFinished = Signal()
    soundPlayed = Signal(float)


class FakeSession:
    def phase_remaining(self, now: float) -> float:
        return 42.0 - now


class FakeDriver:
    def __init__(self) -> None:
        self.calls: list[str] = []
        self.session = FakeSession()

    def clock(self) -> float:
        return 2.0

    def __getattr__(self, name: str):
        if name in ("pause", "resume", "next", "previous", "stop"):
            return lambda: self.calls.append(name)
        raise AttributeError(name)


@pytest.fixture
def parts(qapp):
    driver, microphone, speaker = FakeDriver(), FakeMicrophone(), FakeVoice()
    spoken, repeated, now = [], [], [100.0]
    voice = VoiceCommands(lambda: driver, speaker, spoken.append, repeat=lambda: repeated.append(True),
                          microphone=microphone, clock=lambda: now[0])
    return voice, driver, microphone, speaker, spoken, repeated, now


@pytest.mark.parametrize(("phrase", "call"), [("pause", "pause"), ("resume", "resume"), ("next", "next"),
                                              ("back", "previous"), ("stop", "stop")])
def test_a_heard_command_steers_the_session(parts, phrase, call) -> None:
    voice, driver, microphone, *_ = parts
    microphone.heard.emit(phrase)
    assert driver.calls == [call]


def test_how_long_speaks_the_time_left_in_the_phase(parts) -> None:
    voice, driver, microphone, _, spoken, *_ = parts
    microphone.heard.emit("how long")
    assert spoken == [40.0] and driver.calls == []


def test_repeat_asks_for_the_instruction_again(parts) -> None:
    voice, driver, microphone, _, _, repeated, _ = parts
    microphone.heard.emit("repeat")
    assert repeated == [True] and driver.calls == []


def test_start_and_stop_switch_listening_and_say_so(parts, qtbot) -> None:
    voice, _, microphone, *_ = parts
    with qtbot.wait_signal(voice.activeChanged) as blocker:
        voice.start()
    assert voice.active and blocker.args == [True]
    voice.start()
    assert microphone.calls == ["start"]
    with qtbot.wait_signal(voice.activeChanged) as blocker:
        voice.stop()
    assert not voice.active and blocker.args == [False] and microphone.calls == ["start", "stop"]


def test_stop_listening_switches_it_off(parts) -> None:
    voice, driver, microphone, *_ = parts
    voice.start()
    microphone.heard.emit("stop listening")
    assert not voice.active and microphone.calls == ["start", "stop"] and driver.calls == []


def test_no_microphone_switches_off_and_says_why(parts, qtbot) -> None:
    voice, _, microphone, *_ = parts
    voice.start()
    with qtbot.wait_signal(voice.unavailable) as blocker:
        microphone.unavailable.emit("No microphone found")
    assert blocker.args == ["No microphone found"] and not voice.active


def test_commands_between_sessions_do_nothing(qapp) -> None:
    microphone, spoken = FakeMicrophone(), []
    VoiceCommands(lambda: None, None, spoken.append, microphone=microphone)
    microphone.heard.emit("how long")
    microphone.heard.emit("pause")
    assert spoken == []


def test_the_voices_signals_feed_the_self_hearing_guard(parts) -> None:
    voice, _, _, speaker, _, _, now = parts
    speaker.speechStarted.emit()
    assert not voice.guard.allows(100.5, 101.0)
    now[0] = 102.0
    speaker.speechFinished.emit()
    assert not voice.guard.allows(102.1, 102.2)
    assert voice.guard.allows(102.4, 103.0)


def test_a_beep_is_guarded_for_its_length_and_an_echo(parts) -> None:
    voice, _, _, speaker, *_ = parts
    speaker.soundPlayed.emit(0.2)
    assert not voice.guard.allows(100.4, 100.6)
    assert voice.guard.allows(100.6, 101.0)
