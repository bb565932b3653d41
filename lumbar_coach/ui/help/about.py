"""The About page: name, version, whose routine it is, the licences, and what stays on this computer."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from lumbar_coach import __version__
from lumbar_coach.core.catalog import Source
from lumbar_coach.ui.buttons import button
from lumbar_coach.ui.theme import scaled_font

LICENCE = "GPL-3.0-or-later"
PRIVACY = ("Private by design: Lumbar Coach uses no network and no account. Your settings, routines and "
           "history stay in files on this computer; nothing leaves it.")
DEPENDENCIES = (("PySide6 (Qt for Python)", "LGPL-3.0"), ("pyttsx3", "MPL-2.0"), ("platformdirs", "MIT"),
                ("jeepney (Linux)", "MIT"), ("pocketsphinx and its English model", "BSD-style"),
                ("espeak-ng", "GPL-3.0"))


def about_html(source: Source, version: str = __version__) -> str:
    """Everything the About page says, as rich text."""
    credit = (f"<p>The routine: <i>{escape(source.title)}</i>, by {escape(source.routine_by)}, "
              f"{escape(source.role)}. Also quoted: {escape(source.also_quoted)}.</p>")
    used = "".join(f"<li>{escape(name)}: {escape(licence)}</li>" for name, licence in DEPENDENCIES)
    return (f"<p>Version {escape(version)}</p>{credit}"
            f"<p>Lumbar Coach is free software under the {LICENCE} licence.</p>"
            f"<p>{escape(PRIVACY)}</p><p>Built on:</p><ul>{used}</ul>")


class AboutView(QWidget):
    """Esc or the back button returns to the library."""

    back = Signal()

    def __init__(self, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel("Lumbar Coach")
        heading.setFont(scaled_font(self.font(), 1.8, bold=True))
        self.body = QLabel(about_html(source))
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAccessibleName("About Lumbar Coach")
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.back_button = button("← Library", "Back to the library", "Esc", self, name="Back to the library")
        self.back_button.clicked.connect(self.back)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(heading, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 60, 24)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Backspace):
            self.back.emit()
        else:
            super().keyPressEvent(event)
