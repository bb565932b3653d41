"""After a session: what was done, the time spent, and the closing safety line."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from lumbar_coach.core.catalog import Catalog
from lumbar_coach.core.phases import Timeline
from lumbar_coach.core.planner import CLOSING_LINE
from lumbar_coach.core.session import Finished
from lumbar_coach.ui.buttons import button, make_primary
from lumbar_coach.ui.session.describe import done_stretches, started_stretches
from lumbar_coach.ui.theme import scaled_font


def time_spent(seconds: float) -> str:
    """"12 min 5 s", "45 s"."""
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest} s" if minutes else f"{rest} s"


def summary_html(finished: Finished, timeline: Timeline, catalog: Catalog) -> str:
    """The list of stretches done (and begun), the time spent and the closing line."""
    done = done_stretches(timeline, finished.completed_phases)
    begun = started_stretches(timeline, finished.completed_phases)
    parts = [f"<p>Time spent: <b>{time_spent(finished.active_seconds)}</b></p>"]
    if done:
        parts.append("<p>Done:</p><ul>" + "".join(f"<li>{escape(catalog.get(s).name)}</li>" for s in done) + "</ul>")
    if begun:
        parts.append("<p>Begun:</p><ul>" + "".join(f"<li>{escape(catalog.get(s).name)}</li>" for s in begun) + "</ul>")
    if not done and not begun:
        parts.append("<p>No stretch was finished this time. That is fine: come back when you are ready.</p>")
    parts.append(f"<p>{escape(CLOSING_LINE)}</p>")
    return "".join(parts)


class SummaryView(QWidget):
    """The end of a session; Enter or Esc goes back to the library."""

    back = Signal()
    again = Signal()

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.heading = QLabel()
        self.heading.setFont(scaled_font(self.font(), 2.0, bold=True))
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setFont(scaled_font(self.font(), 1.15))
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.back_button = button("Back to the library", "Back to the library", "Enter", self)
        self.again_button = button("Do it again", "Start the same session again", "Ctrl+Enter", self)
        self._lay_out()
        self.back_button.clicked.connect(self.back)
        self.again_button.clicked.connect(self.again)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.again_button)
        row.addWidget(self.back_button)
        make_primary(self.back_button)
        layout.addLayout(row)

    def show_result(self, finished: Finished, timeline: Timeline) -> None:
        self.heading.setText("Well done" if finished.completed else "Session ended")
        self.body.setText(summary_html(finished, timeline, self.catalog))
        self.back_button.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and control:
            self.again.emit()
        elif event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.back.emit()
        else:
            super().keyPressEvent(event)
