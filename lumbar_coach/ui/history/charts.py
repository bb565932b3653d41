"""Two small charts painted by hand: minutes per week as bars, and pain before and after as lines."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from lumbar_coach.ui.history.stats import PainPoint
from lumbar_coach.ui.theme import accent, phase_colour

LABEL_HEIGHT = 24
DOT_ROOM = 40
BEFORE_COLOUR = "prepare"


def short_date(day: date) -> str:
    """"3 Mar"."""
    return f"{day.day} {day.strftime('%b')}"


class _Chart(QWidget):
    """Shared painting helpers: a plot area inside room for labels."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)

    def colour(self, role: QPalette.ColorRole) -> QColor:
        return self.palette().color(role)

    def plot_area(self, left: float = 8) -> QRectF:
        return QRectF(left, LABEL_HEIGHT, self.width() - left - 8, self.height() - 2 * LABEL_HEIGHT)

    def text(self, painter: QPainter, box: QRectF, words: str, quiet: bool = True) -> None:
        painter.setPen(self.colour(QPalette.ColorRole.PlaceholderText if quiet else QPalette.ColorRole.WindowText))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, words)


class WeekBars(_Chart):
    """One bar a week, its minutes written above it and the week's Monday below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Minutes practised each week", parent)
        self.weeks: list[tuple[date, float]] = []

    def set_weeks(self, weeks: list[tuple[date, float]]) -> None:
        self.weeks = weeks
        self.setAccessibleDescription(", ".join(f"week of {short_date(d)}: {round(m)} min" for d, m in weeks))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(420, 220)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if not self.weeks:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area, tallest = self.plot_area(), max(1.0, max(minutes for _, minutes in self.weeks))
        slot = area.width() / len(self.weeks)
        for index, (monday, minutes) in enumerate(self.weeks):
            self._bar(painter, QRectF(area.left() + index * slot, area.top(), slot, area.height()), minutes / tallest)
            self.text(painter, QRectF(area.left() + index * slot, area.bottom(), slot, LABEL_HEIGHT), short_date(monday))
            top = area.bottom() - area.height() * minutes / tallest - LABEL_HEIGHT
            self.text(painter, QRectF(area.left() + index * slot, top, slot, LABEL_HEIGHT), f"{round(minutes)}", False)
        painter.end()

    def _bar(self, painter: QPainter, slot: QRectF, share: float) -> None:
        width = slot.width() * 0.55
        height = max(2.0, slot.height() * share)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent())
        painter.drawRoundedRect(QRectF(slot.center().x() - width / 2, slot.bottom() - height, width, height), 4, 4)


class PainChart(_Chart):
    """Pain from 0 to 10 before (amber) and after (teal) each scored session, oldest on the left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Pain before and after each session", parent)
        self.points: list[PainPoint] = []

    def set_points(self, points: list[PainPoint]) -> None:
        self.points = points
        self.setAccessibleDescription("; ".join(f"{short_date(p.day)}: before {p.before}, after {p.after}" for p in points))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(700, 220)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self.plot_area(left=36)
        self._grid(painter, area)
        if not self.points:
            self.text(painter, area, "Score your pain before and after a session to see it here.")
        for attribute, colour in (("before", phase_colour(BEFORE_COLOUR)), ("after", accent())):
            self._series(painter, area, [getattr(point, attribute) for point in self.points], colour)
        self._dates(painter, area)
        self._legend(painter)
        painter.end()

    def _dates(self, painter: QPainter, area: QRectF) -> None:
        """The dates of the first and last sessions shown, under their points."""
        for index in sorted({0, len(self.points) - 1}) if self.points else ():
            x = self.x_of(area, index)
            self.text(painter, QRectF(x - 50, area.bottom() + 4, 100, LABEL_HEIGHT), short_date(self.points[index].day))

    def x_of(self, area: QRectF, index: int) -> float:
        inner = area.adjusted(DOT_ROOM, 0, -DOT_ROOM, 0)
        return inner.center().x() if len(self.points) < 2 else inner.left() + inner.width() * index / (len(self.points) - 1)

    def y_of(self, area: QRectF, score: float) -> float:
        return area.bottom() - area.height() * score / 10

    def _grid(self, painter: QPainter, area: QRectF) -> None:
        for score in (0, 5, 10):
            y = self.y_of(area, score)
            painter.setPen(QPen(self.colour(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            self.text(painter, QRectF(0, y - 10, 30, 20), str(score))

    def _series(self, painter: QPainter, area: QRectF, scores: list[int | None], colour: QColor) -> None:
        dots = [QPointF(self.x_of(area, i), self.y_of(area, s)) for i, s in enumerate(scores) if s is not None]
        painter.setPen(QPen(colour, 3))
        for first, second in zip(dots, dots[1:]):
            painter.drawLine(first, second)
        painter.setBrush(colour)
        for dot in dots:
            painter.drawEllipse(dot, 5, 5)

    def _legend(self, painter: QPainter) -> None:
        x = 40.0
        for words, colour in (("before", phase_colour(BEFORE_COLOUR)), ("after", accent())):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(x, LABEL_HEIGHT / 2), 6, 6)
            painter.setPen(self.colour(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(x + 12, 0, 120, LABEL_HEIGHT), Qt.AlignmentFlag.AlignVCenter, f"Pain {words}")
            x += 130
