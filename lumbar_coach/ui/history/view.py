"""The history page: the days practised and the streak, minutes a week, pain over time, and CSV export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from lumbar_coach.storage.history import SessionRecord
from lumbar_coach.ui.buttons import button
from lumbar_coach.ui.history import stats
from lumbar_coach.ui.history.calendar import CalendarGrid
from lumbar_coach.ui.history.charts import PainChart, WeekBars
from lumbar_coach.ui.history.export import write_csv
from lumbar_coach.ui.theme import scaled_font

EMPTY = ("Your sessions will appear here: the days you practised, your minutes each week, and how your back "
         "felt before and after. Start a routine from the library when you are ready.")


def ask_csv_path(parent: QWidget) -> Path | None:
    """Ask where to save the CSV; None when the person cancels."""
    start = str(Path.home() / f"lumbar-coach-history-{date.today().isoformat()}.csv")
    name, _ = QFileDialog.getSaveFileName(parent, "Export your history", start, "CSV files (*.csv);;All files (*)")
    return Path(name) if name else None


class HistoryView(QWidget):
    """Shows the records given to ``show_records``; ``message`` reports where an export went."""

    back = Signal()
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None, *,
                 ask_path: Callable[[QWidget], Path | None] = ask_csv_path) -> None:
        super().__init__(parent)
        self.ask_path = ask_path
        self.records: list[SessionRecord] = []
        self.back_button = button("← Library", "Back to the library", "Esc", self, name="Back to the library")
        self.export_button = button("Export CSV…", "Save every session as a spreadsheet file", "Ctrl+E", self)
        self.empty = _words(EMPTY, scaled_font(self.font(), 1.2))
        self.calendar = CalendarGrid(self)
        self.streak = _words("", scaled_font(self.font(), 1.1, bold=True))
        self.weeks = WeekBars(self)
        self.pain = PainChart(self)
        self.content = self._content()
        self._lay_out()
        self.back_button.clicked.connect(self.back)
        self.export_button.clicked.connect(self.export)
        QShortcut(QKeySequence("Ctrl+E"), self, activated=self.export)

    def _content(self) -> QWidget:
        content = QWidget(self)
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(36)
        grid.addWidget(_heading("Last five weeks", self), 0, 0)
        grid.addWidget(_heading("Minutes each week", self), 0, 1)
        days = QVBoxLayout()
        days.addWidget(self.calendar)
        days.addWidget(self.streak)
        days.addStretch(1)
        grid.addLayout(days, 1, 0)
        grid.addWidget(self.weeks, 1, 1)
        grid.addWidget(_heading("Pain before and after (0 to 10)", self), 2, 0, 1, 2)
        grid.addWidget(self.pain, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)
        return content

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(_heading("Your practice", self, 1.6), 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.content, 1)
        layout.addStretch(0)

    def show_records(self, records: list[SessionRecord], today: date | None = None) -> None:
        """Fill the page from ``records`` (oldest first); an empty history shows what will appear."""
        today = today or date.today()
        self.records = records
        days = stats.practice_days(records)
        self.calendar.set_days(days, today)
        self.streak.setText(stats.streak_words(stats.current_streak(days, today)))
        self.weeks.set_weeks(stats.weekly_minutes(records, today))
        self.pain.set_points(stats.pain_points(records))
        self.empty.setVisible(not records)
        self.content.setVisible(bool(records))
        self.export_button.setEnabled(bool(records))

    def export(self) -> None:
        """Ask for a file and write every session to it as CSV."""
        path = self.ask_path(self) if self.records else None
        if path is None:
            return
        try:
            write_csv(self.records, path)
        except OSError as error:
            self.message.emit(f"Your history could not be exported to {path} ({error.strerror or error}).")
            return
        count = len(self.records)
        self.message.emit(f"Your history ({count} session{'s' if count != 1 else ''}) was exported to {path}.")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Backspace):
            self.back.emit()
        else:
            super().keyPressEvent(event)


def _heading(text: str, parent: QWidget, factor: float = 1.25) -> QLabel:
    label = QLabel(text, parent)
    label.setFont(scaled_font(parent.font(), factor, bold=True))
    return label


def _words(text: str, font) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label
