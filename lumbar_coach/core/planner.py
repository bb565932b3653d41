"""Routine + settings -> an exact timeline of phases, with the words to say in each.

A pure function: the same routine and settings always give the same timeline.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from lumbar_coach.core.catalog import Catalog, Dose, Stretch
from lumbar_coach.core.errors import NeedsPainfulSide, PlanError
from lumbar_coach.core.phases import Cue, Phase, Timeline
from lumbar_coach.core.routines import Routine, effective_dose
from lumbar_coach.core.sides import bend_direction, fill_bend, for_side, mirror
from lumbar_coach.core import words

# The side bend's pictures bend towards this side; the other way is shown mirrored.
BEND_DRAWN_TOWARD = "right"
SAFETY_LINE = "Move slowly and with control, never into pain, and make the movement smaller whenever you need to."
WAIT_LINE = "Take your time. Carry on when you're ready."
CLOSING_LINE = ("That's the routine done. Some muscle soreness later is normal. "
                "More pain, or numbness, tingling or burning, today or tomorrow, means stop and see a healthcare provider.")
PAIN_AFTER_LINE = "When you're up, you can score how your back feels now, from zero to ten, on the screen."
BOUNDS = {"get_ready_seconds": (3, 30), "rest_seconds": (2, 30), "switch_seconds": (3, 30), "rep_tempo_seconds": (3, 20),
          "words_per_minute": (80, 300)}


@dataclass(frozen=True)
class PlanSettings:
    """What the person has chosen that shapes the timeline."""

    get_ready_seconds: int = 8
    rest_seconds: int = 5
    switch_seconds: int = 8
    rep_tempo_seconds: int = 8
    painful_side: str | None = None
    verbosity: str = "short"
    words_per_minute: int = words.WORDS_PER_MINUTE
    wait_for_me: bool = False   # before each stretch's first hold, wait until the person carries on

    def __post_init__(self) -> None:
        for name, (low, high) in BOUNDS.items():
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                raise PlanError(f"{name.replace('_', ' ')} must be a whole number from {low} to {high}, not {value!r}")
        if self.painful_side not in (None, "left", "right", "both", "unsure"):
            raise PlanError(f"painful side must be left, right, both or unsure, not {self.painful_side!r}")
        if self.verbosity not in ("short", "full"):
            raise PlanError(f"verbosity must be short or full, not {self.verbosity!r}")
        if not isinstance(self.wait_for_me, bool):
            raise PlanError(f"wait for me must be true or false, not {self.wait_for_me!r}")


def plan(routine: Routine, catalog: Catalog, settings: PlanSettings = PlanSettings()) -> Timeline:
    """The timeline a person follows for ``routine``."""
    builder = _TimelineBuilder(catalog, settings)
    stretches = [catalog.get(item.stretch_id) for item in routine.items]
    _require_painful_side(stretches, settings)
    builder.intro(routine, _estimate_minutes(routine, stretches, catalog, settings))
    _add_stretches(builder, routine, stretches)
    builder.done()
    return builder.timeline(routine)


def _add_stretches(builder: _TimelineBuilder, routine: Routine, stretches: list[Stretch]) -> None:
    for position, (stretch, item) in enumerate(zip(stretches, routine.items)):
        upcoming = stretches[position + 1] if position + 1 < len(stretches) else None
        builder.stretch(stretch, effective_dose(stretch, item), position, upcoming)


def _require_painful_side(stretches: list[Stretch], settings: PlanSettings) -> None:
    bends = [s for s in stretches if s.dose.bend_away_from_painful_side]
    if bends and settings.painful_side is None:
        raise NeedsPainfulSide(f"{bends[0].name} bends away from the painful side: say which side hurts "
                               "(left, right, both or unsure) before starting")


def _estimate_minutes(routine: Routine, stretches: list[Stretch], catalog: Catalog, settings: PlanSettings) -> int:
    """The whole plan's length in whole minutes, the intro that says it included."""
    body = _TimelineBuilder(catalog, settings)
    _add_stretches(body, routine, stretches)
    minutes = max(1, round(body.clock / 60))
    for _ in range(2):   # the intro's own length can move the total across a minute, once
        minutes = max(1, round((body.clock + body.spoken_length(_intro_text(routine, minutes), 3)) / 60))
    return minutes


def _intro_text(routine: Routine, minutes: int) -> str:
    return f"{routine.title}. About {words.number(minutes)} minutes. {SAFETY_LINE}"


