"""What the window knows about the person: settings, favourites and saved routines, kept in step with storage."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from lumbar_coach import profile
from lumbar_coach.core.catalog import Catalog, Stretch
from lumbar_coach.core.errors import PlanError
from lumbar_coach.core.phases import Timeline
from lumbar_coach.core.planner import PlanSettings, plan
from lumbar_coach.core.routines import (Routine, favourites_routine, full_routine, release_routine,
                                        without_flare_up_risks)
from lumbar_coach.storage.favourites import load_favourites, save_favourites, toggled
from lumbar_coach.storage.routine_files import load_routines, save_routines
from lumbar_coach.storage.settings import Settings, load_settings, save_settings


@dataclass
class UserData:
    """The catalog and the person's stored choices; every change is saved at once."""

    catalog: Catalog
    settings: Settings = field(default_factory=Settings)
    favourites: tuple[str, ...] = ()
    routines: tuple[Routine, ...] = ()

    @classmethod
    def load(cls, catalog: Catalog) -> UserData:
        """Everything stored; damaged files give defaults (storage records a message)."""
        return cls(catalog, load_settings(), load_favourites(catalog.ids()), load_routines(catalog))

    def is_favourite(self, stretch_id: str) -> bool:
        return stretch_id in self.favourites

    def toggle_favourite(self, stretch_id: str) -> None:
        """Star or unstar a stretch and save; raises OSError when saving fails."""
        self.favourites = save_favourites(toggled(self.favourites, stretch_id))

    def change_settings(self, settings: Settings) -> None:
        """Keep and save new settings; raises OSError when saving fails."""
        self.settings = settings
        save_settings(settings)

    def change_routines(self, routines: tuple[Routine, ...]) -> None:
        """Keep and save the person's routines; raises OSError when saving fails."""
        save_routines(routines)
        self.routines = routines

    def plan_settings(self, painful_side: str | None = None) -> PlanSettings:
        """The planner's settings from the stored ones (``painful_side`` stands in when given)."""
        chosen = profile.plan_settings(self.settings)
        return replace(chosen, painful_side=painful_side) if painful_side else chosen

    def routine_choices(self) -> list[Routine]:
        """The routines a session can start from: the built-in ones, then the person's."""
        built_in = [full_routine(self.catalog), release_routine(self.catalog),
                    favourites_routine(self.catalog, self.favourites)]
        return built_in + list(self.routines)

    def session_routine(self, routine: Routine) -> tuple[Routine, tuple[Stretch, ...]]:
        """The routine as a session runs it, and the stretches flare-up mode leaves out of it."""
        if not self.settings.flare_up:
            return routine, ()
        return without_flare_up_risks(routine, self.catalog)

    def needs_painful_side(self, routine: Routine) -> bool:
        """True when the routine has the side bend and the painful side is not known yet."""
        if self.settings.painful_side is not None:
            return False
        return any(self.catalog.get(sid).dose.bend_away_from_painful_side for sid in routine.stretch_ids())

    def timeline(self, routine: Routine, painful_side: str | None = None) -> Timeline:
        """The planned session; raises PlanError (NeedsPainfulSide when the side is unknown)."""
        return plan(routine, self.catalog, self.plan_settings(painful_side))

    def minutes(self, routine: Routine) -> int | None:
        """About how long ``routine`` takes, in minutes; None for an empty routine."""
        routine = self.session_routine(routine)[0]
        if not routine.items:
            return None
        try:
            seconds = self.timeline(routine, painful_side="unsure").total_seconds
        except PlanError:
            return None
        return max(1, round(seconds / 60))
