"""The planner: totals, side order, mirroring, the painful side, and words that fit their time."""

from __future__ import annotations

import pytest

from lumbar_coach.core import words
from lumbar_coach.core.errors import NeedsPainfulSide, PlanError
from lumbar_coach.core.phases import Cue
from lumbar_coach.core.planner import WAIT_LINE, PlanSettings, plan
from lumbar_coach.core.resolve import resolve
from lumbar_coach.core.routines import Routine, RoutineItem, full_routine, release_routine

LEFT_PAIN = PlanSettings(painful_side="left")


def phases_of(timeline, stretch_id, kind=None):
    return [p for p in timeline.phases if p.stretch_id == stretch_id and (kind is None or p.kind == kind)]


def test_the_full_routine_holds_1160_seconds_plus_the_reps(catalog):
    timeline = plan(full_routine(catalog), catalog, LEFT_PAIN)
    assert timeline.hold_seconds() == 1160
    reps = [p for p in timeline.phases if p.kind == "reps"]
    assert [(p.side, p.of) for p in reps] == [("left", 5), ("right", 5)]
    assert sum(p.duration for p in reps) == 2 * 5 * LEFT_PAIN.rep_tempo_seconds


def test_phases_are_back_to_back_from_zero(catalog):
    timeline = plan(full_routine(catalog), catalog, LEFT_PAIN)
    assert timeline.phases[0].start == 0 and timeline.phases[0].kind == "intro"
    for before, after in zip(timeline.phases, timeline.phases[1:]):
        assert after.start == pytest.approx(before.end)
    assert timeline.phases[-1].kind == "done"
    assert timeline.total_seconds == timeline.phases[-1].end


def test_stretches_come_in_the_routines_order(catalog):
    timeline = plan(full_routine(catalog), catalog, LEFT_PAIN)
    order = []
    for phase in timeline.phases:
        if phase.stretch_id and phase.stretch_id not in order:
            order.append(phase.stretch_id)
    assert order == list(catalog.ids())


@pytest.mark.parametrize("stretch_id, sides", [
    ("ql-oblique-release", ["left", "right"]), ("glute-release", ["left", "right"]),
    ("active-hamstring", ["left"] * 3 + ["right"] * 3), ("active-adductor", ["right"] * 3 + ["left"] * 3),
    ("ninety-ninety", ["right"] * 3 + ["left"] * 3), ("prone-press-up", [None] * 10),
])
def test_sides_come_in_the_articles_order(catalog, stretch_id, sides):
    timeline = plan(resolve([stretch_id], catalog), catalog)
    work = [p for p in phases_of(timeline, stretch_id) if p.kind in ("hold", "timed")]
    assert [p.side for p in work] == sides


def test_hold_numbers_count_up_on_each_side(catalog):
    timeline = plan(resolve(["active-hamstring"], catalog), catalog)
    holds = phases_of(timeline, "active-hamstring", "hold")
    assert [(p.set, p.of) for p in holds] == [(1, 3), (2, 3), (3, 3)] * 2
    assert all(p.duration == 20 for p in holds)


def test_screens_name_the_side_in_the_stretchs_own_words(catalog):
    timeline = plan(resolve(["active-hip-flexor", "active-hamstring", "bridge"], catalog), catalog)
    named = {(p.stretch_id, p.side_words) for p in timeline.phases if p.kind == "hold"}
    assert named == {("active-hip-flexor", "left foot forward"), ("active-hip-flexor", "right foot forward"),
                     ("active-hamstring", "left side"), ("active-hamstring", "right side"), ("bridge-hold", "")}


def test_the_second_side_is_said_mirrored(catalog):
    timeline = plan(resolve(["active-hamstring"], catalog), catalog)
    holds = phases_of(timeline, "active-hamstring", "hold")
    assert "left heel" in holds[0].say[0] and "right heel" in holds[-1].say[0]
    switch = phases_of(timeline, "active-hamstring", "switch")[0]
    assert switch.side == "right" and "Switch sides" in switch.say[0] and "Right leg out in front" in switch.say[0]
    assert not holds[0].mirrored and holds[-1].mirrored


def test_the_adductor_starts_on_the_right_and_mirrors_to_the_left(catalog):
    timeline = plan(resolve(["active-adductor"], catalog), catalog)
    holds = phases_of(timeline, "active-adductor", "hold")
    assert "right heel" in holds[0].say[0] and "left heel" in holds[-1].say[0]
    assert not holds[0].mirrored and holds[-1].mirrored


