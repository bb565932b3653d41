"""Sessions run in the window are written to the history: work done, pain before and after, "this hurts"."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from lumbar_coach.storage.history import History, history_path
from lumbar_coach.ui.pain.dialog import PainDialog
from lumbar_coach.ui.session.summary import pain_noted_text
from lumbar_coach.ui.words import SORE_NOTE
from tests.ui.conftest import run_until, start


def stored_sessions():
    history = History()
    try:
        return history.sessions()
    finally:
        history.close()


def test_a_session_run_to_the_end_is_recorded_with_its_stretches(window, clock):
    start(window, ["bridge", "glute-release"])
    run_until(window, clock, lambda: window.current_page() is window.summary)
    [record] = stored_sessions()
    assert record.completed and record.stretches == ("bridge-hold", "glute-release")
    assert record.seconds > 60


def test_a_session_stopped_part_way_keeps_what_was_finished(qtbot, window, clock):
    view = start(window, ["bridge", "glute-release"])
    run_until(window, clock, lambda: view.phase.stretch_id == "glute-release")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    [record] = stored_sessions()
    assert not record.completed and record.stretches == ("bridge-hold",)


def test_closing_the_window_mid_session_still_ends_the_record(window, clock):
    view = start(window, ["bridge", "glute-release"])
    run_until(window, clock, lambda: view.phase.stretch_id == "glute-release")
    window.close()
    [record] = stored_sessions()
    assert record.stretches == ("bridge-hold",) and not record.completed


def test_pain_before_comes_from_the_question_and_pain_after_from_one_key(qtbot, make_window, clock):
    window = make_window(pain_asker=lambda parent: 6)
    start(window, ["bridge"])
    run_until(window, clock, lambda: window.current_page() is window.summary)
    qtbot.keyClick(window.summary.back_button, Qt.Key.Key_3)
    [record] = stored_sessions()
    assert (record.pain_before, record.pain_after) == (6, 3)
    assert window.summary.pain_noted.text() == "Noted: 3 out of 10, down from 6 before the session."
    assert window.current_page() is window.summary


def test_more_pain_after_than_before_is_met_with_when_to_stop(qtbot, make_window, clock):
    window = make_window(pain_asker=lambda parent: 2)
    start(window, ["bridge"])
    run_until(window, clock, lambda: window.current_page() is window.summary)
    qtbot.keyClick(window.summary.back_button, Qt.Key.Key_5)
    noted = window.summary.pain_noted.text()
    assert noted.startswith("Noted: 5 out of 10, up from 2") and "see a healthcare provider" in noted


@pytest.mark.parametrize(("after", "before", "said"), [
    (4, None, "Noted: 4 out of 10. Thank you."),
    (4, 4, "Noted: 4 out of 10, the same as before the session."),
    (1, 4, "Noted: 1 out of 10, down from 4 before the session."),
])
def test_the_pain_score_is_noted_beside_the_one_before(after, before, said):
    assert pain_noted_text(after, before) == said


def test_the_ten_button_scores_ten_and_enter_leaves_without_a_score(qtbot, window, clock):
    start(window, ["bridge"])
    run_until(window, clock, lambda: window.current_page() is window.summary)
    window.summary.pain.buttons[10].click()
    assert stored_sessions()[0].pain_after == 10
    start(window, ["bridge"])
    run_until(window, clock, lambda: window.current_page() is window.summary)
    qtbot.keyClick(window.summary.back_button, Qt.Key.Key_Return)
    assert window.current_page() is window.library and stored_sessions()[1].pain_after is None


@pytest.mark.parametrize(("key", "score"), [(Qt.Key.Key_0, 0), (Qt.Key.Key_7, 7), (Qt.Key.Key_Return, None),
                                            (Qt.Key.Key_Escape, None)])
def test_the_pain_question_takes_one_key(qtbot, key, score):
    dialog = PainDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, key)
    assert dialog.score == score and not dialog.isVisible()


def test_the_pain_scale_buttons_have_names_and_tooltips(qtbot):
    dialog = PainDialog()
    qtbot.addWidget(dialog)
    buttons = dialog.scale.buttons
    assert len(buttons) == 11 and buttons[10].accessibleName() == "Pain 10 of 10"
    assert buttons[4].toolTip().endswith("(4)") and dialog.skip_button.toolTip().endswith("(Enter)")


def test_this_hurts_logs_the_stretch_and_side_once(qtbot, window, clock):
    view = start(window, ["active-hamstring"])
    run_until(window, clock, lambda: view.phase.kind == "hold" and view.phase.side == "right")
    view.controls.buttons["hurt"].click()
    qtbot.keyClick(view, Qt.Key.Key_H)
    history = History()
    assert history.hurts_since(datetime.now() - timedelta(minutes=5)) == [("active-hamstring", "right")]
    history.close()


def test_two_hurts_in_a_week_mark_the_card_and_the_detail_page(window, clock):
    view = start(window, ["bridge"])
    run_until(window, clock, lambda: view.phase.kind == "hold")
    view.hurts()
    view.carry_on()
    view.controls.buttons["hurt"].click()
    view.stop()
    window.show_library()
    card = window.library.grid.cards["bridge-hold"]
    assert card.notes.isVisible() and card.notes.text() == SORE_NOTE
    assert not window.library.grid.cards["glute-release"].notes.isVisible()
    window.open_stretch("bridge-hold")
    assert SORE_NOTE in window.detail.notes.text()


def test_one_hurt_is_not_yet_a_pattern(window, clock):
    view = start(window, ["bridge"])
    run_until(window, clock, lambda: view.phase.kind == "hold")
    view.hurts()
    view.stop()
    window.show_library()
    assert not window.library.grid.cards["bridge-hold"].notes.isVisible()


def test_the_library_makes_no_history_file_before_anything_is_recorded(window, clock):
    window.show_library()
    assert not history_path().exists()
    start(window, ["bridge"])
    assert history_path().exists()
