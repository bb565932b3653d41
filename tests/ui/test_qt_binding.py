"""The Qt binding in use keeps reference counts right under many timer starts and emits.

PySide6 6.12.0 on Python 3.11 drops a reference to None or True on each call,
and the interpreter aborts after a few thousand: a session ticks far more often.
"""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
app = QCoreApplication([])
class Source(QObject):
    fired = Signal(object, str)
source, timer = Source(), QTimer()
for _ in range(20000):
    timer.start(5)
    timer.stop()
    source.fired.emit(1, "x")
print("survived")
"""


def test_twenty_thousand_timer_starts_and_emits_survive():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "survived"
