"""Start-up to a drawn library window, against a bare PySide6 window drawn and saved the same way.

Runs them side by side, run by run, and prints the median wall time and peak
memory of each and their ratio. Target: at most 1.5x the bare window's time and memory.
Time is shown twice: until the PNG is written (the start-up itself, read from the
file's modification time) and until the process has exited (teardown included).
A third column, the widget floor, is the library's own widgets, texts, fonts,
style sheets and pictures made by plain PySide calls with no app code
(``widget_floor.py``): what drawing this window costs any app, so the gap between
it and the library window is what the app's own work adds.

    python tests/bench/bench_startup.py [--rounds 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Lumbar Coach"))
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab().save(sys.argv[1])
"""


def measure(command: list[str], png: str) -> tuple[float, float, float]:
    """Seconds until ``png`` was written, seconds until exit, and peak resident memory (MB) of one run."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LUMBAR_COACH_HOME": tempfile.mkdtemp()}
    start_wall = time.time()
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{command} failed with status {status}")
    written = os.stat(png).st_mtime - start_wall
    os.remove(png)
    return written, elapsed, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7, help="runs of each of the three, taken in turn")
    args = parser.parse_args()
    out = tempfile.mkdtemp()
    floor_script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "widget_floor.py")
    dumped = subprocess.run([sys.executable, floor_script, "dump", f"{out}/tree.json"], capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "LUMBAR_COACH_HOME": tempfile.mkdtemp()})
    if dumped.returncode != 0:
        raise SystemExit(f"widget_floor.py dump failed:\n{dumped.stderr}")
    commands = {
        "app": [sys.executable, "-m", "lumbar_coach", "--screenshot", f"{out}/app.png", "--view", "library",
                "--size", "1280x800"],
        "floor": [sys.executable, floor_script, "rebuild", f"{out}/tree.json", f"{out}/floor.png"],
        "bare": [sys.executable, "-c", BARE_WINDOW, f"{out}/bare.png"],
    }
    pngs = {"app": f"{out}/app.png", "floor": f"{out}/floor.png", "bare": f"{out}/bare.png"}
    runs = {name: [] for name in commands}
    for _ in range(args.rounds):
        for name, command in commands.items():
            runs[name].append(measure(command, pngs[name]))
    report(runs)


ROWS = (("start-up to PNG (s)", "{:.3f}"), ("start-up to exit (s)", "{:.3f}"), ("peak memory (MB)", "{:.1f}"))


def report(runs: dict[str, list[tuple[float, float, float]]]) -> None:
    print(f"{'':<24}{'library window':>16}{'widget floor':>14}{'bare window':>14}{'ratio':>8}{'floor ratio':>13}")
    for column, (label, form) in enumerate(ROWS):
        app, floor, bare = (statistics.median(r[column] for r in runs[name]) for name in ("app", "floor", "bare"))
        print(f"{label:<24}{form.format(app):>16}{form.format(floor):>14}{form.format(bare):>14}"
              f"{app / bare:>8.2f}{floor / bare:>13.2f}")
    print("target: ratio (library window / bare window) at most 1.5 for start-up and memory")


if __name__ == "__main__":
    main()
