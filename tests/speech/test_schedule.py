"""The priority rules, with time passed as numbers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lumbar_coach.speech.priority import Priority
from lumbar_coach.speech.schedule import COUNTDOWN_TOLERANCE, STALE_AFTER, Cue, CueSchedule

COUNTDOWN, NORMAL, URGENT = Priority.COUNTDOWN, Priority.NORMAL, Priority.URGENT


def ready(_text: str) -> bool:
    return True


def never_ready(_text: str) -> bool:
    return False


def schedule_with(*cues: Cue) -> CueSchedule:
    schedule = CueSchedule()
    for cue in cues:
        schedule.add(cue)
    return schedule


def test_a_countdown_due_beyond_the_tolerance_is_dropped_not_spoken_late() -> None:
    late = Cue("Two.", COUNTDOWN, due=10.0, seq=0)
    step = schedule_with(late).step(10.0 + COUNTDOWN_TOLERANCE + 0.01, None, ready)
    assert step.start is None
    assert step.dropped == [(late, "late")]


def test_a_countdown_within_the_tolerance_starts() -> None:
    cue = Cue("Two.", COUNTDOWN, due=10.0, seq=0)
    step = schedule_with(cue).step(10.0 + COUNTDOWN_TOLERANCE - 0.01, None, ready)
    assert step.start == cue


def test_a_countdown_is_dropped_while_an_instruction_plays() -> None:
    playing = Cue("Hold, twenty seconds.", NORMAL, due=9.0, seq=0)
    countdown = Cue("Three.", COUNTDOWN, due=10.0, seq=1)
    step = schedule_with(countdown).step(10.0, playing, ready)
    assert (step.start, step.stop) == (None, False)
    assert step.dropped == [(countdown, "busy")]


def test_a_countdown_that_is_not_ready_waits_only_until_its_tolerance() -> None:
    schedule = schedule_with(Cue("One.", COUNTDOWN, due=10.0, seq=0))
    waiting = schedule.step(10.0, None, never_ready)
    assert waiting.dropped == [] and waiting.start is None
    assert 10.0 + COUNTDOWN_TOLERANCE < waiting.wake_at < 10.0 + COUNTDOWN_TOLERANCE + 0.01
    assert schedule.step(waiting.wake_at, None, ready).dropped[0][1] == "late"


def test_an_instruction_replaces_a_playing_countdown() -> None:
    playing = Cue("One.", COUNTDOWN, due=10.0, seq=0)
    instruction = Cue("And relax.", NORMAL, due=10.2, seq=1)
    step = schedule_with(instruction).step(10.2, playing, ready)
    assert step.stop and step.start == instruction


def test_an_instruction_waits_for_a_playing_instruction_then_starts() -> None:
    playing = Cue("Lean forward as far as is comfortable.", NORMAL, due=9.0, seq=0)
    waiting = Cue("Now press your heel down.", NORMAL, due=10.0, seq=1)
    schedule = schedule_with(waiting)
    assert schedule.step(10.5, playing, ready).start is None
    assert schedule.step(11.0, None, ready).start == waiting


def test_an_urgent_cue_interrupts_whatever_plays_and_supersedes_older_cues() -> None:
    playing = Cue("A long sentence about the stretch.", NORMAL, due=9.0, seq=0)
    stale = Cue("Hold, twenty seconds.", NORMAL, due=9.5, seq=1)
    urgent = Cue("Switch sides: right leg in front.", URGENT, due=10.0, seq=2)
    step = schedule_with(stale, urgent).step(10.0, playing, ready)
    assert step.stop and step.start == urgent
    assert step.dropped == [(stale, "superseded")]


def test_an_urgent_cue_stops_stale_speech_even_before_it_is_ready() -> None:
    playing = Cue("A long sentence.", NORMAL, due=9.0, seq=0)
    schedule = schedule_with(Cue("Switch sides.", URGENT, due=10.0, seq=1))
    step = schedule.step(10.0, playing, never_ready)
    assert step.stop and step.start is None
    assert schedule.step(10.02, None, ready).start.text == "Switch sides."


def test_an_urgent_cue_due_later_leaves_the_present_alone() -> None:
    playing = Cue("Hold.", NORMAL, due=9.0, seq=0)
    schedule = schedule_with(Cue("Switch sides.", URGENT, due=12.0, seq=1))
    step = schedule.step(10.0, playing, ready)
    assert (step.stop, step.start, step.wake_at) == (False, None, 12.0)


def test_a_cue_due_after_an_urgent_one_survives_it() -> None:
    urgent = Cue("Switch sides.", URGENT, due=10.0, seq=0)
    later = Cue("Right leg in front.", NORMAL, due=10.5, seq=1)
    schedule = schedule_with(urgent, later)
    assert schedule.step(10.0, None, ready).start == urgent
    assert schedule.step(11.0, None, ready).start == later


def test_an_instruction_waiting_too_long_is_dropped_as_stale() -> None:
    playing = Cue("A very long explanation.", NORMAL, due=0.0, seq=0)
    waiting = Cue("Next up: bridge hold.", NORMAL, due=1.0, seq=1)
    step = schedule_with(waiting).step(1.0 + STALE_AFTER + 0.01, playing, ready)
    assert step.dropped == [(waiting, "late")]


def test_instructions_keep_their_order_even_if_a_later_one_is_ready_first() -> None:
    first = Cue("First.", NORMAL, due=10.0, seq=0)
    second = Cue("Second.", NORMAL, due=10.0, seq=1)
    schedule = schedule_with(second, first)
    assert schedule.step(10.0, None, lambda text: text == "Second.").start is None
    assert schedule.step(10.1, None, ready).start == first


cue_specs = st.lists(
    st.tuples(st.sampled_from(list(Priority)), st.floats(0, 20), st.booleans()),
    min_size=1,
    max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(cue_specs, st.lists(st.floats(0.001, 1.5), min_size=1, max_size=40))
def test_every_cue_is_started_dropped_or_waiting_and_no_countdown_starts_late(specs, gaps) -> None:
    cues = [Cue(f"cue {i}", priority, due, i) for i, (priority, due, _) in enumerate(specs)]
    readiness = {cue.text: ok for cue, (_, _, ok) in zip(cues, specs)}
    schedule, playing, now, seen = schedule_with(*cues), None, 0.0, []
    for gap in gaps:
        now += gap
        playing = None if gap > 1.0 else playing
        step = schedule.step(now, playing, lambda text: readiness[text])
        seen += [cue for cue, _ in step.dropped]
        if step.start is not None:
            assert step.start.due <= now
            assert step.start.priority is not COUNTDOWN or now - step.start.due <= COUNTDOWN_TOLERANCE
            assert step.start.priority is not COUNTDOWN or playing is None or step.stop
            seen.append(step.start)
        playing = step.start or (None if step.stop else playing)
    assert sorted(cue.seq for cue in seen + schedule.pending) == list(range(len(cues)))
