"""A picture missing from the assets: the session still runs to its end, on time, with a placeholder."""

from __future__ import annotations

from pathlib import Path

from lumbar_coach.core.planner import PlanSettings, plan
from lumbar_coach.core.resolve import resolve
from lumbar_coach.core.session import State
from lumbar_coach.ui import pictures
from tests.ui.conftest import run_until


def test_a_session_without_its_pictures_runs_to_the_end(qtbot, make_window, clock, speaker, monkeypatch, tmp_path):
    monkeypatch.setattr(pictures, "asset_file", lambda relative: tmp_path / "gone" / Path(relative).name)
    pictures.svg_pixmap.cache_clear()
    window = make_window()
    catalog = window.data.catalog
    routine = resolve(["bridge"], catalog)
    timeline = plan(routine, catalog, PlanSettings())
    driver = window.start_timeline(routine, timeline)
    view = window.session_view
    view.picture.grab()
    assert pictures.svg_pixmap(view.picture.picture_name(), 200, 150, False, 1.0) is None
    finished = []
    driver.finished.connect(lambda event: finished.append(event))
    run_until(window, clock, lambda: driver.session.state is State.FINISHED)
    assert finished and finished[0].completed
    assert finished[0].active_seconds == timeline.total_seconds
    assert "see a healthcare provider." in speaker.texts[-1]
    pictures.svg_pixmap.cache_clear()
