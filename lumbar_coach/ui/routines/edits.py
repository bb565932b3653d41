"""Changes to the person's routines, as plain functions from one tuple of routines to the next."""

from __future__ import annotations

from dataclasses import replace

from lumbar_coach.core.catalog import Catalog
from lumbar_coach.core.routines import Routine, RoutineItem, below_prescribed, check_override, effective_dose
from lumbar_coach.storage.routine_files import name_from_title, unique_name

Routines = tuple[Routine, ...]


def find(routines: Routines, name: str) -> Routine:
    for routine in routines:
        if routine.name == name:
            return routine
    raise KeyError(name)


def _replaced(routines: Routines, name: str, new: Routine) -> Routines:
    return tuple(new if routine.name == name else routine for routine in routines)


def _names(routines: Routines, leaving_out: str = "") -> list[str]:
    return [routine.name for routine in routines if routine.name != leaving_out]


def create(routines: Routines, title: str, items: tuple[RoutineItem, ...] = ()) -> tuple[Routines, str]:
    """``routines`` with a new one titled ``title``, and the new one's name."""
    name = unique_name(name_from_title(title), _names(routines))
    return (*routines, Routine(name, title.strip(), items)), name


def rename(routines: Routines, name: str, title: str) -> tuple[Routines, str]:
    """Give a routine a new title (and the matching name); returns the new name."""
    new_name = unique_name(name_from_title(title), _names(routines, leaving_out=name))
    return _replaced(routines, name, replace(find(routines, name), name=new_name, title=title.strip())), new_name


def delete(routines: Routines, name: str) -> Routines:
    return tuple(routine for routine in routines if routine.name != name)


def append(routines: Routines, name: str, stretch_id: str) -> Routines:
    routine = find(routines, name)
    return _replaced(routines, name, replace(routine, items=(*routine.items, RoutineItem(stretch_id))))


def remove(routines: Routines, name: str, index: int) -> Routines:
    routine = find(routines, name)
    items = routine.items[:index] + routine.items[index + 1:]
    return _replaced(routines, name, replace(routine, items=items))


def move(routines: Routines, name: str, index: int, offset: int) -> tuple[Routines, int]:
    """Move item ``index`` by ``offset`` places (kept within the list); returns its new index."""
    routine = find(routines, name)
    target = max(0, min(len(routine.items) - 1, index + offset))
    items = list(routine.items)
    items.insert(target, items.pop(index))
    return _replaced(routines, name, replace(routine, items=tuple(items))), target


def set_dose(routines: Routines, name: str, index: int, key: str, value: int, catalog: Catalog) -> Routines:
    """Change one part of an item's dose; raises RoutineError when out of bounds or not applicable."""
    routine = find(routines, name)
    item = routine.items[index]
    check_override(key, value, catalog.get(item.stretch_id).dose.kind)
    changed = RoutineItem(item.stretch_id, {**item.overrides, key: value})
    return _replaced(routines, name, replace(routine, items=_swap(routine.items, index, changed)))


def reset_dose(routines: Routines, name: str, index: int) -> Routines:
    """Back to the dose the routine prescribes."""
    routine = find(routines, name)
    plain = RoutineItem(routine.items[index].stretch_id)
    return _replaced(routines, name, replace(routine, items=_swap(routine.items, index, plain)))


def _swap(items: tuple[RoutineItem, ...], index: int, new: RoutineItem) -> tuple[RoutineItem, ...]:
    return items[:index] + (new,) + items[index + 1:]


def add_imported(routines: Routines, routine: Routine) -> tuple[Routines, str]:
    """Add an imported routine under a name nothing else uses; returns that name."""
    name = unique_name(name_from_title(routine.name), _names(routines))
    return (*routines, replace(routine, name=name)), name


def item_text(position: int, item: RoutineItem, catalog: Catalog) -> str:
    """"2. Glute release — 2 minutes each side (less than prescribed: time)"."""
    stretch = catalog.get(item.stretch_id)
    text = f"{position}. {stretch.name} — {effective_dose(stretch, item).in_words()}"
    lower = below_prescribed(stretch, item)
    return f"{text}  (less than prescribed: {', '.join(lower)})" if lower else text


def dose_fields(kind: str) -> tuple[tuple[str, str], ...]:
    """The dose parts a person may change for a dose kind, with their labels."""
    return {"holds": (("sets", "Holds"), ("hold_seconds", "Seconds each hold")),
            "reps": (("reps", "Reps"),), "timed": (("minutes", "Minutes"),)}[kind]


def dose_value(item: RoutineItem, key: str, catalog: Catalog) -> int:
    dose = effective_dose(catalog.get(item.stretch_id), item)
    return (dose.duration_seconds or 60) // 60 if key == "minutes" else getattr(dose, key)
