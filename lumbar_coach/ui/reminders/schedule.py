"""When the daily reminder is next due (plain Python, no Qt)."""

from __future__ import annotations

from datetime import datetime, time, timedelta


def parse_clock_time(hh_mm: str) -> time:
    """"18:30" -> 18:30; raises ValueError for anything else."""
    hours, _, minutes = hh_mm.partition(":")
    if len(hours) != 2 or len(minutes) != 2:
        raise ValueError(f"not a time written HH:MM: {hh_mm!r}")
    return time(int(hours), int(minutes))


def next_reminder(now: datetime, hh_mm: str) -> datetime:
    """The next moment after ``now`` at ``hh_mm`` on the wall clock: today if still to come, else tomorrow."""
    today = datetime.combine(now.date(), parse_clock_time(hh_mm), tzinfo=now.tzinfo)
    if today > now:
        return today
    return datetime.combine(now.date() + timedelta(days=1), today.timetz())


def milliseconds_until(now: datetime, hh_mm: str) -> int:
    """How long to wait from ``now`` for the next reminder, in milliseconds."""
    return max(0, round((next_reminder(now, hh_mm) - now).total_seconds() * 1000))
