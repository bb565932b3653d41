"""The library: cards in sections, opening a card, stars that persist, filters and the start button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from lumbar_coach.ui.theme import apply_theme
from lumbar_coach.ui.words import EMPTY_FAVOURITES
from tests.ui.conftest import start


def test_cards_follow_the_routine_order_within_sections_releases_first(make_window, catalog):
    window = make_window()
    sections = window.library.grid.sections
    assert [section.cards[0].stretch.category for section in sections] == ["release", "active-stretch", "activation"]
    shown = [card.stretch.id for card in window.library.grid.ordered_cards()]
    assert shown[:2] == ["ql-oblique-release", "glute-release"]
    actives = [s.id for s in catalog.stretches if s.category == "active-stretch"]
    assert [sid for sid in shown if sid in actives] == actives


def test_a_card_shows_name_dose_and_equipment(make_window, catalog):
    window = make_window()
    card = window.library.grid.cards["active-hamstring"]
    texts = [label.text() for label in card.findChildren(type(window.detail.title))]
    assert "Active hamstring stretch" in texts and "3 x 20 s holds each side" in texts and "No equipment" in texts


def test_clicking_a_card_opens_its_detail(qtbot, make_window):
    window = make_window()
    qtbot.mouseClick(window.library.grid.cards["bridge-hold"], Qt.MouseButton.LeftButton)
    assert window.current_page() is window.detail
    assert window.detail.title.text() == "Bridge hold"
    assert "Safety" in window.detail.care.text() and "<ol>" in window.detail.text.text()


def test_enter_on_a_card_opens_it_and_escape_goes_back(qtbot, make_window):
    window = make_window()
    qtbot.keyClick(window.library.grid.cards["glute-release"], Qt.Key.Key_Return)
    assert window.detail.stretch.id == "glute-release"
    qtbot.keyClick(window.detail, Qt.Key.Key_Escape)
    assert window.current_page() is window.library


def test_a_star_persists_across_a_restart(qtbot, make_window):
    window = make_window()
    qtbot.mouseClick(window.library.grid.cards["glute-release"].star, Qt.MouseButton.LeftButton)
    qtbot.keyClick(window.library.grid.cards["bridge-hold"], Qt.Key.Key_S)
    window.close()
    again = make_window()
    assert again.data.favourites == ("glute-release", "bridge-hold")
    assert again.library.grid.cards["glute-release"].starred and again.library.grid.cards["bridge-hold"].star.text() == "★"
    assert not again.library.grid.cards["active-hamstring"].starred


def test_unstarring_with_the_key_removes_the_favourite(qtbot, make_window):
    window = make_window()
    card = window.library.grid.cards["bridge-hold"]
    qtbot.keyClick(card, Qt.Key.Key_S)
    qtbot.keyClick(card, Qt.Key.Key_S)
    assert window.data.favourites == () and not card.starred


def test_favourites_filter_teaches_when_empty_and_shows_only_stars(qtbot, make_window):
    window = make_window()
    window.library.filter_bar.favourites_button.click()
    assert window.library.grid.empty.isVisible() and window.library.grid.empty.text() == EMPTY_FAVOURITES
    window.toggle_star("active-adductor")
    visible = [c.stretch.id for c in window.library.grid.ordered_cards() if not c.isHidden()]
    assert visible == ["active-adductor"] and not window.library.grid.empty.isVisible()


def test_search_matches_names_and_target_muscles(qtbot, make_window):
    window = make_window()
    qtbot.keyClicks(window.library.filter_bar.search, "hamstring")
    visible = {c.stretch.id for c in window.library.grid.ordered_cards() if not c.isHidden()}
    assert visible == {"active-hamstring", "ninety-ninety"}
    window.library.filter_bar.search.setText("zzz")
    assert window.library.grid.empty.isVisible() and "zzz" in window.library.grid.empty.text()


def test_the_start_button_names_the_routine_and_its_length(make_window):
    window = make_window()
    text = window.library.start_button.text()
    assert text.startswith("Start routine: Full (about ") and text.endswith(" min)")
    window.library.choose_routine("release")
    assert window.library.start_button.text().startswith("Start routine: Release only (about ")


def test_the_favourites_routine_cannot_start_empty(make_window):
    window = make_window()
    window.library.choose_routine("favourites")
    assert not window.library.start_button.isEnabled()
    assert window.library.start_button.toolTip() == EMPTY_FAVOURITES


def test_every_library_control_has_a_name_and_a_tooltip(make_window):
    window = make_window()
    bar = window.library.filter_bar
    for widget in (bar.search, bar.all_button, bar.favourites_button, bar.routines_button, bar.settings_button,
                   window.library.start_button, window.library.routine_choice):
        assert widget.accessibleName() and widget.toolTip(), widget
    for card in window.library.grid.ordered_cards():
        assert card.accessibleName() and "(S)" in card.star.toolTip()


def next_tab_stop(widget):
    """The widget Tab moves to from ``widget``."""
    candidate = widget.nextInFocusChain()
    while not (candidate.focusPolicy() & Qt.FocusPolicy.TabFocus and candidate.isVisible() and candidate.isEnabled()):
        candidate = candidate.nextInFocusChain()
    return candidate


def test_tab_goes_from_card_to_card_in_order(qtbot, make_window):
    window = make_window()
    cards = window.library.grid.ordered_cards()
    assert all(next_tab_stop(first) is second for first, second in zip(cards, cards[1:]))
    assert next_tab_stop(cards[-1]) is window.library.routine_choice


def test_on_a_narrow_window_the_search_moves_to_a_second_row(qtbot, make_window):
    window = make_window()
    bar = window.library.filter_bar
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: bar.width() > 1200)
    assert bar.one_row and bar.filters.y() == bar.pages.y()
    narrow = bar.one_row_width() - 40
    assert bar.minimumSizeHint().width() < narrow
    window.resize(narrow, 700)
    qtbot.waitUntil(lambda: bar.filters.y() > bar.pages.geometry().bottom())
    assert not bar.one_row and bar.filters.width() > bar.search.minimumWidth()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: bar.filters.y() == bar.pages.y())
    assert bar.one_row


@pytest.fixture
def app_text(qapp):
    """The app's own text size, as a started window has it (the test font put back afterwards)."""
    font = qapp.font()
    apply_theme(qapp, "system")
    yield
    qapp.setFont(font)


def test_every_page_fits_a_screen_1024_pixels_wide(app_text, window):
    window.open_stretch("bridge-hold")
    window.show_routines()
    window.show_history()
    start(window, ["full"])
    widths = {type(window.stack.widget(index)).__name__: window.stack.widget(index).minimumSizeHint().width()
              for index in range(window.stack.count())}
    assert "SessionView" in widths and max(widths.values()) <= 1000, widths
    assert window.minimumSizeHint().width() <= 1000
    window.session_view.show_listening(True)
    assert window.session_view.minimumSizeHint().width() <= 1000
