"""Voice commands steering the session: what the window switches on and off.

Heard commands go to the session driver (pause, resume, next, back, stop),
"repeat" says the instruction again, "how long" asks for the phase's time
left to be spoken, and "stop listening" switches listening off. The voice's
``speechStarted``/``speechFinished``/``soundPlayed`` signals feed the
self-hearing guard, so the coach does not obey itself.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from lumbar_coach.listening.commands import Command
from lumbar_coach.listening.guard import SelfHearingGuard

DRIVER_METHODS = {Command.PAUSE: "pause", Command.RESUME: "resume", Command.NEXT: "next",
                  Command.BACK: "previous", Command.STOP: "stop"}


class VoiceCommands(QObject):
    """Listening switched on and off, and each command carried out on the GUI thread.

    ``driver_provider()`` returns the running session's driver, or None between
    sessions; ``say_time_left(seconds)`` speaks the time left in the phase;
    ``repeat()`` (optional) says the instruction again.
    """

    activeChanged = Signal(bool)
    unavailable = Signal(str)
    commandHeard = Signal(str)

    def __init__(self, driver_provider: Callable[[], object | None], voice, say_time_left: Callable[[float], None],
                 *, repeat: Callable[[], None] | None = None, microphone=None, wake_word: bool = True,
                 clock: Callable[[], float] = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._driver_provider, self._say_time_left, self._repeat = driver_provider, say_time_left, repeat
        self._clock, self._active = clock, False
        self.guard = SelfHearingGuard()
        self.microphone = microphone if microphone is not None else default_microphone(self.guard, wake_word, self)
        self._connect(voice)

    @property
    def active(self) -> bool:
        """True while listening is switched on."""
        return self._active

    def start(self) -> None:
        """Switch listening on (``unavailable`` follows if there is no microphone)."""
        if not self._active:
            self._set_active(True)
            self.microphone.start()

    def stop(self) -> None:
        """Switch listening off."""
        if self._active:
            self.microphone.stop()
            self._set_active(False)

    def sound_played(self, seconds: float) -> None:
        """A beep or chime of ``seconds`` starts now: what is heard during it is ignored."""
        now = self._clock()
        self.guard.sound(now, now + seconds)

    def carry_out(self, phrase: str) -> None:
        """Do what a heard command asks, then report it with ``commandHeard``."""
        command = Command(phrase)
        if command is Command.STOP_LISTENING:
            self.stop()
        else:
            driver = self._driver_provider()
            if driver is not None:
                self._steer(driver, command)
        self.commandHeard.emit(command.value)

    def _steer(self, driver, command: Command) -> None:
        if command in DRIVER_METHODS:
            getattr(driver, DRIVER_METHODS[command])()
        elif command is Command.HOW_LONG:
            self._say_time_left(driver.session.phase_remaining(driver.clock()))
        elif command is Command.REPEAT and self._repeat is not None:
            self._repeat()

    def _connect(self, voice) -> None:
        if voice is not None:
            voice.speechStarted.connect(lambda: self.guard.speaking_started(self._clock()))
            voice.speechFinished.connect(lambda: self.guard.speaking_finished(self._clock()))
            voice.soundPlayed.connect(self.sound_played)
        self.microphone.heard.connect(self.carry_out)
        self.microphone.unavailable.connect(self._on_unavailable)

    def _on_unavailable(self, reason: str) -> None:
        self._set_active(False)
        self.unavailable.emit(reason)

    def _set_active(self, active: bool) -> None:
        if active != self._active:
            self._active = active
            self.activeChanged.emit(active)


def default_microphone(guard: SelfHearingGuard, wake_word: bool, parent: QObject):
    """The real microphone, listening for commands (after "coach" if ``wake_word``)."""
    from lumbar_coach.listening.microphone import Microphone
    from lumbar_coach.listening.recognizer import PLAIN, RecognizerSettings
    return Microphone(guard, RecognizerSettings() if wake_word else PLAIN, parent=parent)
