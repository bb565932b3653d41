"""Routines: ordered stretch ids with optional dose changes, the built-in ones, and how names resolve."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from lumbar_coach.core.catalog import Catalog, Dose, Stretch
from lumbar_coach.core.errors import RoutineError

# Sane bounds for a changed dose; the routine's own doses all sit inside them.
OVERRIDE_BOUNDS = {"sets": (1, 20), "hold_seconds": (3, 60), "reps": (1, 20), "minutes": (1, 5)}
_APPLIES_TO = {"sets": "holds", "hold_seconds": "holds", "reps": "reps", "minutes": "timed"}
BUILT_IN = ("full", "release", "favourites")


@dataclass(frozen=True)
class RoutineItem:
    """One stretch in a routine, with any dose changes (``{"sets": 2}``)."""

    stretch_id: str
    overrides: dict[str, int] = field(default_factory=dict)

    def __hash__(self) -> int:
        return hash((self.stretch_id, tuple(sorted(self.overrides.items()))))


@dataclass(frozen=True)
class Routine:
    """A named, ordered list of stretches."""

    name: str
    title: str
    items: tuple[RoutineItem, ...]

    def stretch_ids(self) -> tuple[str, ...]:
        return tuple(item.stretch_id for item in self.items)


def check_override(key: str, value: object, dose_kind: str | None = None) -> int:
    """A validated dose change; raises RoutineError naming what is wrong."""
    if key not in OVERRIDE_BOUNDS:
        raise RoutineError(f"unknown dose setting '{key}' (known: {', '.join(OVERRIDE_BOUNDS)})")
    if not isinstance(value, int) or isinstance(value, bool):
        raise RoutineError(f"'{key}' must be a whole number, not {value!r}")
    low, high = OVERRIDE_BOUNDS[key]
    if not low <= value <= high:
        raise RoutineError(f"'{key}' must be from {low} to {high}, not {value}")
    if dose_kind is not None and _APPLIES_TO[key] != dose_kind:
        raise RoutineError(f"'{key}' does not apply to a stretch done as {dose_kind}")
    return value


def effective_dose(stretch: Stretch, item: RoutineItem) -> Dose:
    """The stretch's dose with the item's changes applied."""
    dose = stretch.dose
    changes = {key: check_override(key, value, dose.kind) for key, value in item.overrides.items()}
    if "minutes" in changes:
        changes["duration_seconds"] = changes.pop("minutes") * 60
    return replace(dose, **changes)


def below_prescribed(stretch: Stretch, item: RoutineItem) -> list[str]:
    """Which parts of the item's dose are less than the routine prescribes, in words."""
    given, changed = stretch.dose, effective_dose(stretch, item)
    names = {"sets": "holds", "hold_seconds": "hold length", "reps": "reps", "duration_seconds": "time"}
    return [label for key, label in names.items() if (getattr(changed, key) or 0) < (getattr(given, key) or 0)]


def check_routine(routine: Routine, catalog: Catalog) -> Routine:
    """Raise RoutineError unless every item names a known stretch with a valid dose."""
    if not routine.items:
        raise RoutineError(f"routine {_shown(routine.name)} has no stretches")
    known = set(catalog.ids())
    for position, item in enumerate(routine.items, start=1):
        if item.stretch_id not in known:
            raise RoutineError(f"routine {_shown(routine.name)}, stretch {position}: unknown stretch id {_shown(item.stretch_id)}")
        try:
            effective_dose(catalog.get(item.stretch_id), item)
        except RoutineError as error:
            raise RoutineError(f"routine {_shown(routine.name)}, stretch {position} ({item.stretch_id}): {error}") from None
    return routine


def full_routine(catalog: Catalog) -> Routine:
    return Routine("full", "Full routine", tuple(RoutineItem(sid) for sid in catalog.ids()))


def release_routine(catalog: Catalog) -> Routine:
    ids = [s.id for s in catalog.stretches if s.category == "release"]
    return Routine("release", "Release only", tuple(RoutineItem(sid) for sid in ids))


def favourites_routine(catalog: Catalog, favourites: tuple[str, ...] | list[str]) -> Routine:
    """The starred stretches, releases first, then in the routine's order."""
    starred = set(favourites)
    releases = [s.id for s in catalog.stretches if s.id in starred and s.category == "release"]
    others = [s.id for s in catalog.stretches if s.id in starred and s.category != "release"]
    return Routine("favourites", "Favourites", tuple(RoutineItem(sid) for sid in releases + others))


def built_in_routine(name: str, catalog: Catalog, favourites: tuple[str, ...] = ()) -> Routine:
    if name == "full":
        return full_routine(catalog)
    if name == "release":
        return release_routine(catalog)
    if name == "favourites":
        return favourites_routine(catalog, favourites)
    raise RoutineError(f"no built-in routine called '{name}'")


def without_flare_up_risks(routine: Routine, catalog: Catalog) -> tuple[Routine, tuple[Stretch, ...]]:
    """The routine without stretches that can worsen an acute flare-up, and what was left out."""
    risky = tuple(catalog.get(sid) for sid in dict.fromkeys(routine.stretch_ids()) if catalog.get(sid).flare_up_caution)
    risky_ids = {stretch.id for stretch in risky}
    kept = tuple(item for item in routine.items if item.stretch_id not in risky_ids)
    return replace(routine, items=kept), risky


def _shown(text: str, limit: int = 40) -> str:
    """Text from a file, quoted on one line and cut short, for an error message."""
    return repr(text if len(text) <= limit else text[:limit] + "...")
