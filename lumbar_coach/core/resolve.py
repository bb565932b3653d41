"""Turn what a person typed (routine names, stretch ids, parts of names) into one routine."""

from __future__ import annotations

from collections.abc import Sequence

from lumbar_coach.core.catalog import Catalog, Stretch
from lumbar_coach.core.errors import RoutineError
from lumbar_coach.core.routines import BUILT_IN, Routine, RoutineItem, built_in_routine


def resolve(words: Sequence[str], catalog: Catalog, *, favourites: tuple[str, ...] = (),
            saved: Sequence[Routine] = ()) -> Routine:
    """One routine made of every named routine and stretch, in the order given."""
    if not words:
        raise RoutineError("name a routine or a stretch (hint: 'full', 'release', 'favourites', or a stretch id from 'lumbar-coach list')")
    parts = [_resolve_one(word, catalog, favourites, saved) for word in words]
    if len(parts) == 1:
        return parts[0]
    items = tuple(item for part in parts for item in part.items)
    return Routine("custom", " + ".join(part.title for part in parts), items)


def _resolve_one(word: str, catalog: Catalog, favourites: tuple[str, ...], saved: Sequence[Routine]) -> Routine:
    key = word.strip().lower()
    if key in BUILT_IN:
        routine = built_in_routine(key, catalog, favourites)
        if not routine.items:
            raise RoutineError("no favourites yet (hint: star stretches in the app first)")
        return routine
    for routine in saved:
        if routine.name.lower() == key:
            return routine
    stretch = find_stretch(key, catalog)
    return Routine(stretch.id, stretch.name, (RoutineItem(stretch.id),))


def find_stretch(key: str, catalog: Catalog) -> Stretch:
    """A stretch by id, or by a part of its name that only one stretch has."""
    key = key.strip().lower()
    if key in catalog.ids():
        return catalog.get(key)
    matches = [s for s in catalog.stretches if key in s.name.lower() or key in s.short_name.lower() or key in s.id]
    if len(matches) == 1:
        return matches[0]
    if matches:
        names = ", ".join(s.id for s in matches)
        raise RoutineError(f"'{key}' matches several stretches: {names} (hint: use the id)")
    raise RoutineError(f"no routine or stretch called '{key}' (hint: 'lumbar-coach list' shows the ids)")
