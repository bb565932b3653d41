"""One stretch as a card: picture, name, dose, equipment and a favourite star."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from lumbar_coach.core.catalog import Stretch
from lumbar_coach.ui.picture_view import PictureView
from lumbar_coach.ui.theme import ACCENT, PHASE_COLOURS, scaled_font
from lumbar_coach.ui.words import equipment_words

CARD_WIDTH = 270
CARD_MARGIN = 12
OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
STAR_KEYS = (Qt.Key.Key_S, Qt.Key.Key_Asterisk)
# Set once on whatever holds the cards (one style sheet for all of them is cheaper to apply).
CARD_STYLE = f"""
QFrame#card {{ background: palette(base); border: 1px solid palette(midlight); border-radius: 14px; }}
QFrame#card:hover {{ border: 1px solid palette(mid); }}
QFrame#card:focus {{ border: 3px solid {ACCENT}; }}
QToolButton#star {{ border: none; background: transparent; color: {ACCENT}; }}
QLabel#notes {{ border: none; border-left: 3px solid {PHASE_COLOURS['prepare']}; padding-left: 8px; }}
"""


class StretchCard(QFrame):
    """A focusable card; Enter opens it, S stars it."""

    opened = Signal(str)
    starToggled = Signal(str)

    def __init__(self, stretch: Stretch, starred: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stretch = stretch
        self.setObjectName("card")
        self.setFixedWidth(CARD_WIDTH)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(stretch.name)
        self.setToolTip(f"{stretch.name}: open with Enter, star with S")
        self.picture = PictureView(self, CARD_WIDTH)
        self.picture.setFixedHeight(150)
        self.picture.set_picture(stretch.images[-1])
        self.star = self._make_star()
        self.notes = _label("", scaled_font(self.font(), 0.9))
        self.notes.setObjectName("notes")
        self.notes.hide()
        self._build()
        self.set_starred(starred)

    def _make_star(self) -> QToolButton:
        star = QToolButton(self)
        star.setObjectName("star")
        star.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        star.setFont(scaled_font(self.font(), 1.5))
        star.clicked.connect(lambda: self.starToggled.emit(self.stretch.id))
        return star

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(CARD_MARGIN, CARD_MARGIN, CARD_MARGIN, CARD_MARGIN + 2)
        layout.addWidget(self.picture)
        title_row = QHBoxLayout()
        title_row.addWidget(_label(self.stretch.name, scaled_font(self.font(), 1.05, bold=True)), 1)
        title_row.addWidget(self.star, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(title_row)
        layout.addWidget(_label(self.stretch.dose.in_words().capitalize(), self.font()))
        layout.addWidget(_label(equipment_words(self.stretch), scaled_font(self.font(), 0.9), quiet=True))
        layout.addWidget(self.notes)
        layout.addStretch(1)

    def set_notes(self, notes: list[str]) -> None:
        """Show cautions under the dose (left out in flare-up mode, hurting lately); none hides them."""
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self.notes.setMinimumHeight(self.notes.heightForWidth(CARD_WIDTH - 2 * CARD_MARGIN) if notes else 0)
        caution = f" {' '.join(notes)}" if notes else ""
        self.setAccessibleDescription(caution.strip())
        self.setToolTip(f"{self.stretch.name}: open with Enter, star with S.{caution}")

    def set_starred(self, starred: bool) -> None:
        """Show the star filled or empty, with words for screen readers."""
        self.starred = starred
        self.star.setText("★" if starred else "☆")
        verb = "Remove from favourites" if starred else "Add to favourites"
        self.star.setToolTip(f"{verb} (S)")
        self.star.setAccessibleName(f"{verb}: {self.stretch.name}")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in OPEN_KEYS:
            self.opened.emit(self.stretch.id)
        elif event.key() in STAR_KEYS:
            self.starToggled.emit(self.stretch.id)
        else:
            super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.opened.emit(self.stretch.id)
        super().mouseReleaseEvent(event)


def _label(text: str, font, quiet: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setFont(font)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    if quiet:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label
