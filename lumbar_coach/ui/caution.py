"""A softly tinted panel with an amber edge, for the lines that ask for care (in either theme)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from lumbar_coach.ui.theme import PHASE_COLOURS, phase_colour, softened


class CautionPanel(QFrame):
    """Holds one rich-text label; ``set_text`` fills it and hides the panel when empty."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caution")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAccessibleName(name)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 8, 18, 8)
        layout.addWidget(self.label)
        self.restyle()

    def restyle(self) -> None:
        """Tint from the current palette (call again after the theme changes)."""
        tint = softened(phase_colour("prepare"), self.palette(), 0.8).name()
        self.setStyleSheet(f"QFrame#caution {{ background: {tint}; border-left: 5px solid {PHASE_COLOURS['prepare']}; "
                           "border-radius: 8px; }")

    def set_text(self, html: str) -> None:
        self.label.setText(html)
        self.setVisible(bool(html))

    def text(self) -> str:
        return self.label.text()
