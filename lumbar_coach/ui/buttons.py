"""Buttons and choice boxes that always carry an accessible name and a tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from lumbar_coach.ui.theme import ACCENT

PRIMARY_STYLE = f"""
QPushButton {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT}; border-radius: 8px;
              padding: 8px 20px; font-weight: bold; }}
QPushButton:hover {{ background: #367b6d; }}
QPushButton:focus {{ border: 3px solid palette(text); }}
QPushButton:disabled {{ background: palette(mid); border-color: palette(mid); color: palette(window); }}
"""


def button(text: str, tip: str, key: str = "", parent: QWidget | None = None, name: str = "") -> QPushButton:
    """A push button; ``key`` (such as "Space") is added to the tooltip."""
    widget = QPushButton(text, parent)
    widget.setToolTip(f"{tip} ({key})" if key else tip)
    widget.setAccessibleName(name or text.replace("&", ""))
    return widget


def make_primary(widget: QPushButton) -> QPushButton:
    """The one main action of a page, in the accent colour."""
    widget.setStyleSheet(PRIMARY_STYLE)
    widget.setMinimumHeight(44)
    return widget


def choice_box(options, current, label: str, tip: str, parent: QWidget | None = None) -> QComboBox:
    """A drop-down of ``(value, text)`` options with ``current`` chosen (the first when it is absent)."""
    box = QComboBox(parent)
    for value, text in options:
        box.addItem(text, value)
    box.setCurrentIndex(max(0, box.findData(current)))
    box.setAccessibleName(label)
    box.setToolTip(tip)
    return box
