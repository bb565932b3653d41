"""The long-lived pyttsx3 render process, seen from the GUI thread.

Jobs go to the worker one at a time over its stdin; answers come back as Qt
signals. A watchdog kills the worker's whole process group if it does not
start or stops answering, and a new worker is started for the next job.
Nothing here blocks: QProcess starts and reads asynchronously.
"""

from __future__ import annotations

import json
import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from lumbar_coach.speech.process import worker_command
from lumbar_coach.speech.qt_process import group_process, kill_process
from lumbar_coach.speech.render_settings import RenderSettings

log = logging.getLogger(__name__)

START_TIMEOUT = 5.0
RENDER_TIMEOUT = 3.0
RENDER_TIMEOUT_PER_CHAR = 0.005
RETRY_AFTER = 2.0


@dataclass(frozen=True)
class RenderJob:
    """One text to render to ``path`` with the given settings."""

    key: str
    text: str
    path: Path
    settings: RenderSettings = RenderSettings()

    def request(self) -> str:
        """The job as one protocol line."""
        return json.dumps({"id": self.key, "text": self.text, "path": str(self.path)}) + "\n"

    def timeout(self) -> float:
        """Seconds the worker may take before it counts as hung."""
        return RENDER_TIMEOUT + RENDER_TIMEOUT_PER_CHAR * len(self.text)


