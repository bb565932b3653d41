"""The library page: filter bar, the grouped cards, the start button for a routine, and its printed sheet."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from lumbar_coach.core.routines import Routine
from lumbar_coach.ui.buttons import button, make_primary
from lumbar_coach.ui.library.filter_bar import FilterBar
from lumbar_coach.ui.library.grid import StretchGrid
from lumbar_coach.ui.user_data import UserData
from lumbar_coach.ui.words import EMPTY_FAVOURITES, flare_up_line, matches, routine_button_text, stretch_notes


class LibraryView(QWidget):
    """Browse, star and open stretches; start a routine."""

    stretchOpened = Signal(str)
    starToggled = Signal(str)
    startRoutine = Signal(object)   # Routine
    routinesWanted = Signal()
    settingsWanted = Signal()
    printWanted = Signal(object)    # Routine

    def __init__(self, data: UserData, parent: QWidget | None = None, *,
                 sore: Callable[[], set[str]] = set) -> None:
        super().__init__(parent)
        self.data, self.sore = data, sore
        self.filter_bar = FilterBar(self)
        self.grid = StretchGrid(data.catalog, data.favourites, self)
        self.routine_choice = QComboBox(self)
        self.start_button = button("Start routine", "Start the chosen routine", "Ctrl+Return", self)
        self.print_button = button("Print sheet (PDF)…", "Save the chosen routine as a sheet to print", "Ctrl+P", self)
        self.print_button.setShortcut("Ctrl+P")
        self.flare_line = QLabel(self)
        self.flare_line.setWordWrap(True)
        self.flare_line.setForegroundRole(QPalette.ColorRole.Link)
        self.flare_line.setAccessibleName("Flare-up mode")
        self._lay_out()
        self._connect()
        self.refresh()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_bar)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.grid)
        self.scroll = scroll
        layout.addWidget(scroll, 1)
        self.flare_line.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.flare_line.setContentsMargins(24, 8, 24, 0)
        layout.addWidget(self.flare_line)
        layout.addLayout(self._start_row())

    def _start_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(24, 8, 24, 18)
        row.addWidget(self.print_button)
        row.addStretch(1)
        label = QLabel("Routine:")
        label.setBuddy(self.routine_choice)
        row.addWidget(label)
        self.routine_choice.setAccessibleName("Routine to start")
        self.routine_choice.setToolTip("Choose the routine to start")
        self.routine_choice.setMinimumWidth(200)
        row.addWidget(self.routine_choice)
        make_primary(self.start_button)
        self.start_button.setShortcut("Ctrl+Return")
        row.addWidget(self.start_button)
        return row

    def _connect(self) -> None:
        self.filter_bar.changed.connect(self.apply_filter)
        self.filter_bar.routinesWanted.connect(self.routinesWanted)
        self.filter_bar.settingsWanted.connect(self.settingsWanted)
        self.grid.opened.connect(self.stretchOpened)
        self.grid.starToggled.connect(self.starToggled)
        self.routine_choice.currentIndexChanged.connect(self._update_start_button)
        self.start_button.clicked.connect(self._start)
        self.print_button.clicked.connect(lambda: self.printWanted.emit(self.chosen_routine()))

    def refresh(self) -> None:
        """Bring stars, the routine list and the start button up to date with ``data``."""
        self.grid.set_starred(self.data.favourites)
        sore, flare_up = self.sore(), self.data.settings.flare_up
        self.grid.set_notes(lambda stretch: stretch_notes(stretch, flare_up, stretch.id in sore))
        self._fill_routines()
        self.apply_filter()
        self._set_tab_order()

    def apply_filter(self) -> None:
        text, favourites_only = self.filter_bar.text(), self.filter_bar.favourites_only()
        keep = lambda s: matches(s, text) and (not favourites_only or self.data.is_favourite(s.id))  # noqa: E731
        empty = EMPTY_FAVOURITES if favourites_only and not self.data.favourites else f"No stretch matches “{text}”."
        self.grid.apply_filter(keep, empty)

    def _fill_routines(self) -> None:
        chosen = self.routine_choice.currentData()
        self.routine_choice.blockSignals(True)
        self.routine_choice.clear()
        for routine in self.data.routine_choices():
            self.routine_choice.addItem(routine.title, routine.name)
        index = max(0, self.routine_choice.findData(chosen))
        self.routine_choice.setCurrentIndex(index)
        self.routine_choice.blockSignals(False)
        self._update_start_button()

    def chosen_routine(self) -> Routine:
        routines = self.data.routine_choices()
        return routines[max(0, self.routine_choice.currentIndex())]

    def choose_routine(self, name: str) -> None:
        self.routine_choice.setCurrentIndex(max(0, self.routine_choice.findData(name)))

    def _update_start_button(self) -> None:
        routine = self.chosen_routine()
        self.start_button.setText(routine_button_text(routine.title, self.data.minutes(routine)))
        self.start_button.setAccessibleName(self.start_button.text())
        self.start_button.setEnabled(bool(routine.items))
        self.start_button.setToolTip(EMPTY_FAVOURITES if not routine.items else "Start this routine (Ctrl+Enter)")
        self.print_button.setEnabled(bool(routine.items))
        self._show_flare_line(routine)

    def _show_flare_line(self, routine: Routine) -> None:
        _, left_out = self.data.session_routine(routine)
        self.flare_line.setText(flare_up_line([s.name for s in left_out], routine.name))
        self.flare_line.setVisible(self.data.settings.flare_up)

    def _start(self) -> None:
        routine = self.chosen_routine()
        if routine.items:
            self.startRoutine.emit(routine)

    def _set_tab_order(self) -> None:
        chain = [self.filter_bar.search, self.filter_bar.all_button, self.filter_bar.favourites_button,
                 self.filter_bar.routines_button, self.filter_bar.settings_button,
                 *self.grid.ordered_cards(), self.routine_choice, self.start_button, self.print_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
