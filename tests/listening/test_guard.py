"""The self-hearing guard: time is a number, no clocks."""

from __future__ import annotations

from lumbar_coach.listening.guard import AFTER_SOUND, SelfHearingGuard


def test_everything_is_allowed_before_the_app_makes_a_sound() -> None:
    assert SelfHearingGuard().allows(0.0, 1.0)


def test_an_utterance_while_the_app_speaks_is_refused() -> None:
    guard = SelfHearingGuard()
    guard.speaking_started(10.0)
    assert guard.speaking
    assert not guard.allows(10.5, 11.0)
    assert not guard.allows(9.5, 10.2)
    assert guard.allows(9.0, 9.9)


def test_the_echo_window_lasts_300_ms_after_the_app_stops() -> None:
    guard = SelfHearingGuard()
    guard.speaking_started(10.0)
    guard.speaking_finished(12.0)
    assert AFTER_SOUND == 0.3
    assert not guard.allows(12.1, 12.5)
    assert not guard.allows(12.29, 12.6)
    assert guard.allows(12.31, 12.8)
    assert not guard.speaking


def test_a_command_that_straddles_the_start_of_speech_is_refused() -> None:
    guard = SelfHearingGuard()
    guard.speaking_started(5.0)
    guard.speaking_finished(6.0)
    assert not guard.allows(4.6, 5.1)
    assert guard.allows(4.0, 4.9)


def test_finished_without_started_still_guards_its_echo() -> None:
    guard = SelfHearingGuard()
    guard.speaking_finished(3.0)
    assert not guard.allows(3.1, 3.2)
    assert guard.allows(3.4, 3.6)


def test_a_second_start_keeps_the_first_start_time() -> None:
    guard = SelfHearingGuard()
    guard.speaking_started(1.0)
    guard.speaking_started(2.0)
    guard.speaking_finished(3.0)
    assert not guard.allows(1.2, 1.5)


def test_a_beep_of_known_length_is_guarded() -> None:
    guard = SelfHearingGuard()
    guard.sound(20.0, 20.2)
    assert not guard.allows(20.4, 20.6)
    assert guard.allows(20.6, 21.0)


def test_only_recent_windows_are_remembered() -> None:
    guard = SelfHearingGuard(memory=4)
    for second in range(10):
        guard.speaking_started(float(second))
        guard.speaking_finished(second + 0.5)
    assert guard.allows(1.1, 1.2)
    assert not guard.allows(9.1, 9.2)
