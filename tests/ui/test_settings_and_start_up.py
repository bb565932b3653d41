"""The settings dialog, damaged files at start-up, and the window's remembered geometry."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lumbar_coach.storage.paths import settings_path
from lumbar_coach.storage.settings import Settings, load_settings
from lumbar_coach.ui.settings_dialog import SettingsDialog
from lumbar_coach.speech.coach import CoachVoice
from lumbar_coach.speech.priority import priority_for_cue
from tests.ui.conftest import start


def test_the_dialog_changes_and_saves_settings(qtbot, make_window):
    window = make_window()
    dialog = SettingsDialog(window.data.settings, window)
    qtbot.addWidget(dialog)
    dialog.timings["rest_seconds"].setValue(12)
    dialog.painful_side.setCurrentIndex(dialog.painful_side.findData("both"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.voice.enabled.setChecked(False)
    window.apply_settings(dialog.settings())
    stored = load_settings()
    assert (stored.rest_seconds, stored.painful_side, stored.theme, stored.voice_enabled) == (12, "both", "dark", False)
    assert window.voice.muted
    assert window.data.plan_settings().rest_seconds == 12


def test_timings_cannot_leave_their_bounds(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.timings["get_ready_seconds"].setValue(999)
    assert dialog.settings().get_ready_seconds == 30


def test_the_getting_ready_timings_say_they_start_once_the_coach_has_spoken(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert "once the coach has described it" in dialog.timings["get_ready_seconds"].toolTip()
    assert "once the coach has described the other side" in dialog.timings["switch_seconds"].toolTip()


def test_a_damaged_settings_file_gives_defaults_and_a_message_once(make_window):
    settings_path().parent.mkdir(parents=True)
    settings_path().write_text("{ this is not json")
    window = make_window()
    assert window.data.settings == Settings()
    assert window.banner.isVisible() and "settings file could not be read" in window.banner.text.text()
    window.banner.dismiss()
    assert not window.banner.isVisible()
    assert "settings" not in make_window().banner.text.text()


def test_geometry_is_remembered_apart_from_preferences(make_window, monkeypatch):
    from lumbar_coach.storage.window_state import load_window_state
    window = make_window()
    window.resize(1150, 700)
    geometry = bytes(window.saveGeometry().data())
    window.close()
    assert load_window_state().geometry == geometry
    again = make_window()
    restored = []
    monkeypatch.setattr(again, "restoreGeometry", lambda data: restored.append(bytes(data.data())))
    again.restore_window_state()
    assert restored == [geometry]
    assert not settings_path().exists()


def test_voice_without_a_speaker_is_silent_but_keeps_mute():
    voice = CoachVoice(None)
    voice.say("Hello")
    voice.set_muted(True)
    assert voice.muted


def test_cue_kinds_map_to_priorities():
    assert [int(priority_for_cue(kind)) for kind in ("announce", "info", "count")] == [2, 1, 0]


def test_the_window_stays_on_top_during_a_session_only_when_chosen(qtbot, make_window):
    on_top = Qt.WindowType.WindowStaysOnTopHint
    window = make_window()
    dialog = SettingsDialog(window.data.settings, window)
    qtbot.addWidget(dialog)
    assert not dialog.on_top.isChecked()
    start(window, ["bridge"])
    assert not window.windowFlags() & on_top
    window.session_view.stop()
    dialog.on_top.setChecked(True)
    window.apply_settings(dialog.settings())
    assert load_settings().on_top_in_session and SettingsDialog(load_settings()).on_top.isChecked()
    start(window, ["bridge"])
    assert window.windowFlags() & on_top and window.isVisible()
    window.session_view.stop()
    assert window.current_page() is window.summary
    assert not window.windowFlags() & on_top and window.isVisible()


def test_waiting_before_each_stretch_is_chosen_in_the_dialog(qtbot, make_window):
    window = make_window()
    dialog = SettingsDialog(window.data.settings, window)
    qtbot.addWidget(dialog)
    assert not dialog.wait_for_me.isChecked()
    dialog.wait_for_me.setChecked(True)
    window.apply_settings(dialog.settings())
    assert load_settings().wait_for_me and window.data.plan_settings().wait_for_me
    assert SettingsDialog(load_settings()).wait_for_me.isChecked()
