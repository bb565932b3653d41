"""The person's saved choices that the terminal commands honour."""

from __future__ import annotations

from dataclasses import dataclass

from lumbar_coach.core.catalog import Catalog
from lumbar_coach.core.planner import PlanSettings
from lumbar_coach.core.routines import Routine


@dataclass(frozen=True)
class UserContext:
    """Favourites, saved routines and timing settings, as stored."""

    favourites: tuple[str, ...] = ()
    routines: tuple[Routine, ...] = ()
    plan_settings: PlanSettings = PlanSettings()


def user_context(catalog: Catalog) -> UserContext:
    """What is saved for this person (defaults where nothing is)."""
    return UserContext()
