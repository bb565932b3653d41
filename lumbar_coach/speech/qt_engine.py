"""The system speech service through QtTextToSpeech (speech-dispatcher on Linux).

Creating a QTextToSpeech can block for over a second while it lists voices,
so it lives in its own thread, created once when the engine is made; the GUI
thread only sends it queued signals.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtTextToSpeech import QTextToSpeech

from lumbar_coach.speech.config import SpeechError, Voice, VoiceConfig
from lumbar_coach.speech.engine import Engine

BASE_RATE = 160
FINISH_MARGIN = 3.0
SHUTDOWN_WAIT_MS = 3000
SILENT_TOO_LONG_REASON = (
    "Voice unavailable: the system speech service did not finish speaking; is a sound server running?"
)


def qt_rate(words_per_minute: int) -> float:
    """QTextToSpeech's rate (-1 to 1, 0 is normal) for a rate in words per minute."""
    return max(-1.0, min(1.0, (words_per_minute - BASE_RATE) / BASE_RATE))


def make_text_to_speech(plugin: str | None, parent: QObject | None = None) -> QTextToSpeech:
    """A QTextToSpeech on ``plugin``, or on Qt's default engine."""
    return QTextToSpeech(plugin, parent) if plugin else QTextToSpeech(parent)


def service_failure_reason(speech: QTextToSpeech) -> str:
    """Words for a QTextToSpeech in the Error state."""
    detail = speech.errorString() or "it reported an error"
    return f"Voice unavailable: the system speech service failed ({detail}); is speech-dispatcher running?"


def qt_voices(plugin: str | None) -> list[Voice]:
    """The voices of a Qt speech engine (blocks while the engine starts).

    Raises SpeechError if the engine cannot start.
    """
    speech = make_text_to_speech(plugin)
    try:
        if speech.state() == QTextToSpeech.State.Error:
            raise SpeechError(service_failure_reason(speech))
        return [
            Voice(voice.name(), voice.name(), (voice.locale().bcp47Name(),))
            for voice in speech.availableVoices()
        ]
    finally:
        speech.deleteLater()


class SpeechHost(QObject):
    """Owns the QTextToSpeech inside the speech thread."""

    created = Signal(str)
    done = Signal(int)
    error = Signal(str)

    def __init__(self, plugin: str | None) -> None:
        super().__init__()
        self._plugin = plugin
        self._speech: QTextToSpeech | None = None
        self._utterance = 0
        self._heard = False

    @Slot()
    def create(self) -> None:
        """Create the engine; ``created`` carries "" or a reason it failed."""
        self._speech = make_text_to_speech(self._plugin, self)
        self._speech.stateChanged.connect(self._on_state)
        self._speech.errorOccurred.connect(self._on_error)
        failed = self._speech.state() == QTextToSpeech.State.Error
        self.created.emit(service_failure_reason(self._speech) if failed else "")

    @Slot(int, str)
    def say(self, utterance: int, text: str) -> None:
        """Speak ``text``, replacing anything being spoken."""
        if self._speech is not None:
            self._utterance, self._heard = utterance, False
            self._speech.say(text)

    @Slot()
    def stop(self) -> None:
        """Stop speaking."""
        self._utterance = 0
        if self._speech is not None:
            self._speech.stop()

    @Slot(str, float, float)
    def configure(self, voice: str, rate: float, volume: float) -> None:
        """Apply a voice (by name; "" keeps the default), rate and volume."""
        if self._speech is None:
            return
        self._speech.setRate(rate)
        self._speech.setVolume(volume)
        if voice:
            self._choose_voice(voice)

    def _choose_voice(self, name: str) -> None:
        for candidate in self._speech.availableVoices():
            if candidate.name().lower() == name.lower():
                self._speech.setVoice(candidate)
                return
        self.error.emit(f"Voice unavailable: unknown voice {name!r} (see: lumbar-coach voices --engine qt)")

    @Slot()
    def release(self) -> None:
        """Stop and delete the engine in this thread."""
        if self._speech is not None:
            self._speech.stop()
            self._speech.deleteLater()
            self._speech = None

    def _on_error(self, *_details: object) -> None:
        self.error.emit(service_failure_reason(self._speech))

    def _on_state(self, state: QTextToSpeech.State) -> None:
        if state == QTextToSpeech.State.Speaking:
            self._heard = True
        elif state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error):
            self._report_done()

    def _report_done(self) -> None:
        if self._heard and self._utterance:
            finished, self._utterance = self._utterance, 0
            self.done.emit(finished)


