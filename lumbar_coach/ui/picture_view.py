"""A widget that shows one stretch picture, drawn for its own size and the screen's pixel ratio."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from lumbar_coach.ui.pictures import ASPECT, picture


class PictureView(QWidget):
    """Paints a picture (or an animation frame) centred, keeping its shape."""

    def __init__(self, parent: QWidget | None = None, preferred_width: int = 240) -> None:
        super().__init__(parent)
        self._relative = ""
        self._mirrored = False
        self._frame: QPixmap | None = None
        self._preferred = QSize(preferred_width, round(preferred_width / ASPECT))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def set_picture(self, relative: str, mirrored: bool = False) -> None:
        """Show the picture at ``relative`` (under the assets folder), mirrored if asked."""
        if (relative, mirrored) == (self._relative, self._mirrored) and self._frame is None:
            return
        self._relative, self._mirrored, self._frame = relative, mirrored, None
        self.update()

    def set_frame(self, frame: QPixmap | None) -> None:
        """Show a ready-drawn frame instead of the picture (None goes back to the picture)."""
        self._frame = frame
        self.update()

    def picture_name(self) -> str:
        return self._relative

    def is_mirrored(self) -> bool:
        return self._mirrored

    def sizeHint(self) -> QSize:
        return self._preferred

    def minimumSizeHint(self) -> QSize:
        return QSize(80, 60)

    def drawing_size(self) -> QSize:
        """The largest picture of the usual shape that fits this widget."""
        width = min(self.width(), round(self.height() * ASPECT))
        return QSize(max(1, width), max(1, round(width / ASPECT)))

    def current_pixmap(self) -> QPixmap:
        if self._frame is not None:
            return self._frame
        return picture(self._relative, self.drawing_size(), self._mirrored, self.devicePixelRatioF(), self.palette())

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        pixmap = self.current_pixmap()
        size = pixmap.deviceIndependentSize()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        x = (self.width() - size.width()) / 2
        y = (self.height() - size.height()) / 2
        painter.drawPixmap(round(x), round(y), pixmap)
        painter.end()
