"""The clock sessions run on: monotonic, and counting time the machine spent asleep."""

from __future__ import annotations

import time


def session_clock() -> float:
    """Seconds from a clock that never goes back and (on Linux) keeps counting through suspend.

    Counting sleep lets a session notice it and pause itself instead of carrying on
    mid-hold as if nothing had happened.
    """
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        return time.clock_gettime(boottime)
    return time.monotonic()
