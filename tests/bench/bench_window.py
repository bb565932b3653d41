"""The window under load: phase timing in real time, CPU while holding, switching pages, a long run.

Prints one table. Targets:
  - phase-start error over a 60-second real-time session: worst under 15 ms, no growth;
  - CPU during a hold: under 2% of a core with the window shown, under 0.5% hidden;
  - library -> session -> library 100 times: each switch under 50 ms, no growth;
  - 8 hours of session time (clock stepped, no waiting): memory growth under 5 MB, no leaked timers or widgets.

    python tests/bench/bench_window.py [--seconds 60]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LUMBAR_COACH_HOME", tempfile.mkdtemp())

from PySide6.QtCore import QEvent, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from lumbar_coach.core.library import default_catalog  # noqa: E402
from lumbar_coach.core.planner import PlanSettings, plan  # noqa: E402
from lumbar_coach.core.resolve import resolve  # noqa: E402
from lumbar_coach.core.session import State  # noqa: E402
from lumbar_coach.ui.main_window import MainWindow  # noqa: E402
from lumbar_coach.ui.user_data import UserData  # noqa: E402

CATALOG = default_catalog()
QUICK = PlanSettings(get_ready_seconds=3, rest_seconds=2, switch_seconds=3)


class SteppedClock:
    """A clock moved by hand, for the long run."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def window(clock=time.monotonic) -> MainWindow:
    win = MainWindow(UserData.load(CATALOG), clock=clock, safety_first=False, pain_asker=lambda parent: None)
    win.resize(1280, 800)
    win.show()
    return win


def timeline(names: list[str]):
    return plan(resolve(names, CATALOG), CATALOG, QUICK)


def spin(app: QApplication, seconds: float) -> None:
    """Run a real event loop for ``seconds`` (a local one: quitting the app would close its windows)."""
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def phase_timing(app: QApplication, seconds: float) -> dict[str, float]:
    win = window()
    line = timeline(["bridge", "prone", "cat-camel", "active-hamstring"])
    errors: list[float] = []
    driver = win.start_timeline(line.routine, line)
    now = time.monotonic()
    started = now - driver.session.session_time(now)  # the clock reading at session time zero
    driver.phaseStarted.connect(lambda phase: errors.append((time.monotonic() - started - phase.start) * 1000))
    spin(app, seconds)
    win.session_view.unbind()
    if not errors:
        return {"phases": 0}
    tenth = max(1, len(errors) // 10)
    return {"phases": len(errors), "median_ms": statistics.median(errors), "worst_ms": max(errors),
            "drift_ms": statistics.median(errors[-tenth:]) - statistics.median(errors[:tenth])}


def hold_cpu(app: QApplication, seconds: float) -> dict[str, float]:
    win = window()
    line = timeline(["ql-oblique-release"])
    win.start_timeline(line.routine, line)
    win.session_view.driver.next()
    win.session_view.driver.next()
    spin(app, 1.0)
    shown = _cpu_share(app, seconds)
    win.showMinimized()
    win.hide()
    hidden = _cpu_share(app, seconds)
    win.session_view.unbind()
    return {"shown_percent": shown, "hidden_percent": hidden}


def _cpu_share(app: QApplication, seconds: float) -> float:
    cpu, wall = time.process_time(), time.monotonic()
    spin(app, seconds)
    return 100 * (time.process_time() - cpu) / (time.monotonic() - wall)


def page_switching(app: QApplication, rounds: int = 100) -> dict[str, float]:
    win = window()
    line = timeline(["bridge"])
    times, before = [], None
    for number in range(rounds):
        start = time.perf_counter()
        win.start_timeline(line.routine, line)
        app.processEvents()
        win.session_view.unbind()
        win.show_library()
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000 / 2)
        if number == 9:
            before = rss_mb()
    return {"median_ms": statistics.median(times), "worst_ms": max(times), "growth_mb": rss_mb() - before,
            "drivers_left": _count_drivers(win)}


def _count_drivers(win: MainWindow) -> int:
    from lumbar_coach.ui.session_driver import QtSessionDriver
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return len(win.findChildren(QtSessionDriver))


def long_run(app: QApplication, hours: float = 8.0) -> dict[str, float]:
    clock = SteppedClock()
    win = window(clock)
    line = plan(resolve(["release", "bridge", "active-hamstring", "hip-activation"], CATALOG), CATALOG)
    memory_before = timers_before = widgets_before = None
    session_seconds, runs = 0.0, 0
    while session_seconds < hours * 3600:
        driver = win.start_timeline(line.routine, line)
        while driver.session.state is State.RUNNING:
            clock.now = driver.session.next_due(clock.now)
            driver.tick()
        app.processEvents()
        session_seconds += line.total_seconds
        runs += 1
        if runs == 2:   # the pages a session needs are built by now: count from here
            timers_before, widgets_before = _settled_counts(win)
            memory_before = rss_mb()
    timers_after, widgets_after = _settled_counts(win)
    return {"runs": runs, "growth_mb": rss_mb() - memory_before,
            "timers_added": timers_after - timers_before, "widgets_added": widgets_after - widgets_before}


def _settled_counts(win: MainWindow) -> tuple[int, int]:
    """Timers and widgets once the finished session is let go and deleted."""
    win.session_view.unbind()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return len(win.findChildren(QTimer)), len(QApplication.allWidgets())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    rows = [("real-time phases", phase_timing(app, args.seconds)), ("hold CPU", hold_cpu(app, 10.0)),
            ("page switching x100", page_switching(app)), ("8 h of session time", long_run(app))]
    for name, figures in rows:
        print(f"{name:<22}" + "  ".join(f"{key} {value:.2f}" if isinstance(value, float) else f"{key} {value}"
                                        for key, value in figures.items()))
    print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
