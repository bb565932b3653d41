"""The "this hurts" panel: ease off, make it smaller, and the way out."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from lumbar_coach.ui.buttons import button
from lumbar_coach.ui.theme import scaled_font

EASE_OFF = "Ease off now. Come out of the stretch slowly and breathe."
SMALLER = "make the movement smaller: less range, no pain."


def shown_advice(easier: str | None) -> str:
    """The panel's words: ease off, then this stretch's easier version (or the general one)."""
    return f"{EASE_OFF} If you go on, {f'make it easier: {easier}' if easier else SMALLER}"


def spoken_advice(easier: str | None, commands: str | None) -> str:
    """What the coach says: ease off, how to make it easier, and the ways on.

    ``commands`` is how spoken commands start ("coach " or "") while listening, else None.
    """
    easing = f"make it easier. {easier}" if easier else "make the movement smaller."
    ways_on = (f"Say {commands}go to carry on, or {commands}stop to end." if commands is not None
               else "Or skip this stretch.")
    return f"Ease off now, slowly. If you carry on, {easing} {ways_on}"


class HurtPanel(QFrame):
    """Shown in place of the controls while the session is paused for pain."""

    carryOn = Signal()
    skip = Signal()
    end = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hurtPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName("This hurts")
        self.message = message = QLabel(shown_advice(None))
        message.setWordWrap(True)
        message.setFont(scaled_font(self.font(), 1.2))
        self.carry_on_button = button("Carry on, smaller", "Resume with a smaller movement", "Space", self)
        self.skip_button = button("Skip this stretch", "Go on to the next stretch", "S", self)
        self.end_button = button("End the session", "Stop here and see what you did", "Esc", self)
        row = QHBoxLayout()
        for widget in (self.carry_on_button, self.skip_button, self.end_button):
            widget.setMinimumHeight(40)
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addLayout(row)
        self.carry_on_button.clicked.connect(self.carryOn)
        self.skip_button.clicked.connect(self.skip)
        self.end_button.clicked.connect(self.end)

    def set_advice(self, easier: str | None) -> None:
        self.message.setText(shown_advice(easier))
