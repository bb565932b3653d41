"""Capture from the microphone on a worker thread and report the commands heard.

``QAudioSource`` records 16 kHz mono 16-bit audio on a QThread of its own;
each chunk goes through the segmenter, the self-hearing guard and the
recogniser there, so the GUI thread only ever receives finished commands, by
queued signals. Audio stays in memory and is dropped once examined: nothing
is written to disk.
"""

from __future__ import annotations

import importlib.util
import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSource, QMediaDevices, QtAudio

from lumbar_coach.listening.guard import SelfHearingGuard
from lumbar_coach.listening.listener import Listener
from lumbar_coach.listening.recognizer import NO_RECOGNIZER, Recognizer, RecognizerSettings
from lumbar_coach.listening.segmenter import RATE, SAMPLE_BYTES

log = logging.getLogger(__name__)

NO_MICROPHONE = "No microphone found"
HEALTH_CHECK_MS = 500


def unavailable_reason(devices: Callable[[], list[QAudioDevice]] = QMediaDevices.audioInputs) -> str | None:
    """Why voice commands cannot work on this computer, or None when they can."""
    if importlib.util.find_spec("pocketsphinx") is None:
        return NO_RECOGNIZER
    if not list(devices()):
        return NO_MICROPHONE
    return None


def capture_format() -> QAudioFormat:
    """16 kHz, mono, signed 16-bit."""
    audio_format = QAudioFormat()
    audio_format.setSampleRate(RATE)
    audio_format.setChannelCount(1)
    audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return audio_format


class CaptureWorker(QObject):
    """Lives on the capture thread: owns the audio source and the recogniser."""

    heard = Signal(str)
    listening = Signal(bool)
    unavailable = Signal(str)

    def __init__(self, device: QAudioDevice, guard: SelfHearingGuard | None, settings: RecognizerSettings) -> None:
        super().__init__()
        self._device, self._guard, self._settings = device, guard, settings
        self._source: QAudioSource | None = None
        self._stream = None
        self._listener: Listener | None = None
        self._offset = 0.0
        self._health = QTimer(self)  # moves to the capture thread with its parent
        self._health.setInterval(HEALTH_CHECK_MS)
        self._health.timeout.connect(self._check_source)

    @Slot()
    def start(self) -> None:
        """Load the recogniser and open the microphone; ``unavailable`` if either fails."""
        try:
            self._listener = Listener(Recognizer(self._settings), guard=self._guard, clock_offset=lambda: self._offset)
        except RuntimeError as error:
            self.unavailable.emit(str(error))
            return
        self._open()

    def _open(self) -> None:
        audio_format = capture_format()
        if not self._device.isFormatSupported(audio_format):
            self.unavailable.emit("The microphone cannot record 16 kHz mono sound")
            return
        self._source = QAudioSource(self._device, audio_format, self)
        self._stream = self._source.start()
        if self._stream is None:
            self.unavailable.emit("The microphone could not be opened")
            return
        self._stream.readyRead.connect(self._read)
        self._health.start()
        self.listening.emit(True)

    @Slot()
    def stop(self) -> None:
        """Close the microphone and forget the audio (stopping may report a state change: nothing re-enters)."""
        source, self._source, self._stream = self._source, None, None
        self._health.stop()
        if source is not None:
            source.stop()
            source.deleteLater()
            self.listening.emit(False)
        self._listener = None

    def _read(self) -> None:
        if self._stream is None or self._listener is None:
            return
        chunk = self._stream.readAll().data()
        segmenter = self._listener.segmenter
        self._offset = time.monotonic() - (segmenter.position + len(chunk) / (SAMPLE_BYTES * RATE))
        for item in self._listener.feed(chunk):
            self.heard.emit(item.command.value)

    def _check_source(self) -> None:
        """Polled: PySide cannot pass ``stateChanged``'s argument to Python, so errors are looked for."""
        if self._source is not None and self._source.error() != QtAudio.Error.NoError:
            log.warning("microphone error %s in state %s", self._source.error(), self._source.state())
            self.stop()
            self.unavailable.emit("The microphone stopped working")


class Microphone(QObject):
    """Listens on its own thread; ``heard(command)``, ``listening(on)``, ``unavailable(reason)`` arrive queued."""

    heard = Signal(str)
    listening = Signal(bool)
    unavailable = Signal(str)
    _startRequested = Signal()
    _stopRequested = Signal()

    def __init__(self, guard: SelfHearingGuard | None = None, settings: RecognizerSettings = RecognizerSettings(),
                 devices: Callable[[], list[QAudioDevice]] = QMediaDevices.audioInputs,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.guard, self.settings, self._devices = guard, settings, devices
        self._thread: QThread | None = None
        self._worker: CaptureWorker | None = None

    @property
    def running(self) -> bool:
        """True while the capture thread runs."""
        return self._thread is not None

    def start(self) -> None:
        """Start listening on the default microphone; ``unavailable`` if there is none."""
        if self._thread is not None:
            return
        device = self._default_device()
        if device is None:
            self.unavailable.emit(NO_MICROPHONE)
            return
        self._start_thread(device)

    def stop(self) -> None:
        """Stop listening and end the capture thread (waits for it)."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._stopRequested.emit()
        thread.quit()
        thread.wait()
        self._worker = None

    def _default_device(self) -> QAudioDevice | None:
        devices = list(self._devices())
        if not devices:
            return None
        default = QMediaDevices.defaultAudioInput()
        return default if not default.isNull() and default in devices else devices[0]

    def _start_thread(self, device: QAudioDevice) -> None:
        self._thread = QThread(self)
        self._worker = CaptureWorker(device, self.guard, self.settings)
        self._worker.moveToThread(self._thread)
        self._worker.heard.connect(self.heard)
        self._worker.listening.connect(self.listening)
        self._worker.unavailable.connect(self._on_unavailable)
        self._startRequested.connect(self._worker.start)
        self._stopRequested.connect(self._worker.stop, Qt.ConnectionType.BlockingQueuedConnection)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()
        self._startRequested.emit()

    def _on_unavailable(self, reason: str) -> None:
        self.stop()
        self.unavailable.emit(reason)
