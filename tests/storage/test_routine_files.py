"""Saved routines and routine files: round trips, clear errors, damage set aside."""

from __future__ import annotations

import json

import pytest

from lumbar_coach.core.library import default_catalog
from lumbar_coach.core.routines import Routine, RoutineItem
from lumbar_coach.storage import problems
from lumbar_coach.storage.routine_files import (RoutineFileError, export_routine, import_routine, load_routines,
                                                name_from_title, routines_path, save_routines, unique_name)
from tests.storage.helpers import only_broken_copy

EVENING = Routine("evening", "Evening", (RoutineItem("glute-release"), RoutineItem("bridge-hold", {"sets": 2})))


@pytest.fixture
def catalog():
    return default_catalog()


def write(path, document):
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_saved_routines_round_trip():
    save_routines([EVENING])
    assert load_routines() == (EVENING,)
    assert json.loads(routines_path().read_text())["format"] == "routines"


def test_no_file_means_no_routines():
    assert load_routines() == ()


def test_a_damaged_file_is_set_aside_with_a_message():
    routines_path().parent.mkdir(parents=True)
    routines_path().write_text("{not json")
    assert load_routines() == ()
    only_broken_copy(routines_path())
    assert any("routines file could not be read" in m for m in problems.pending())


def test_a_saved_routine_naming_an_unknown_stretch_is_left_out_with_a_message(catalog):
    save_routines([EVENING, Routine("odd", "Odd", (RoutineItem("toe-touch"),))])
    assert load_routines(catalog) == (EVENING,)
    assert any("toe-touch" in m for m in problems.pending())


def test_export_then_import_round_trips(tmp_path, catalog):
    path = tmp_path / "evening.lcroutine.json"
    export_routine(EVENING, path, catalog)
    assert import_routine(path, catalog) == EVENING
    assert json.loads(path.read_text())["items"][0] == {"stretch": "glute-release", "about": "Glute release"}


@pytest.mark.parametrize(("document", "named"), [
    ({"format": "something-else", "version": 1}, "not a routine file"),
    ({"format": "lumbar-coach-routine", "version": 2, "name": "a", "items": []}, "version 1"),
    ({"format": "lumbar-coach-routine", "version": 1, "name": "a", "items": [], "colour": "red"}, "'colour'"),
    ({"format": "lumbar-coach-routine", "version": 1, "name": "a", "items": []}, "has no stretches"),
    ({"format": "lumbar-coach-routine", "version": 1, "items": [{"stretch": "bridge-hold"}]}, "routine.name"),
    ({"format": "lumbar-coach-routine", "version": 1, "name": "a", "items": [{"stretch": "bridge-hold", "sets": 99}]},
     "routine.items[0].sets must be a whole number from 1 to 20"),
    ({"format": "lumbar-coach-routine", "version": 1, "name": "a", "items": [{"stretch": "bridge-hold", "reps": 3}]},
     "'reps' does not apply"),
    ({"format": "lumbar-coach-routine", "version": 1, "name": "a", "items": [{"stretch": "bridge-hold", "speed": 3}]},
     "routine.items[0].speed"),
])
def test_a_bad_file_names_what_is_wrong(tmp_path, catalog, document, named):
    path = write(tmp_path / "bad.json", document)
    with pytest.raises(RoutineFileError) as error:
        import_routine(path, catalog)
    assert named in str(error.value) and "bad.json" in str(error.value)


def test_not_json_and_missing_files_are_clear_errors(tmp_path, catalog):
    path = tmp_path / "broken.json"
    path.write_text("{")
    with pytest.raises(RoutineFileError, match="broken.json: not valid JSON"):
        import_routine(path, catalog)
    with pytest.raises(RoutineFileError, match="cannot be read"):
        import_routine(tmp_path / "missing.json", catalog)


def test_names_are_slugs_and_never_clash_with_built_in_or_taken_ones():
    assert name_from_title("  Evening, short! ") == "evening-short"
    assert name_from_title("!!!") == "routine"
    assert unique_name("full", []) == "full-2"
    assert unique_name("evening", ["evening", "evening-2"]) == "evening-3"