class _TimelineBuilder:
    """Appends phases one after another, keeping the running start time."""

    def __init__(self, catalog: Catalog, settings: PlanSettings) -> None:
        self.catalog = catalog
        self.settings = settings
        self.phases: list[Phase] = []
        self.clock = 0.0
        self.last_release = ""

    def add(self, kind: str, duration: float, cues: list[Cue], instruction: str, **where: object) -> None:
        phase = Phase(index=len(self.phases), kind=kind, start=self.clock, duration=float(duration),
                      cues=tuple(cues), instruction=instruction, **where)
        self.phases.append(phase)
        self.clock += phase.duration

    def speaking(self, text: str) -> float:
        return words.speaking_seconds(text, self.settings.words_per_minute)

    def spoken_length(self, text: str, least: float) -> float:
        """A phase long enough to say ``text`` with a breath after it, and at least ``least``."""
        return float(max(least, round(self.speaking(text) + 1.5)))

    def then_time(self, text: str, seconds: int) -> float:
        """A phase that says ``text`` and then leaves ``seconds`` to act on it."""
        return float(math.ceil(self.speaking(text)) + seconds)

    def intro(self, routine: Routine, minutes: int) -> None:
        text = _intro_text(routine, minutes)
        self.add("intro", self.spoken_length(text, 3), [Cue(0, text, "announce")], SAFETY_LINE)

    def done(self) -> None:
        text = f"{self.last_release} {CLOSING_LINE} {PAIN_AFTER_LINE}".strip()
        self.add("done", 0, [Cue(0, text, "announce")], CLOSING_LINE)

    def timeline(self, routine: Routine) -> Timeline:
        return Timeline(routine=routine, phases=tuple(self.phases))

    def stretch(self, stretch: Stretch, dose: Dose, position: int, upcoming: Stretch | None) -> None:
        texts = _StretchWords(stretch, self.settings)
        for side_number, side in enumerate(self._sides(stretch, dose)):
            where = dict(stretch_id=stretch.id, stretch_index=position, side=side, mirrored=_mirrored(stretch, side),
                         side_label=texts.side_label(side))
            if side_number == 0:
                self._prepare(texts, side, where)
            else:
                self._switch(texts, side, where)
            last_side = side_number == len(dose.sides) - 1
            self._body(texts, dose, side, where, last_side)
        self._after_stretch(texts, upcoming, position)

    def _sides(self, stretch: Stretch, dose: Dose) -> tuple[str | None, ...]:
        if dose.bend_away_from_painful_side:
            return (bend_direction(self.settings.painful_side or "unsure"),)
        return dose.sides

    def _prepare(self, texts: _StretchWords, side: str | None, where: dict) -> None:
        """Getting into position; with ``wait_for_me`` the session then waits until the person carries on."""
        text = texts.introduction(side) + texts.movement(side)
        length = self.then_time(text, self.settings.get_ready_seconds)
        cues = [Cue(0, text, "announce")]
        if self.settings.wait_for_me:
            cues.append(Cue(length, WAIT_LINE, "announce"))
        self.add("prepare", length, cues, texts.setup(side) + texts.movement(side), waits=self.settings.wait_for_me,
                 **where)

    def _switch(self, texts: _StretchWords, side: str | None, where: dict) -> None:
        line = texts.switch(side)
        text = f"{texts.release(side)} Switch sides. {line}{texts.movement(side)}"
        self.add("switch", self.then_time(text, self.settings.switch_seconds), [Cue(0, text, "announce")],
                 line + texts.movement(side), **where)

    def _body(self, texts: _StretchWords, dose: Dose, side: str | None, where: dict, last_side: bool) -> None:
        if dose.kind == "timed":
            self._timed(texts, dose, side, where)
        elif dose.kind == "holds":
            self._holds(texts, dose, side, where, last_side)
        else:
            self._reps(texts, dose, side, where)

    def _timed(self, texts: _StretchWords, dose: Dose, side: str | None, where: dict) -> None:
        length = dose.duration_seconds or 0
        text = f"{texts.contract(side)} {words.duration(length).capitalize()}."
        cues = [Cue(0, text, "announce")]
        if length >= 60:
            cues.append(Cue(length / 2, f"{words.duration(length // 2).capitalize()} to go.", "info"))
        cues += _countdown(length, after=self.speaking(text))
        self.add("timed", length, cues, texts.contract(side), set=None, of=None, **where)

    def _holds(self, texts: _StretchWords, dose: Dose, side: str | None, where: dict, last_side: bool) -> None:
        sets, length = dose.sets or 1, dose.hold_seconds or 1
        for number in range(1, sets + 1):
            text = texts.contract(side) + (" Hold, " + words.duration(length) + "." if length >= 10 else "")
            cues = [Cue(0, text, "announce"), *_countdown(length, after=self.speaking(text))]
            self.add("hold", length, cues, texts.contract(side), set=number, of=sets, **where)
            if number < sets:
                self._rest_between(texts, side, number + 1, sets, dose.per_side, where)

    def _rest_between(self, texts: _StretchWords, side: str | None, coming: int, sets: int, per_side: bool, where: dict) -> None:
        if coming == sets:
            upcoming = "Last one on this side." if per_side else "Last one."
        else:
            upcoming = f"Next, hold {words.number(coming)} of {words.number(sets)}."
        text = f"{texts.release(side)} {upcoming}"
        self.add("rest", self.spoken_length(text, self.settings.rest_seconds), [Cue(0, text, "announce")],
                 texts.release(side), set=coming, of=sets, **where)

    def _reps(self, texts: _StretchWords, dose: Dose, side: str | None, where: dict) -> None:
        reps, tempo = dose.reps or 1, self.settings.rep_tempo_seconds
        cues = [Cue(0, f"{words.number(reps).capitalize()} reps. One.", "announce")]
        for rep in range(2, reps + 1):
            cues.append(Cue((rep - 1) * tempo, "Last one." if rep == reps else f"{words.number(rep).capitalize()}.", "count"))
        self.add("reps", reps * tempo, cues, texts.contract(side), set=None, of=reps, **where)

    def _after_stretch(self, texts: _StretchWords, upcoming: Stretch | None, position: int) -> None:
        if upcoming is None:
            self.last_release = texts.release(None)
            return
        text = f"{texts.release(None)} Next up: {upcoming.short_name.lower()}."
        self.add("rest", self.spoken_length(text, self.settings.rest_seconds), [Cue(0, text, "announce")],
                 f"Next: {upcoming.name}", stretch_id=texts.stretch.id, stretch_index=position, side=None, mirrored=False)


