"""The history as a CSV file, one session a row, for a spreadsheet or a physiotherapist."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from lumbar_coach.storage.atomic import write_atomic
from lumbar_coach.storage.history import SessionRecord

HEADER = ("started_at", "routine", "title", "minutes", "completed", "stretches", "pain_before", "pain_after")


def csv_row(record: SessionRecord) -> list[str]:
    """One session: minutes to one decimal, yes/no, stretch ids separated by spaces, blank for no score."""
    score = lambda value: "" if value is None else str(value)  # noqa: E731
    return [record.started_at, record.routine, record.title, f"{record.seconds / 60:.1f}",
            "yes" if record.completed else "no", " ".join(record.stretches),
            score(record.pain_before), score(record.pain_after)]


def csv_text(records: Iterable[SessionRecord]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([list(HEADER), *(csv_row(record) for record in records)])
    return out.getvalue()


def write_csv(records: Iterable[SessionRecord], path: Path) -> None:
    """Write the CSV to ``path`` in one go; raises OSError when it cannot be written."""
    write_atomic(path, csv_text(records).encode("utf-8"))
