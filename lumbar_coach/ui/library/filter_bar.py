"""The bar above the cards: the app's name, search, all or favourites, routines and settings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QWidget

from lumbar_coach.ui.buttons import button
from lumbar_coach.ui.theme import scaled_font


class FilterBar(QWidget):
    """Emits ``changed`` whenever the search text or the all/favourites choice changes."""

    changed = Signal()
    routinesWanted = Signal()
    settingsWanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("Lumbar Coach")
        title.setFont(scaled_font(self.font(), 1.6, bold=True))
        self.search = self._make_search()
        self.all_button = self._toggle("All", "Show every stretch", "Alt+A")
        self.favourites_button = self._toggle("Favourites", "Show only starred stretches", "Alt+V")
        self.routines_button = button("Routines", "Make and edit your own routines", "Ctrl+R")
        self.settings_button = button("Settings", "Timings, painful side, theme and text size", "Ctrl+,")
        self._group()
        self._lay_out(title)
        self._connect()

    def _make_search(self) -> QLineEdit:
        search = QLineEdit(self)
        search.setPlaceholderText("Search stretches or muscles")
        search.setClearButtonEnabled(True)
        search.setAccessibleName("Search stretches or muscles")
        search.setToolTip("Search by name or muscle (Ctrl+F)")
        search.setMinimumWidth(180)
        search.setMaximumWidth(360)
        return search

    def _toggle(self, text: str, tip: str, key: str):
        toggle = button(text, tip, key, self)
        toggle.setCheckable(True)
        toggle.setShortcut(QKeySequence(key))
        return toggle

    def _group(self) -> None:
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.addButton(self.all_button)
        self.group.addButton(self.favourites_button)
        self.all_button.setChecked(True)

    def _lay_out(self, title: QLabel) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 8)
        layout.addWidget(title)
        layout.addSpacing(24)
        layout.addStretch(1)
        layout.addWidget(self.search, 1)
        layout.addSpacing(12)
        for widget in (self.all_button, self.favourites_button):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(self.routines_button)
        layout.addWidget(self.settings_button)

    def _connect(self) -> None:
        self.search.textChanged.connect(self.changed)
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())
        self.routines_button.clicked.connect(self.routinesWanted)
        self.settings_button.clicked.connect(self.settingsWanted)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        QShortcut(QKeySequence("Ctrl+R"), self, activated=self.routinesWanted.emit)
        QShortcut(QKeySequence("Ctrl+,"), self, activated=self.settingsWanted.emit)

    def favourites_only(self) -> bool:
        return self.favourites_button.isChecked()

    def text(self) -> str:
        return self.search.text()
