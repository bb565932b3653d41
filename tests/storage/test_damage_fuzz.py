"""Generated damage: loading never raises, never loses the damaged bytes, never touches other files."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lumbar_coach.storage import problems
from lumbar_coach.storage.paths import HOME_VARIABLE
from lumbar_coach.storage.settings import setting_names

from .helpers import broken_copies
from .stored_files import (
    FAVOURITES_FILE,
    SETTINGS_FILE,
    WINDOW_STATE_FILE,
    StoredFile,
    other_files,
    others_than,
    save_every_sample,
)

JSON_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
JSON_VALUES = st.recursive(
    JSON_LEAVES,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)
INTERESTING_KEYS = {
    SETTINGS_FILE.label: ("format", "version", *setting_names()),
    FAVOURITES_FILE.label: ("format", "version", "stretch_ids"),
    WINDOW_STATE_FILE.label: ("format", "version", "geometry", "layout"),
}


@st.composite
def mutated_document(draw: st.DrawFn, valid: dict[str, Any], keys: tuple[str, ...]) -> bytes:
    """The valid document with a few keys set to random JSON values or removed."""
    document = dict(valid)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        key = draw(st.sampled_from(keys) | st.text(max_size=8))
        if draw(st.booleans()):
            document[key] = draw(JSON_VALUES | st.integers(min_value=-5, max_value=500))
        else:
            document.pop(key, None)
    return json.dumps(document).encode("utf-8")


@st.composite
def mutated_bytes(draw: st.DrawFn, valid: bytes) -> bytes:
    """The valid bytes cut short, or with a stretch replaced by random bytes."""
    start = draw(st.integers(min_value=0, max_value=len(valid)))
    if draw(st.booleans()):
        return valid[:start]
    return valid[:start] + draw(st.binary(min_size=1, max_size=8)) + valid[start + 1 :]


def damaged_variants(valid: bytes, keys: tuple[str, ...]) -> st.SearchStrategy[bytes]:
    """Random bytes, random JSON, and mutations of a valid file."""
    return st.one_of(
        st.binary(max_size=400),
        JSON_VALUES.map(lambda value: json.dumps(value).encode("utf-8")),
        mutated_document(json.loads(valid), keys),
        mutated_bytes(valid),
    )


def assert_damaged_bytes_kept(target: Path, damaged: bytes) -> None:
    """The damaged bytes are still at ``target`` or, moved aside, in exactly one copy."""
    copies = broken_copies(target)
    if target.exists():
        assert copies == []
        assert target.read_bytes() == damaged
    else:
        assert [copy.read_bytes() for copy in copies] == [damaged]


def check_one_variant(stored: StoredFile, home: Path, draw_damage: Any) -> None:
    """Damage ``stored``'s file in a fresh home and check what loading it does."""
    problems.clear()
    save_every_sample()
    target = stored.path()
    damaged = draw_damage(damaged_variants(target.read_bytes(), INTERESTING_KEYS[stored.label]))
    target.write_bytes(damaged)
    others_before = other_files(home, stored)

    loaded = stored.load()

    assert type(loaded) is type(stored.default)
    assert_damaged_bytes_kept(target, damaged)
    assert other_files(home, stored) == others_before
    assert all(other.load() == other.sample for other in others_than(stored))
    stored.save(loaded)
    assert stored.load() == loaded


FUZZED_FILES = (SETTINGS_FILE, FAVOURITES_FILE, WINDOW_STATE_FILE)


@pytest.mark.parametrize("stored", FUZZED_FILES, ids=lambda stored: stored.label)
@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_loading_a_damaged_file_is_always_safe(
    stored: StoredFile, tmp_path: Path, data: st.DataObject
) -> None:
    home = Path(tempfile.mkdtemp(dir=tmp_path))
    with mock.patch.dict(os.environ, {HOME_VARIABLE: str(home)}):
        check_one_variant(stored, home, data.draw)
