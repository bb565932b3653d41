"""The list of messages about damaged files for the UI."""

from __future__ import annotations

from lumbar_coach.storage import problems


def test_recorded_messages_are_pending_in_order() -> None:
    problems.record("first")
    problems.record("second")
    assert problems.pending() == ("first", "second")


def test_take_all_returns_the_messages_once() -> None:
    problems.record("shown once")
    assert problems.take_all() == ("shown once",)
    assert problems.take_all() == ()


def test_the_same_message_is_kept_once() -> None:
    problems.record("again")
    problems.record("again")
    assert problems.pending() == ("again",)


def test_clear_forgets_everything() -> None:
    problems.record("gone")
    problems.clear()
    assert problems.pending() == ()
