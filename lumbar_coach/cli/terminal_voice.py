"""The voice for the terminal mode: the window's speech and beeps, driven by a Qt core event loop."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from lumbar_coach.core.phases import Phase, Timeline
from lumbar_coach.core.session import CueDue

SLICE_SECONDS = 0.004   # how long to wait between turns of Qt's event loop


class TerminalVoice:
    """Speaks a terminal session; ``pump`` keeps its timers and sound moving."""

    def __init__(self, settings, timeline: Timeline, speed: float, err: TextIO = sys.stderr) -> None:
        from PySide6.QtCore import QCoreApplication
        from lumbar_coach.speech.coach import CoachVoice, voice_parts
        from lumbar_coach.speech.qt_messages import send_qt_messages_to_log
        self.app = QCoreApplication.instance() or QCoreApplication(["lumbar-coach"])
        send_qt_messages_to_log()
        self.speed, self.err = speed, err
        self.coach = CoachVoice(*voice_parts(settings))
        self.coach.unavailable.connect(self._say_unavailable)
        self.coach.prepare(timeline)
        self._reported = False

    def cue_due(self, event: CueDue) -> None:
        self.coach.cue(event.cue, event.phase, time.monotonic() - event.late_by / self.speed)

    def phase_started(self, phase: Phase) -> None:
        self.coach.phase_started(phase)

    def wait(self, seconds: float, keys) -> str | None:
        """Wait up to ``seconds`` for a key while speech and beeps carry on."""
        end = time.monotonic() + max(0.0, seconds)
        while True:
            self.app.processEvents()
            left = end - time.monotonic()
            key = keys.wait(min(SLICE_SECONDS, max(0.0, left)))
            if key or left <= 0:
                return key

    def finish(self, linger: float = 8.0) -> None:
        """Let the closing words play out, then stop the engine and its processes."""
        end = time.monotonic() + linger
        speaker = self.coach.speaker
        while time.monotonic() < end and speaker is not None and not getattr(speaker, "idle", True):
            self.app.processEvents()
            time.sleep(SLICE_SECONDS)
        self.coach.shutdown()

    def _say_unavailable(self, reason: str) -> None:
        if not self._reported:
            self._reported = True
            print(f"lumbar-coach: {reason}; the session goes on silently.", file=self.err)
