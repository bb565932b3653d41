"""Render illustrations to PNG with QtSvg: icon sizes and a contact sheet.

The only module of the package that uses Qt; it imports Qt when called.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lumbar_coach.art.layout import HEIGHT, WIDTH
from lumbar_coach.art.model import FRAMES

LABEL_HEIGHT = 28
LIGHT = "#F4F6F8"
DARK = "#1F2328"


def qt_app() -> Any:
    """The running Qt application, or a new GUI application when there is none."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([])


def svg_image(svg_text: str, width: int, height: int, background: str | None = None) -> Any:
    """A QImage of SVG text drawn to fill ``width`` x ``height`` pixels."""
    from PySide6.QtCore import QByteArray, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    qt_app()
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(background) if background else Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(QByteArray(svg_text.encode("utf-8")))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


def write_png(svg_text: str, path: Path, width: int, height: int, background: str | None = None,
              image_format: str = "PNG") -> None:
    """Save SVG text as a PNG (or ``image_format``: ICO, ICNS) file, making its folder if needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not svg_image(svg_text, width, height, background).save(str(path), image_format):
        raise OSError(f"could not write {path}")


def sheet_cells(ids: list[str], render: Any) -> list[tuple[str, str]]:
    """Label and SVG text of every frame, row by row."""
    return [(f"{stretch_id} · {frame}", render(stretch_id, float(i))) for stretch_id in ids for i, frame in enumerate(FRAMES)]


def blank_sheet(rows: int, dark: bool) -> Any:
    """An empty contact sheet with room for ``rows`` rows of labelled frames."""
    from PySide6.QtGui import QColor, QImage

    sheet = QImage(WIDTH * len(FRAMES), (HEIGHT + LABEL_HEIGHT) * rows, QImage.Format.Format_ARGB32_Premultiplied)
    sheet.fill(QColor(DARK if dark else LIGHT))
    return sheet


def draw_cell(painter: Any, index: int, label: str, svg_text: str) -> None:
    """One labelled, framed frame in its place on the sheet."""
    from PySide6.QtCore import QPoint

    x, y = (index % len(FRAMES)) * WIDTH, (index // len(FRAMES)) * (HEIGHT + LABEL_HEIGHT)
    painter.drawText(QPoint(x + 10, y + 19), label)
    painter.drawImage(QPoint(x, y + LABEL_HEIGHT), svg_image(svg_text, WIDTH, HEIGHT))
    painter.drawRect(x, y, WIDTH - 1, HEIGHT + LABEL_HEIGHT - 1)


def write_sheet(path: Path, ids: list[str], render: Any, dark: bool = False) -> None:
    """A contact sheet: one row per stretch, start and stretched frames side by side."""
    from PySide6.QtGui import QColor, QFont, QPainter

    qt_app()
    sheet = blank_sheet(len(ids), dark)
    painter = QPainter(sheet)
    painter.setFont(QFont("Sans", 11))
    painter.setPen(QColor("#C9D1D9" if dark else "#30363D"))
    for index, (label, svg_text) in enumerate(sheet_cells(ids, render)):
        draw_cell(painter, index, label, svg_text)
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not sheet.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