@pytest.mark.parametrize("painful, toward, mirrored", [("left", "right", False), ("right", "left", True)])
def test_the_side_bend_goes_away_from_the_painful_side(catalog, painful, toward, mirrored):
    timeline = plan(resolve(["side-bend"], catalog), catalog, PlanSettings(painful_side=painful))
    holds = phases_of(timeline, "side-bend-hold", "hold")
    assert len(holds) == 10 and all(p.duration == 5 for p in holds)
    assert holds[0].say[0] == f"Bend {toward} and reach."
    assert all(p.side == toward and p.mirrored is mirrored for p in holds)
    prepare = phases_of(timeline, "side-bend-hold", "prepare")[0]
    assert f"bend to your {toward}, away from your sore side" in prepare.say[0]


def test_the_side_bend_is_never_planned_on_a_guess(catalog):
    with pytest.raises(NeedsPainfulSide):
        plan(full_routine(catalog), catalog, PlanSettings())


def test_pain_on_both_sides_lets_the_person_choose(catalog):
    timeline = plan(resolve(["side-bend"], catalog), catalog, PlanSettings(painful_side="both"))
    prepare = phases_of(timeline, "side-bend-hold", "prepare")[0]
    assert "whichever side feels easier" in prepare.say[0]
    assert all("{" not in text for p in timeline.phases for text in p.say)


def test_reps_are_paced_and_counted_aloud(catalog):
    timeline = plan(resolve(["hip-activation"], catalog), catalog, PlanSettings(rep_tempo_seconds=6))
    reps = phases_of(timeline, "hip-activation", "reps")[0]
    assert reps.duration == 30
    assert [c.offset for c in reps.cues] == [0, 6, 12, 18, 24]
    assert [c.text for c in reps.cues] == ["Five reps. One.", "Two.", "Three.", "Four.", "Last one."]


def test_how_to_move_is_said_while_getting_ready_so_one_starts_the_first_rep(catalog):
    timeline = plan(resolve(["hip-activation"], catalog), catalog)
    prepare, switch = phases_of(timeline, "hip-activation", "prepare")[0], phases_of(timeline, "hip-activation", "switch")[0]
    assert prepare.say[0].endswith("Draw a big, slow circle with your left knee, one way, then back the other way.")
    assert prepare.instruction.endswith("Draw a big, slow circle with your left knee, one way, then back the other way.")
    assert switch.say[0].endswith("Draw a big, slow circle with your right knee, one way, then back the other way.")
    assert all("circle" not in phase.say[0] for phase in phases_of(timeline, "hip-activation", "reps"))


@pytest.mark.parametrize("words_per_minute", [80, 160, 300])
def test_the_time_to_get_ready_and_switch_comes_after_the_words(catalog, words_per_minute):
    settings = PlanSettings(painful_side="left", get_ready_seconds=7, switch_seconds=5, words_per_minute=words_per_minute)
    for phase in plan(full_routine(catalog), catalog, settings).phases:
        if phase.kind in ("prepare", "switch"):
            pause = settings.get_ready_seconds if phase.kind == "prepare" else settings.switch_seconds
            left_after_words = phase.duration - words.speaking_seconds(phase.say[0], words_per_minute)
            assert pause <= left_after_words < pause + 1, (phase.index, phase.say[0])


def test_a_short_hold_counts_only_what_fits_after_its_opening_words(catalog):
    timeline = plan(full_routine(catalog), catalog, LEFT_PAIN)
    for phase in (p for p in timeline.phases if p.kind == "hold"):
        opening, *counts = phase.cues
        words_end = words.speaking_seconds(opening.text) + 0.3
        assert [c.text for c in counts] == ["Three.", "Two.", "One."][3 - len(counts):]
        assert all(c.offset >= words_end for c in counts)
        assert len(counts) == 3 or phase.duration - (len(counts) + 1) < words_end
    bridge_counts = {tuple(c.text for c in p.cues[1:]) for p in phases_of(timeline, "bridge-hold", "hold")}
    assert bridge_counts == {("Two.", "One.")}


@pytest.mark.parametrize("names", [["full"], ["release"], ["bridge"], ["hip-activation", "glute"]])
def test_the_intro_says_the_length_the_whole_plan_has(catalog, names):
    timeline = plan(resolve(names, catalog), catalog, LEFT_PAIN)
    minutes = max(1, round(timeline.total_seconds / 60))
    assert f"About {words.number(minutes)} minute" in timeline.phases[0].say[0]


def test_timed_release_has_a_halfway_line_and_a_countdown(catalog):
    timed = phases_of(plan(resolve(["glute"], catalog), catalog), "glute-release", "timed")[0]
    assert timed.duration == 120
    assert [(c.offset, c.text) for c in timed.cues[1:]] == [(60, "One minute to go."), (117, "Three."), (118, "Two."), (119, "One.")]


def test_the_last_rest_names_the_next_stretch(catalog):
    timeline = plan(full_routine(catalog), catalog, LEFT_PAIN)
    last_bridge_rest = phases_of(timeline, "bridge-hold", "rest")[-1]
    assert last_bridge_rest.say[0].endswith("Next up: 90-90 stretch.")


