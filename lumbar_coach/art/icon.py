"""The application icon: a kneeling figure bending sideways, its lower back in the accent colour."""

from __future__ import annotations

from lumbar_coach.art import palette

ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
BACKGROUND = "#3F6F9C"
FIGURE = "#F4F8FC"
SPINE = "M37 48C37 38 34 31 26 27"
LOWER_BACK = "M37 48C37 44.5 36.8 42 36.2 39.5"
ARM = "M32.5 31C38 15 27 6 12.5 8.5"
FLOOR = "M18 53H48"


def icon_svg() -> str:
    """The icon as SVG text on a 64-unit square."""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">'
        f'<rect x="2" y="2" width="60" height="60" rx="15" fill="{BACKGROUND}"/>'
        f'<g fill="none" stroke-linecap="round" stroke-linejoin="round">'
        f'<path d="{ARM}" stroke="{FIGURE}" stroke-width="5"/>'
        f'<path d="{FLOOR}" stroke="{FIGURE}" stroke-width="4" stroke-opacity="0.55"/>'
        f'<path d="{SPINE}" stroke="{FIGURE}" stroke-width="10"/>'
        f'<path d="{LOWER_BACK}" stroke="{palette.ACCENT}" stroke-width="6"/>'
        "</g>"
        f'<circle cx="21" cy="23" r="6.5" fill="{FIGURE}"/>'
        "</svg>\n"
    )


def icon_png_path(size: int) -> str:
    """Where the PNG of one icon size lives under ``assets/icons``."""
    return f"hicolor/{size}x{size}/apps/lumbar-coach.png"
