"""Imported routine files of every generated kind of wrongness: a clear error, nothing saved touched."""

from __future__ import annotations

import json
import tracemalloc

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lumbar_coach.core.routines import Routine, RoutineItem
from lumbar_coach.storage.routine_files import (RoutineFileError, import_routine, load_routines, routines_path,
                                                save_routines)

GOOD = {"format": "lumbar-coach-routine", "version": 1, "name": "evening", "title": "Evening",
        "items": [{"stretch": "bridge-hold"}, {"stretch": "active-hamstring", "sets": 2}]}
SAVED = (Routine("morning", "Morning", (RoutineItem("cat-camel-hold"),)),)

json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                           max_leaves=12)


@st.composite
def damaged_documents(draw) -> bytes:
    """A routine file damaged in one of several ways."""
    how = draw(st.sampled_from(["bytes", "json", "field", "item", "truncate", "dose", "stretch"]))
    if how == "bytes":
        return draw(st.binary(max_size=300))
    if how == "json":
        return json.dumps(draw(json_values)).encode()
    document = json.loads(json.dumps(GOOD))
    if how == "field":
        document[draw(st.sampled_from(["format", "version", "name", "title", "items", "extra"]))] = draw(json_values)
    elif how == "item":
        document["items"][draw(st.integers(0, 1))] = draw(json_values)
    elif how == "dose":
        document["items"][1][draw(st.sampled_from(["sets", "hold_seconds", "reps", "minutes", "colour"]))] = draw(
            st.integers(-10**9, 10**9) | json_values)
    elif how == "stretch":
        document["items"][0]["stretch"] = draw(st.text(max_size=30))
    text = json.dumps(document).encode()
    return text[: draw(st.integers(0, len(text)))] if how == "truncate" else text


@pytest.fixture(autouse=True)
def saved_routine():
    save_routines(SAVED)
    return routines_path().read_bytes()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=damaged_documents())
def test_any_damaged_import_is_refused_clearly_or_read_and_saved_routines_stay(tmp_path, catalog, saved_routine, content):
    path = tmp_path / "import.json"
    path.write_bytes(content)
    try:
        routine = import_routine(path, catalog)
    except RoutineFileError as error:
        message = str(error)
        assert message.startswith("import.json: ") and "\n" not in message and len(message) < 400
    else:
        assert routine.items and all(item.stretch_id in catalog.ids() for item in routine.items)
    assert routines_path().read_bytes() == saved_routine
    assert load_routines(catalog) == SAVED


def test_absurd_doses_are_refused(tmp_path, catalog):
    document = {**GOOD, "items": [{"stretch": "bridge-hold", "sets": 5000}]}
    path = tmp_path / "absurd.json"
    path.write_text(json.dumps(document))
    with pytest.raises(RoutineFileError, match=r"items\[0\]\.sets must be a whole number from 1 to 20"):
        import_routine(path, catalog)


def test_a_huge_file_is_refused_without_reading_it_whole(tmp_path, catalog):
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.write(b'{"format": "lumbar-coach-routine", "items": [' + b" " * (64 * 1024 * 1024) + b"]}")
    tracemalloc.start()
    with pytest.raises(RoutineFileError, match="too large to be a routine file"):
        import_routine(path, catalog)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 8 * 1024 * 1024
