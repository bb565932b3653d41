"""The daily reminder: the next time it is due, the tray timer, and what clicking it opens."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtGui import QIcon

from lumbar_coach.storage.settings import Settings, save_settings
from lumbar_coach.ui.reminders.schedule import milliseconds_until, next_reminder, parse_clock_time
from lumbar_coach.ui.reminders.tray import LONGEST_WAIT_MS, NO_TRAY, Reminder
from lumbar_coach.ui.settings_dialog import SettingsDialog


@pytest.mark.parametrize(("now", "hh_mm", "expected"), [
    (datetime(2026, 3, 11, 9, 0), "18:00", datetime(2026, 3, 11, 18, 0)),
    (datetime(2026, 3, 11, 18, 0), "18:00", datetime(2026, 3, 12, 18, 0)),
    (datetime(2026, 3, 11, 18, 0, 1), "18:00", datetime(2026, 3, 12, 18, 0)),
    (datetime(2026, 12, 31, 23, 59), "00:00", datetime(2027, 1, 1, 0, 0)),
    (datetime(2026, 2, 28, 22, 0), "07:30", datetime(2026, 3, 1, 7, 30)),
])
def test_next_reminder_is_today_if_still_to_come_else_tomorrow(now, hh_mm, expected):
    assert next_reminder(now, hh_mm) == expected


def test_next_reminder_keeps_the_time_zone_of_now():
    now = datetime(2026, 3, 11, 20, 0, tzinfo=timezone.utc)
    assert next_reminder(now, "06:15") == datetime(2026, 3, 12, 6, 15, tzinfo=timezone.utc)


def test_milliseconds_until_the_reminder():
    assert milliseconds_until(datetime(2026, 3, 11, 17, 59, 30), "18:00") == 30_000


@pytest.mark.parametrize("text", ["6:00", "18-00", "25:00", "ab:cd"])
def test_a_time_not_written_hh_mm_is_refused(text):
    with pytest.raises(ValueError):
        parse_clock_time(text)


class Wall:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def wall():
    return Wall(datetime(2026, 3, 11, 17, 0))


def test_without_a_tray_the_reminder_stays_off_and_nothing_breaks(qapp, wall):
    reminder = Reminder(QIcon(), now=wall, has_tray=lambda: False)
    reminder.schedule(True, "18:00")
    assert not reminder.available() and not reminder.timer.isActive()
    reminder.check()
    reminder.remind()


def test_the_timer_wakes_within_five_minutes_and_reminds_at_the_time(qapp, wall):
    reminder = Reminder(QIcon(), now=wall, has_tray=lambda: True)
    shown = []
    reminder.shown.connect(lambda: shown.append(wall.now))
    reminder.schedule(True, "18:00")
    assert reminder.timer.isActive() and reminder.timer.interval() == LONGEST_WAIT_MS
    wall.now = datetime(2026, 3, 11, 17, 58)
    reminder.check()
    assert shown == [] and reminder.timer.interval() == 120_000
    wall.now = datetime(2026, 3, 11, 18, 0, 1)
    reminder.check()
    assert shown == [wall.now] and reminder.due == datetime(2026, 3, 12, 18, 0)
    reminder.schedule(False, "18:00")
    assert not reminder.timer.isActive() and not reminder.tray.isVisible()


def test_a_reminder_missed_while_asleep_is_dropped_not_shown_late(qapp, wall):
    reminder = Reminder(QIcon(), now=wall, has_tray=lambda: True)
    shown = []
    reminder.shown.connect(lambda: shown.append(1))
    reminder.schedule(True, "18:00")
    wall.now = datetime(2026, 3, 12, 8, 0)
    reminder.check()
    assert shown == [] and reminder.due == datetime(2026, 3, 12, 18, 0)


def test_clicking_the_reminder_opens_the_favourites_ready_to_start(make_window):
    from lumbar_coach.storage.favourites import save_favourites
    save_favourites(("bridge-hold",))
    window = make_window()
    window.show_routines()
    window.reminder.clicked.emit()
    assert window.current_page() is window.library
    assert window.library.chosen_routine().name == "favourites"
    assert window.focusWidget() is window.library.start_button and window.library.start_button.isEnabled()


def test_with_no_favourites_the_reminder_opens_the_full_routine(make_window):
    window = make_window()
    window.library.choose_routine("release")
    window.open_reminded_routine()
    assert window.library.chosen_routine().name == "full"


def test_the_settings_say_when_there_is_no_tray(qtbot):
    dialog = SettingsDialog(Settings(reminder_enabled=True), reminders_possible=False)
    qtbot.addWidget(dialog)
    assert dialog.reminder_note.text() == NO_TRAY and not dialog.reminder.isEnabled()
    assert dialog.settings().reminder_enabled


def test_the_reminder_time_is_chosen_in_settings(qtbot, make_window):
    from PySide6.QtCore import QTime
    window = make_window()
    dialog = SettingsDialog(window.data.settings, window, reminders_possible=True)
    qtbot.addWidget(dialog)
    dialog.reminder.setChecked(True)
    dialog.reminder_time.setTime(QTime(7, 45))
    chosen = dialog.settings()
    assert (chosen.reminder_enabled, chosen.reminder_time) == (True, "07:45")
    assert dialog.reminder.accessibleName() and "tray" in dialog.reminder.toolTip()


def test_the_offscreen_window_starts_with_reminders_on_without_crashing(make_window):
    save_settings(Settings(reminder_enabled=True))
    window = make_window()
    assert not window.reminder.available() and not window.stays_in_tray()
    window.close()
    assert not window.isVisible()


def test_with_a_tray_and_reminders_on_closing_the_window_keeps_the_app_in_the_tray(qapp, make_window, monkeypatch):
    from lumbar_coach.ui.reminders import tray
    monkeypatch.setattr(tray, "tray_available", lambda: True)
    save_settings(Settings(reminder_enabled=True, reminder_time="07:00"))
    window = make_window()
    try:
        assert window.reminder.available() and window.reminder.timer.isActive() and window.stays_in_tray()
        assert not qapp.quitOnLastWindowClosed()
        window.close()
        assert not window.isVisible() and window.reminder.tray.isVisible()
        window.reminder.clicked.emit()
        assert window.isVisible() and window.current_page() is window.library
    finally:
        window.quitting = True
        window.reminder.schedule(False, "07:00")
        qapp.setQuitOnLastWindowClosed(True)
