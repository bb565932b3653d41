"""A dismissible strip at the top of the window for messages about damaged files."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from lumbar_coach.ui.buttons import button
from lumbar_coach.ui.theme import softened, phase_colour


class Banner(QFrame):
    """Shows messages until the person closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAutoFillBackground(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName("Message")
        self.close_button = button("Dismiss", "Hide this message", "", self)
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 10, 24, 10)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button)
        self.hide()

    def show_messages(self, messages: tuple[str, ...] | list[str]) -> None:
        """Add ``messages`` to those shown; nothing happens for none."""
        if not messages:
            return
        shown = [line for line in self.text.text().split("\n") if line]
        self.text.setText("\n".join(dict.fromkeys([*shown, *messages])))
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, softened(phase_colour("prepare"), palette, 0.75))
        self.setPalette(palette)
        self.show()

    def dismiss(self) -> None:
        self.text.clear()
        self.hide()