COUNT_GAP = 0.3  # quiet between the phase's opening words and its first count


def _countdown(length: float, after: float) -> list[Cue]:
    """Three, two, one over the last seconds of a phase of five seconds or more.

    Counts that would start before the opening words (``after`` seconds) are done
    are left out, so a short hold always hears the same "Two. One." rather than a
    "Three." that is dropped or cut.
    """
    if length < 5:
        return []
    return [Cue(length - n, f"{words.number(n).capitalize()}.", "count") for n in (3, 2, 1)
            if length - n >= after + COUNT_GAP]


def _mirrored(stretch: Stretch, side: str | None) -> bool:
    if side is None:
        return False
    if stretch.dose.bend_away_from_painful_side:
        return side != BEND_DRAWN_TOWARD
    return side != stretch.dose.first_side


class _StretchWords:
    """The words of one stretch, said for a given side."""

    def __init__(self, stretch: Stretch, settings: PlanSettings) -> None:
        self.stretch = stretch
        self.settings = settings

    def _said(self, text: str, side: str | None) -> str:
        dose = self.stretch.dose
        if dose.bend_away_from_painful_side:
            return fill_bend(text, self.settings.painful_side or "unsure")
        return for_side(text, dose.first_side, side)

    def setup(self, side: str | None) -> str:
        return self._said(self.stretch.cues.prepare, side)

    def introduction(self, side: str | None) -> str:
        if self.settings.verbosity == "full":
            body = " ".join(self._said(step, side) for step in self.stretch.steps)
        else:
            body = self.setup(side)
        return f"{self.stretch.name}. {body}{self._bend_note()}"

    def _bend_note(self) -> str:
        if not self.stretch.dose.bend_away_from_painful_side:
            return ""
        toward = bend_direction(self.settings.painful_side or "unsure")
        if toward is None:
            return " Bend towards whichever side feels easier."
        return f" You will bend to your {toward}, away from your sore side."

    def contract(self, side: str | None) -> str:
        return self._said(self.stretch.cues.contract, side)

    def side_label(self, side: str | None) -> str | None:
        return self._said(self.stretch.cues.side, side) if self.stretch.cues.side and side else None

    def movement(self, side: str | None) -> str:
        """For repetitions, how to move, said while getting ready so the count can start on the first one."""
        return f" {self.contract(side)}" if self.stretch.dose.kind == "reps" else ""

    def release(self, side: str | None) -> str:
        return self._said(self.stretch.cues.release, side)

    def switch(self, side: str | None) -> str:
        """The set-up line for the new side: the first side's words, mirrored."""
        return mirror(self.stretch.cues.switch) if side != self.stretch.dose.first_side else self.stretch.cues.switch
