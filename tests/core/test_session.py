"""The session state machine on a fake clock: numbers in, events out, no sleeps."""

from __future__ import annotations

import pytest

from lumbar_coach.core.planner import WAIT_LINE, PlanSettings, plan
from lumbar_coach.core.resolve import resolve
from lumbar_coach.core.session import (WAITING, CueDue, Finished, PhaseCompleted, PhaseStarted, Session, State,
                                       StateChanged)

T0 = 1000.0


@pytest.fixture
def hamstring(catalog):
    return plan(resolve(["active-hamstring"], catalog), catalog)


def started(timeline, now=T0):
    session = Session(timeline)
    session.start(now)
    return session


def run_to(session, until, step=0.5, start=T0):
    """Tick every ``step`` seconds up to ``until``; all events in order."""
    events, now = [], start
    while now < until:
        now = min(until, now + step)
        events += session.tick(now)
    return events


def phase_kinds(events):
    return [e.phase.kind for e in events if isinstance(e, PhaseStarted)]


def test_start_enters_the_first_phase_and_says_its_cue(hamstring):
    events = Session(hamstring).start(T0)
    assert isinstance(events[0], StateChanged) and events[0].state is State.RUNNING
    assert isinstance(events[1], PhaseStarted) and events[1].phase.kind == "intro"
    assert isinstance(events[2], CueDue) and events[2].late_by == 0


def test_phases_start_on_time_whatever_the_tick_rate(hamstring):
    session = started(hamstring)
    starts = []
    now = T0
    while session.state is State.RUNNING:
        now = session.next_due(now)
        starts += [(e.phase.start, now - T0) for e in session.tick(now) if isinstance(e, PhaseStarted)]
    assert starts and all(planned == pytest.approx(actual) for planned, actual in starts)


def test_a_late_tick_reports_how_late(hamstring):
    session = Session(hamstring, clock_jump_seconds=60)
    session.start(T0)
    events = session.tick(T0 + hamstring.phases[1].start + 0.3)
    late = [e for e in events if isinstance(e, PhaseStarted)][0]
    assert late.phase.index == 1 and late.late_by == pytest.approx(0.3)


def test_pausing_for_an_hour_changes_nothing(hamstring):
    session = started(hamstring)
    session.tick(T0 + 4)
    session.pause(T0 + 4)
    assert session.tick(T0 + 3604) == []
    assert session.phase_remaining(T0 + 3604) == pytest.approx(hamstring.phases[0].duration - 4)
    session.resume(T0 + 3604)
    assert session.session_time(T0 + 3605) == pytest.approx(5)
    assert session.next_due(T0 + 3604) <= T0 + 3605


def test_remaining_time_comes_from_timestamps(hamstring):
    session = started(hamstring)
    assert session.total_remaining(T0 + 10.25) == pytest.approx(hamstring.total_seconds - 10.25)


def test_next_skips_to_the_next_phase_and_previous_goes_back(hamstring):
    session = started(hamstring)
    events = session.next(T0 + 1)
    assert phase_kinds(events) == ["prepare"] and session.index == 1
    session.tick(T0 + 1.5)
    events = session.previous(T0 + 2)
    assert phase_kinds(events) == ["intro"] and session.index == 0


def test_previous_late_in_a_phase_restarts_it(hamstring):
    session = started(hamstring)
    session.next(T0)
    session.tick(T0 + 5)
    events = session.previous(T0 + 5)
    assert phase_kinds(events) == ["prepare"] and session.phase_elapsed(T0 + 5) == 0


@pytest.mark.parametrize("kind", ["prepare", "hold", "rest", "switch"])
def test_next_and_previous_work_from_every_kind_of_phase(hamstring, kind):
    target = next(p for p in hamstring.phases if p.kind == kind)
    session = started(hamstring)
    now = T0
    while session.index < target.index:
        now += 0.1
        session.next(now)
    assert session.phase.kind == kind
    assert session.next(now)[0].phase.index == target.index + 1
    assert session.previous(now)[0].phase.index == target.index


def test_stepping_while_paused_stays_paused(hamstring):
    session = started(hamstring)
    session.pause(T0 + 1)
    session.next(T0 + 2)
    assert session.state is State.PAUSED and session.index == 1
    assert session.tick(T0 + 100) == []


def test_restart_stretch_goes_back_to_getting_into_position(hamstring):
    session = started(hamstring)
    for step in range(5):
        session.next(T0 + step)
    assert session.phase.kind in ("hold", "rest")
    events = session.restart_stretch(T0 + 6)
    assert phase_kinds(events) == ["prepare"]


def test_skip_stretch_moves_to_the_next_stretch(catalog):
    timeline = plan(resolve(["bridge", "prone"], catalog), catalog)
    session = started(timeline)
    session.next(T0)
    assert session.phase.stretch_id == "bridge-hold"
    session.skip_stretch(T0 + 1)
    assert session.phase.stretch_id == "prone-press-up" and session.phase.kind == "prepare"


