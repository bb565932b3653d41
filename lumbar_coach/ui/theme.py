"""Colours and text size: the system palette, or a calm light or dark one, with one accent."""

from __future__ import annotations

import os

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

THEME_VARIABLE = "LUMBAR_COACH_THEME"
BASE_POINT_SIZE = 14
ACCENT = "#3d8a7a"
# One hue per kind of phase, chosen to read on light and dark backgrounds alike.
PHASE_COLOURS = {
    "intro": "#6b8fb3", "prepare": "#c98a2e", "hold": "#3d8a7a", "timed": "#3d8a7a", "reps": "#3d8a7a",
    "rest": "#5b86c4", "switch": "#9a6bbf", "done": "#6b8fb3",
}
PHASE_WORDS = {
    "intro": "Welcome", "prepare": "Get ready", "hold": "Hold", "timed": "Release", "reps": "Reps",
    "rest": "Rest", "switch": "Switch sides", "done": "Done",
}

_LIGHT = {
    "Window": "#f4f2ee", "WindowText": "#24292e", "Base": "#ffffff", "AlternateBase": "#ebe8e2",
    "Text": "#24292e", "Button": "#e9e6e0", "ButtonText": "#24292e", "Mid": "#b9b4ab", "Midlight": "#dcd8d1",
    "Dark": "#8c877e", "Shadow": "#5c5850", "Light": "#ffffff", "PlaceholderText": "#6e6a63",
    "ToolTipBase": "#ffffff", "ToolTipText": "#24292e", "BrightText": "#ffffff", "Link": "#2f6f62",
}
_DARK = {
    "Window": "#1f2326", "WindowText": "#e6e3dd", "Base": "#171a1c", "AlternateBase": "#262b2e",
    "Text": "#e6e3dd", "Button": "#2b3034", "ButtonText": "#e6e3dd", "Mid": "#4a5055", "Midlight": "#363c40",
    "Dark": "#121416", "Shadow": "#000000", "Light": "#3c4247", "PlaceholderText": "#9a968f",
    "ToolTipBase": "#2b3034", "ToolTipText": "#e6e3dd", "BrightText": "#ffffff", "Link": "#7cc4b3",
}


def chosen_theme(setting: str) -> str:
    """The theme to use: ``LUMBAR_COACH_THEME`` (light, dark, system) wins over the setting."""
    override = os.environ.get(THEME_VARIABLE, "").strip().lower()
    return override if override in ("system", "light", "dark") else setting


def apply_theme(app: QApplication, theme: str, text_scale: float = 1.0) -> None:
    """Set the application's palette and base font for ``theme`` and ``text_scale``."""
    if theme in ("light", "dark"):
        app.setStyle("Fusion")
        app.setPalette(make_palette(_DARK if theme == "dark" else _LIGHT))
    else:
        app.setPalette(QPalette())   # an empty palette puts back the style's own (without waking QStyle's enums)
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * text_scale)
    app.setFont(font)


def make_palette(colours: dict[str, str]) -> QPalette:
    """A palette from role names to colours, with the accent for selection."""
    palette = QPalette()
    for role_name, colour in colours.items():
        palette.setColor(getattr(QPalette.ColorRole, role_name), QColor(colour))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours["PlaceholderText"]))
    return palette


def is_dark(palette: QPalette) -> bool:
    """True when the window background is darker than its text."""
    return palette.color(QPalette.ColorRole.Window).lightness() < palette.color(QPalette.ColorRole.WindowText).lightness()


def accent() -> QColor:
    return QColor(ACCENT)


def phase_colour(kind: str) -> QColor:
    return QColor(PHASE_COLOURS.get(kind, ACCENT))


def softened(colour: QColor, palette: QPalette, amount: float = 0.82) -> QColor:
    """``colour`` mixed towards the window background, for quiet fills."""
    base = palette.color(QPalette.ColorRole.Window)
    mix = lambda a, b: round(a * (1 - amount) + b * amount)  # noqa: E731
    return QColor(mix(colour.red(), base.red()), mix(colour.green(), base.green()), mix(colour.blue(), base.blue()))


def scaled_font(widget_font: QFont, factor: float, bold: bool = False) -> QFont:
    """``widget_font`` made ``factor`` times larger."""
    font = QFont(widget_font)
    font.setPointSizeF(max(1.0, font.pointSizeF() * factor))
    font.setBold(bold)
    return font
