"""Speaking one text and waiting until it has been heard, for commands."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from lumbar_coach.speech.config import SpeechError, VoiceConfig
from lumbar_coach.speech.factory import make_engine
from lumbar_coach.speech.priority import Priority
from lumbar_coach.speech.speaker import Speaker

BASE_TIMEOUT = 10.0
SECONDS_PER_WORD = 1.0


def speak_and_wait(text: str, config: VoiceConfig | None = None) -> None:
    """Speak ``text`` and return when it ends; SpeechError if it cannot be heard."""
    config = config or VoiceConfig()
    app = QCoreApplication.instance() or QCoreApplication([])
    speaker = Speaker(make_engine(config), config, parent=app)
    speaker.engine.setParent(speaker)
    try:
        problem = _run_until_done(speaker, text)
    finally:
        speaker.shutdown()
        speaker.deleteLater()
    if problem:
        raise SpeechError(problem)


def _run_until_done(speaker: Speaker, text: str) -> str | None:
    """Run an event loop until the cue ends, fails or times out; the problem, if any."""
    loop = QEventLoop()
    problems: list[str] = []
    speaker.finished.connect(lambda _text: loop.quit())
    speaker.unavailable.connect(lambda reason: (problems.append(reason), loop.quit()))
    timeout = BASE_TIMEOUT + SECONDS_PER_WORD * len(text.split())
    guard = QTimer(singleShot=True)
    guard.timeout.connect(lambda: (problems.append("the voice did not finish in time"), loop.quit()))
    guard.start(round(timeout * 1000))
    speaker.speak(text, Priority.URGENT)
    if not speaker.idle or speaker.unavailable_reason:
        loop.exec()
    guard.stop()
    return problems[0] if problems else speaker.unavailable_reason
