"""Before a session: how much does your back hurt right now? One key answers, Enter skips."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from lumbar_coach.ui.buttons import button
from lumbar_coach.ui.pain.scale import PainScale, score_for_key

BEFORE = "Before you start: how much does your lower back hurt right now?"
MINIMUM_WIDTH = 720
SKIP_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape)


class PainDialog(QDialog):
    """The pain scale on its own; ``score`` holds the answer (None when skipped)."""

    def __init__(self, question: str = BEFORE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Pain check-in")
        self.score: int | None = None
        self.scale = PainScale(question, self)
        self.scale.chosen.connect(self.choose)
        self.skip_button = button("Skip", "Start without a score", "Enter", self)
        self.skip_button.setAutoDefault(False)
        self.skip_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.skip_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.scale)
        layout.addLayout(row)
        self.setMinimumWidth(MINIMUM_WIDTH)

    def choose(self, score: int) -> None:
        self.score = score
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        score = score_for_key(event.key())
        if score is not None:
            self.choose(score)
        elif event.key() in SKIP_KEYS:
            self.reject()
        else:
            super().keyPressEvent(event)


def ask_pain_before(parent: QWidget | None) -> int | None:
    """Ask for a score from 0 to 10 before a session; None when skipped."""
    dialog = PainDialog(BEFORE, parent)
    dialog.exec()
    return dialog.score
