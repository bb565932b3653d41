"""Mirroring words for the second side, the side bend's direction, numbers as words."""

from __future__ import annotations

import pytest

from lumbar_coach.core import words
from lumbar_coach.core.sides import bend_direction, fill_bend, for_side, mirror


def test_mirror_swaps_left_and_right_keeping_case():
    assert mirror("Left leg out, right foot down. LEFT") == "Right leg out, left foot down. RIGHT"


def test_mirror_leaves_other_words_alone():
    assert mirror("leftover bright rightly") == "leftover bright rightly"


def test_for_side_mirrors_only_for_the_other_side():
    assert for_side("your left heel", "left", "left") == "your left heel"
    assert for_side("your left heel", "left", "right") == "your right heel"
    assert for_side("both sides", None, None) == "both sides"


@pytest.mark.parametrize("painful, toward", [("left", "right"), ("right", "left"), ("both", None), ("unsure", None)])
def test_the_bend_goes_away_from_the_painful_side(painful, toward):
    assert bend_direction(painful) == toward


def test_fill_bend_with_a_known_side():
    assert fill_bend("Bend {toward} and reach; your {away} arm goes over.", "left") == "Bend right and reach; your left arm goes over."


def test_fill_bend_without_a_clear_side_leaves_the_choice_to_the_person():
    text = fill_bend("bend to your {toward} side; your {away} arm reaches. Bend {toward} and reach.", "both")
    assert "{" not in text
    assert "whichever side feels easier" in text and "your other arm" in text


@pytest.mark.parametrize("value, said", [(0, "zero"), (3, "three"), (20, "twenty"), (21, "twenty-one"), (100, "one hundred"), (160, "one hundred and sixty")])
def test_numbers_as_words(value, said):
    assert words.number(value) == said


@pytest.mark.parametrize("seconds, said", [(20, "twenty seconds"), (1, "one second"), (60, "one minute"), (120, "two minutes"), (90, "one minute thirty")])
def test_durations_as_words(seconds, said):
    assert words.duration(seconds) == said


def test_clock():
    assert words.clock(754) == "12:34"


def test_speaking_time_grows_with_words_and_pauses_and_shrinks_with_speed():
    plain = words.speaking_seconds("one two three four five", 150)
    assert plain == pytest.approx(5 * 0.85 * 60 / 150)
    assert words.speaking_seconds("one, two. three four: five", 150) == pytest.approx(plain + (0.4 + 0.8 + 0.8) * 60 / 150)
    assert words.speaking_seconds("one two three four five", 300) == pytest.approx(plain / 2)


def test_digits_and_hyphens_are_words_as_they_are_read():
    assert words.speaking_seconds("90-90 cat-camel don't") == pytest.approx(words.speaking_seconds("a b c d don't"))
