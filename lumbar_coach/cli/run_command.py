"""``lumbar-coach run``: follow a routine, in the window or (``--no-gui``) in the terminal."""

from __future__ import annotations

import argparse
import math
import sys
from dataclasses import replace

from lumbar_coach.cli.common import PlannedRoutine, UsageError, add_routine_arguments, planned_from_args, report
from lumbar_coach.cli.keys import KeyReader
from lumbar_coach.cli.terminal_run import SpeedClock, TerminalRun
from lumbar_coach.cli.terminal_voice import TerminalVoice
from lumbar_coach.core.catalog import Catalog
from lumbar_coach.core.errors import CoachError
from lumbar_coach.core.library import default_catalog
from lumbar_coach.core.phases import Timeline
from lumbar_coach.core.planner import plan
from lumbar_coach.core.session import CLOCK_JUMP_SECONDS, Session
from lumbar_coach.storage.history import History
from lumbar_coach.storage.session_recorder import SessionRecorder

MAX_SPEED = 1000.0
NO_WAITING = ("lumbar-coach: not waiting before each stretch: keys are read only from a terminal, "
              "so nothing could carry the session on")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("run", help="follow a routine or stretch")
    add_routine_arguments(parser)
    parser.add_argument("--no-gui", action="store_true", help="coach in the terminal instead of the window")
    parser.add_argument("--speed", type=str, default="1", help="run the clock this many times faster (for demos)")
    parser.add_argument("--json", action="store_true", help="with --no-gui: one JSON object per event")
    parser.add_argument("--mute", action="store_true", help="do not speak")
    parser.set_defaults(handler=run)


def parse_speed(raw: str) -> float:
    try:
        speed = float(raw)
    except ValueError:
        raise UsageError(f"--speed needs a number, not {raw!r} (hint: --speed 10)") from None
    if not math.isfinite(speed) or not 0 < speed <= MAX_SPEED:
        raise UsageError(f"--speed must be above 0 and at most {MAX_SPEED:g}, not {raw}")
    return speed


def run(args: argparse.Namespace) -> int:
    catalog = default_catalog()
    try:
        speed = parse_speed(args.speed)
        planned = planned_from_args(args, catalog)
    except CoachError as error:
        return report(error)
    if not args.no_gui:
        from lumbar_coach.ui.launch import launch_session
        return launch_session(planned.routine, planned.settings, speed=speed, mute=args.mute)
    return run_in_terminal(planned, catalog, speed, args)


def run_in_terminal(planned: PlannedRoutine, catalog: Catalog, speed: float, args: argparse.Namespace) -> int:
    """Coach the planned routine in the terminal, speaking unless muted, recording as it goes."""
    keys = KeyReader()
    timeline = _timeline_for(planned, catalog, keys.interactive())
    speaks = not args.mute and planned.context.settings.voice_enabled
    voice = TerminalVoice(planned.context.settings, timeline, speed) if speaks else None
    history = History()
    recorder = SessionRecorder(history, timeline)
    recorder.begin()
    try:
        with keys:
            session = Session(timeline, clock_jump_seconds=CLOCK_JUMP_SECONDS * speed)
            TerminalRun(session, catalog, SpeedClock(speed), sys.stdout, as_json=args.json, keys=keys,
                        recorder=recorder, voice=voice).run()
    finally:
        history.close()
        if voice:
            voice.finish()
    return 0


def _timeline_for(planned: PlannedRoutine, catalog: Catalog, keys_readable: bool) -> Timeline:
    """The planned timeline, without waits for the person when no key could end them."""
    if keys_readable or not planned.settings.wait_for_me:
        return planned.timeline
    print(NO_WAITING, file=sys.stderr)
    return plan(planned.routine, catalog, replace(planned.settings, wait_for_me=False))
