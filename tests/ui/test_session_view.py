"""The guided session, driven through the real window with keys and a fake clock."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from lumbar_coach.core.planner import WAIT_LINE
from lumbar_coach.core.session import WAITING, State
from lumbar_coach.storage.settings import load_settings, save_settings
from tests.ui.conftest import run_until, start


def key(qtbot, view, name):
    qtbot.keyClick(view.controls.buttons["pause"], getattr(Qt.Key, f"Key_{name}"))


def state(view):
    return view.driver.session.state


def test_starting_shows_the_session_and_speaks_the_opening(window, speaker):
    view = start(window, ["bridge"])
    assert window.current_page() is view and state(view) is State.RUNNING
    assert speaker.texts[0].startswith("Bridge hold")
    assert int(speaker.cues[0].priority) == 2


def test_a_hold_shows_where_you_are_what_is_next_and_the_seconds(window, clock):
    view = start(window, ["active-hamstring"])
    run_until(window, clock, lambda: view.phase.kind == "hold" and view.phase.set == 2)
    clock.now += 3
    view.driver.tick()
    view.refresh_time()
    assert view.where.text() == "Hold 2 of 3 · left side"
    assert view.coming.text() == "Next: rest 5 s, then hold 3 of 3"
    assert view.ring.seconds_text() == "17"
    assert view.counter.text().startswith("Stretch 1 of 1 · ")


def test_the_hip_flexor_hold_names_the_front_foot_not_the_stretched_side(window, clock):
    view = start(window, ["active-hip-flexor"])
    run_until(window, clock, lambda: view.phase.kind == "hold")
    assert view.where.text() == "Hold 1 of 3 · left foot forward"
    run_until(window, clock, lambda: view.phase.kind == "switch")
    view.refresh_time()
    assert view.where.text() == "Switch sides · right foot forward"


def test_the_second_side_shows_the_picture_mirrored(window, clock):
    view = start(window, ["active-hamstring"])
    run_until(window, clock, lambda: view.phase.kind == "hold")
    assert not view.picture.is_mirrored() and view.picture.picture_name().endswith("-stretch.svg")
    run_until(window, clock, lambda: view.phase.kind == "hold" and view.phase.side == "right")
    assert view.picture.is_mirrored()


def test_reps_count_up_as_time_passes(window, clock):
    view = start(window, ["hip-activation"])
    run_until(window, clock, lambda: view.phase.kind == "reps")
    tempo = view.phase.duration / view.phase.of
    target = clock.now + tempo * 3 + 0.5
    run_until(window, clock, lambda: clock.now >= target)
    view.refresh_time()
    assert view.where.text().startswith(f"Rep 4 of {view.phase.of}")


def test_space_pauses_and_resumes_even_with_a_button_focused(qtbot, window):
    view = start(window, ["bridge"])
    key(qtbot, view, "Space")
    assert state(view) is State.PAUSED and view.controls.buttons["pause"].text() == "Resume"
    assert view.ring.paused
    key(qtbot, view, "Space")
    assert state(view) is State.RUNNING


def test_right_and_left_step_through_phases(qtbot, window):
    view = start(window, ["bridge"])
    first = view.phase.index
    key(qtbot, view, "Right")
    key(qtbot, view, "Right")
    assert view.phase.index == first + 2
    key(qtbot, view, "Left")
    assert view.phase.index == first + 1


def test_r_repeats_the_instruction_and_m_mutes(qtbot, window, speaker):
    view = start(window, ["bridge"])
    said = len(speaker.cues)
    key(qtbot, view, "R")
    assert len(speaker.cues) == said + 1 and speaker.texts[-1] == view.phase.cues[0].text
    key(qtbot, view, "M")
    assert speaker.muted and view.controls.buttons["mute"].text() == "Unmute"


def test_cues_map_to_speech_priorities(window, clock, speaker):
    start(window, ["bridge"])
    run_until(window, clock, lambda: any(int(cue.priority) == 0 for cue in speaker.cues))
    count = next(cue for cue in speaker.cues if int(cue.priority) == 0)
    assert count.text.rstrip(".") in ("Three", "Two", "One")
    assert count.due == pytest.approx(time.monotonic(), abs=1.5)


def test_this_hurts_pauses_says_ease_off_and_can_skip_the_stretch(qtbot, window, speaker):
    view = start(window, ["bridge", "glute-release"])
    key(qtbot, view, "Right")
    key(qtbot, view, "H")
    assert state(view) is State.PAUSED and view.hurt_panel.isVisible() and not view.controls.isVisible()
    easier = "Lift your hips only part of the way."
    assert speaker.texts[-1].startswith("Ease off") and easier in speaker.texts[-1]
    assert speaker.texts[-1].endswith("Or skip this stretch.")
    assert easier in view.hurt_panel.message.text()
    view.hurt_panel.skip_button.click()
    assert view.phase.stretch_id == "glute-release" and state(view) is State.RUNNING
    assert not view.hurt_panel.isVisible()


@pytest.mark.parametrize("wake_word, said", [(True, "Say coach go to carry on, or coach stop to end."),
                                             (False, "Say go to carry on, or stop to end.")])
def test_this_hurts_says_how_to_go_on_by_voice_while_listening(window, speaker, wake_word, said):
    view = start(window, ["glute-release"])
    view.hurts()
    assert "make the movement smaller" in speaker.texts[-1]   # the intro has no stretch of its own
    view.next()
    view.show_listening(True, wake_word)
    view.hurts()
    assert speaker.texts[-1].endswith(said) and "Stay lying down" in speaker.texts[-1]
    view.show_listening(False)
    view.hurts()
    assert speaker.texts[-1].endswith("Or skip this stretch.")


def test_this_hurts_can_end_the_session(qtbot, window):
    view = start(window, ["bridge"])
    view.controls.buttons["hurt"].click()
    view.hurt_panel.end_button.click()
    assert window.current_page() is window.summary and window.summary.heading.text() == "Session ended"


def test_escape_stops_and_the_summary_says_what_was_done(qtbot, window, clock):
    view = start(window, ["bridge", "glute-release"])
    run_until(window, clock, lambda: view.phase.stretch_id == "glute-release" and view.phase.kind == "timed")
    key(qtbot, view, "Escape")
    assert window.current_page() is window.summary
    body = window.summary.body.text()
    assert "Bridge hold" in body.split("Begun:")[0] and "Glute release" in body.split("Begun:")[1]
    assert "Time spent" in body


def test_a_session_run_to_the_end_says_well_done(window, clock):
    view = start(window, ["bridge"])
    run_until(window, clock, lambda: window.current_page() is window.summary)
    assert window.summary.heading.text() == "Well done" and "Bridge hold" in window.summary.body.text()
    assert not view.ticker.isActive()


def test_full_screen_keeps_only_picture_countdown_and_instruction(qtbot, window):
    view = start(window, ["bridge"])
    key(qtbot, view, "F")
    assert view.compact
    hidden = (view.title, view.counter, view.where, view.coming, view.controls, view.progress)
    assert all(not widget.isVisible() for widget in hidden)
    assert view.picture.isVisible() and view.ring.isVisible() and view.instruction.isVisible()
    key(qtbot, view, "F")
    assert view.controls.isVisible()


def test_the_countdown_is_at_least_a_fifth_of_the_window_height(window):
    window.resize(1280, 800)
    view = start(window, ["bridge"])
    view.resize(1280, 800)
    assert view.ring.height() >= 800 / 5 and view.ring.width() >= 800 / 5


def test_the_ring_repaints_only_when_what_it_shows_changes(window, clock, monkeypatch):
    view = start(window, ["bridge"])
    updates = []
    monkeypatch.setattr(view.ring, "update", lambda: updates.append(1))
    view.ring.set_remaining(view.ring.remaining)
    assert updates == []
    view.ring.set_remaining(view.ring.remaining - 1.5)
    assert updates == [1]


def test_the_display_ticker_stops_when_the_window_is_hidden(window):
    view = start(window, ["bridge"])
    assert view.ticker.isActive()
    window.hide()
    assert not view.ticker.isActive()


def test_the_side_bend_asks_for_the_painful_side_once_and_saves_it(make_window, catalog):
    asked = []
    window = make_window(painful_side_asker=lambda parent: asked.append(1) or "right")
    start(window, ["side-bend-hold"])
    assert asked == [1] and load_settings().painful_side == "right"
    window.session_view.stop()
    start(window, ["side-bend-hold"])
    assert asked == [1]


def test_cancelling_the_painful_side_question_starts_nothing(make_window):
    from lumbar_coach.core.resolve import resolve
    window = make_window(painful_side_asker=lambda parent: None)
    assert not window.start_routine(resolve(["side-bend-hold"], window.data.catalog))
    assert window.current_page() is window.library and load_settings().painful_side is None


def test_session_controls_have_names_and_tooltips_with_keys(window):
    view = start(window, ["bridge"])
    keys = {"previous": "Left", "pause": "Space", "next": "Right", "repeat": "R", "mute": "M", "listen": "L",
            "full_screen": "F", "stop": "Esc", "hurt": "H"}
    for name, button in view.controls.buttons.items():
        assert button.accessibleName() and button.toolTip().endswith(f"({keys[name]})")


def test_with_wait_for_me_the_session_waits_after_getting_ready_until_space(qtbot, make_window, clock, speaker):
    save_settings(load_settings().replace(painful_side="left", wait_for_me=True))
    window = make_window()
    view = start(window, ["bridge-hold"])
    run_until(window, clock, lambda: view.driver.session.state is State.PAUSED)
    assert view.driver.session.phase.kind == "prepare"
    assert view.notice.text() == WAITING and view.notice.isVisible()
    assert view.ring.seconds_text() == "" and view.ring.caption_text() == "When you're ready"
    assert speaker.texts[-1] == WAIT_LINE
    key(qtbot, view, "Space")
    view.driver.tick()
    assert view.driver.session.state is State.RUNNING and view.driver.session.phase.kind == "hold"
    assert not view.notice.isVisible() and not view.ring.waiting and view.ring.seconds_text() != ""


def pixel_size(font) -> float:
    return font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72


def test_nothing_the_session_shows_is_smaller_than_14_pt_at_1280_by_800(window):
    window.resize(1280, 800)
    view = start(window, ["active-hamstring"])
    view.hurts()
    shown = [view.instruction, view.where, view.title, view.coming, view.counter, view.hurt_panel.message,
             *view.hurt_panel.findChildren(QPushButton), *view.controls.buttons.values()]
    fourteen_points = 14 * 96 / 72
    sizes = {widget.text()[:20]: pixel_size(widget.font()) for widget in shown}
    assert min(sizes.values()) >= fourteen_points - 0.5, sizes
