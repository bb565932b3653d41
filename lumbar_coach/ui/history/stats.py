"""What the history page shows, worked out from session records (plain Python, no Qt)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from lumbar_coach.storage.history import SessionRecord

CALENDAR_WEEKS = 5
CHART_WEEKS = 8
PAIN_SESSIONS = 20


@dataclass(frozen=True)
class PainPoint:
    """One session's pain scores (either may be missing)."""

    day: date
    before: int | None
    after: int | None


def started(record: SessionRecord) -> datetime:
    return datetime.fromisoformat(record.started_at)


def practised(record: SessionRecord) -> bool:
    """True when the session got somewhere: a stretch finished, or the routine run to its end."""
    return bool(record.stretches) or record.completed


def practice_days(records: Iterable[SessionRecord]) -> set[date]:
    return {started(record).date() for record in records if practised(record)}


def current_streak(days: set[date], today: date) -> int:
    """Days in a row practised up to today (or up to yesterday, while today is still open)."""
    day = today if today in days else today - timedelta(days=1)
    streak = 0
    while day in days:
        streak += 1
        day -= timedelta(days=1)
    return streak


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def calendar_days(today: date, weeks: int = CALENDAR_WEEKS) -> list[date]:
    """Every day of the last ``weeks`` weeks, Monday first, ending with the week of ``today``."""
    first = week_start(today) - timedelta(weeks=weeks - 1)
    return [first + timedelta(days=offset) for offset in range(weeks * 7)]


def weekly_minutes(records: Iterable[SessionRecord], today: date, weeks: int = CHART_WEEKS) -> list[tuple[date, float]]:
    """(Monday, minutes practised that week) for the last ``weeks`` weeks, oldest first."""
    starts = [week_start(today) - timedelta(weeks=back) for back in range(weeks - 1, -1, -1)]
    minutes = dict.fromkeys(starts, 0.0)
    for record in records:
        monday = week_start(started(record).date())
        if monday in minutes:
            minutes[monday] += record.seconds / 60
    return list(minutes.items())


def pain_points(records: Iterable[SessionRecord], count: int = PAIN_SESSIONS) -> list[PainPoint]:
    """The last ``count`` sessions that have a pain score, oldest first."""
    scored = [PainPoint(started(r).date(), r.pain_before, r.pain_after) for r in records
              if r.pain_before is not None or r.pain_after is not None]
    return scored[-count:]


def streak_words(streak: int) -> str:
    if streak == 0:
        return "No streak running: any day is a good day to start one."
    return f"Current streak: {streak} day{'s' if streak != 1 else ''} in a row."
