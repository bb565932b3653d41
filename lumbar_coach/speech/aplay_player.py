"""Playing WAV files with ``aplay`` in its own process group, for systems where
QtMultimedia finds no output but ALSA works."""

from __future__ import annotations

import re
import shutil

from PySide6.QtCore import QObject, QProcess

from lumbar_coach.speech.player import Player
from lumbar_coach.speech.qt_process import group_process, kill_process

MISSING_REASON = "Voice unavailable: aplay is not installed (package alsa-utils)"


class AplayPlayer(Player):
    """Runs one ``aplay`` per cue in a reused QProcess; stopping kills its process group."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._program = shutil.which("aplay")
        self._process = group_process(self)
        self._process.finished.connect(self._on_finished)
        self._process.errorOccurred.connect(self._on_error)

    @property
    def unavailable_reason(self) -> str | None:
        """Why aplay cannot be used, or None."""
        return None if self._program else MISSING_REASON

    @property
    def pid(self) -> int:
        """The playing aplay's process (and group) id, 0 if none."""
        return self._process.processId()

    def load(self, path: str) -> None:
        """aplay reads the file itself: ready at once, if aplay exists."""
        if self._program:
            self.loaded.emit(path)
        else:
            self.load_failed.emit(path, MISSING_REASON)

    def is_loaded(self, path: str) -> bool:
        """Every file is ready when aplay exists."""
        return self._program is not None

    def play(self, path: str) -> None:
        """Start aplay on ``path``."""
        self.stop()
        self._process.start(self._program or "aplay", ["-q", path])

    def stop(self) -> None:
        """Kill the playing aplay and anything it started; no ``finished`` follows."""
        self._process.blockSignals(True)
        try:
            kill_process(self._process)
        finally:
            self._process.blockSignals(False)

    def _on_finished(self, exit_code: int, _status: QProcess.ExitStatus) -> None:
        if exit_code != 0:
            self.failed.emit(aplay_failure_reason(self._process))
        self.finished.emit()

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.failed.emit(MISSING_REASON)
            self.finished.emit()


def aplay_failure_reason(process: QProcess) -> str:
    """One line saying why aplay failed, from its last words on stderr."""
    lines = bytes(process.readAllStandardError()).decode("utf-8", "replace").strip().splitlines()
    detail = lines[-1].strip() if lines else f"exit code {process.exitCode()}"
    detail = re.sub(r"^aplay: \w+:\d+: ", "aplay: ", detail)
    return f"Voice unavailable: no sound device could be opened ({detail})"
