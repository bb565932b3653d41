"""The history database: what it records, migrations, damage, and surviving a killed session."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta

import pytest

from lumbar_coach.core.planner import plan
from lumbar_coach.core.resolve import resolve
from lumbar_coach.core.session import PhaseCompleted, Session
from lumbar_coach.storage import problems
from lumbar_coach.storage.history import SCHEMA_VERSION, History, history_path
from lumbar_coach.storage.session_recorder import SessionRecorder


@pytest.fixture
def history():
    problems.clear()
    store = History()
    yield store
    store.close()


def run_through(timeline, recorder, until=None):
    session = Session(timeline, clock_jump_seconds=1e9)
    session.start(0.0)
    end = timeline.total_seconds + 1 if until is None else until
    events = session.tick(end)
    for event in events:
        if isinstance(event, PhaseCompleted):
            recorder.phase_completed(event.phase)
    return session


def test_a_new_database_has_the_current_schema(history):
    assert history.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert history_path().is_file() and history.sessions() == []


def test_a_completed_session_lists_its_stretches_and_pain(history, catalog):
    timeline = plan(resolve(["release"], catalog), catalog)
    recorder = SessionRecorder(history, timeline)
    session_id = recorder.begin(pain_before=6)
    run_through(timeline, recorder)
    recorder.finished(True, timeline.total_seconds)
    recorder.pain_after(3)
    [record] = history.sessions()
    assert record.id == session_id and record.routine == "release" and record.completed
    assert record.stretches == ("ql-oblique-release", "glute-release")
    assert (record.pain_before, record.pain_after) == (6, 3)
    assert record.seconds == pytest.approx(timeline.total_seconds)


def test_each_hold_side_and_stretch_is_written(history, catalog):
    timeline = plan(resolve(["active-hamstring"], catalog), catalog)
    recorder = SessionRecorder(history, timeline)
    recorder.begin()
    run_through(timeline, recorder)
    rows = history.connection.execute("SELECT side, number, finished_side, finished_stretch FROM work ORDER BY id").fetchall()
    assert rows == [("left", 1, 0, 0), ("left", 2, 0, 0), ("left", 3, 1, 0),
                    ("right", 1, 0, 0), ("right", 2, 0, 0), ("right", 3, 1, 1)]


def test_a_session_stopped_part_way_keeps_what_it_finished(history, catalog):
    timeline = plan(resolve(["active-hamstring", "bridge"], catalog), catalog)
    recorder = SessionRecorder(history, timeline)
    recorder.begin()
    bridge_start = next(p.start for p in timeline.phases if p.stretch_id == "bridge-hold")
    run_through(timeline, recorder, until=bridge_start + 20)
    recorder.finished(False, bridge_start + 20)
    [record] = history.sessions()
    assert record.stretches == ("active-hamstring",) and not record.completed


def test_hurts_are_kept_with_stretch_and_side(history, catalog):
    timeline = plan(resolve(["active-hamstring"], catalog), catalog)
    recorder = SessionRecorder(history, timeline)
    recorder.begin()
    recorder.hurt(timeline.phases[3])
    assert history.hurts_since(datetime.now() - timedelta(days=7)) == [("active-hamstring", "left")]


def test_out_of_range_pain_is_refused(history):
    session_id = history.begin_session("full", "Full routine")
    with pytest.raises(sqlite3.IntegrityError):
        history.set_pain(session_id, after=11)


@pytest.mark.parametrize("damage", [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 5000])
def test_a_damaged_database_is_set_aside_with_a_message(damage):
    problems.clear()
    path = history_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(damage)
    store = History()
    assert store.sessions() == []
    kept = list(path.parent.glob("history.sqlite3.broken-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == damage
    [message] = problems.take_all()
    assert "practice history could not be read" in message and kept[0].name in message
    store.close()


def test_a_database_from_a_newer_app_is_set_aside_not_changed():
    problems.clear()
    path = history_path()
    path.parent.mkdir(parents=True)
    newer = sqlite3.connect(path)
    newer.execute("PRAGMA user_version = 99")
    newer.close()
    History().close()
    assert "newer version" in problems.take_all()[0]
    kept = next(path.parent.glob("history.sqlite3.broken-*"))
    assert sqlite3.connect(kept).execute("PRAGMA user_version").fetchone()[0] == 99


def test_a_history_that_cannot_be_opened_or_moved_still_lets_the_session_run(monkeypatch, tmp_path):
    problems.clear()
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    store = History(blocked / "history.sqlite3")
    store.begin_session("full", "Full routine")
    assert len(store.sessions()) == 1 and "will not be saved" in problems.take_all()[0]


@pytest.mark.slow
def test_a_killed_session_keeps_everything_it_finished():
    command = [sys.executable, "-m", "lumbar_coach", "run", "bridge", "--no-gui", "--speed", "20", "--json", "--mute"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
    holds_started = 0
    for line in process.stdout:
        event = json.loads(line)
        holds_started += event["event"] == "phase" and event["kind"] == "hold"
        if holds_started == 4:
            break
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    time.sleep(0.05)
    store = History()
    [record] = store.sessions()
    work = store.connection.execute("SELECT number FROM work WHERE session_id = ?", (record.id,)).fetchall()
    store.close()
    assert [row[0] for row in work] == [1, 2, 3] and not record.completed


def test_a_stretch_that_hurt_twice_in_a_week_is_sore(history):
    from lumbar_coach.storage.history import sore_stretches
    session_id = history.begin_session("full", "Full routine")
    history.record_hurt(session_id, "bridge-hold", None)
    history.record_hurt(session_id, "active-hamstring", "left")
    assert sore_stretches(history) == set()
    history.record_hurt(session_id, "bridge-hold", None)
    assert sore_stretches(history) == {"bridge-hold"}
    assert sore_stretches(history, datetime.now() + timedelta(days=8)) == set()


def test_a_history_that_fails_mid_session_never_stops_it(history, catalog):
    timeline = plan(resolve(["active-hamstring"], catalog), catalog)
    recorder = SessionRecorder(history, timeline)
    recorder.begin()
    history.connection.close()
    problems.clear()
    run_through(timeline, recorder)
    recorder.finished(True, timeline.total_seconds)
    assert recorder.failed
    [message] = problems.take_all()
    assert "could not be saved to your history" in message and "goes on" in message
