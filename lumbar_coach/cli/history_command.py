"""``lumbar-coach history``: the sessions practised, as a table or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from lumbar_coach.core import words
from lumbar_coach.storage import problems
from lumbar_coach.storage.history import History, SessionRecord


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("history", help="list the sessions practised")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    history = History()
    try:
        records = history.sessions()
    finally:
        history.close()
    for message in problems.take_all():
        print(f"lumbar-coach: {message}", file=sys.stderr)
    print(json.dumps([session_record(r) for r in records], indent=2) if args.json else table(records))
    return 0


def session_record(record: SessionRecord) -> dict:
    data = asdict(record)
    data["stretches"] = list(record.stretches)
    data["seconds"] = round(record.seconds, 1)
    return data


def table(records: list[SessionRecord]) -> str:
    if not records:
        return "No sessions yet. Start one with 'lumbar-coach run full' or from the window."
    rows = [f"{'started':<20} {'routine':<22} {'time':>6}  {'pain':<8} stretches done"]
    for r in records:
        pain = "-" if r.pain_before is None and r.pain_after is None else f"{_score(r.pain_before)} -> {_score(r.pain_after)}"
        mark = "" if r.completed else " (stopped)"
        rows.append(f"{r.started_at.replace('T', ' '):<20} {r.title[:22]:<22} {words.clock(r.seconds):>6}  {pain:<8} "
                    f"{len(r.stretches)}{mark}")
    return "\n".join(rows)


def _score(value: int | None) -> str:
    return "-" if value is None else str(value)