def test_rests_say_which_hold_comes_and_the_last_one(catalog):
    rests = phases_of(plan(resolve(["bridge"], catalog), catalog), "bridge-hold", "rest")
    assert rests[0].say[0] == "Lower slowly. Next, hold two of ten."
    assert rests[-1].say[0] == "Lower slowly. Last one."


def test_the_session_opens_with_the_safety_line_and_closes_with_the_warning(catalog):
    timeline = plan(release_routine(catalog), catalog)
    assert "never into pain" in timeline.phases[0].say[0]
    closing = timeline.phases[-1].say[0]
    assert "numbness, tingling or burning" in closing and "healthcare provider" in closing
    assert closing.endswith("score how your back feels now, from zero to ten, on the screen.")


def test_full_verbosity_reads_every_step(catalog):
    short = plan(resolve(["bridge"], catalog), catalog)
    full = plan(resolve(["bridge"], catalog), catalog, PlanSettings(verbosity="full"))
    stretch = catalog.get("bridge-hold")
    assert all(step in full.phases[1].say[0] for step in stretch.steps)
    assert full.phases[1].duration > short.phases[1].duration


def test_every_line_fits_before_the_next_one(catalog):
    for verbosity in ("short", "full"):
        timeline = plan(full_routine(catalog), catalog, PlanSettings(painful_side="right", verbosity=verbosity))
        for phase in timeline.phases[:-1]:
            bounds = [c.offset for c in phase.cues[1:]] + [phase.duration]
            for cue, bound in zip(phase.cues, bounds):
                assert words.speaking_seconds(cue.text) <= bound - cue.offset, (phase.index, cue.text)


def test_dose_overrides_change_the_timeline(catalog):
    routine = Routine("mine", "Mine", (RoutineItem("active-hamstring", {"sets": 2, "hold_seconds": 30}),))
    holds = [p for p in plan(routine, catalog).phases if p.kind == "hold"]
    assert [(p.set, p.of, p.duration) for p in holds] == [(1, 2, 30), (2, 2, 30)] * 2


def test_settings_shape_the_timeline(catalog):
    usual = plan(resolve(["bridge"], catalog), catalog)
    slow = plan(resolve(["bridge"], catalog), catalog, PlanSettings(rest_seconds=12, get_ready_seconds=30))
    rests = [p for p in slow.phases if p.kind == "rest"]
    assert all(p.duration == 12 for p in rests)
    assert slow.phases[1].duration - usual.phases[1].duration == 30 - PlanSettings().get_ready_seconds


@pytest.mark.parametrize("changes", [{"rest_seconds": 0}, {"get_ready_seconds": 99}, {"painful_side": "middle"}, {"verbosity": "loud"}, {"rep_tempo_seconds": 2.5}])
def test_bad_settings_are_refused(changes):
    with pytest.raises(PlanError):
        PlanSettings(**changes)


def test_planning_is_pure(catalog):
    assert plan(full_routine(catalog), catalog, LEFT_PAIN) == plan(full_routine(catalog), catalog, LEFT_PAIN)


def test_a_slower_voice_gets_longer_phases_to_finish_its_words(catalog):
    usual = plan(resolve(["active-hamstring"], catalog), catalog)
    slow = plan(resolve(["active-hamstring"], catalog), catalog, PlanSettings(words_per_minute=80))
    prepare = 1
    assert slow.phases[prepare].duration > usual.phases[prepare].duration
    for phase in slow.phases[:-1]:
        if phase.kind in ("intro", "prepare", "switch", "rest"):
            assert words.speaking_seconds(phase.say[0], 80) <= phase.duration


def test_waiting_for_the_person_comes_after_getting_ready_for_each_stretch(catalog):
    timeline = plan(full_routine(catalog), catalog, PlanSettings(painful_side="left", wait_for_me=True))
    waiting = [phase for phase in timeline.phases if phase.waits]
    assert [phase.kind for phase in waiting] == ["prepare"] * len(timeline.routine.items)
    assert all(phase.cues[-1] == Cue(phase.duration, WAIT_LINE, "announce") for phase in waiting)
    assert not any(phase.waits for phase in plan(full_routine(catalog), catalog, PlanSettings(painful_side="left")).phases)


def test_waiting_changes_no_timing(catalog):
    routine = full_routine(catalog)
    waits, plain = (plan(routine, catalog, PlanSettings(painful_side="left", wait_for_me=on)) for on in (True, False))
    assert [(p.kind, p.start, p.duration) for p in waits.phases] == [(p.kind, p.start, p.duration) for p in plain.phases]


def test_wait_for_me_must_be_true_or_false():
    with pytest.raises(PlanError, match="wait for me"):
        PlanSettings(wait_for_me="yes")
