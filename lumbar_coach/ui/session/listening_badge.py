"""The sign that the coach is listening: a small microphone and what to say, shown only while it listens."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from lumbar_coach.ui.theme import ACCENT

HINT_WITH_WAKE_WORD = "Listening: say “coach” and then pause, resume, next, back, repeat, how long or stop"
HINT_BARE = "Listening: say pause, resume, next, back, repeat, how long or stop"


class MicrophoneIcon(QWidget):
    """A microphone drawn in the accent colour, as tall as the text beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Listening")

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        side = min(self.width(), self.height())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate((self.width() - side) / 2, (self.height() - side) / 2)
        colour = QColor(ACCENT)
        pen = QPen(colour, max(1.5, side / 14), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(side * 0.36, side * 0.08, side * 0.28, side * 0.50), side * 0.14, side * 0.14)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawArc(QRectF(side * 0.24, side * 0.22, side * 0.52, side * 0.50), 180 * 16, 180 * 16)
        painter.drawLine(round(side * 0.5), round(side * 0.72), round(side * 0.5), round(side * 0.88))
        painter.drawLine(round(side * 0.36), round(side * 0.88), round(side * 0.64), round(side * 0.88))


class ListeningBadge(QWidget):
    """Microphone and hint; hidden while the coach is not listening."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = MicrophoneIcon(self)
        self.text = QLabel(HINT_WITH_WAKE_WORD, self)
        self.text.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        self.fit_icon()
        self.setAccessibleName("Voice commands")
        self.hide()

    def fit_icon(self) -> None:
        """Make the microphone as tall as a line of the hint."""
        side = self.text.fontMetrics().height() + 4
        self.icon.setFixedSize(side, side)

    def show_listening(self, listening: bool, wake_word: bool = True) -> None:
        """Show the badge (with the right hint) while listening, hide it otherwise."""
        self.text.setText(HINT_WITH_WAKE_WORD if wake_word else HINT_BARE)
        self.setAccessibleDescription(self.text.text())
        self.setVisible(listening)
