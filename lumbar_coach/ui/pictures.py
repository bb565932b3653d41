"""Stretch pictures: SVG files drawn crisp at any size, mirrored on demand, cached; a placeholder when missing."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen, QPixmap, QTransform
from PySide6.QtSvg import QSvgRenderer

from lumbar_coach import resources

ASPECT = 4 / 3


def asset_file(relative: str) -> Path | None:
    """The picture's path under the assets folder, or None when the assets cannot be found."""
    try:
        return resources.assets_root() / relative
    except resources.MissingAsset:
        return None


def picture(relative: str, size: QSize, mirrored: bool, ratio: float, palette: QPalette) -> QPixmap:
    """The picture at ``relative`` drawn at ``size`` logical pixels; a placeholder if it cannot be drawn."""
    drawn = svg_pixmap(relative, size.width(), size.height(), mirrored, ratio)
    if drawn is not None:
        return drawn
    colours = (palette.color(QPalette.ColorRole.Mid).name(), palette.color(QPalette.ColorRole.AlternateBase).name())
    return placeholder(size.width(), size.height(), ratio, colours)


@lru_cache(maxsize=256)
def svg_pixmap(relative: str, width: int, height: int, mirrored: bool, ratio: float) -> QPixmap | None:
    """The SVG file drawn into a transparent pixmap, aspect kept and centred; None if missing or invalid."""
    path = asset_file(relative)
    if path is None or not path.is_file():
        return None
    return _drawn(QSvgRenderer(str(path)), width, height, ratio, mirrored)


def svg_text_pixmap(svg: bytes, width: int, height: int, ratio: float, mirrored: bool = False) -> QPixmap | None:
    """SVG text drawn like ``svg_pixmap`` (not cached: for animated frames)."""
    return _drawn(QSvgRenderer(svg), width, height, ratio, mirrored)


def _drawn(renderer: QSvgRenderer, width: int, height: int, ratio: float, mirrored: bool) -> QPixmap | None:
    if not renderer.isValid() or width < 1 or height < 1:
        return None
    image = _blank(width, height, ratio)
    with _painter(image) as painter:
        if mirrored:
            painter.setTransform(QTransform(-1, 0, 0, 1, width, 0))
        renderer.render(painter, _fitted(renderer.defaultSize(), width, height))
    return image


@lru_cache(maxsize=64)
def placeholder(width: int, height: int, ratio: float, colours: tuple[str, str]) -> QPixmap:
    """A quiet card with a simple figure, in the palette's colours, for a picture still to come."""
    line, fill = (QColor(name) for name in colours)
    image = _blank(width, height, ratio)
    with _painter(image) as painter:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(0, 0, width, height), 12, 12)
        _figure(painter, line, width, height)
    return image


def _figure(painter: QPainter, colour: QColor, width: int, height: int) -> None:
    unit = min(width, height) / 10
    cx, cy = width / 2, height / 2
    painter.setPen(QPen(colour, max(1.5, unit * 0.45), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(cx - 3.2 * unit, cy - 1.9 * unit, 1.3 * unit, 1.3 * unit))
    path = QPainterPath()
    path.moveTo(cx - 1.7 * unit, cy - 0.9 * unit)
    path.lineTo(cx + 1.2 * unit, cy + 0.6 * unit)
    path.lineTo(cx + 3.2 * unit, cy + 1.9 * unit)
    path.moveTo(cx - 0.4 * unit, cy - 0.2 * unit)
    path.lineTo(cx - 0.6 * unit, cy + 1.9 * unit)
    painter.drawPath(path)


def _blank(width: int, height: int, ratio: float) -> QPixmap:
    image = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    return image


class _painter:
    """A QPainter on a pixmap, antialiased, ended on leaving the block."""

    def __init__(self, image: QPixmap) -> None:
        self.painter = QPainter(image)
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)

    def __enter__(self) -> QPainter:
        return self.painter

    def __exit__(self, *exc: object) -> None:
        self.painter.end()


def _fitted(natural: QSize, width: int, height: int) -> QRectF:
    """The largest rectangle of ``natural``'s shape that fits ``width`` x ``height``, centred."""
    if natural.isEmpty():
        return QRectF(0, 0, width, height)
    scale = min(width / natural.width(), height / natural.height())
    w, h = natural.width() * scale, natural.height() * scale
    return QRectF((width - w) / 2, (height - h) / 2, w, h)
