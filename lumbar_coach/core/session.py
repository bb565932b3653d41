"""The session state machine: events in, what happened out; time is always an argument.

``now`` is a monotonic clock reading in seconds. Where the session stands is
computed from the timestamp at which the current stretch of running began, so
nothing drifts however often (or rarely) ``tick`` is called, and a pause of an
hour changes nothing.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from lumbar_coach.core.phases import Cue, Phase, Timeline

# A gap between ticks longer than this means the machine slept: pause, don't race.
CLOCK_JUMP_SECONDS = 5.0
# The longest wait between ticks ``next_due`` asks for, so a jump can be seen.
HEARTBEAT_SECONDS = 1.0
# "Previous" this far into a phase restarts it rather than going back one.
RESTART_WINDOW_SECONDS = 2.0
# Why the session paused at the end of a phase that waits for the person.
WAITING = "Waiting for you: press Space when you are in position."


class State(enum.Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


@dataclass(frozen=True)
class PhaseStarted:
    phase: Phase
    late_by: float


@dataclass(frozen=True)
class PhaseCompleted:
    """A phase ran to its end (a skipped phase never completes)."""

    phase: Phase


@dataclass(frozen=True)
class CueDue:
    cue: Cue
    phase: Phase
    late_by: float


@dataclass(frozen=True)
class StateChanged:
    state: State
    reason: str = ""


@dataclass(frozen=True)
class Finished:
    completed: bool
    completed_phases: tuple[int, ...]
    active_seconds: float


Event = PhaseStarted | PhaseCompleted | CueDue | StateChanged | Finished


class Session:
    """Runs a timeline: ``start``, then ``tick(now)`` whenever ``next_due`` says."""

    def __init__(self, timeline: Timeline, *, clock_jump_seconds: float = CLOCK_JUMP_SECONDS) -> None:
        if not timeline.phases:
            raise ValueError("a session needs at least one phase")
        self.timeline = timeline
        self.state = State.IDLE
        self.index = 0
        self._clock_jump = clock_jump_seconds
        self._anchor_now = 0.0
        self._anchor_time = 0.0
        self._next_cue = 0
        self._last_tick = 0.0
        self._active_seconds = 0.0
        self._completed: list[int] = []
        self._waited = False   # the current phase has already waited for the person

    # -- where the session stands -------------------------------------------------

    @property
    def phase(self) -> Phase:
        return self.timeline.phases[self.index]

    def session_time(self, now: float) -> float:
        """Seconds into the timeline; frozen while paused."""
        if self.state is State.RUNNING:
            return self._anchor_time + (now - self._anchor_now)
        return self._anchor_time

    def phase_elapsed(self, now: float) -> float:
        return min(self.phase.duration, max(0.0, self.session_time(now) - self.phase.start))

    def phase_remaining(self, now: float) -> float:
        return max(0.0, self.phase.end - self.session_time(now))

    def total_remaining(self, now: float) -> float:
        return max(0.0, self.timeline.total_seconds - self.session_time(now))

    def completed_phases(self) -> tuple[int, ...]:
        return tuple(self._completed)

    def next_due(self, now: float) -> float | None:
        """The clock reading at which ``tick`` should next be called.

        That is the next cue or phase end, or sooner: a heartbeat at least every
        second lets ``tick`` tell a clock jump from a quiet stretch.
        """
        if self.state is not State.RUNNING:
            return None
        cues = self.phase.cues
        target = self.phase.end
        if self._next_cue < len(cues):
            target = min(target, self.phase.start + cues[self._next_cue].offset)
        due = self._anchor_now + (target - self._anchor_time)
        return min(due, self._last_tick + HEARTBEAT_SECONDS)

    # -- events -------------------------------------------------------------------

    def start(self, now: float) -> list[Event]:
        if self.state is not State.IDLE:
            return []
        self.state = State.RUNNING
        self._anchor(now, 0.0)
        return [StateChanged(State.RUNNING), *self._enter(0, now)]

    def tick(self, now: float) -> list[Event]:
        """Everything due by ``now``: cues, phase starts, the finish."""
        if self.state is not State.RUNNING:
            return []
        if now - self._last_tick > self._clock_jump:
            return self._pause_at(self._last_tick, "The clock jumped (was the computer asleep?), so the session paused.")
        self._last_tick = now
        events: list[Event] = []
        while self.state is State.RUNNING:
            events += self._due_cues(now)
            if self.session_time(now) < self.phase.end:
                break
            events += self._advance(now)
        return events

    def pause(self, now: float) -> list[Event]:
        if self.state is not State.RUNNING:
            return []
        return self._pause_at(now, "")

    def resume(self, now: float) -> list[Event]:
        if self.state is not State.PAUSED:
            return []
        self.state = State.RUNNING
        self._anchor(now, self._anchor_time)
        return [StateChanged(State.RUNNING)]

    def toggle_pause(self, now: float) -> list[Event]:
        return self.resume(now) if self.state is State.PAUSED else self.pause(now)

    def next(self, now: float) -> list[Event]:
        """Skip to the next phase (finishes reps early)."""
        if self.state not in (State.RUNNING, State.PAUSED):
            return []
        return self._jump(self.index + 1, now)

    def previous(self, now: float) -> list[Event]:
        """Back to the start of this phase, or to the one before when just started."""
        if self.state not in (State.RUNNING, State.PAUSED):
            return []
        into_phase = self.session_time(now) - self.phase.start
        target = self.index if into_phase > RESTART_WINDOW_SECONDS or self.index == 0 else self.index - 1
        return self._jump(target, now)

    def restart_stretch(self, now: float) -> list[Event]:
        """Back to the first phase of the current stretch."""
        if self.state not in (State.RUNNING, State.PAUSED):
            return []
        return self._jump(self._stretch_start(self.index), now)

    def skip_stretch(self, now: float) -> list[Event]:
        """On to the first phase of the next stretch (or the end)."""
        if self.state not in (State.RUNNING, State.PAUSED):
            return []
        current = self.phase.stretch_index
        target = self.index
        while target < len(self.timeline.phases) - 1 and self._same_stretch(target, current):
            target += 1
        return self._jump(target, now)

    def stop(self, now: float) -> list[Event]:
        if self.state in (State.IDLE, State.FINISHED):
            return []
        self._settle_active(now)
        self.state = State.FINISHED
        return [StateChanged(State.FINISHED, "stopped"), self._finished(False)]

    # -- inside -------------------------------------------------------------------

    def _anchor(self, now: float, session_time: float) -> None:
        self._anchor_now = now
        self._anchor_time = session_time
        self._last_tick = now

    def _settle_active(self, now: float) -> None:
        if self.state is State.RUNNING:
            self._active_seconds += max(0.0, now - self._anchor_now)

    def _pause_at(self, now: float, reason: str) -> list[Event]:
        self._settle_active(now)
        self._anchor_time = self.session_time(now)
        self.state = State.PAUSED
        return [StateChanged(State.PAUSED, reason)]

    def _due_cues(self, now: float) -> list[Event]:
        elapsed = self.session_time(now) - self.phase.start
        events: list[Event] = []
        cues = self.phase.cues
        while self._next_cue < len(cues) and cues[self._next_cue].offset <= elapsed:
            cue = cues[self._next_cue]
            events.append(CueDue(cue, self.phase, elapsed - cue.offset))
            self._next_cue += 1
        return events

    def _advance(self, now: float) -> list[Event]:
        """The current phase ran to its end: record it and enter the next (or first wait, if it asks)."""
        if self.phase.waits and not self._waited:
            return self._wait_for_person(now)
        self._completed.append(self.index)
        done: list[Event] = [PhaseCompleted(self.phase)]
        if self.index + 1 >= len(self.timeline.phases):
            return done + self._finish(now)
        return done + self._enter(self.index + 1, now)

    def _wait_for_person(self, now: float) -> list[Event]:
        """Pause at the end of the phase; resuming starts the next one."""
        self._waited = True
        events = self._pause_at(now, WAITING)
        self._anchor_time = self.phase.end   # however late this tick came
        return events

    def _enter(self, index: int, now: float) -> list[Event]:
        self.index = index
        self._next_cue = 0
        self._waited = False
        late = self.session_time(now) - self.phase.start
        events: list[Event] = [PhaseStarted(self.phase, late)]
        events += self._due_cues(now)
        if self.phase.duration == 0 and self.index == len(self.timeline.phases) - 1:
            self._completed.append(self.index)
            events += [PhaseCompleted(self.phase), *self._finish(now)]
        return events

    def _finish(self, now: float) -> list[Event]:
        self._settle_active(now)
        self._anchor_time = self.timeline.total_seconds
        self.state = State.FINISHED
        return [StateChanged(State.FINISHED, "done"), self._finished(True)]

    def _finished(self, completed: bool) -> Finished:
        return Finished(completed, tuple(self._completed), round(self._active_seconds, 3))

    def _jump(self, index: int, now: float) -> list[Event]:
        if index >= len(self.timeline.phases) - 1:
            return self._jump_to_end(now)
        index = max(0, index)
        self._settle_active(now)
        self._anchor(now, self.timeline.phases[index].start)
        return self._enter(index, now)

    def _jump_to_end(self, now: float) -> list[Event]:
        self._settle_active(now)
        self._anchor(now, self.timeline.phases[-1].start)
        return self._enter(len(self.timeline.phases) - 1, now)

    def _same_stretch(self, index: int, stretch_index: int | None) -> bool:
        return self.timeline.phases[index].stretch_index == stretch_index

    def _stretch_start(self, index: int) -> int:
        current = self.timeline.phases[index].stretch_index
        while index > 0 and current is not None and self._same_stretch(index - 1, current):
            index -= 1
        return index
