"""How much a spoken cue matters, which decides what it may interrupt."""

from __future__ import annotations

import enum


class Priority(enum.IntEnum):
    """The weight of a cue.

    ``COUNTDOWN``: a countdown number. Spoken only on time and into silence:
    dropped if anything is playing or if it would start more than the
    countdown tolerance after its due time. Never spoken late.

    ``NORMAL``: an instruction. Replaces a playing countdown number; waits for
    a playing instruction to finish, so no sentence is cut off mid-word.
    Dropped if it has waited so long that it is stale.

    ``URGENT``: a cue at a phase boundary. At its due time it stops whatever
    is playing and discards every cue due before it.
    """

    COUNTDOWN = 0
    NORMAL = 1
    URGENT = 2


_BY_CUE_KIND = {"announce": Priority.URGENT, "info": Priority.NORMAL, "count": Priority.COUNTDOWN}


def priority_for_cue(kind: str) -> Priority:
    """The priority of a planner cue: a phase's opening words are urgent, counts are countdowns."""
    return _BY_CUE_KIND.get(kind, Priority.NORMAL)
