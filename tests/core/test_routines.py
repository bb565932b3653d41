"""Routines: built-ins, favourites, dose bounds and resolving names."""

from __future__ import annotations

import pytest

from lumbar_coach.core.errors import RoutineError
from lumbar_coach.core.resolve import find_stretch, resolve
from lumbar_coach.core.routines import (Routine, RoutineItem, below_prescribed, check_override, check_routine,
                                        effective_dose, favourites_routine, full_routine, release_routine)


def test_built_in_routines(catalog):
    assert full_routine(catalog).stretch_ids() == catalog.ids()
    assert release_routine(catalog).stretch_ids() == ("ql-oblique-release", "glute-release")


def test_favourites_put_releases_first(catalog):
    routine = favourites_routine(catalog, ["bridge-hold", "glute-release", "active-hamstring"])
    assert routine.stretch_ids() == ("glute-release", "active-hamstring", "bridge-hold")


@pytest.mark.parametrize("key, value", [("sets", 0), ("sets", 21), ("hold_seconds", 2), ("reps", "5"), ("minutes", 6), ("colour", 1), ("sets", True)])
def test_overrides_outside_sane_bounds_are_refused(key, value):
    with pytest.raises(RoutineError):
        check_override(key, value)


def test_an_override_must_fit_the_dose_kind(catalog):
    with pytest.raises(RoutineError, match="does not apply"):
        effective_dose(catalog.get("hip-activation"), RoutineItem("hip-activation", {"sets": 2}))


def test_minutes_change_a_release(catalog):
    dose = effective_dose(catalog.get("glute-release"), RoutineItem("glute-release", {"minutes": 3}))
    assert dose.duration_seconds == 180


def test_below_prescribed_says_what_was_reduced(catalog):
    stretch = catalog.get("active-hamstring")
    assert below_prescribed(stretch, RoutineItem(stretch.id, {"sets": 2, "hold_seconds": 30})) == ["holds"]
    assert below_prescribed(stretch, RoutineItem(stretch.id)) == []


def test_check_routine_names_the_bad_item(catalog):
    with pytest.raises(RoutineError, match="stretch 2: unknown stretch id 'toe-touch'"):
        check_routine(Routine("mine", "Mine", (RoutineItem("bridge-hold"), RoutineItem("toe-touch"))), catalog)
    with pytest.raises(RoutineError, match="has no stretches"):
        check_routine(Routine("mine", "Mine", ()), catalog)


def test_resolve_routines_ids_and_names(catalog):
    assert resolve(["full"], catalog).name == "full"
    assert resolve(["bridge-hold"], catalog).stretch_ids() == ("bridge-hold",)
    assert resolve(["Prone"], catalog).stretch_ids() == ("prone-press-up",)
    assert resolve(["release", "bridge"], catalog).stretch_ids() == ("ql-oblique-release", "glute-release", "bridge-hold")


def test_resolve_saved_routines(catalog):
    mine = Routine("morning", "Morning", (RoutineItem("cat-camel-hold"),))
    assert resolve(["morning"], catalog, saved=[mine]) is mine


@pytest.mark.parametrize("word, message", [("active", "matches several stretches"), ("yoga", "no routine or stretch called 'yoga'")])
def test_resolve_refuses_unknown_and_ambiguous_names(catalog, word, message):
    with pytest.raises(RoutineError, match=message):
        find_stretch(word, catalog)


def test_empty_favourites_say_how_to_add_some(catalog):
    with pytest.raises(RoutineError, match="no favourites yet"):
        resolve(["favourites"], catalog)


def test_flare_up_mode_leaves_out_the_side_bend_with_its_reason(catalog):
    from lumbar_coach.core.routines import without_flare_up_risks
    routine, left_out = without_flare_up_risks(full_routine(catalog), catalog)
    assert [s.id for s in left_out] == ["side-bend-hold"]
    assert "side-bend-hold" not in routine.stretch_ids() and len(routine.items) == 10
    assert "acute" in left_out[0].flare_up_caution


def test_flare_up_mode_keeps_the_release_routine_whole(catalog):
    from lumbar_coach.core.routines import without_flare_up_risks
    routine, left_out = without_flare_up_risks(release_routine(catalog), catalog)
    assert routine == release_routine(catalog) and left_out == ()
