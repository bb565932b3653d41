"""The last five weeks as a grid of days, the days practised filled in the accent colour."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from lumbar_coach.ui.history.stats import calendar_days
from lumbar_coach.ui.theme import accent, softened

WEEKDAYS = "MTWTFSS"
CELL = 40
GAP = 6


class CalendarGrid(QWidget):
    """Seven columns (Monday first), one row a week; today is outlined."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self.days: set[date] = set()
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Days practised in the last five weeks")

    def set_days(self, days: set[date], today: date) -> None:
        self.days, self.today = days, today
        shown = [day for day in calendar_days(today) if day in days]
        self.setAccessibleDescription(f"{len(shown)} of the last 35 days practised")
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        rows = len(calendar_days(self.today)) // 7 + 1
        return QSize(7 * (CELL + GAP), rows * (CELL + GAP))

    def cell(self, row: int, column: int) -> QRectF:
        return QRectF(column * (CELL + GAP), row * (CELL + GAP), CELL, CELL)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_weekdays(painter)
        for position, day in enumerate(calendar_days(self.today)):
            self._paint_day(painter, self.cell(position // 7 + 1, position % 7), day)
        painter.end()

    def _paint_weekdays(self, painter: QPainter) -> None:
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for column, letter in enumerate(WEEKDAYS):
            painter.drawText(self.cell(0, column), Qt.AlignmentFlag.AlignCenter, letter)

    def _paint_day(self, painter: QPainter, box: QRectF, day: date) -> None:
        palette = self.palette()
        fill, ink = self._colours(day, palette)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 2) if day == self.today else Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 8, 8)
        painter.setPen(ink)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(day.day))

    def _colours(self, day: date, palette: QPalette) -> tuple[QColor, QColor]:
        """(fill, text) for a practised day, another past day, or a day still to come."""
        if day in self.days:
            return accent(), QColor("white")
        if day > self.today:
            return QColor(Qt.GlobalColor.transparent), palette.color(QPalette.ColorRole.PlaceholderText)
        return softened(palette.color(QPalette.ColorRole.Mid), palette, 0.6), palette.color(QPalette.ColorRole.WindowText)
