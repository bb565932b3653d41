"""Four toggle buttons for the painful side: left, right, both, not sure (or none chosen)."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from lumbar_coach.ui.buttons import button
from lumbar_coach.ui.painful_side import CHOICES


class SideChoice(QWidget):
    """``value()`` is the side chosen, or None when none is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for value, text, key in CHOICES:
            self.buttons[value] = self._side_button(value, text, key)
            row.addWidget(self.buttons[value])
        row.addStretch(1)

    def _side_button(self, value: str, text: str, key: str) -> QPushButton:
        tip = f"My {text.lower()} side hurts" if value in ("left", "right") else f"Painful side: {text.lower()}"
        widget = button(text, tip, key, self, name=f"Painful side: {text}")
        widget.setCheckable(True)
        widget.setMinimumHeight(40)
        self.group.addButton(widget)
        return widget

    def press_key(self, text: str) -> bool:
        """Choose the side whose key is ``text`` (L, R, B or N); False when no side has it."""
        for value, _, key in CHOICES:
            if text.upper() == key:
                self.buttons[value].click()
                return True
        return False

    def set_value(self, side: str | None) -> None:
        self.group.setExclusive(False)
        for value, widget in self.buttons.items():
            widget.setChecked(value == side)
        self.group.setExclusive(True)

    def value(self) -> str | None:
        return next((value for value, widget in self.buttons.items() if widget.isChecked()), None)
