"""Ask which side hurts, once, before the side bend: it bends away from the sore side."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from lumbar_coach.ui.buttons import button

QUESTION = ("The side bend goes away from your sore side. Which side of your lower back hurts? "
            "You can change this later in Settings.")
CHOICES = (("left", "Left", "L"), ("right", "Right", "R"), ("both", "Both", "B"), ("unsure", "Not sure", "N"))


class PainfulSideDialog(QDialog):
    """Four buttons: left, right, both, not sure; ``choice`` holds the answer (None when cancelled)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Which side hurts?")
        self.choice: str | None = None
        question = QLabel(QUESTION)
        question.setWordWrap(True)
        row = QHBoxLayout()
        self.buttons = {}
        for value, text, key in CHOICES:
            choice = button(f"&{text}", f"My {text.lower()} side hurts" if value in ("left", "right") else text, key, self)
            choice.clicked.connect(lambda _=False, v=value: self.choose(v))
            self.buttons[value] = choice
            row.addWidget(choice)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(row)

    def choose(self, value: str) -> None:
        self.choice = value
        self.accept()


def ask_painful_side(parent: QWidget | None) -> str | None:
    """Ask, and return left, right, both or unsure; None when the person cancels."""
    dialog = PainfulSideDialog(parent)
    dialog.exec()
    return dialog.choice
