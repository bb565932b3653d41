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


SORE_NOTE = "Hurt twice this week: make the movement smaller, or skip it for now."
RELEASE_SUGGESTION = "On a bad day, “Release only” is the gentlest choice."


def flare_up_note(stretch: Stretch) -> str:
    """Why a stretch is left out while flare-up mode is on ("" when it is not)."""
    if not stretch.flare_up_caution:
        return ""
    return f"Left out in flare-up mode: {stretch.flare_up_caution}"


def stretch_notes(stretch: Stretch, flare_up: bool, sore: bool) -> list[str]:
    """The cautions to show with a stretch: left out in flare-up mode, and hurting lately."""
    notes = [flare_up_note(stretch)] if flare_up and stretch.flare_up_caution else []
    return notes + ([SORE_NOTE] if sore else [])


def flare_up_line(left_out_names: list[str], routine_name: str) -> str:
    """The short line under the start button while flare-up mode is on."""
    left_out = f"{', '.join(left_out_names)} left out. " if left_out_names else ""
    suggestion = "" if routine_name == "release" else RELEASE_SUGGESTION
    return f"Flare-up mode is on: {left_out}{suggestion}".strip()
