"""One stretch in full: large pictures, numbered steps, tips, the easier way, safety, and what to do with it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QScrollArea, QVBoxLayout, QWidget

from lumbar_coach.core.catalog import Stretch
from lumbar_coach.core.routines import Routine
from lumbar_coach.core.sides import fill_bend
from lumbar_coach.ui.buttons import button, make_primary
from lumbar_coach.ui.caution import CautionPanel
from lumbar_coach.ui.picture_view import PictureView
from lumbar_coach.ui.theme import PHASE_COLOURS, scaled_font
from lumbar_coach.ui.words import equipment_words


def steps_html(stretch: Stretch, painful_side: str | None = None) -> str:
    """How to do it, as numbered steps (the side bend's direction filled in from the painful side), then the tips."""
    steps = "".join(f"<li>{escape(fill_bend(step, painful_side or 'unsure'))}</li>" for step in stretch.steps)
    tips = "".join(f"<li>{escape(tip)}</li>" for tip in stretch.tips)
    return f"<h3>How to do it</h3><ol>{steps}</ol><h3>Tips</h3><ul>{tips}</ul>"


def care_html(stretch: Stretch) -> str:
    """How to make it easier (a smaller range of motion), and the safety note."""
    safety = "".join(f"<p>{escape(line)}</p>" for line in stretch.safety)
    return f"<h3>To make it easier</h3><p>{escape(stretch.easier)}</p><h3>Safety</h3>{safety}"


class DetailView(QWidget):
    """A stretch's page; Esc goes back to the library."""

    back = Signal()
    startStretch = Signal(str)
    addToRoutine = Signal(str, str)   # stretch id, routine name ("" = a new routine)
    starToggled = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stretch: Stretch | None = None
        self.routines: tuple[Routine, ...] = ()
        self.title = QLabel()
        self.summary = QLabel()
        self.notes = CautionPanel("Cautions", self)
        self.start_picture = PictureView(self, 420)
        self.stretch_picture = PictureView(self, 420)
        self.text = QLabel()
        self.care = QLabel()
        self.back_button = button("← Library", "Back to the library", "Esc", self, name="Back to the library")
        self.star_button = button("☆ Favourite", "Star this stretch", "S", self)
        self.start_button = button("Start this stretch", "Start a session of this stretch alone", "Ctrl+Enter", self)
        self.add_button = button("Add to routine…", "Add this stretch to one of your routines", "A", self)
        self._build()
        self._connect()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addLayout(self._header())
        pictures = QHBoxLayout()
        pictures.addWidget(self.start_picture)
        pictures.addWidget(self.stretch_picture)
        for picture in (self.start_picture, self.stretch_picture):
            picture.setMinimumHeight(220)
        layout.addLayout(pictures, 2)
        layout.addWidget(self._text_area(), 3)
        layout.addLayout(self._actions())

    def _header(self) -> QVBoxLayout:
        header = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addSpacing(12)
        self.title.setFont(scaled_font(self.font(), 1.7, bold=True))
        self.title.setWordWrap(True)
        row.addWidget(self.title, 1)
        row.addWidget(self.star_button)
        header.addLayout(row)
        header.addWidget(self.summary)
        header.addWidget(self.notes)
        return header

    def _text_area(self) -> QScrollArea:
        for label, name in ((self.text, "How to do it and tips"), (self.care, "How to make it easier, and safety")):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setAccessibleName(name)
        self.care.setObjectName("care")
        self.care.setStyleSheet(f"QLabel#care {{ border-left: 4px solid {PHASE_COLOURS['prepare']}; padding-left: 14px; }}")
        columns = QWidget(self)
        row = QHBoxLayout(columns)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 3)
        row.addSpacing(24)
        row.addWidget(self.care, 2)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(columns)
        return area

    def _actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        make_primary(self.start_button)
        row.addWidget(self.start_button)
        return row

    def _connect(self) -> None:
        self.back_button.clicked.connect(self.back)
        self.star_button.clicked.connect(lambda: self._emit_for(self.starToggled))
        self.start_button.clicked.connect(lambda: self._emit_for(self.startStretch))
        self.add_button.clicked.connect(self._show_add_menu)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.start_button.click)
        QShortcut(QKeySequence("A"), self, activated=self.add_button.click)
        QShortcut(QKeySequence("S"), self, activated=self.star_button.click)

    def _emit_for(self, signal) -> None:
        if self.stretch is not None:
            signal.emit(self.stretch.id)

    def show_stretch(self, stretch: Stretch, starred: bool, routines: tuple[Routine, ...],
                     notes: list[str] | tuple[str, ...] = (), painful_side: str | None = None) -> None:
        """Fill the page for ``stretch``, with any cautions (``notes``) under its summary."""
        self.stretch, self.routines = stretch, routines
        self.notes.set_text("<br>".join(escape(note) for note in notes))
        self.title.setText(stretch.name)
        targets = ", ".join(stretch.targets)
        self.summary.setText(f"{stretch.dose.in_words().capitalize()}  ·  {equipment_words(stretch)}  ·  Works: {targets}")
        self.start_picture.set_picture(stretch.images[0])
        self.stretch_picture.set_picture(stretch.images[-1])
        self.start_picture.setAccessibleName(f"{stretch.name}: starting position")
        self.stretch_picture.setAccessibleName(f"{stretch.name}: in the stretch")
        self.text.setText(steps_html(stretch, painful_side))
        self.care.setText(care_html(stretch))
        self.set_starred(starred)

    def set_starred(self, starred: bool) -> None:
        self.star_button.setText("★ Favourite" if starred else "☆ Favourite")
        self.star_button.setToolTip(("Remove from favourites" if starred else "Add to favourites") + " (S)")

    def add_menu(self) -> QMenu:
        """The choice of routine to add to: each saved one, or a new one."""
        menu = QMenu(self)
        for routine in self.routines:
            menu.addAction(routine.title, lambda name=routine.name: self._add(name))
        menu.addAction("New routine…", lambda: self._add(""))
        return menu

    def _show_add_menu(self) -> None:
        self.add_menu().exec(self.add_button.mapToGlobal(self.add_button.rect().bottomLeft()))

    def _add(self, routine_name: str) -> None:
        if self.stretch is not None:
            self.addToRoutine.emit(self.stretch.id, routine_name)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Backspace):
            self.back.emit()
        else:
            super().keyPressEvent(event)
