"""The 0 to 10 pain scale: eleven buttons, and the keys that answer it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lumbar_coach.ui.buttons import PRIMARY_STYLE, button

SCORES = range(0, 11)
ENDS = "0 is no pain at all, 10 the worst you can imagine. Press a number key (the 10 button for 10); Enter skips."


def score_for_key(key: int) -> int | None:
    """The pain score a key stands for (keys 0 to 9), or None."""
    if Qt.Key.Key_0.value <= key <= Qt.Key.Key_9.value:
        return key - Qt.Key.Key_0.value
    return None


def key_hint(score: int) -> str:
    """The key that gives ``score`` ("" for 10, which is only a button)."""
    return str(score) if score < 10 else ""


class PainScale(QWidget):
    """A row of eleven buttons; ``chosen`` carries the score picked."""

    chosen = Signal(int)

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        self.buttons = [self._score_button(score) for score in SCORES]
        row = QHBoxLayout()
        row.setSpacing(6)
        for widget in self.buttons:
            row.addWidget(widget)
        hint = QLabel(ENDS)
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addWidget(hint)

    def _score_button(self, score: int) -> QPushButton:
        widget = button(str(score), f"Pain {score} out of 10", key_hint(score), self, name=f"Pain {score} of 10")
        widget.setAutoDefault(False)
        widget.setMinimumSize(44, 40)
        widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        widget.clicked.connect(lambda _=False, s=score: self.chosen.emit(s))
        return widget

    def show_chosen(self, score: int | None) -> None:
        """Mark ``score`` as the answer given (None: no answer yet)."""
        for value, widget in enumerate(self.buttons):
            widget.setStyleSheet(PRIMARY_STYLE if value == score else "")
            widget.setAccessibleDescription("chosen" if value == score else "")
