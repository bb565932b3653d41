"""``lumbar-coach list``: the stretches, as a table or JSON."""

from __future__ import annotations

import argparse
import json

from lumbar_coach.core.catalog import Stretch
from lumbar_coach.core.library import default_catalog


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("list", help="list the stretches")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    catalog = default_catalog()
    if args.json:
        print(json.dumps([stretch_record(s) for s in catalog.stretches], indent=2, ensure_ascii=False))
        return 0
    for number, stretch in enumerate(catalog.stretches, start=1):
        print(f"{number:>2}  {stretch.id:<20} {stretch.name:<42} {stretch.dose.in_words()}")
    print(f"\nRoutine by {catalog.source.routine_by}, {catalog.source.role}.")
    return 0


def stretch_record(stretch: Stretch) -> dict:
    """One stretch as a plain JSON object."""
    dose = stretch.dose
    return {
        "id": stretch.id,
        "name": stretch.name,
        "category": stretch.category,
        "equipment": stretch.equipment,
        "targets": list(stretch.targets),
        "position": stretch.position,
        "steps": list(stretch.steps),
        "tips": list(stretch.tips),
        "easier": stretch.easier,
        "safety": list(stretch.safety),
        "images": list(stretch.images),
        "dosage": {
            "kind": dose.kind,
            "per_side": dose.per_side,
            "first_side": dose.first_side,
            "sets": dose.sets,
            "hold_seconds": dose.hold_seconds,
            "duration_seconds": dose.duration_seconds,
            "reps": dose.reps,
        },
    }
