"""The bar above the cards: the app's name, search, all or favourites, routines, history, settings and help."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QMenu, QWidget

from lumbar_coach.ui.buttons import button
from lumbar_coach.ui.theme import scaled_font


class FilterBar(QWidget):
    """Emits ``changed`` whenever the search text or the all/favourites choice changes."""

    changed = Signal()
    routinesWanted = Signal()
    settingsWanted = Signal()
    historyWanted = Signal()
    safetyWanted = Signal()
    aboutWanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("Lumbar Coach")
        title.setFont(scaled_font(self.font(), 1.6, bold=True))
        self.search = self._make_search()
        self.all_button = self._toggle("All", "Show every stretch", "Alt+A")
        self.favourites_button = self._toggle("Favourites", "Show only starred stretches", "Alt+V")
        self.routines_button = button("Routines", "Make and edit your own routines", "Ctrl+R")
        self.history_button = button("History", "Days practised, minutes and pain over time", "Ctrl+H")
        self.settings_button = button("Settings", "Timings, painful side, flare-up mode, reminders and theme", "Ctrl+,")
        self.help_button = button("Help", "Safety notes and About", "F1 for safety", name="Help")
        self.help_button.setMenu(self._help_menu())
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
        layout.addWidget(self.search, 4)
        layout.addSpacing(12)
        for widget in (self.all_button, self.favourites_button):
            layout.addWidget(widget)
        layout.addSpacing(12)
        for widget in (self.routines_button, self.history_button, self.settings_button, self.help_button):
            layout.addWidget(widget)

    def _connect(self) -> None:
        self.search.textChanged.connect(self.changed)
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())
        self.routines_button.clicked.connect(self.routinesWanted)
        self.settings_button.clicked.connect(self.settingsWanted)
        self.history_button.clicked.connect(self.historyWanted)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        for key, signal in (("Ctrl+R", self.routinesWanted), ("Ctrl+,", self.settingsWanted),
                            ("Ctrl+H", self.historyWanted), ("F1", self.safetyWanted)):
            QShortcut(QKeySequence(key), self, activated=signal.emit)

    def _help_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setAccessibleName("Help")
        self.safety_action = menu.addAction("Safety\tF1", self.safetyWanted.emit)
        self.safety_action.setToolTip("Warning signs, how to move, your painful side (F1)")
        self.about_action = menu.addAction("About Lumbar Coach", self.aboutWanted.emit)
        self.about_action.setToolTip("Version, credits, licences and privacy")
        return menu

    def favourites_only(self) -> bool:
        return self.favourites_button.isChecked()

    def text(self) -> str:
        return self.search.text()
