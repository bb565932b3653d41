"""History databases damaged in generated ways: the app opens, sets the file aside, loses nothing else."""

from __future__ import annotations

import shutil
import sqlite3

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lumbar_coach.storage import problems
from lumbar_coach.storage.favourites import load_favourites, save_favourites
from lumbar_coach.storage.history import History, history_path


def a_good_database_bytes(tmp_path) -> bytes:
    path = tmp_path / "good.sqlite3"
    store = History(path)
    for number in range(3):
        store.begin_session("full", f"Full {number}", pain_before=number)
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path.read_bytes()


@st.composite
def damaged_databases(draw, good: bytes) -> bytes:
    how = draw(st.sampled_from(["truncate", "flip", "random", "foreign"]))
    if how == "truncate":
        return good[: draw(st.integers(1, len(good) - 1))]
    if how == "flip":
        data = bytearray(good)
        for _ in range(draw(st.integers(1, 20))):
            data[draw(st.integers(0, 99))] ^= draw(st.integers(1, 255))
        return bytes(data)
    if how == "random":
        return draw(st.binary(min_size=1, max_size=4096))
    return b"SQLite format 3\x00" + draw(st.binary(min_size=84, max_size=2000))


def test_generated_damage_never_stops_the_app_or_touches_other_files(tmp_path):
    good = a_good_database_bytes(tmp_path)

    @settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))
    @given(content=damaged_databases(good))
    def check(content: bytes) -> None:
        shutil.rmtree(history_path().parent, ignore_errors=True)
        history_path().parent.mkdir(parents=True)
        save_favourites(["bridge-hold"])
        history_path().write_bytes(content)
        problems.clear()
        store = History()
        store.begin_session("release", "Release only")
        sessions = store.sessions()
        store.close()
        assert sessions and sessions[-1].routine == "release"
        kept = list(history_path().parent.glob("history.sqlite3.broken-*"))
        if kept:
            assert kept[0].read_bytes() == content and "moved to" in problems.take_all()[0]
        assert load_favourites() == ("bridge-hold",)

    check()


def test_a_database_missing_its_tables_is_set_aside(tmp_path):
    history_path().parent.mkdir(parents=True)
    other = sqlite3.connect(history_path())
    other.execute("CREATE TABLE something (x)")
    other.execute("PRAGMA user_version = 1")
    other.commit()
    other.close()
    problems.clear()
    History().close()
    assert list(history_path().parent.glob("history.sqlite3.broken-*"))


def test_a_damaged_header_is_set_aside_exactly_as_found(tmp_path):
    content = bytearray(a_good_database_bytes(tmp_path))
    content[19] = 0   # the file format's read version: not one SQLite writes
    content[32] = 1   # the free-page list said to start at the first page
    history_path().parent.mkdir(parents=True, exist_ok=True)
    history_path().write_bytes(bytes(content))
    store = History()
    store.begin_session("release", "Release only")
    store.close()
    kept = list(history_path().parent.glob("history.sqlite3.broken-*"))
    assert not kept or kept[0].read_bytes() == bytes(content)
