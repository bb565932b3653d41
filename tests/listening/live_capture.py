"""Run as a child process: listen on the default microphone, play a recording into the room, print what is heard.

    python -m tests.listening.live_capture SINK RECORDING

The parent starts a private sound server whose default source hears the sink
``SINK``; this process must start after it, as Qt reads the server once.
"""

from __future__ import annotations

import subprocess
import sys
import time

from PySide6.QtCore import QCoreApplication, QTimer

from lumbar_coach.listening.microphone import Microphone

GIVE_UP_MS = 8000


def main(sink: str, recording: str) -> int:
    app = QCoreApplication([])
    microphone, played = Microphone(), []

    def play(listening: bool) -> None:
        if listening:
            played.append(time.monotonic())
            subprocess.Popen(["paplay", "-d", sink, recording])

    def heard(command: str) -> None:
        print(f"{command} {time.monotonic() - played[0]:.3f}", flush=True)
        app.quit()

    microphone.listening.connect(play)
    microphone.heard.connect(heard)
    microphone.unavailable.connect(lambda reason: (print(f"unavailable: {reason}", flush=True), app.quit()))
    microphone.start()
    QTimer.singleShot(GIVE_UP_MS, app.quit)
    app.exec()
    microphone.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
