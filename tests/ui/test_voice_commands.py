"""Voice commands in the window: off by default, shown while listening, steering the session, saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from lumbar_coach.core.session import State
from lumbar_coach.listening.controller import VoiceCommands
from lumbar_coach.storage.settings import Settings, load_settings, save_settings
from lumbar_coach.ui.session.listening import SessionListening
from lumbar_coach.ui.voice_command_settings import PRIVACY, VoiceCommandSettings
from tests.listening.fakes import FakeMicrophone
from tests.ui.conftest import run_until, start


@pytest.fixture
def microphones(monkeypatch):
    """Every microphone the window makes, each a stand-in; the real controller around it."""
    made: list[FakeMicrophone] = []

    def make_commands(listening: SessionListening, wake_word: bool) -> VoiceCommands:
        made.append(FakeMicrophone())
        return VoiceCommands(lambda: listening.view.driver, listening.voice, listening.say_time_left,
                             repeat=listening.view.repeat, microphone=made[-1], parent=listening)

    monkeypatch.setattr(SessionListening, "_make_commands", make_commands)
    return made


@pytest.fixture
def listening_window(make_window):
    save_settings(Settings(painful_side="left", voice_commands=True))
    return make_window()


def test_voice_commands_are_off_by_default(window, microphones):
    view = start(window, ["bridge"])
    assert not Settings().voice_commands
    assert microphones == [] and not window.listening.active
    assert window.windowTitle() == "Lumbar Coach" and view.listening_badge.isHidden()
    assert view.controls.buttons["listen"].text() == "Listen"


def test_listening_is_shown_in_the_title_and_the_session_page(listening_window, microphones):
    view = start(listening_window, ["bridge"])
    assert microphones[0].calls == ["start"] and listening_window.listening.active
    assert listening_window.windowTitle() == "Lumbar Coach — listening"
    assert not view.listening_badge.isHidden() and "coach" in view.listening_badge.text.text()
    assert view.controls.buttons["listen"].text() == "Stop listening"


def test_spoken_commands_steer_the_session(listening_window, microphones, clock, speaker):
    view = start(listening_window, ["bridge"])
    heard = microphones[0].heard
    heard.emit("pause")
    assert view.driver.session.state is State.PAUSED and speaker.texts[-1] == "Paused."
    heard.emit("resume")
    assert view.driver.session.state is State.RUNNING
    first = view.phase.index
    heard.emit("next")
    assert view.phase.index == first + 1
    heard.emit("back")
    assert view.phase.index == first


def test_how_long_and_repeat_are_answered_aloud(listening_window, microphones, speaker, clock):
    view = start(listening_window, ["bridge"])
    run_until(listening_window, clock, lambda: view.phase.kind == "hold")
    clock.now += 5
    speaker.clear()
    microphones[0].heard.emit("how long")
    assert speaker.texts == [f"{_words(view.phase.duration - 5)} left."]
    microphones[0].heard.emit("repeat")
    assert len(speaker.texts) == 2 and speaker.texts[1]


def test_the_l_key_switches_listening_and_the_choice_is_kept(window, microphones, qtbot):
    view = start(window, ["bridge"])
    qtbot.keyClick(view, Qt.Key.Key_L)
    assert window.listening.active and load_settings().voice_commands
    qtbot.keyClick(view, Qt.Key.Key_L)
    assert not window.listening.active and not load_settings().voice_commands
    assert window.windowTitle() == "Lumbar Coach" and view.listening_badge.isHidden()
    assert microphones[0].calls == ["start", "stop"]


def test_saying_stop_listening_switches_it_off_for_next_time(listening_window, microphones, speaker):
    view = start(listening_window, ["bridge"])
    microphones[0].heard.emit("stop listening")
    assert not listening_window.listening.active and not load_settings().voice_commands
    assert speaker.texts[-1] == "No longer listening."
    assert view.driver.session.state is State.RUNNING and view.listening_badge.isHidden()


def test_nothing_is_heard_once_the_session_ends(listening_window, microphones, qtbot):
    view = start(listening_window, ["bridge"])
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert listening_window.current_page() is listening_window.summary
    assert microphones[0].calls == ["start", "stop"] and listening_window.windowTitle() == "Lumbar Coach"
    assert load_settings().voice_commands


def test_the_coach_speaking_is_not_taken_for_a_command(listening_window, microphones, speaker):
    start(listening_window, ["bridge"])
    guard = listening_window.listening._commands.guard
    speaker.speak("Next up: bridge hold.")
    assert guard.speaking


def test_no_microphone_is_explained_and_the_session_goes_on(listening_window, microphones):
    view = start(listening_window, ["bridge"])
    microphones[0].unavailable.emit("No microphone found")
    assert "Voice commands unavailable: No microphone found" in listening_window.banner.text.text()
    assert not listening_window.listening.active and view.listening_badge.isHidden()
    assert view.driver.session.state is State.RUNNING


def test_settings_switch_voice_commands_on_and_say_what_happens_to_the_sound(qapp):
    group = VoiceCommandSettings(Settings(), reason_finder=lambda: None)
    assert not group.enabled.isChecked() and not group.wake_word.isEnabled()
    group.enabled.setChecked(True)
    group.wake_word.setChecked(False)
    assert group.wake_word.isEnabled()
    assert group.changes() == {"voice_commands": True, "wake_word": False}
    assert group.privacy.text() == PRIVACY and "never saved" in PRIVACY


def test_without_a_microphone_the_option_is_disabled_with_the_reason(qapp):
    group = VoiceCommandSettings(Settings(voice_commands=True), reason_finder=lambda: "No microphone found")
    assert not group.enabled.isEnabled() and not group.wake_word.isEnabled()
    assert group.note.text() == "Not available here: No microphone found."
    assert group.changes() == {}


def test_changing_the_wake_word_setting_makes_a_new_recogniser(listening_window, microphones):
    start(listening_window, ["bridge"])
    listening_window.apply_settings(load_settings().replace(wake_word=False))
    assert microphones[0].calls == ["start", "stop"] and microphones[1].calls == ["start"]
    assert not listening_window.listening.wake_word and listening_window.listening.active


def _words(seconds: float) -> str:
    from lumbar_coach.core.words import duration
    return duration(round(seconds))
