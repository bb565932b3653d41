"""Start-up to a drawn library window, against a bare PySide6 window drawn and saved the same way.

Runs the two side by side, pair by pair, and prints the median wall time and peak
memory of each and their ratio. Target: at most 1.5x the bare window's time and memory.

    python tests/bench/bench_startup.py [--pairs 7]
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


def measure(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB) of one run."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LUMBAR_COACH_HOME": tempfile.mkdtemp()}
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{command} failed with status {status}")
    return elapsed, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=7)
    args = parser.parse_args()
    out = tempfile.mkdtemp()
    app = [sys.executable, "-m", "lumbar_coach", "--screenshot", f"{out}/app.png", "--view", "library", "--size", "1280x800"]
    bare = [sys.executable, "-c", BARE_WINDOW, f"{out}/bare.png"]
    runs = {"app": [], "bare": []}
    for _ in range(args.pairs):
        runs["app"].append(measure(app))
        runs["bare"].append(measure(bare))
    report(runs)


def report(runs: dict[str, list[tuple[float, float]]]) -> None:
    seconds = {name: statistics.median(r[0] for r in results) for name, results in runs.items()}
    memory = {name: statistics.median(r[1] for r in results) for name, results in runs.items()}
    print(f"{'':<24}{'library window':>16}{'bare window':>14}{'ratio':>8}")
    print(f"{'start-up to PNG (s)':<24}{seconds['app']:>16.3f}{seconds['bare']:>14.3f}{seconds['app'] / seconds['bare']:>8.2f}")
    print(f"{'peak memory (MB)':<24}{memory['app']:>16.1f}{memory['bare']:>14.1f}{memory['app'] / memory['bare']:>8.2f}")
    print("target: ratio at most 1.5 for both")


if __name__ == "__main__":
    main()
