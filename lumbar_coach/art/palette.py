"""The colours of the illustrations: mid tones that read on light and dark backgrounds."""

from __future__ import annotations

BODY = "#8DB6DA"
BODY_FAR = "#6C95BE"
OUTLINE = "#2D4A66"
ACCENT = "#F59E6C"
ACCENT_FAR = "#D98152"
ACCENT_OUTLINE = "#8C4424"
ACCENT_BRIGHT = "#FFBE8F"
ACCENT_GLOW = "#FF9A5C"
HAIR = "#4A6D90"
PROP = "#B9A8E3"
PROP_CORE = "#8A78C4"
PROP_OUTLINE = "#54468A"
FLOOR = "#98A3AF"
ARROW = "#2FA58A"


def mix(first: str, second: str, k: float) -> str:
    """The colour ``k`` of the way from ``first`` to ``second`` (``#rrggbb``)."""
    k = min(1.0, max(0.0, k))
    a = [int(first[i:i + 2], 16) for i in (1, 3, 5)]
    b = [int(second[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * k):02X}" for x, y in zip(a, b))
