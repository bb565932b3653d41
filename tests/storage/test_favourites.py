"""Favourite stretches: an ordered set of ids kept in a file."""

from __future__ import annotations

import json

import pytest

from lumbar_coach.storage import problems
from lumbar_coach.storage.favourites import keep_known, load_favourites, save_favourites, toggled
from lumbar_coach.storage.paths import data_dir, favourites_path
from lumbar_coach.storage.schema import SchemaError


def test_round_trip_keeps_the_order() -> None:
    save_favourites(["glute-release", "bridge-hold", "cat-cow"])
    assert load_favourites() == ("glute-release", "bridge-hold", "cat-cow")


def test_repeats_are_saved_once_at_their_first_place() -> None:
    saved = save_favourites(["cat-cow", "bridge-hold", "cat-cow"])
    assert saved == ("cat-cow", "bridge-hold")
    assert load_favourites() == ("cat-cow", "bridge-hold")


def test_the_file_lives_in_the_data_folder_and_is_versioned() -> None:
    save_favourites(["cat-cow"])
    assert favourites_path().parent == data_dir()
    document = json.loads(favourites_path().read_text(encoding="utf-8"))
    assert document == {"format": "favourites", "version": 1, "stretch_ids": ["cat-cow"]}


def test_no_file_means_no_favourites() -> None:
    assert load_favourites() == ()
    assert problems.pending() == ()


@pytest.mark.parametrize("bad_id", ["", "   ", 5, None])
def test_saving_a_bad_id_is_refused_and_the_file_kept(bad_id: object) -> None:
    save_favourites(["cat-cow"])
    with pytest.raises(SchemaError, match=r"favourite\[1\]"):
        save_favourites(["bridge-hold", bad_id])  # type: ignore[list-item]
    assert load_favourites() == ("cat-cow",)


def test_toggled_adds_at_the_end() -> None:
    assert toggled(("a", "b"), "c") == ("a", "b", "c")


def test_toggled_removes_an_existing_id() -> None:
    assert toggled(("a", "b", "c"), "b") == ("a", "c")


def test_toggling_twice_gives_back_the_original() -> None:
    assert toggled(toggled(("a", "b"), "z"), "z") == ("a", "b")


def test_unknown_ids_are_left_out_with_a_message_naming_them() -> None:
    save_favourites(["cat-cow", "old-stretch", "bridge-hold", "renamed"])
    loaded = load_favourites(known_ids={"cat-cow", "bridge-hold", "glute-release"})
    assert loaded == ("cat-cow", "bridge-hold")
    assert problems.pending() == (
        "These favourites are not in the stretch library, so they were left out: old-stretch, renamed.",
    )


def test_leaving_out_unknown_ids_does_not_change_the_file() -> None:
    save_favourites(["cat-cow", "old-stretch"])
    before = favourites_path().read_bytes()
    load_favourites(known_ids={"cat-cow"})
    assert favourites_path().read_bytes() == before


def test_all_known_ids_give_no_message() -> None:
    assert keep_known(("a", "b"), {"a", "b", "c"}) == ("a", "b")
    assert problems.pending() == ()
