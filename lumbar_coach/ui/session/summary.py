"""After a session: what was done, the time spent, how the back feels now, and the safety lines."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from lumbar_coach.core.catalog import Catalog
from lumbar_coach.core.phases import Timeline
from lumbar_coach.core.safety import safety_advice
from lumbar_coach.core.session import Finished
from lumbar_coach.ui.buttons import button, make_primary
from lumbar_coach.ui.caution import CautionPanel
from lumbar_coach.ui.pain.scale import PainScale, score_for_key
from lumbar_coach.ui.session.describe import done_stretches, started_stretches
from lumbar_coach.ui.theme import scaled_font

AFTER = "How much does your lower back hurt now? (optional)"


def time_spent(seconds: float) -> str:
    """"12 min 5 s", "45 s"."""
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest} s" if minutes else f"{rest} s"


def summary_html(finished: Finished, timeline: Timeline, catalog: Catalog) -> str:
    """The list of stretches done (and begun) and the time spent."""
    done = done_stretches(timeline, finished.completed_phases)
    begun = started_stretches(timeline, finished.completed_phases)
    parts = [f"<p>Time spent: <b>{time_spent(finished.active_seconds)}</b></p>"]
    if done:
        parts.append("<p>Done:</p><ul>" + "".join(f"<li>{escape(catalog.get(s).name)}</li>" for s in done) + "</ul>")
    if begun:
        parts.append("<p>Begun:</p><ul>" + "".join(f"<li>{escape(catalog.get(s).name)}</li>" for s in begun) + "</ul>")
    if not done and not begun:
        parts.append("<p>No stretch was finished this time. That is fine: come back when you are ready.</p>")
    return "".join(parts)


def after_session_lines() -> str:
    """The two safety lines for the end of a session: when to stop and see someone, and normal soreness."""
    advice = safety_advice()
    return f"{advice.during_and_after} {advice.soreness_is_normal}"


def pain_noted_text(after: int, before: int | None) -> str:
    """What the summary says of a pain score, beside the one given before the session if there was one."""
    noted = f"Noted: {after} out of 10"
    if before is None:
        return f"{noted}. Thank you."
    if after < before:
        return f"{noted}, down from {before} before the session."
    if after == before:
        return f"{noted}, the same as before the session."
    return (f"{noted}, up from {before} before the session. Make the movements smaller next time, and if the pain "
            "keeps rising today or tomorrow, stop the routine and see a healthcare provider.")


class SummaryView(QWidget):
    """The end of a session; digits score the pain now, Enter or Esc goes back to the library."""

    back = Signal()
    again = Signal()
    painScored = Signal(int)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.heading = QLabel()
        self.heading.setFont(scaled_font(self.font(), 2.0, bold=True))
        self.body = _rich_label(scaled_font(self.font(), 1.15))
        self.pain = PainScale(AFTER, self)
        self.pain.chosen.connect(self.score_pain)
        self.pain_noted = QLabel()
        self.pain_noted.setWordWrap(True)
        self.pain_before: int | None = None
        self.safety = CautionPanel("Safety after a session", self)
        self.safety.set_text(escape(after_session_lines()))
        self.back_button = button("Back to the library", "Back to the library", "Enter", self)
        self.again_button = button("Do it again", "Start the same session again", "Ctrl+Enter", self)
        self._lay_out()
        self.back_button.clicked.connect(self.back)
        self.again_button.clicked.connect(self.again)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addSpacing(12)
        layout.addWidget(self.pain)
        layout.addWidget(self.pain_noted)
        layout.addStretch(1)
        layout.addWidget(self.safety)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.again_button)
        row.addWidget(self.back_button)
        make_primary(self.back_button)
        layout.addSpacing(12)
        layout.addLayout(row)

    def show_result(self, finished: Finished, timeline: Timeline, pain_before: int | None = None) -> None:
        self.pain_before = pain_before
        self.heading.setText("Well done" if finished.completed else "Session ended")
        self.body.setText(summary_html(finished, timeline, self.catalog))
        self.pain.show_chosen(None)
        self.pain_noted.clear()
        self.back_button.setFocus()

    def score_pain(self, score: int) -> None:
        """Keep the pain score given after the session (the last one given counts)."""
        self.pain.show_chosen(score)
        self.pain_noted.setText(pain_noted_text(score, self.pain_before))
        self.painScored.emit(score)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        score = score_for_key(event.key())
        if score is not None and not control:
            self.score_pain(score)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and control:
            self.again.emit()
        elif event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.back.emit()
        else:
            super().keyPressEvent(event)


def _rich_label(font) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label
