"""Left and right in words: mirroring text for the second side, and the side bend's direction."""

from __future__ import annotations

import re

_SIDE_WORD = re.compile(r"\b(left|right|Left|Right|LEFT|RIGHT)\b")
_SWAP = {"left": "right", "right": "left", "Left": "Right", "Right": "Left", "LEFT": "RIGHT", "RIGHT": "LEFT"}
PAINFUL_SIDES = ("left", "right", "both", "unsure")


def other_side(side: str) -> str:
    """The opposite of ``"left"`` or ``"right"``."""
    return _SWAP[side]


def mirror(text: str) -> str:
    """The same words for the other side: every "left" becomes "right" and back."""
    return _SIDE_WORD.sub(lambda match: _SWAP[match.group(0)], text)


def for_side(text: str, written_for: str | None, side: str | None) -> str:
    """Text written for ``written_for``, said for ``side`` (mirrored when they differ)."""
    if written_for is None or side is None or side == written_for:
        return text
    return mirror(text)


def bend_direction(painful_side: str) -> str | None:
    """Which way the side bend goes: away from the painful side, or None when the person chooses."""
    if painful_side in ("left", "right"):
        return other_side(painful_side)
    return None


def fill_bend(text: str, painful_side: str) -> str:
    """Fill the side bend's ``{toward}`` and ``{away}`` from the painful side."""
    toward = bend_direction(painful_side)
    if toward is None:
        return _fill_unknown_bend(text)
    return text.replace("{toward}", toward).replace("{away}", other_side(toward))


def _fill_unknown_bend(text: str) -> str:
    """With pain on both sides, or no clear side, the person bends to the side that feels easier."""
    replacements = (("to your {toward} side", "to whichever side feels easier"),
                    ("your {away} arm", "your other arm"), (" {toward}", ""))
    for placeholder, words in replacements:
        text = text.replace(placeholder, words)
    return text
