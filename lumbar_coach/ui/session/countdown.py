"""The countdown ring: a coloured arc for the time left and the whole seconds in the middle.

It paints only itself, and only when what it shows has changed.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

ARC_STEPS = 240


class CountdownRing(QWidget):
    """Seconds left as a large number inside a ring that empties clockwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.duration = 0.0
        self.remaining = 0.0
        self.colour = QColor("#3d8a7a")
        self.caption = ""
        self.paused = False
        self.waiting = False   # paused until the person is in position: no number, a different word
        self._shown: tuple = ()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName("Countdown")

    def sizeHint(self) -> QSize:
        return QSize(260, 260)

    def set_phase(self, duration: float, colour: QColor, caption: str) -> None:
        """Start showing a new phase of ``duration`` seconds."""
        self.duration, self.colour, self.caption = duration, QColor(colour), caption
        self.set_remaining(duration)

    def set_paused(self, paused: bool, waiting: bool = False) -> None:
        self.paused, self.waiting = paused, paused and waiting
        self._refresh()

    def set_remaining(self, seconds: float) -> None:
        """Show ``seconds`` left; repaints only when the number or the arc visibly moves."""
        self.remaining = max(0.0, seconds)
        self._refresh()

    def seconds_text(self) -> str:
        return str(math.ceil(self.remaining - 1e-6)) if self.duration and not self.waiting else ""

    def caption_text(self) -> str:
        if self.waiting:
            return "When you're ready"
        return "Paused" if self.paused else self.caption

    def _refresh(self) -> None:
        number, caption = self.seconds_text(), self.caption_text()
        shown = (number, self._arc_step(), self.paused, caption, self.colour.rgb())
        if shown != self._shown:
            self._shown = shown
            self.setAccessibleDescription(f"{number} seconds left" if number else caption)
            self.update()

    def _arc_step(self) -> int:
        return round(ARC_STEPS * self.remaining / self.duration) if self.duration else 0

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ring = self._ring_rect()
        thickness = ring.width() * 0.075
        self._draw_track(painter, ring, thickness)
        self._draw_arc(painter, ring, thickness)
        self._draw_number(painter, ring)
        painter.end()

    def _ring_rect(self) -> QRectF:
        side = min(self.width(), self.height()) * 0.94
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def _draw_track(self, painter: QPainter, ring: QRectF, thickness: float) -> None:
        track = QColor(self.palette().color(QPalette.ColorRole.Mid))
        track.setAlphaF(0.35)
        painter.setPen(QPen(track, thickness))
        inset = thickness / 2
        painter.drawEllipse(ring.adjusted(inset, inset, -inset, -inset))

    def _draw_arc(self, painter: QPainter, ring: QRectF, thickness: float) -> None:
        if not self.duration:
            return
        colour = QColor(self.colour)
        if self.paused:
            colour.setAlphaF(0.45)
        painter.setPen(QPen(colour, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        inset = thickness / 2
        span = round(-360 * 16 * self._arc_step() / ARC_STEPS)
        painter.drawArc(ring.adjusted(inset, inset, -inset, -inset), 90 * 16, span)

    def _draw_number(self, painter: QPainter, ring: QRectF) -> None:
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        if self.waiting:   # no number: the words alone, in the middle
            painter.setFont(_pixel_font(self.font(), ring.height() * 0.1, bold=True))
            middle = ring.adjusted(ring.width() * 0.18, 0, -ring.width() * 0.18, 0)
            painter.drawText(middle, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.caption_text())
            return
        painter.setFont(_pixel_font(self.font(), ring.height() * 0.36, bold=True))
        number_box = QRectF(ring.left(), ring.top() + ring.height() * 0.14, ring.width(), ring.height() * 0.5)
        painter.drawText(number_box, Qt.AlignmentFlag.AlignCenter, self.seconds_text())
        painter.setFont(_pixel_font(self.font(), ring.height() * 0.085))
        caption_box = QRectF(ring.left(), ring.top() + ring.height() * 0.62, ring.width(), ring.height() * 0.14)
        painter.drawText(caption_box, Qt.AlignmentFlag.AlignCenter, self.caption_text())


def _pixel_font(base: QFont, pixels: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(8, round(pixels)))
    font.setBold(bold)
    return font
