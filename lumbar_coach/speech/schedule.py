"""Which cue plays when: the priority rules, with the time passed in as a number.

Plain Python, no Qt and no clock: the speaker asks ``CueSchedule.step(now, ...)``
what to do and carries it out, so the rules are tested with numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from lumbar_coach.speech.priority import Priority

COUNTDOWN_TOLERANCE = 0.15
STALE_AFTER = 5.0


@dataclass(frozen=True)
class Cue:
    """A line to speak: its words, weight, due time (monotonic seconds) and order."""

    text: str
    priority: Priority
    due: float
    seq: int

    @property
    def order(self) -> tuple[float, int]:
        """Sort key: earliest due first, then first asked."""
        return (self.due, self.seq)


@dataclass
class Step:
    """What the speaker should do now."""

    stop: bool = False
    start: Cue | None = None
    dropped: list[tuple[Cue, str]] = field(default_factory=list)
    wake_at: float | None = None


class CueSchedule:
    """The cues waiting to be spoken and the rules that pick the next one."""

    def __init__(
        self,
        countdown_tolerance: float = COUNTDOWN_TOLERANCE,
        stale_after: float = STALE_AFTER,
    ) -> None:
        self.countdown_tolerance = countdown_tolerance
        self.stale_after = stale_after
        self._pending: list[Cue] = []

    @property
    def pending(self) -> list[Cue]:
        """The waiting cues, earliest due first."""
        return sorted(self._pending, key=lambda cue: cue.order)

    def add(self, cue: Cue) -> None:
        """Queue a cue."""
        self._pending.append(cue)

    def clear(self) -> list[Cue]:
        """Forget every waiting cue and return them."""
        dropped, self._pending = self._pending, []
        return dropped

    def discard_text(self, text: str) -> list[Cue]:
        """Forget the waiting cues that say ``text`` (it cannot be played)."""
        dropped = [cue for cue in self._pending if cue.text == text]
        self._pending = [cue for cue in self._pending if cue.text != text]
        return dropped

    def step(self, now: float, playing: Cue | None, is_ready: Callable[[str], bool]) -> Step:
        """Decide what to stop, start and drop at ``now``.

        ``playing`` is the cue being heard, ``is_ready(text)`` says whether a
        text can start at once.
        """
        step = Step()
        due = self._drop_late(now, step)
        playing = self._apply_urgent(due, playing, step)
        self._start_instruction(due, playing, is_ready, step)
        playing = step.start or (None if step.stop else playing)
        self._settle_countdowns(due, playing, is_ready, step)
        if step.start is not None:
            self._pending.remove(step.start)
        step.wake_at = self._next_wake(now)
        return step

    def _drop(self, cue: Cue, reason: str, step: Step) -> None:
        self._pending.remove(cue)
        step.dropped.append((cue, reason))

    def _drop_late(self, now: float, step: Step) -> list[Cue]:
        """Drop the cues too late to be useful; return the rest that are due."""
        due = [cue for cue in self.pending if cue.due <= now]
        for cue in due:
            if now - cue.due > self._lateness_limit(cue):
                self._drop(cue, "late", step)
        return [cue for cue in due if cue in self._pending]

    def _lateness_limit(self, cue: Cue) -> float:
        if cue.priority is Priority.COUNTDOWN:
            return self.countdown_tolerance
        return self.stale_after

    def _apply_urgent(self, due: list[Cue], playing: Cue | None, step: Step) -> Cue | None:
        """The newest due urgent cue supersedes what plays and what is due before it."""
        urgent = [cue for cue in due if cue.priority is Priority.URGENT]
        if not urgent:
            return playing
        newest = urgent[-1]
        for cue in due[: due.index(newest)]:
            self._drop(cue, "superseded", step)
        if playing is not None:
            step.stop = True
        return None

    def _start_instruction(
        self, due: list[Cue], playing: Cue | None, is_ready: Callable[[str], bool], step: Step
    ) -> None:
        """Start the first due instruction if the way is clear and it is ready."""
        waiting = [cue for cue in due if cue in self._pending]
        head = next((cue for cue in waiting if cue.priority > Priority.COUNTDOWN), None)
        if head is None or not is_ready(head.text):
            return
        if playing is None or playing.priority is Priority.COUNTDOWN:
            step.stop = step.stop or playing is not None
            step.start = head

    def _settle_countdowns(
        self, due: list[Cue], playing: Cue | None, is_ready: Callable[[str], bool], step: Step
    ) -> None:
        """Start a due countdown into silence, drop it if anything plays."""
        countdowns = [cue for cue in due if cue.priority is Priority.COUNTDOWN]
        for cue in [cue for cue in countdowns if cue in self._pending]:
            if playing is not None:
                self._drop(cue, "busy", step)
            elif is_ready(cue.text):
                step.start = playing = cue

    def _next_wake(self, now: float) -> float | None:
        """When the schedule must be looked at again without any event."""
        times = [self._wake_for(cue, now) for cue in self._pending]
        return min(times, default=None)

    def _wake_for(self, cue: Cue, now: float) -> float:
        if cue.due > now:
            return cue.due
        return cue.due + self._lateness_limit(cue) + 0.001
