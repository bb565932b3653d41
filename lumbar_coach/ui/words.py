"""Short texts the window shows about stretches, in plain Python."""

from __future__ import annotations

from lumbar_coach.core.catalog import Stretch

SECTIONS = (
    ("release", "Start here: release", "Loosen the tight muscles first, so the stretches after them go further."),
    ("active-stretch", "Active stretches", "Move into each stretch with your own muscles, then hold it."),
    ("activation", "Activation", "Wake up the muscles that support your back."),
)
EMPTY_FAVOURITES = "Star the stretches that feel tight; they become your daily routine."


def equipment_words(stretch: Stretch) -> str:
    """"Foam roller", or "No equipment"."""
    return "No equipment" if stretch.equipment == "none" else stretch.equipment.capitalize()


def matches(stretch: Stretch, text: str) -> bool:
    """True when ``text`` is found in the stretch's names or target muscles (any case)."""
    needle = text.strip().lower()
    if not needle:
        return True
    haystack = [stretch.name, stretch.short_name, *stretch.targets]
    return any(needle in entry.lower() for entry in haystack)


def routine_button_text(title: str, minutes: int | None) -> str:
    """"Start routine: Full (about 29 min)"."""
    title = title.removesuffix(" routine")
    if minutes is None:
        return f"Start routine: {title}"
    return f"Start routine: {title} (about {minutes} min)"
