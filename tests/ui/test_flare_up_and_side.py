"""Flare-up mode in the window, and the painful side chosen in Settings reaching the plan."""

from __future__ import annotations

from lumbar_coach.core.routines import full_routine
from lumbar_coach.storage.settings import Settings, load_settings, save_settings
from lumbar_coach.ui.settings_dialog import SettingsDialog
from lumbar_coach.ui.words import RELEASE_SUGGESTION


def flare_up_window(make_window):
    save_settings(Settings(painful_side="left", flare_up=True))
    return make_window()


def started_ids(window):
    return {phase.stretch_id for phase in window.session_view.timeline.phases if phase.stretch_id}


def test_flare_up_mode_leaves_the_side_bend_out_of_a_started_routine(make_window, catalog):
    window = flare_up_window(make_window)
    assert window.start_routine(full_routine(catalog))
    assert "side-bend-hold" not in started_ids(window) and "bridge-hold" in started_ids(window)


def test_without_flare_up_mode_the_side_bend_stays(make_window, catalog):
    save_settings(Settings(painful_side="left"))
    window = make_window()
    assert window.start_routine(full_routine(catalog))
    assert "side-bend-hold" in started_ids(window)


def test_the_side_bend_card_and_page_give_the_reason(make_window, catalog):
    window = flare_up_window(make_window)
    caution = catalog.get("side-bend-hold").flare_up_caution
    card = window.library.grid.cards["side-bend-hold"]
    assert card.notes.isVisible() and caution in card.notes.text() and caution in card.toolTip()
    assert not window.library.grid.cards["bridge-hold"].notes.isVisible()
    window.open_stretch("side-bend-hold")
    assert caution in window.detail.notes.text()


def test_a_line_near_the_start_button_names_what_is_left_out_and_suggests_release(make_window):
    window = flare_up_window(make_window)
    window.library.choose_routine("full")
    line = window.library.flare_line
    assert line.isVisible() and "Side bend" in line.text() and RELEASE_SUGGESTION in line.text()
    window.library.choose_routine("release")
    assert RELEASE_SUGGESTION not in line.text()


def test_starting_only_the_side_bend_in_flare_up_mode_explains_instead(make_window):
    window = flare_up_window(make_window)
    window.start_stretch("side-bend-hold")
    assert window.current_page() is window.library
    assert "Flare-up mode" in window.banner.text.text() and "Release only" in window.banner.text.text()


def test_flare_up_mode_is_switched_in_settings_and_shortens_the_start_button(qtbot, make_window):
    window = make_window()
    window.library.choose_routine("full")
    before = window.library.start_button.text()
    dialog = SettingsDialog(window.data.settings, window)
    qtbot.addWidget(dialog)
    dialog.flare_up.setChecked(True)
    window.apply_settings(dialog.settings())
    assert load_settings().flare_up and window.library.flare_line.isVisible()
    assert window.library.start_button.text() != before


def test_the_painful_side_chosen_in_settings_sets_the_side_bend(qtbot, make_window, catalog):
    asked = []
    window = make_window(painful_side_asker=lambda parent: asked.append(1) or "left")
    dialog = SettingsDialog(window.data.settings, window)
    qtbot.addWidget(dialog)
    dialog.painful_side.setCurrentIndex(dialog.painful_side.findData("right"))
    window.apply_settings(dialog.settings())
    window.start_stretch("side-bend-hold")
    holds = [p for p in window.session_view.timeline.phases if p.kind == "hold"]
    assert asked == [] and {p.side for p in holds} == {"left"}
    assert holds[0].instruction.startswith("Bend left")


def test_the_side_bend_page_names_the_direction_from_the_painful_side(make_window):
    save_settings(Settings(painful_side="right"))
    window = make_window()
    window.open_stretch("side-bend-hold")
    steps = window.detail.text.text()
    assert "{" not in steps and "to your left side" in steps


def test_without_a_painful_side_the_side_bend_page_says_either_way(make_window):
    window = make_window()
    window.open_stretch("side-bend-hold")
    assert "{" not in window.detail.text.text() and "whichever side feels easier" in window.detail.text.text()