class QtSpeechEngine(Engine):
    """Speaks through a SpeechHost in a thread of its own."""

    _create_requested = Signal()
    _say_requested = Signal(int, str)
    _stop_requested = Signal()
    _configure_requested = Signal(str, float, float)
    _release_requested = Signal()

    def __init__(self, config: VoiceConfig, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._config = config
        self._state = "starting"
        self._waiting: list[str] = []
        self._utterance = 0
        self._faulted = False
        self._watchdog = QTimer(self, singleShot=True, timeout=self._on_silent_too_long)
        self._thread = QThread()
        self._host = SpeechHost(config.qt_plugin)
        self._wire()
        self._thread.start()

    def _wire(self) -> None:
        host = self._host
        host.moveToThread(self._thread)
        self._thread.started.connect(host.create)
        self._thread.finished.connect(host.deleteLater)
        self._say_requested.connect(host.say)
        self._stop_requested.connect(host.stop)
        self._configure_requested.connect(host.configure)
        self._release_requested.connect(host.release)
        host.created.connect(self._on_created)
        host.done.connect(self._on_done)
        host.error.connect(self._on_error)

    @property
    def unavailable_reason(self) -> str | None:
        """Known only once the service has started, so None here."""
        return None

    def configure(self, config: VoiceConfig) -> None:
        """Send the voice, rate and volume to the speech thread."""
        self._config = config
        self._configure_requested.emit(config.voice or "", qt_rate(config.rate), float(config.volume))

    def prepare(self, text: str, first: bool = False) -> None:
        """Nothing to render; wait only for the service to start."""
        if self._state == "failed":
            self.unplayable.emit(text)
        elif self._state == "starting":
            self._waiting.append(text)

    def is_prepared(self, text: str) -> bool:
        """Every text is ready once the service runs."""
        return self._state == "ready"

    def play(self, text: str) -> None:
        """Ask the speech thread to say ``text``; a watchdog waits for its end."""
        self._utterance += 1
        self._say_requested.emit(self._utterance, text)
        self._watchdog.start(round(self._longest_expected(text) * 1000))

    def stop(self) -> None:
        """Ask the speech thread to stop; no ``finished`` follows."""
        self._utterance += 1
        self._watchdog.stop()
        self._stop_requested.emit()

    def shutdown(self) -> None:
        """Stop the service and end the thread."""
        self._watchdog.stop()
        self._release_requested.emit()
        self._thread.quit()
        self._thread.wait(SHUTDOWN_WAIT_MS)

    def _longest_expected(self, text: str) -> float:
        words = max(1, len(text.split()))
        return 2 * words * 60.0 / max(self._config.rate, 80) + FINISH_MARGIN

    def _on_created(self, reason: str) -> None:
        waiting, self._waiting = self._waiting, []
        if reason:
            self._state = "failed"
            self._on_error(reason)
            for text in waiting:
                self.unplayable.emit(text)
            return
        self._state = "ready"
        self.configure(self._config)
        for text in waiting:
            self.prepared.emit(text)

    def _on_done(self, utterance: int) -> None:
        if utterance != self._utterance:
            return
        self._watchdog.stop()
        if self._faulted:
            self._faulted = False
            self.recovered.emit()
        self.finished.emit()

    def _on_error(self, reason: str) -> None:
        self._faulted = True
        self.failed.emit(reason)

    def _on_silent_too_long(self) -> None:
        self._stop_requested.emit()
        self._utterance += 1
        self._on_error(SILENT_TOO_LONG_REASON)
        self.finished.emit()
