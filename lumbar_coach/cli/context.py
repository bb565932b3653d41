"""The person's saved choices that the terminal commands honour."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from lumbar_coach.core.catalog import Catalog
from lumbar_coach.core.planner import PlanSettings
from lumbar_coach.core.routines import Routine
from lumbar_coach.profile import plan_settings
from lumbar_coach.storage import problems
from lumbar_coach.storage.favourites import load_favourites
from lumbar_coach.storage.settings import Settings, load_settings


@dataclass(frozen=True)
class UserContext:
    """Favourites, saved routines and timing settings, as stored."""

    favourites: tuple[str, ...] = ()
    routines: tuple[Routine, ...] = ()
    plan_settings: PlanSettings = PlanSettings()
    settings: Settings = Settings()


def user_context(catalog: Catalog) -> UserContext:
    """What is saved for this person (defaults where nothing is); damage is reported on stderr."""
    settings = load_settings()
    context = UserContext(favourites=load_favourites(catalog.ids()), routines=_saved_routines(catalog),
                          plan_settings=plan_settings(settings), settings=settings)
    for message in problems.take_all():
        print(f"lumbar-coach: {message}", file=sys.stderr)
    return context


def _saved_routines(catalog: Catalog) -> tuple[Routine, ...]:
    try:
        from lumbar_coach.storage.routine_files import load_routines
    except ImportError:
        return ()
    return tuple(load_routines(catalog))
