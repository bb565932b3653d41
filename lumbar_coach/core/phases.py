"""What a timeline is made of: phases, and the cues spoken within them."""

from __future__ import annotations

from dataclasses import dataclass

from lumbar_coach.core.routines import Routine

PHASE_KINDS = ("intro", "prepare", "hold", "timed", "rest", "switch", "reps", "done")
CUE_KINDS = ("announce", "info", "count")


@dataclass(frozen=True)
class Cue:
    """Words to say ``offset`` seconds into a phase.

    ``kind``: ``announce`` opens a phase (it supersedes older speech), ``info``
    is said if there is room, ``count`` is a countdown number or rep count that
    is worthless late.
    """

    offset: float
    text: str
    kind: str


@dataclass(frozen=True)
class Phase:
    """One step of a session: what to do, for how long, on which side, and what to say."""

    index: int
    kind: str
    start: float
    duration: float
    cues: tuple[Cue, ...]
    instruction: str
    stretch_id: str | None = None
    stretch_index: int | None = None
    side: str | None = None
    mirrored: bool = False
    set: int | None = None
    of: int | None = None
    waits: bool = False   # at its end the session waits for the person before the next phase starts
    side_label: str | None = None   # the stretch's own name for the side, when "left side" would mislead

    @property
    def side_words(self) -> str:
        """How screens name the side: "left side", or the stretch's own words ("left foot forward")."""
        if not self.side:
            return ""
        return self.side_label or f"{self.side} side"

    @property
    def end(self) -> float:
        return self.start + self.duration

    @property
    def say(self) -> list[str]:
        return [cue.text for cue in self.cues]


@dataclass(frozen=True)
class Timeline:
    """Every phase of a session, back to back from time zero."""

    routine: Routine
    phases: tuple[Phase, ...]

    @property
    def total_seconds(self) -> float:
        return self.phases[-1].end if self.phases else 0.0

    def hold_seconds(self) -> float:
        """Time spent holding or releasing: the routine's prescribed work."""
        return sum(p.duration for p in self.phases if p.kind in ("hold", "timed"))

    def phase_at(self, session_time: float) -> Phase:
        """The phase running at ``session_time`` (the last one once it is over)."""
        for phase in self.phases:
            if session_time < phase.end:
                return phase
        return self.phases[-1]

    def stretch_starts(self) -> list[int]:
        """Index of the first phase of each stretch in the routine."""
        starts: dict[int, int] = {}
        for phase in self.phases:
            if phase.stretch_index is not None:
                starts.setdefault(phase.stretch_index, phase.index)
        return [starts[key] for key in sorted(starts)]
