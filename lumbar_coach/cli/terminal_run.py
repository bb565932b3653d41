"""Follow a session in the terminal: phases and cues printed as they happen, keys to steer."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import TextIO

from lumbar_coach.cli.keys import KeyReader
from lumbar_coach.cli.terminal_voice import TerminalVoice
from lumbar_coach.core import words
from lumbar_coach.core.catalog import Catalog
from lumbar_coach.core.phases import Phase
from lumbar_coach.storage.session_recorder import SessionRecorder
from lumbar_coach.core.session import CueDue, Event, Finished, PhaseCompleted, PhaseStarted, Session, State, StateChanged

KEYS_HELP = "space or p: pause/resume   n: next   b: back   q: quit"


class SpeedClock:
    """A monotonic clock that runs ``speed`` times faster than real time."""

    def __init__(self, speed: float = 1.0, source: Callable[[], float] = time.monotonic) -> None:
        self.speed = speed
        self.source = source
        self.origin = source()

    def now(self) -> float:
        return self.origin + (self.source() - self.origin) * self.speed

    def wall_seconds(self) -> float:
        """Real seconds since the clock was made."""
        return self.source() - self.origin

    def real_seconds_until(self, reading: float) -> float:
        return (reading - self.now()) / self.speed


class TerminalRun:
    """Drives a Session from the real clock, printing what happens."""

    def __init__(self, session: Session, catalog: Catalog, clock: SpeedClock, out: TextIO, *,
                 as_json: bool = False, voice: TerminalVoice | None = None, keys: KeyReader | None = None,
                 recorder: SessionRecorder | None = None) -> None:
        self.session = session
        self.catalog = catalog
        self.clock = clock
        self.out = out
        self.as_json = as_json
        self.voice = voice
        self.keys = keys or KeyReader(stream=_NoKeys())
        self.recorder = recorder
        self._paused = False
        self.finished: Finished | None = None

    def run(self) -> Finished:
        if not self.as_json:
            self._line(f"{self.session.timeline.routine.title}: {words.clock(self.session.timeline.total_seconds)}.  {KEYS_HELP}")
        self._handle(self.session.start(self.clock.now()))
        while self.finished is None:
            self._wait_and_steer()
            self._handle(self.session.tick(self.clock.now()))
        return self.finished

    def _wait_and_steer(self) -> None:
        due = self.session.next_due(self.clock.now())
        wait = 0.25 if due is None else min(0.25, self.clock.real_seconds_until(due))
        key = self.voice.wait(wait, self.keys) if self.voice else self.keys.wait(wait)
        if key:
            self._handle(self._command(key.lower()))

    def _command(self, key: str) -> list[Event]:
        now = self.clock.now()
        actions = {" ": self.session.toggle_pause, "p": self.session.toggle_pause, "n": self.session.next,
                   "b": self.session.previous, "q": self.session.stop}
        return actions[key](now) if key in actions else []

    def _handle(self, events: list[Event]) -> None:
        for event in events:
            if isinstance(event, PhaseStarted):
                self._phase(event.phase)
            elif isinstance(event, PhaseCompleted) and self.recorder:
                self.recorder.phase_completed(event.phase)
            elif isinstance(event, CueDue):
                self._cue(event)
            elif isinstance(event, StateChanged):
                self._state(event)
            elif isinstance(event, Finished):
                self._done(event)

    def _phase(self, phase: Phase) -> None:
        if self.voice:
            self.voice.phase_started(phase)
        if self.as_json:
            self._json("phase", phase.start, phase)
            return
        self._line(f"[{words.clock(phase.start)}] {describe(phase, self.catalog)}  ({phase.duration:.0f} s)")

    def _cue(self, event: CueDue) -> None:
        if self.voice:
            self.voice.cue_due(event)
        if self.as_json:
            self._json("cue", event.phase.start + event.cue.offset, event.phase, say=event.cue.text)
            return
        self._line(f"        {event.cue.text}")

    def _state(self, event: StateChanged) -> None:
        """Say when the session pauses (and why) and when it carries on."""
        was_paused, self._paused = self._paused, event.state is State.PAUSED
        if self.as_json or not (self._paused or was_paused and event.state is State.RUNNING):
            return
        label = "Paused" if self._paused else "Resumed"
        self._line(f"-- {label}. {event.reason}".rstrip())

    def _done(self, event: Finished) -> None:
        self.finished = event
        if self.recorder:
            self.recorder.finished(event.completed, event.active_seconds)
        if self.as_json:
            self._json("done", self.session.session_time(self.clock.now()), None, completed=event.completed)
            return
        verdict = "Routine complete" if event.completed else "Stopped"
        self._line(f"{verdict}: {words.clock(event.active_seconds)} of practice.")

    def _json(self, kind: str, planned: float, phase: Phase | None, **extra: object) -> None:
        record = {"event": kind, "t": round(self.clock.wall_seconds(), 4), "planned": planned,
                  "kind": phase.kind if phase else None, "stretch": phase.stretch_id if phase else None,
                  "side": phase.side if phase else None, "set": phase.set if phase else None, **extra}
        self._line(json.dumps(record))

    def _line(self, text: str) -> None:
        self.out.write(text + "\n")
        self.out.flush()


def describe(phase: Phase, catalog: Catalog) -> str:
    """A one-line label such as "Hamstring stretch - hold 2 of 3, left side"."""
    name = catalog.get(phase.stretch_id).short_name if phase.stretch_id else "Lumbar Coach"
    detail = {"intro": "welcome", "prepare": "get into position", "hold": "hold", "timed": "release work",
              "rest": "rest", "switch": "switch sides", "reps": "reps", "done": "done"}[phase.kind]
    if phase.kind == "hold" and phase.of:
        detail = f"hold {phase.set} of {phase.of}"
    elif phase.kind == "reps" and phase.of:
        detail = f"{phase.of} reps"
    side = f", {phase.side_words}" if phase.side else ""
    return f"{name} - {detail}{side}"


class _NoKeys:
    """A stand-in for stdin when keys are not read."""

    def isatty(self) -> bool:
        return False
