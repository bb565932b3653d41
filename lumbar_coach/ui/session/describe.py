"""What the session screen says about where the person is and what comes next (plain Python)."""

from __future__ import annotations

import math

from lumbar_coach.core.catalog import Catalog
from lumbar_coach.core.phases import Phase, Timeline
from lumbar_coach.core.words import clock


def where(phase: Phase, elapsed: float = 0.0) -> str:
    """"Hold 2 of 3 · left side", "Rep 4 of 5 · right side", "Get ready · left side"."""
    return " · ".join(part for part in (_step(phase, elapsed), phase.side_words) if part)


def _step(phase: Phase, elapsed: float) -> str:
    if phase.kind == "hold":
        return f"Hold {phase.set} of {phase.of}"
    if phase.kind == "reps" and phase.of:
        return f"Rep {current_rep(phase, elapsed)} of {phase.of}"
    if phase.kind == "rest" and phase.set:
        return f"Rest · hold {phase.set} of {phase.of} next"
    if phase.kind == "switch":
        return "Switch sides"
    return {"prepare": "Get ready", "timed": "Release", "rest": "Rest", "intro": "Before you start",
            "done": "Finished"}.get(phase.kind, "")


def current_rep(phase: Phase, elapsed: float) -> int:
    """Which rep is under way, from the time into a reps phase."""
    tempo = phase.duration / (phase.of or 1)
    return max(1, min(phase.of or 1, math.floor(elapsed / tempo) + 1 if tempo else 1))


def coming_up(timeline: Timeline, index: int, catalog: Catalog) -> str:
    """"Next: rest 5 s, then hold 3 of 3"; "Next: Bridge hold"; "" at the end."""
    phases = timeline.phases
    if index + 1 >= len(phases):
        return ""
    first = _brief(phases[index + 1], phases[index], catalog)
    if phases[index + 1].kind == "rest" and index + 2 < len(phases):
        return f"Next: {first}, then {_brief(phases[index + 2], phases[index + 1], catalog)}"
    return f"Next: {first}"


def _brief(phase: Phase, before: Phase, catalog: Catalog) -> str:
    if phase.kind == "done":
        return "the end of the session"
    if phase.stretch_id != before.stretch_id or phase.kind == "prepare":
        return catalog.get(phase.stretch_id).name if phase.stretch_id else "the next stretch"
    if phase.kind == "rest":
        return f"rest {round(phase.duration)} s"
    if phase.kind == "switch":
        return f"switch to {phase.side_words}" if phase.side_label else f"switch to the {phase.side} side"
    step = _step(phase, 0.0).lower()
    return step if phase.side == before.side or not phase.side else f"{step} · {phase.side_words}"


def counter(phase: Phase, timeline: Timeline, remaining: float) -> str:
    """"Stretch 3 of 11 · 18 min left" (or "0:45 left" under a minute)."""
    total = len(timeline.stretch_starts())
    left = f"{math.ceil(remaining / 60)} min left" if remaining >= 60 else f"{clock(remaining)} left"
    if phase.stretch_index is None:
        return left
    return f"Stretch {phase.stretch_index + 1} of {total} · {left}"


def picture_for(phase: Phase, timeline: Timeline, catalog: Catalog) -> tuple[str, bool]:
    """Which picture to show (path, mirrored): the start pose to get ready, the stretch while working."""
    shown = phase if phase.stretch_id else _nearest_stretch_phase(phase, timeline)
    if shown is None or shown.stretch_id is None:
        return "", False
    images = catalog.get(shown.stretch_id).images
    working = shown.kind in ("hold", "timed", "reps")
    return (images[-1] if working else images[0]), shown.mirrored


def _nearest_stretch_phase(phase: Phase, timeline: Timeline) -> Phase | None:
    order = timeline.phases[phase.index:] if phase.kind == "intro" else reversed(timeline.phases[: phase.index])
    return next((p for p in order if p.stretch_id), None)


def stretch_title(phase: Phase, timeline: Timeline, catalog: Catalog) -> str:
    if phase.stretch_id:
        return catalog.get(phase.stretch_id).name
    return timeline.routine.title if phase.kind == "intro" else "Well done"


def done_stretches(timeline: Timeline, completed: tuple[int, ...]) -> list[str]:
    """Ids of the stretches whose working phases were all completed, in order."""
    working = [p for p in timeline.phases if p.kind in ("hold", "timed", "reps")]
    ids = dict.fromkeys(p.stretch_id for p in working)
    finished = set(completed)
    return [sid for sid in ids if all(p.index in finished for p in working if p.stretch_id == sid)]


def started_stretches(timeline: Timeline, completed: tuple[int, ...]) -> list[str]:
    """Ids of the stretches begun but not finished."""
    done = set(done_stretches(timeline, completed))
    begun = dict.fromkeys(timeline.phases[i].stretch_id for i in completed if timeline.phases[i].stretch_id)
    return [sid for sid in begun if sid not in done]
