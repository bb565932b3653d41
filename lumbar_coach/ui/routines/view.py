"""The routines page: the person's routines on the left, the chosen one's stretches and doses on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget, QSpinBox,
                               QVBoxLayout, QWidget)

from lumbar_coach.core.errors import RoutineError
from lumbar_coach.core.routines import OVERRIDE_BOUNDS, Routine, below_prescribed
from lumbar_coach.storage.routine_files import RoutineFileError, export_routine, import_routine
from lumbar_coach.ui.buttons import button, make_primary
from lumbar_coach.ui.routines import edits
from lumbar_coach.ui.routines.asker import Asker
from lumbar_coach.ui.theme import scaled_font
from lumbar_coach.ui.user_data import UserData

EMPTY = "No routines of your own yet. Make one with New, or import a file someone shared with you."


class RoutinesView(QWidget):
    """Make, rename, delete, reorder, change doses, import and export; every change is saved at once."""

    back = Signal()
    startRoutine = Signal(object)   # Routine
    changed = Signal()
    problem = Signal(str)
    printWanted = Signal(object)    # Routine

    def __init__(self, data: UserData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.asker = Asker(self)
        self.dose_boxes: dict[str, QSpinBox] = {}
        self._make_widgets()
        self._lay_out()
        self._connect()
        self.reload()

    # -- building ------------------------------------------------------------------------

    def _make_widgets(self) -> None:
        self.list = QListWidget(self)
        self.list.setAccessibleName("Your routines")
        self.list.setToolTip("Your routines (Up and Down to choose)")
        self.items = QListWidget(self)
        self.items.setAccessibleName("Stretches in this routine")
        self.items.setWordWrap(True)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setToolTip("Stretches in this routine (Ctrl+Up and Ctrl+Down move the chosen one)")
        self.title = QLabel()
        self.title.setFont(scaled_font(self.font(), 1.4, bold=True))
        self.empty = QLabel(EMPTY)
        self.empty.setWordWrap(True)
        self.empty.setFont(scaled_font(self.font(), 1.2))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setForegroundRole(QPalette.ColorRole.Link)
        self.stretch_choice = QComboBox(self)
        self.stretch_choice.setAccessibleName("Stretch to add")
        self.stretch_choice.setToolTip("Choose a stretch to add")
        for stretch in self.data.catalog.stretches:
            self.stretch_choice.addItem(stretch.name, stretch.id)
        self.buttons = {name: button(*spec, self) for name, spec in _BUTTONS.items()}
        self.dose_group = QGroupBox("Dose of the chosen stretch", self)
        self.dose_form = QFormLayout(self.dose_group)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        header = QHBoxLayout()
        header.addWidget(self.buttons["back"])
        heading = QLabel("Your routines")
        heading.setFont(scaled_font(self.font(), 1.6, bold=True))
        header.addSpacing(12)
        header.addWidget(heading, 1)
        layout.addLayout(header)
        body = QHBoxLayout()
        body.addLayout(self._left_column(), 2)
        body.addSpacing(18)
        right = QVBoxLayout()
        right.addWidget(self.empty)
        self.editor_panel = QWidget(self)
        self.editor_panel.setLayout(self._right_column())
        right.addWidget(self.editor_panel, 1)
        body.addLayout(right, 3)
        layout.addLayout(body, 1)

    def _left_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(self.list, 1)
        for row in (("new", "rename", "delete"), ("import", "export")):
            line = QHBoxLayout()
            for name in row:
                line.addWidget(self.buttons[name])
            column.addLayout(line)
        return column

    def _right_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.items, 1)
        moves = QHBoxLayout()
        for name in ("up", "down", "remove"):
            moves.addWidget(self.buttons[name])
        moves.addStretch(1)
        column.addLayout(moves)
        adding = QHBoxLayout()
        adding.addWidget(self.stretch_choice, 1)
        adding.addWidget(self.buttons["add"])
        column.addLayout(adding)
        column.addWidget(self.dose_group)
        column.addWidget(self.warning)
        start = QHBoxLayout()
        start.addStretch(1)
        start.addWidget(self.buttons["print"])
        start.addWidget(make_primary(self.buttons["start"]))
        column.addLayout(start)
        return column

    def _connect(self) -> None:
        slots = {"back": self.back.emit, "new": self.new_routine, "rename": self.rename_routine,
                 "delete": self.delete_routine, "import": self.import_file, "export": self.export_file,
                 "up": lambda: self.move_item(-1), "down": lambda: self.move_item(1), "remove": self.remove_item,
                 "add": self.add_chosen_stretch, "start": self._start, "print": self._print}
        for name, slot in slots.items():
            self.buttons[name].clicked.connect(slot)
        self.list.currentRowChanged.connect(lambda _: self._show_routine())
        self.items.currentRowChanged.connect(lambda _: self._show_dose())
        for key, slot in (("Ctrl+Up", lambda: self.move_item(-1)), ("Ctrl+Down", lambda: self.move_item(1)),
                          ("Delete", self.remove_item), ("Ctrl+N", self.new_routine), ("Ctrl+I", self.import_file),
                          ("Ctrl+E", self.export_file), ("F2", self.rename_routine), ("Ctrl+P", self._print)):
            QShortcut(QKeySequence(key), self, activated=slot)

    # -- what is shown ----------------------------------------------------------------------

    def reload(self, select: str = "") -> None:
        """Show the saved routines, choosing ``select`` (or keeping the current choice)."""
        keep = select or self.current_name()
        self.list.blockSignals(True)
        self.list.clear()
        for routine in self.data.routines:
            self.list.addItem(routine.title)
        names = [routine.name for routine in self.data.routines]
        self.list.setCurrentRow(names.index(keep) if keep in names else (0 if names else -1))
        self.list.blockSignals(False)
        self.empty.setVisible(not names)
        self.editor_panel.setVisible(bool(names))
        self._show_routine()

    def current_name(self) -> str:
        row = self.list.currentRow()
        return self.data.routines[row].name if 0 <= row < len(self.data.routines) else ""

    def current(self) -> Routine | None:
        name = self.current_name()
        return edits.find(self.data.routines, name) if name else None

    def _show_routine(self, item_row: int = 0) -> None:
        routine = self.current()
        self.title.setText(routine.title if routine else "")
        self.items.blockSignals(True)
        self.items.clear()
        for position, item in enumerate(routine.items if routine else (), start=1):
            self.items.addItem(edits.item_text(position, item, self.data.catalog))
        self.items.setCurrentRow(min(item_row, self.items.count() - 1))
        self.items.blockSignals(False)
        for name in ("rename", "delete", "export", "add", "start", "print"):
            self.buttons[name].setEnabled(routine is not None)
        self.buttons["start"].setEnabled(bool(routine and routine.items))
        self.buttons["print"].setEnabled(bool(routine and routine.items))
        self._show_dose()

    def _show_dose(self) -> None:
        while self.dose_form.rowCount():
            self.dose_form.removeRow(0)
        self.dose_boxes = {}
        routine, row = self.current(), self.items.currentRow()
        has_item = routine is not None and 0 <= row < len(routine.items)
        for name in ("up", "down", "remove"):
            self.buttons[name].setEnabled(has_item)
        self.dose_group.setVisible(has_item)
        self.warning.clear()
        if has_item:
            self._fill_dose(routine, row)

    def _fill_dose(self, routine: Routine, row: int) -> None:
        item = routine.items[row]
        stretch = self.data.catalog.get(item.stretch_id)
        self.dose_group.setTitle(f"Dose: {stretch.name} (prescribed: {stretch.dose.in_words()})")
        for key, label in edits.dose_fields(stretch.dose.kind):
            box = QSpinBox(self.dose_group)
            box.setRange(*OVERRIDE_BOUNDS[key])
            box.setValue(edits.dose_value(item, key, self.data.catalog))
            box.setAccessibleName(label)
            box.setToolTip(f"{label}, from {OVERRIDE_BOUNDS[key][0]} to {OVERRIDE_BOUNDS[key][1]}")
            box.valueChanged.connect(lambda value, k=key: self.change_dose(k, value))
            self.dose_form.addRow(label, box)
            self.dose_boxes[key] = box
        reset = button("Use the prescribed dose", "Back to the routine's own dose", "", self.dose_group)
        reset.clicked.connect(self.reset_dose)
        self.dose_form.addRow("", reset)
        self.warning.setText(_below_words(below_prescribed(stretch, item)))

    # -- changes ------------------------------------------------------------------------------

    def _store(self, routines: tuple[Routine, ...]) -> bool:
        try:
            self.data.change_routines(routines)
        except OSError as error:
            self.problem.emit(f"Your routines could not be saved ({error}). Nothing was changed.")
            return False
        self.changed.emit()
        return True

    def _save(self, routines: tuple[Routine, ...], select: str = "", item_row: int = 0) -> bool:
        if not self._store(routines):
            return False
        self.reload(select)
        self._show_routine(item_row)
        self.items.setFocus()
        return True

    def new_routine(self) -> None:
        title = self.asker.text("New routine", "Name of the new routine:", "My routine")
        if title:
            routines, name = edits.create(self.data.routines, title)
            self._save(routines, name)

    def rename_routine(self) -> None:
        routine = self.current()
        title = routine and self.asker.text("Rename routine", "New name:", routine.title)
        if routine and title:
            routines, name = edits.rename(self.data.routines, routine.name, title)
            self._save(routines, name)

    def delete_routine(self) -> None:
        routine = self.current()
        if routine and self.asker.confirm(f"Delete the routine “{routine.title}”? The stretches stay in the library."):
            self._save(edits.delete(self.data.routines, routine.name))

    def add_stretch(self, stretch_id: str, routine_name: str = "") -> str:
        """Add a stretch to a routine (a new one when ``routine_name`` is empty); returns the routine's name."""
        routines, name = self.data.routines, routine_name
        if not name:
            title = self.asker.text("New routine", "Name of the new routine:", "My routine")
            if not title:
                return ""
            routines, name = edits.create(routines, title)
        routines = edits.append(routines, name, stretch_id)
        saved = self._save(routines, name, len(edits.find(routines, name).items) - 1)
        return name if saved else ""

    def add_chosen_stretch(self) -> None:
        if self.current_name():
            self.add_stretch(self.stretch_choice.currentData(), self.current_name())

    def move_item(self, offset: int) -> None:
        routine, row = self.current(), self.items.currentRow()
        if routine and 0 <= row < len(routine.items):
            routines, target = edits.move(self.data.routines, routine.name, row, offset)
            self._save(routines, routine.name, target)

    def remove_item(self) -> None:
        routine, row = self.current(), self.items.currentRow()
        if routine and 0 <= row < len(routine.items):
            self._save(edits.remove(self.data.routines, routine.name, row), routine.name, max(0, row - 1))

    def change_dose(self, key: str, value: int) -> None:
        routine, row = self.current(), self.items.currentRow()
        try:
            routines = edits.set_dose(self.data.routines, routine.name, row, key, value, self.data.catalog)
        except RoutineError as error:
            self.problem.emit(str(error))
            return
        if self._store(routines):
            self._show_item_change(row)

    def _show_item_change(self, row: int) -> None:
        """Rewrite one item's line and the warning, leaving the dose boxes (and their focus) alone."""
        item = self.current().items[row]
        self.items.item(row).setText(edits.item_text(row + 1, item, self.data.catalog))
        lower = below_prescribed(self.data.catalog.get(item.stretch_id), item)
        self.warning.setText(_below_words(lower))

    def reset_dose(self) -> None:
        routine, row = self.current(), self.items.currentRow()
        if routine and 0 <= row < len(routine.items) and self._store(edits.reset_dose(self.data.routines, routine.name, row)):
            item = self.current().items[row]
            for key, box in self.dose_boxes.items():
                box.blockSignals(True)
                box.setValue(edits.dose_value(item, key, self.data.catalog))
                box.blockSignals(False)
            self._show_item_change(row)

    def import_file(self) -> None:
        path = self.asker.open_path()
        if path is None:
            return
        try:
            routine = import_routine(path, self.data.catalog)
        except RoutineFileError as error:
            self.problem.emit(f"That routine could not be imported: {error}. Your saved routines are unchanged.")
            return
        routines, name = edits.add_imported(self.data.routines, routine)
        self._save(routines, name)

    def export_file(self) -> None:
        routine = self.current()
        path = routine and self.asker.save_path(routine.name)
        if routine and path:
            try:
                export_routine(routine, path, self.data.catalog)
            except OSError as error:
                self.problem.emit(f"The routine could not be exported to {path} ({error}).")

    def _start(self) -> None:
        routine = self.current()
        if routine and routine.items:
            self.startRoutine.emit(routine)

    def _print(self) -> None:
        routine = self.current()
        if routine and routine.items:
            self.printWanted.emit(routine)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.back.emit()
        else:
            super().keyPressEvent(event)


def _below_words(lower: list[str]) -> str:
    if not lower:
        return ""
    return (f"Less than the routine prescribes ({', '.join(lower)}). That is fine on a bad day; "
            "build back up when you can.")


# name: (text, tooltip, key)
_BUTTONS = {
    "back": ("← Library", "Back to the library", "Esc"),
    "new": ("New…", "Make a new routine", "Ctrl+N"),
    "rename": ("Rename…", "Rename the chosen routine", "F2"),
    "delete": ("Delete", "Delete the chosen routine", ""),
    "import": ("Import…", "Read a routine from a file", "Ctrl+I"),
    "export": ("Export…", "Save the chosen routine to a file to share", "Ctrl+E"),
    "up": ("Move up", "Move the chosen stretch earlier", "Ctrl+Up"),
    "down": ("Move down", "Move the chosen stretch later", "Ctrl+Down"),
    "remove": ("Remove", "Take the chosen stretch out of this routine", "Delete"),
    "add": ("Add stretch", "Add the stretch chosen beside to the end", ""),
    "start": ("Start this routine", "Start a session of this routine", ""),
    "print": ("Print sheet (PDF)…", "Save the chosen routine as a sheet to print", "Ctrl+P"),
}
