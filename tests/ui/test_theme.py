"""Themes: the calm light and dark palettes, and going back to the system's own."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from lumbar_coach.ui.theme import BASE_POINT_SIZE, apply_theme, is_dark


def _window_colour(app: QApplication) -> str:
    return app.palette().color(QPalette.ColorRole.Window).name()


def test_dark_then_system_gives_back_the_styles_own_palette(qapp):
    apply_theme(qapp, "system")
    system = _window_colour(qapp)
    apply_theme(qapp, "dark")
    assert is_dark(qapp.palette()) and _window_colour(qapp) != system
    apply_theme(qapp, "system")
    assert _window_colour(qapp) == system


def test_text_scale_sets_the_base_font(qapp):
    apply_theme(qapp, "light", 1.5)
    assert qapp.font().pointSizeF() == BASE_POINT_SIZE * 1.5
    apply_theme(qapp, "system")
    assert not is_dark(qapp.palette())
