"""``lumbar-coach plan``: the timeline a person would follow, as a table or JSON."""

from __future__ import annotations

import argparse
import json

from lumbar_coach.cli.common import add_routine_arguments, planned_from_args, report
from lumbar_coach.core import words
from lumbar_coach.core.errors import CoachError
from lumbar_coach.core.library import default_catalog
from lumbar_coach.core.phases import Phase, Timeline


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("plan", help="show the timeline of a routine or stretch")
    add_routine_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    catalog = default_catalog()
    try:
        timeline = planned_from_args(args, catalog).timeline
    except CoachError as error:
        return report(error)
    print(json.dumps(timeline_record(timeline), indent=2) if args.json else table(timeline))
    return 0


def timeline_record(timeline: Timeline) -> dict:
    return {"routine": timeline.routine.name, "total_seconds": timeline.total_seconds,
            "phases": [phase_record(p) for p in timeline.phases]}


def phase_record(phase: Phase) -> dict:
    return {"start": phase.start, "duration": phase.duration, "kind": phase.kind, "stretch": phase.stretch_id,
            "side": phase.side, "set": phase.set, "of": phase.of, "say": phase.say}


def table(timeline: Timeline) -> str:
    rows = [f"{'start':>6}  {'length':>6}  {'phase':<8} {'stretch':<20} {'side':<6} {'count':<6} says"]
    for phase in timeline.phases:
        count = f"{phase.set or ''}/{phase.of}" if phase.of else ""
        rows.append(f"{words.clock(phase.start):>6}  {phase.duration:>5.0f}s  {phase.kind:<8} {phase.stretch_id or '':<20} "
                    f"{phase.side or '':<6} {count:<6} {phase.say[0] if phase.say else ''}")
    rows.append(f"\n{timeline.routine.title}: {words.clock(timeline.total_seconds)} in all "
                f"({timeline.hold_seconds():.0f} s of holds and release work).")
    return "\n".join(rows)
