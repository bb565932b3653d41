"""The safety page: shown before the first session, and from Help at any time."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from lumbar_coach.core.safety import SafetyAdvice, safety_advice
from lumbar_coach.ui.buttons import button, make_primary
from lumbar_coach.ui.caution import CautionPanel
from lumbar_coach.ui.safety import words
from lumbar_coach.ui.safety.side_choice import SideChoice
from lumbar_coach.ui.theme import scaled_font

COLUMN_WIDTH = 960


class SafetyView(QWidget):
    """Emits ``confirmed`` with the painful side chosen (or None), ``flagged`` when a warning sign
    applies (first read only); Esc emits ``back``."""

    confirmed = Signal(object)   # str | None
    flagged = Signal()
    back = Signal()

    def __init__(self, advice: SafetyAdvice | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.advice = advice or safety_advice()
        self.heading = QLabel(words.HEADING)
        self.heading.setFont(scaled_font(self.font(), 1.7, bold=True))
        self.not_advice = _text(escape(self.advice.not_advice), "Not medical advice")
        self.flags_panel = CautionPanel("When to see a provider first", self)
        self.flags_panel.set_text(words.red_flags_html(self.advice))
        self.red_flags = self.flags_panel.label
        self.while_stretching = _text(words.while_stretching_html(self.advice), "While you stretch")
        self.side = SideChoice(self)
        self.confirm_button = make_primary(button(words.FIRST_RUN_BUTTON, "Confirm and go on", "Enter", self))
        self.confirm_button.clicked.connect(lambda: self.confirmed.emit(self.side.value()))
        self.flag_button = button(words.FLAG_BUTTON, "A warning sign applies: see a healthcare provider first", "", self)
        self.flag_button.setMinimumHeight(44)
        self.flag_button.clicked.connect(self.flagged)
        self._lay_out()

    def _lay_out(self) -> None:
        column = QWidget(self)
        column.setMaximumWidth(COLUMN_WIDTH)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 28, 0, 12)
        inner.setSpacing(10)
        parts = (self.heading, self.not_advice, self.flags_panel, _subheading("While you stretch", self),
                 self.while_stretching, _subheading("Your painful side", self),
                 _text(escape(words.SIDE_QUESTION), "Painful side question"), self.side)
        for widget in parts:
            inner.addWidget(widget)
        inner.addStretch(1)
        holder = QWidget(self)
        centred = QHBoxLayout(holder)
        centred.setContentsMargins(60, 0, 60, 0)
        centred.addStretch(1)
        centred.addWidget(column, 100)
        centred.addStretch(1)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(holder)
        row = QHBoxLayout()
        row.setContentsMargins(60, 8, 60, 24)
        row.addStretch(1)
        row.addWidget(self.flag_button)
        row.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(area, 1)
        layout.addLayout(row)

    def prepare(self, first_run: bool, painful_side: str | None) -> None:
        """Set the button for a first read (confirm) or a later one (back), and the side known so far."""
        text = words.FIRST_RUN_BUTTON if first_run else words.LATER_BUTTON
        self.confirm_button.setText(text)
        self.confirm_button.setAccessibleName(text)
        self.flag_button.setVisible(first_run)
        self.side.set_value(painful_side)
        self.confirm_button.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.confirm_button.click()
        elif event.key() == Qt.Key.Key_Escape:
            self.back.emit()
        elif not (event.text() and self.side.press_key(event.text())):
            super().keyPressEvent(event)


def _subheading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setFont(scaled_font(parent.font(), 1.2, bold=True))
    return label


def _text(html: str, name: str) -> QLabel:
    label = QLabel(html)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAccessibleName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label
