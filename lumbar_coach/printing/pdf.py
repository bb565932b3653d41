"""Write the routine sheet to a PDF with Qt's own text layout and PDF writer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtSvg import QSvgRenderer

from lumbar_coach import resources
from lumbar_coach.core.catalog import Catalog, Stretch
from lumbar_coach.core.routines import Routine
from lumbar_coach.core.safety import safety_advice
from lumbar_coach.printing.sheet_html import picture_name, sheet_html

PICTURE_PIXELS = 300


def write_sheet(routine: Routine, catalog: Catalog, path: Path) -> int:
    """Write the sheet for ``routine`` to ``path``; returns the number of pages."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    for item in routine.items:
        stretch = catalog.get(item.stretch_id)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(picture_name(stretch)), _picture(stretch))
    document.setHtml(sheet_html(routine, catalog, safety_advice()))
    writer = _pdf_writer(path)
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.print_(writer)
    return document.pageCount()


def _pdf_writer(path: Path) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    writer.setResolution(96)
    writer.setTitle("Lumbar Coach routine sheet")
    writer.setCreator("Lumbar Coach")
    return writer


def _picture(stretch: Stretch) -> QImage:
    """The stretched frame of a stretch on white, or a blank square when it is missing."""
    image = QImage(PICTURE_PIXELS, PICTURE_PIXELS * 3 // 4, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    try:
        renderer = QSvgRenderer(str(resources.asset_path(stretch.images[-1])))
    except resources.MissingAsset:
        return image
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image
