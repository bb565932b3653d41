"""Open the window: the library (``launch_app``) or straight into a session (``launch_session``).

Only this module is imported by the command line, and it imports Qt lazily, so
terminal commands stay quick.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lumbar_coach.core.planner import PlanSettings
    from lumbar_coach.core.routines import Routine


def launch_app(args: argparse.Namespace) -> int:
    """The window on its library, or (with ``--screenshot``) one picture of a view."""
    if getattr(args, "screenshot", None):
        from lumbar_coach.ui.screenshot import take_screenshot
        return take_screenshot(args.screenshot, getattr(args, "view", "library"), getattr(args, "size", "1280x800"))
    app, window = _open_window()
    if window is None:
        return 0
    window.show()
    return app.exec()


def launch_session(routine: Routine, settings: PlanSettings, *, speed: float = 1.0, mute: bool = False) -> int:
    """The window running ``routine`` with ``settings`` (already resolved by the command line)."""
    from lumbar_coach.core.planner import plan
    app, window = _open_window(speed=speed)
    if window is None:
        return 0
    if mute:
        window.voice.set_muted(True)
    if window.needs_safety():
        window.show_safety(routine)   # the notes come first; the routine starts once they are confirmed
    else:
        window.start_timeline(routine, plan(routine, window.data.catalog, settings))
    window.show()
    return app.exec()


def ensure_app(argv: list[str] | None = None):
    """The running QApplication, made if needed (offscreen when there is no display)."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication(argv or ["lumbar-coach"])
    app.setApplicationName("Lumbar Coach")
    app.setDesktopFileName("lumbar-coach")
    return app


def load_user_data():
    """The catalog and the person's stored files.

    Read before Qt is first imported where possible: once PySide6 is loaded it reads
    the source of every module imported after it, and these plain modules need no Qt.
    """
    from lumbar_coach.core.library import default_catalog
    from lumbar_coach.ui.user_data import UserData
    return UserData.load(default_catalog())


def build_window(*, speed: float = 1.0, clock=None, screenshot_mode: bool = False, speaker=None, data=None):
    """The main window over ``data`` (or the stored data), themed, with any damaged-file messages shown."""
    from lumbar_coach.ui.clock import session_clock
    from lumbar_coach.ui.main_window import MainWindow
    from lumbar_coach.ui.theme import apply_theme, chosen_theme
    data = load_user_data() if data is None else data
    apply_theme(ensure_app(), chosen_theme(data.settings.theme), data.settings.text_scale)
    window = MainWindow(data, speaker=speaker, clock=clock or _scaled_clock(session_clock, speed), speed=speed,
                        screenshot_mode=screenshot_mode)
    window.show_problems()
    return window


def _open_window(speed: float = 1.0):
    """The app and its window; no window when another copy is open (it is brought forward instead)."""
    data = load_user_data()
    from PySide6.QtCore import QTimer
    from lumbar_coach.ui.single_instance import claim, wake_running_copy
    from lumbar_coach.speech.qt_messages import send_qt_messages_to_log
    app = ensure_app(sys.argv[:1])
    send_qt_messages_to_log()
    if wake_running_copy():
        print("Lumbar Coach is already open: its window was brought to the front.", file=sys.stderr)
        return app, None
    window = build_window(speed=speed, data=data)
    window.restore_window_state()
    claim(window)
    QTimer.singleShot(0, lambda: start_voice(window))
    return app, window


def start_voice(window) -> None:
    """Give the window its speaker and beeps, after it has been drawn (the engine takes a moment)."""
    from lumbar_coach.speech.coach import voice_parts
    speaker, beeper = voice_parts(window.data.settings, window)
    window.voice.unavailable.connect(window.show_message)
    window.voice.attach(speaker, beeper)
    if window.built("session_view") and window.session_view.timeline is not None:
        window.voice.prepare(window.session_view.timeline)


def _scaled_clock(clock, speed: float):
    """``clock`` running ``speed`` times faster (for demos); the clock itself at speed 1."""
    if speed == 1.0:
        return clock
    start = clock()
    return lambda: start + (clock() - start) * speed