def test_running_to_the_end_finishes_with_every_phase_completed(hamstring):
    session = started(hamstring)
    events = run_to(session, T0 + hamstring.total_seconds + 1)
    finished = [e for e in events if isinstance(e, Finished)]
    assert len(finished) == 1 and finished[0].completed
    assert finished[0].completed_phases == tuple(range(len(hamstring.phases)))
    assert finished[0].active_seconds == pytest.approx(hamstring.total_seconds)
    assert session.state is State.FINISHED and session.tick(T0 + 9999) == []


def test_every_cue_is_said_once_in_order(hamstring):
    session = started(hamstring)
    events = session.start(T0) + run_to(session, T0 + hamstring.total_seconds + 1, step=0.37)
    said = [e.cue.text for e in events if isinstance(e, CueDue)]
    expected = [text for phase in hamstring.phases[1:] for text in phase.say]
    assert said == expected


def test_stop_finishes_without_completing(hamstring):
    session = started(hamstring)
    run_to(session, T0 + 30)
    events = session.stop(T0 + 30)
    finished = events[-1]
    assert isinstance(finished, Finished) and not finished.completed
    assert finished.completed_phases == (0, 1) and finished.active_seconds == pytest.approx(30)


def test_skipped_phases_do_not_count_as_completed(hamstring):
    session = started(hamstring)
    session.next(T0 + 1)
    session.next(T0 + 2)
    assert session.completed_phases() == ()


def test_a_clock_jump_pauses_instead_of_racing_ahead(hamstring):
    session = started(hamstring)
    session.tick(T0 + 1)
    events = session.tick(T0 + 600)
    assert events == [StateChanged(State.PAUSED, events[0].reason)] and "asleep" in events[0].reason
    assert session.session_time(T0 + 600) == pytest.approx(1)


def test_next_due_is_never_more_than_a_heartbeat_away(hamstring):
    session = started(hamstring)
    assert session.next_due(T0) == pytest.approx(T0 + 1)
    session.pause(T0)
    assert session.next_due(T0) is None


def test_events_before_start_and_after_finish_are_ignored(hamstring):
    session = Session(hamstring)
    assert session.tick(T0) == [] and session.pause(T0) == [] and session.next(T0) == []
    session.start(T0)
    session.stop(T0)
    assert session.start(T0) == [] and session.resume(T0) == [] and session.stop(T0) == []


def test_next_from_the_last_work_phase_finishes(catalog):
    timeline = plan(resolve(["bridge"], catalog), catalog)
    session = started(timeline)
    for step in range(len(timeline.phases)):
        session.next(T0 + step)
    assert session.state is State.FINISHED


def test_each_phase_that_runs_out_reports_its_completion_before_the_next_starts(hamstring):
    session = started(hamstring)
    events = run_to(session, T0 + hamstring.total_seconds + 1)
    completed = [e.phase.index for e in events if isinstance(e, PhaseCompleted)]
    assert completed == list(range(len(hamstring.phases)))
    first = events.index(next(e for e in events if isinstance(e, PhaseCompleted)))
    assert isinstance(events[first + 1], PhaseStarted) and events[first + 1].phase.index == 1


@pytest.fixture
def waiting(catalog):
    """The hamstring stretch with the session waiting for the person after getting ready."""
    return plan(resolve(["active-hamstring"], catalog), catalog, PlanSettings(wait_for_me=True))


def test_the_session_waits_for_the_person_after_getting_ready(waiting):
    prepare = next(phase for phase in waiting.phases if phase.waits)
    session = started(waiting)
    events = run_to(session, T0 + prepare.end + 600)
    assert events[-1] == StateChanged(State.PAUSED, WAITING)
    assert [e.cue.text for e in events if isinstance(e, CueDue)][-1] == WAIT_LINE
    assert session.phase is prepare and session.session_time(T0 + prepare.end + 600) == pytest.approx(prepare.end)
    assert session.next_due(T0 + prepare.end + 600) is None


def test_carrying_on_starts_the_first_hold_at_once(waiting):
    prepare = next(phase for phase in waiting.phases if phase.waits)
    session = started(waiting)
    run_to(session, T0 + prepare.end + 600)
    now = T0 + prepare.end + 600
    session.resume(now)
    events = session.tick(now)
    assert [e.phase.kind for e in events if isinstance(e, PhaseStarted)] == ["hold"]
    assert isinstance(events[0], PhaseCompleted) and events[0].phase is prepare


def test_going_back_to_getting_ready_waits_again(waiting):
    prepare = next(phase for phase in waiting.phases if phase.waits)
    session = started(waiting)
    now = T0 + prepare.end + 1
    run_to(session, now)
    session.resume(now)
    session.tick(now)
    session.restart_stretch(now)
    assert session.phase is prepare
    events = run_to(session, now + prepare.duration + 1, start=now)
    assert events[-1] == StateChanged(State.PAUSED, WAITING)


def test_without_waiting_the_first_hold_follows_getting_ready(hamstring):
    session = started(hamstring)
    prepare = next(phase for phase in hamstring.phases if phase.kind == "prepare")
    events = run_to(session, T0 + prepare.end + 0.5)
    assert session.state is State.RUNNING and phase_kinds(events)[-1] == "hold"
