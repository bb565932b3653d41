"""The bar above the cards: the app's name, search, all or favourites, routines, history, settings and help.

All on one row when the window is wide enough; on a narrower window the search
and the all/favourites choice move to a second row, so the library still fits
a screen 1024 pixels wide.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QMenu, QWidget

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
        self.title = QLabel("Lumbar Coach")
        self.title.setFont(scaled_font(self.font(), 1.6, bold=True))
        self.search = self._make_search()
        self.all_button = self._toggle("All", "Show every stretch", "Alt+A")
        self.favourites_button = self._toggle("Favourites", "Show only starred stretches", "Alt+V")
        self.routines_button = button("Routines", "Make and edit your own routines", "Ctrl+R")
        self.history_button = button("History", "Days practised, minutes and pain over time", "Ctrl+H")
        self.settings_button = button("Settings", "Timings, painful side, flare-up mode, reminders and theme", "Ctrl+,")
        self.help_button = button("Help", "Safety notes and About", "F1 for safety", name="Help")
        self.help_button.setMenu(self._help_menu())
        self._group()
        self._lay_out()
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

    def _lay_out(self) -> None:
        self.filters = _row(self, (None, self.search, 12, self.all_button, self.favourites_button))
        self.filters.layout().setStretchFactor(self.search, 4)   # the search grows first, up to its widest
        self.pages = _row(self, (self.routines_button, self.history_button, self.settings_button, self.help_button))
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(24, 18, 24, 8)
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(10)
        self.one_row = False
        self._arrange(one_row=True)

    def _arrange(self, one_row: bool) -> None:
        """The name, the filters and the page buttons on one row, or the filters on a row of their own."""
        for widget in (self.title, self.filters, self.pages):
            self.grid.removeWidget(widget)
        self.grid.addWidget(self.title, 0, 0)
        self.grid.addWidget(self.pages, 0, 2)
        if one_row:
            self.grid.addWidget(self.filters, 0, 1)
        else:
            self.grid.addWidget(self.filters, 1, 0, 1, 3)
        self.grid.setColumnStretch(1, 1)
        self.one_row = one_row
        self.updateGeometry()

    def one_row_width(self) -> int:
        """The narrowest the bar can be with everything on one row."""
        margins = self.grid.contentsMargins()
        widths = (self.title.sizeHint().width(), self.filters.minimumSizeHint().width(), self.pages.sizeHint().width())
        return sum(widths) + 2 * self.grid.horizontalSpacing() + margins.left() + margins.right()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the two-row arrangement allows (the bar rearranges itself when resized)."""
        margins = self.grid.contentsMargins()
        top = self.title.sizeHint().width() + self.grid.horizontalSpacing() + self.pages.sizeHint().width()
        width = max(top, self.filters.minimumSizeHint().width()) + margins.left() + margins.right()
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        one_row = event.size().width() >= self.one_row_width()
        if one_row != self.one_row:
            self._arrange(one_row)
        super().resizeEvent(event)

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


def _row(parent: QWidget, items: tuple) -> QWidget:
    """A borderless row of widgets; a number is a gap in pixels, None a stretch."""
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for item in items:
        if item is None:
            layout.addStretch(1)
        elif isinstance(item, int):
            layout.addSpacing(item)
        else:
            layout.addWidget(item)
    return row