class RenderProcess(QObject):
    """Feeds render jobs to a worker process and watches over it."""

    rendered = Signal(str, str)
    job_failed = Signal(str, str)
    broken = Signal(str)
    ready = Signal()

    def __init__(
        self,
        command: list[str] | None = None,
        parent: QObject | None = None,
        start_timeout: float = START_TIMEOUT,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._command = command or worker_command()
        self._start_timeout = start_timeout
        self._clock = clock
        self._queue: deque[RenderJob] = deque()
        self._in_flight: RenderJob | None = None
        self._process: QProcess | None = None
        self._settings: RenderSettings | None = None
        self._ready = False
        self._refused: tuple[str, float, RenderSettings] | None = None
        self._watchdog = QTimer(self, singleShot=True, timeout=self._on_watchdog)

    @property
    def pid(self) -> int:
        """The worker's process id (and process group id), 0 if none runs."""
        return self._process.processId() if self._process else 0

    def submit(self, job: RenderJob, first: bool = False) -> None:
        """Queue a job; ``first`` puts it ahead of the others."""
        if self._refusal_holds(job.settings):
            self.job_failed.emit(job.key, self._refused[0])
            return
        (self._queue.appendleft if first else self._queue.append)(job)
        self._pump()

    def warm_up(self, settings: RenderSettings) -> None:
        """Start a worker with ``settings`` now, so the first job does not wait for it."""
        if self._process is None and not self._refusal_holds(settings):
            self._start_process(settings)

    def cancel_queued(self) -> list[RenderJob]:
        """Forget the jobs not yet sent (the one being rendered finishes); return them."""
        dropped = list(self._queue)
        self._queue.clear()
        return dropped

    def shutdown(self) -> None:
        """Kill the worker and forget all jobs."""
        self._watchdog.stop()
        self._queue.clear()
        self._in_flight = None
        self._discard_process()

    def _refusal_holds(self, settings: RenderSettings) -> bool:
        """A worker with these settings failed to start a moment ago: do not hammer it."""
        if self._refused is None:
            return False
        _reason, when, refused_settings = self._refused
        return refused_settings == settings and self._clock() - when < RETRY_AFTER

    def _pump(self) -> None:
        """Send the next job if the worker is free, (re)starting it if needed."""
        if self._in_flight is not None or not self._queue:
            return
        settings = self._queue[0].settings
        if self._process is not None and self._settings != settings:
            self._discard_process()
        if self._process is None:
            self._start_process(settings)
        elif self._ready:
            self._send(self._queue.popleft())

    def _send(self, job: RenderJob) -> None:
        self._in_flight = job
        self._process.write(job.request().encode("utf-8"))
        self._watchdog.start(round(job.timeout() * 1000))

    def _start_process(self, settings: RenderSettings) -> None:
        process = group_process(self)
        process.readyReadStandardOutput.connect(self._read_replies)
        process.readyReadStandardError.connect(self._read_errors)
        process.finished.connect(self._on_finished)
        process.errorOccurred.connect(self._on_error)
        self._process, self._settings, self._ready = process, settings, False
        self._watchdog.start(round(self._start_timeout * 1000))
        process.start(self._command[0], self._command[1:] + settings.arguments())

    def _discard_process(self) -> None:
        process, self._process, self._ready = self._process, None, False
        if process is None:
            return
        process.blockSignals(True)
        kill_process(process)
        process.deleteLater()

    def _read_replies(self) -> None:
        process = self._process
        while process is not None and process is self._process and process.canReadLine():
            line = bytes(process.readLine()).decode("utf-8", "replace").strip()
            if line:
                self._on_message(line)

    def _read_errors(self) -> None:
        if self._process is not None:
            text = bytes(self._process.readAllStandardError()).decode("utf-8", "replace")
            for line in filter(str.strip, text.splitlines()):
                log.debug("speech worker: %s", line)

    def _on_message(self, line: str) -> None:
        try:
            message = json.loads(line)
        except json.JSONDecodeError:
            log.debug("speech worker said: %s", line)
            return
        if "ready" in message:
            self._on_ready()
        elif "fatal" in message and "id" not in message:
            self._give_up(f"Voice unavailable: {message['fatal']}")
        else:
            self._on_answer(message)

    def _on_ready(self) -> None:
        self._watchdog.stop()
        self._ready, self._refused = True, None
        self.ready.emit()
        self._pump()

    def _on_answer(self, message: dict) -> None:
        job, self._in_flight = self._in_flight, None
        self._watchdog.stop()
        if job is None or message.get("id") != job.key:
            return
        if message.get("ok"):
            self.rendered.emit(job.key, str(message["path"]))
        else:
            self.job_failed.emit(job.key, f"Voice unavailable: {message.get('reason')}")
        if message.get("fatal"):
            self._discard_process()
        self._pump()

    def _on_watchdog(self) -> None:
        if not self._ready:
            self._give_up("Voice unavailable: the speech engine did not start in time")
            return
        self._restart_after("Voice unavailable: the speech engine stopped responding; restarting it")

    def _on_finished(self, exit_code: int, _status: QProcess.ExitStatus) -> None:
        if not self._ready:
            self._give_up(f"Voice unavailable: the speech engine could not start (exit code {exit_code})")
            return
        self._restart_after(f"Voice unavailable: the speech engine stopped (exit code {exit_code}); restarting")

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._give_up(f"Voice unavailable: the speech engine could not start ({self._command[0]})")

    def _restart_after(self, reason: str) -> None:
        """The worker died or hung mid-job: fail that job, start afresh for the rest."""
        log.warning("%s", reason)
        self._watchdog.stop()
        self._discard_process()
        job, self._in_flight = self._in_flight, None
        self.broken.emit(reason)
        if job is not None:
            self.job_failed.emit(job.key, reason)
        self._pump()

    def _give_up(self, reason: str) -> None:
        """The worker cannot start: fail its jobs and refuse its settings for a moment."""
        log.warning("%s", reason)
        settings = self._settings or RenderSettings()
        self._watchdog.stop()
        self._discard_process()
        self._refused = (reason, self._clock(), settings)
        failed = [job for job in self._queue if job.settings == settings]
        failed += [self._in_flight] if self._in_flight else []
        self._in_flight = None
        self._queue = deque(job for job in self._queue if job.settings != settings)
        self.broken.emit(reason)
        for job in failed:
            self.job_failed.emit(job.key, reason)
        self._pump()
