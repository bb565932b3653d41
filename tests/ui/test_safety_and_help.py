"""The safety page before the first session and from Help, and the About page."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lumbar_coach import __version__
from lumbar_coach.core.resolve import resolve
from lumbar_coach.core.safety import safety_advice
from lumbar_coach.storage.settings import Settings, load_settings, save_settings
from lumbar_coach.ui.safety import words


def test_the_first_run_opens_on_the_safety_page_with_every_red_flag(make_window):
    window = make_window(safety_first=True)
    assert window.current_page() is window.safety
    shown = window.safety.red_flags.text() + window.safety.not_advice.text()
    assert all(flag.rstrip(".") in shown for flag in safety_advice().red_flags)
    assert "not medical advice" in shown
    assert window.safety.confirm_button.text() == words.FIRST_RUN_BUTTON


def test_confirming_stores_it_and_the_page_does_not_come_back(qtbot, make_window):
    window = make_window(safety_first=True)
    qtbot.keyClick(window.safety.confirm_button, Qt.Key.Key_Return)
    assert load_settings().safety_confirmed and window.current_page() is window.library
    window.close()
    again = make_window(safety_first=True)
    assert again.current_page() is again.library


def test_a_routine_started_before_confirming_waits_for_the_safety_page(make_window):
    window = make_window(safety_first=True)
    window.show_library()
    assert not window.start_routine(resolve(["bridge"], window.data.catalog))
    assert window.current_page() is window.safety and window.session_view.driver is None
    window.safety.confirm_button.click()
    assert window.current_page() is window.session_view
    assert window.session_view.driver.session.timeline.routine.name == "bridge-hold"


def test_a_warning_sign_that_applies_starts_nothing_and_says_to_see_a_provider_first(make_window):
    window = make_window(safety_first=True)
    window.show_library()
    assert not window.start_routine(resolve(["bridge"], window.data.catalog))
    assert window.safety.flag_button.isVisible()
    window.safety.flag_button.click()
    assert window.current_page() is window.library and not window.built("session_view")
    assert window.banner.isVisible() and "see a healthcare provider before you start" in window.banner.text.text()
    assert not load_settings().safety_confirmed
    assert not window.start_routine(resolve(["bridge"], window.data.catalog))
    assert window.current_page() is window.safety


def test_the_warning_sign_answer_is_only_asked_before_the_first_session(make_window):
    window = make_window()
    window.show_safety()
    assert not window.safety.flag_button.isVisible()
    assert window.safety.confirm_button.text() == words.LATER_BUTTON


def test_escape_leaves_without_confirming(qtbot, make_window):
    window = make_window(safety_first=True)
    qtbot.keyClick(window.safety.confirm_button, Qt.Key.Key_Escape)
    assert window.current_page() is window.library and not load_settings().safety_confirmed


def test_the_painful_side_can_be_given_on_the_safety_page_with_one_key(qtbot, make_window):
    window = make_window(safety_first=True)
    qtbot.keyClick(window.safety.confirm_button, Qt.Key.Key_R)
    assert window.safety.side.value() == "right"
    window.safety.confirm_button.click()
    assert load_settings().painful_side == "right"


def test_help_reopens_the_safety_page_with_a_way_back(make_window):
    save_settings(Settings(safety_confirmed=True, painful_side="both"))
    window = make_window(safety_first=True)
    assert window.current_page() is window.library
    window.library.filter_bar.safety_action.trigger()
    assert window.current_page() is window.safety
    assert window.safety.confirm_button.text() == words.LATER_BUTTON and window.safety.side.value() == "both"
    window.safety.confirm_button.click()
    assert window.current_page() is window.library and load_settings().painful_side == "both"


def test_f1_opens_the_safety_page_from_the_library(qtbot, make_window):
    window = make_window()
    window.show_library()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.library.grid.ordered_cards()[0], Qt.Key.Key_F1)
    assert window.current_page() is window.safety


def test_the_screenshot_window_never_puts_the_safety_page_first(make_window):
    window = make_window(safety_first=True, screenshot_mode=True)
    assert window.current_page() is window.library


def test_about_shows_the_version_the_credit_licences_and_privacy(qtbot, make_window):
    window = make_window()
    window.library.filter_bar.about_action.trigger()
    assert window.current_page() is window.about
    text = window.about.body.text()
    source = window.data.catalog.source
    for expected in (__version__, source.routine_by, source.role, source.also_quoted, "GPL-3.0-or-later",
                     "no network", "LGPL-3.0", "MPL-2.0", "MIT", "espeak-ng"):
        assert expected in text, expected
    qtbot.keyClick(window.about.back_button, Qt.Key.Key_Escape)
    assert window.current_page() is window.library


def test_the_summary_ends_with_when_to_stop_and_normal_soreness(make_window, clock):
    from tests.ui.conftest import run_until
    save_settings(Settings(painful_side="left"))
    window = make_window()
    window.start_routine(resolve(["bridge"], window.data.catalog))
    run_until(window, clock, lambda: window.current_page() is window.summary)
    advice = safety_advice()
    shown = window.summary.safety.text()
    assert advice.during_and_after in shown and advice.soreness_is_normal in shown


def test_help_and_history_buttons_have_names_and_tooltips_with_keys(make_window):
    bar = make_window().library.filter_bar
    assert bar.history_button.toolTip().endswith("(Ctrl+H)") and bar.help_button.accessibleName() == "Help"
    assert "F1" in bar.help_button.toolTip() and "F1" in bar.safety_action.toolTip()
