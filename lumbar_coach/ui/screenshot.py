"""Draw one view of the window offscreen into a PNG: for documentation, reviews and tests."""

from __future__ import annotations

import sys
from pathlib import Path

from lumbar_coach.core.errors import CoachError

VIEWS = "library, stretch:ID, session:ROUTINE_OR_STRETCH, routines, settings, history, safety, about"
PLAIN_PAGES = ("library", "routines", "settings", "history", "safety", "about")
FAKE_START = 1000.0
SECONDS_INTO_HOLD = 3.0


class ViewError(CoachError):
    """The view or size asked for does not exist."""


class FixedClock:
    """A clock that only moves when told to, so a screenshot is the same every time."""

    def __init__(self, now: float = FAKE_START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def parse_size(text: str) -> tuple[int, int]:
    """"1280x800" -> (1280, 800); raises ViewError."""
    width, _, height = text.lower().partition("x")
    try:
        size = int(width), int(height)
    except ValueError:
        raise ViewError(f"--size must look like 1280x800, not {text!r}") from None
    if not all(200 <= side <= 8000 for side in size):
        raise ViewError(f"--size: each side must be from 200 to 8000 pixels, not {text!r}")
    return size


def check_view(view: str, data) -> tuple[str, str]:
    """(page, argument) for a view name; raises ViewError naming the choices."""
    page, _, argument = view.partition(":")
    if page in PLAIN_PAGES and not argument:
        return page, ""
    if page == "stretch" and argument in data.catalog.ids():
        return page, argument
    if page == "session" and argument:
        return page, argument
    raise ViewError(f"unknown view {view!r} (choose one of: {VIEWS}; stretch ids: {', '.join(data.catalog.ids())})")


def take_screenshot(path: str, view: str, size: str) -> int:
    """Save the view as a PNG at ``path``; 0 on success, 2 for a bad view or size, 1 if saving fails."""
    from lumbar_coach.ui.launch import build_window, ensure_app, load_user_data
    try:
        width, height = parse_size(size)
        data = load_user_data()
        app = ensure_app()
        clock = FixedClock()
        window = build_window(clock=clock, screenshot_mode=True, data=data)
        page, argument = check_view(view, window.data)
        window.resize(width, height)
        image = _draw(window, page, argument, clock, app)
    except CoachError as error:
        print(f"lumbar-coach: {error}", file=sys.stderr)
        return 2
    saved = image.save(str(Path(path)), "PNG")
    window.close()
    if not saved:
        print(f"lumbar-coach: could not write {path}", file=sys.stderr)
        return 1
    return 0


def _draw(window, page: str, argument: str, clock: FixedClock, app):
    window.show()
    if page == "stretch":
        window.open_stretch(argument)
    elif page == "routines":
        window.show_routines()
    elif page == "session":
        _start_session(window, argument, clock)
    elif page == "history":
        window.show_history()
    elif page == "safety":
        window.show_safety()
        window.safety.prepare(first_run=True, painful_side=window.data.settings.painful_side)
    elif page == "about":
        window.show_about()
    app.processEvents()
    if page == "settings":
        return _with_settings(window, app)
    return window.grab()


def _start_session(window, target: str, clock: FixedClock) -> None:
    """Start the session named by ``target`` and run the fake clock a few seconds into its first hold."""
    from lumbar_coach.core.resolve import resolve
    data = window.data
    routine = resolve([target], data.catalog, favourites=data.favourites, saved=data.routines)
    if not window.start_routine(routine):
        raise ViewError(window.banner.text.text() or f"the session {target!r} could not start")
    driver = window.session_view.driver
    working = next(p for p in driver.session.timeline.phases if p.kind in ("hold", "timed", "reps"))
    goal = FAKE_START + working.start + SECONDS_INTO_HOLD
    while clock.now < goal:
        clock.now = min(goal, driver.session.next_due(clock.now) or goal)
        driver.tick()
    window.session_view.refresh_time()


def _with_settings(window, app):
    """The window dimmed, with the settings dialog drawn over its middle."""
    from PySide6.QtGui import QColor, QPainter
    from lumbar_coach.ui.settings_dialog import SettingsDialog
    dialog = SettingsDialog(window.data.settings, window)
    dialog.show()
    app.processEvents()
    image = window.grab()
    painter = QPainter(image)
    painter.fillRect(image.rect(), QColor(0, 0, 0, 90))
    dialog_image = dialog.grab()
    x = (window.width() - dialog.width()) // 2
    y = (window.height() - dialog.height()) // 2
    painter.drawPixmap(x, y, dialog_image)
    painter.end()
    dialog.close()
    return image
