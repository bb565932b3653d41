"""The history page: calendar, streak, minutes a week, pain over time, CSV export and the empty state."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta

from lumbar_coach.storage.history import History, SessionRecord
from lumbar_coach.ui.history import stats
from lumbar_coach.ui.history.export import HEADER
from lumbar_coach.ui.history.view import EMPTY

TODAY = date(2026, 3, 11)   # a Wednesday


def record(day: date, *, minutes: float = 20, stretches=("bridge-hold",), before=None, after=None, number=1):
    return SessionRecord(number, f"{day.isoformat()}T18:00:00", "full", "Full routine", minutes * 60, True,
                         tuple(stretches), before, after)


def test_the_streak_counts_days_in_a_row_up_to_today_or_yesterday():
    days = {TODAY - timedelta(days=n) for n in (1, 2, 3, 5)}
    assert stats.current_streak(days, TODAY) == 3
    assert stats.current_streak(days | {TODAY}, TODAY) == 4
    assert stats.current_streak({TODAY - timedelta(days=2)}, TODAY) == 0


def test_the_calendar_is_five_whole_weeks_starting_on_a_monday():
    days = stats.calendar_days(TODAY)
    assert len(days) == 35 and days[0].weekday() == 0 and days[0] == date(2026, 2, 9)
    assert TODAY in days[-7:]


def test_minutes_are_summed_by_week_and_old_weeks_fall_off():
    records = [record(TODAY, minutes=10), record(TODAY - timedelta(days=1), minutes=15),
               record(TODAY - timedelta(days=7), minutes=30), record(TODAY - timedelta(days=200), minutes=99)]
    weeks = stats.weekly_minutes(records, TODAY)
    assert len(weeks) == 8 and weeks[-1] == (date(2026, 3, 9), 25.0) and weeks[-2][1] == 30.0
    assert sum(minutes for _, minutes in weeks) == 55


def test_a_session_with_nothing_finished_is_not_a_practised_day():
    empty = SessionRecord(1, f"{TODAY.isoformat()}T09:00:00", "full", "Full routine", 4.0, False, (), None, None)
    assert stats.practice_days([empty]) == set()


def test_pain_points_keep_only_scored_sessions_in_order():
    records = [record(TODAY - timedelta(days=2), before=6, after=4), record(TODAY - timedelta(days=1)),
               record(TODAY, after=2)]
    assert [(p.before, p.after) for p in stats.pain_points(records)] == [(6, 4), (None, 2)]


def fill_history(days_back=(0, 1, 2, 9)):
    history = History()
    now = datetime.now().replace(hour=8, minute=0, second=0, microsecond=0)
    for back in days_back:
        session = history.begin_session("full", "Full routine", 5, started_at=now - timedelta(days=back))
        history.record_work(session, "bridge-hold", None, "hold", 1, finished_side=False, finished_stretch=True,
                            seconds=300)
        history.finish_session(session, completed=True, seconds=600)
        history.set_pain(session, after=3)
    history.close()


def test_the_page_shows_the_days_the_streak_and_the_pain(make_window):
    fill_history()
    window = make_window()
    window.library.filter_bar.history_button.click()
    view = window.history_view
    assert window.current_page() is view and view.content.isVisible() and not view.empty.isVisible()
    assert view.streak.text() == "Current streak: 3 days in a row."
    assert len(view.calendar.days) == 4 and len(view.pain.points) == 4
    assert view.weeks.weeks[-1][1] > 0


def test_an_empty_history_teaches_what_will_appear(make_window):
    window = make_window()
    window.show_history()
    view = window.history_view
    assert view.empty.isVisible() and view.empty.text() == EMPTY and EMPTY.startswith("Your sessions will appear here")
    assert not view.content.isVisible() and not view.export_button.isEnabled()


def test_export_writes_a_csv_with_the_header_and_one_row_a_session(make_window, tmp_path):
    fill_history((3, 0))
    target = tmp_path / "history.csv"
    window = make_window(csv_asker=lambda parent: target)
    window.show_history()
    window.history_view.export_button.click()
    rows = list(csv.reader(target.open(encoding="utf-8")))
    assert tuple(rows[0]) == HEADER == ("started_at", "routine", "title", "minutes", "completed", "stretches",
                                        "pain_before", "pain_after")
    assert len(rows) == 3 and rows[1][1:] == ["full", "Full routine", "10.0", "yes", "bridge-hold", "5", "3"]
    assert str(target) in window.banner.text.text() and "(2 sessions)" in window.banner.text.text()


def test_an_export_that_cannot_be_written_says_so(make_window, tmp_path):
    fill_history((0,))
    (tmp_path / "a-file").write_text("not a folder")
    window = make_window(csv_asker=lambda parent: tmp_path / "a-file" / "h.csv")
    window.show_history()
    window.history_view.export()
    assert "could not be exported" in window.banner.text.text()


def test_cancelling_the_export_writes_nothing(make_window, tmp_path):
    fill_history((0,))
    window = make_window(csv_asker=lambda parent: None)
    window.show_history()
    window.history_view.export()
    assert not window.banner.isVisible() and list(tmp_path.glob("*.csv")) == []


def test_ctrl_h_opens_the_history_and_escape_goes_back(qtbot, make_window):
    from PySide6.QtCore import Qt
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.library.grid.ordered_cards()[0], Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.history_view
    qtbot.keyClick(window.history_view.back_button, Qt.Key.Key_Escape)
    assert window.current_page() is window.library
