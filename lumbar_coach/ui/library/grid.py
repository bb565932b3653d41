"""The cards in sections (releases, active stretches, activation), laid out in as many columns as fit."""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from lumbar_coach.core.catalog import Catalog, Stretch
from lumbar_coach.ui.library.card import CARD_STYLE, CARD_WIDTH, StretchCard
from lumbar_coach.ui.theme import scaled_font
from lumbar_coach.ui.words import EMPTY_FAVOURITES, SECTIONS

SPACING = 18


class Section(QWidget):
    """A heading, a line saying what the group is for, and its cards in a grid."""

    def __init__(self, title: str, purpose: str, cards: list[StretchCard], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = cards
        self.columns = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        heading = QLabel(title)
        heading.setFont(scaled_font(self.font(), 1.35, bold=True))
        heading.setAccessibleName(title)
        layout.addWidget(heading)
        line = QLabel(purpose)
        line.setWordWrap(True)
        line.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(line)
        self.grid = QGridLayout()
        self.grid.setSpacing(SPACING)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addLayout(self.grid)

    def visible_cards(self) -> list[StretchCard]:
        return [card for card in self.cards if not card.isHidden()]

    def arrange(self, columns: int) -> None:
        """Place the visible cards in ``columns`` columns, row by row."""
        self.columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for position, card in enumerate(self.visible_cards()):
            self.grid.addWidget(card, *divmod(position, columns))
        self.setVisible(bool(self.visible_cards()))


class StretchGrid(QWidget):
    """Every stretch card, grouped and filtered."""

    opened = Signal(str)
    starToggled = Signal(str)

    def __init__(self, catalog: Catalog, favourites: Collection[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(CARD_STYLE)
        self.cards = {s.id: self._card(s, s.id in favourites) for s in catalog.stretches}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 24)
        self.empty = QLabel(EMPTY_FAVOURITES)
        self.empty.setWordWrap(True)
        self.empty.setFont(scaled_font(self.font(), 1.2))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(EMPTY_FAVOURITES)
        self.empty.hide()
        layout.addWidget(self.empty)
        self.sections = [self._section(catalog, *entry) for entry in SECTIONS]
        for section in self.sections:
            layout.addWidget(section)
        layout.addStretch(1)

    def _card(self, stretch: Stretch, starred: bool) -> StretchCard:
        card = StretchCard(stretch, starred, self)
        card.opened.connect(self.opened)
        card.starToggled.connect(self.starToggled)
        return card

    def _section(self, catalog: Catalog, category: str, title: str, purpose: str) -> Section:
        cards = [self.cards[s.id] for s in catalog.stretches if s.category == category]
        return Section(title, purpose, cards, self)

    def ordered_cards(self) -> list[StretchCard]:
        """The cards in the order they are shown (and tabbed through)."""
        return [card for section in self.sections for card in section.cards]

    def apply_filter(self, keep: Callable[[Stretch], bool], empty_text: str = EMPTY_FAVOURITES) -> None:
        """Show only the cards whose stretch ``keep`` accepts; a teaching line when none are left."""
        for card in self.cards.values():
            card.setHidden(not keep(card.stretch))
        self.empty.setText(empty_text)
        self.empty.setVisible(not any(not card.isHidden() for card in self.cards.values()))
        self._arrange()

    def set_starred(self, favourites: Collection[str]) -> None:
        for stretch_id, card in self.cards.items():
            card.set_starred(stretch_id in favourites)

    def set_notes(self, notes: Callable[[Stretch], list[str]]) -> None:
        """Give every card its cautions."""
        for card in self.cards.values():
            card.set_notes(notes(card.stretch))

    def columns_for(self, width: int) -> int:
        margins = self.layout().contentsMargins()
        usable = width - margins.left() - margins.right()
        return max(1, (usable + SPACING) // (CARD_WIDTH + SPACING))

    def _arrange(self) -> None:
        columns = self.columns_for(self.width())
        for section in self.sections:
            section.arrange(columns)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if any(s.columns != self.columns_for(event.size().width()) for s in self.sections):
            self._arrange()
