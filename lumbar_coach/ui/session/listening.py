"""Voice commands in the window: heard only while a session runs, and only when the person wants them.

The recogniser and microphone are made the first time listening starts, so
people who never switch voice commands on never load them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from lumbar_coach.core.words import duration

STOP_LISTENING = "stop listening"
# Said once a command is carried out, where nothing else would tell someone lying on the floor it was heard.
ACKNOWLEDGEMENTS = {"pause": "Paused.", STOP_LISTENING: "No longer listening."}


class SessionListening(QObject):
    """Listens while a session runs if ``wanted``; the L key and "stop listening" change ``wanted``.

    Signals: ``activeChanged(listening)`` as the microphone is opened or closed,
    ``wantedChanged(wanted)`` when the person switches listening on or off during a
    session (the window saves it), ``unavailable(reason)`` when it cannot listen.
    """

    activeChanged = Signal(bool)
    wantedChanged = Signal(bool)
    unavailable = Signal(str)

    def __init__(self, view, voice, *, wanted: bool = False, wake_word: bool = True,
                 commands_factory: Callable[[bool], QObject] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view, self.voice = view, voice
        self.wanted, self.wake_word = wanted, wake_word
        self._factory = commands_factory or self._make_commands
        self._commands = None
        self._in_session = False

    @property
    def active(self) -> bool:
        """True while the microphone is being listened to."""
        return self._commands is not None and self._commands.active

    def configure(self, wanted: bool, wake_word: bool) -> None:
        """Follow the settings: voice commands on or off, and whether "coach" comes first."""
        if wake_word != self.wake_word:
            self._drop_commands()
            self.wake_word = wake_word
        self.wanted = wanted
        self._follow()

    def session_started(self) -> None:
        self._in_session = True
        self._follow()

    def session_ended(self) -> None:
        self._in_session = False
        self._follow()

    def toggle(self) -> None:
        """Switch listening on or off (the L key)."""
        self._set_wanted(not self.wanted)
        self._follow()

    def shutdown(self) -> None:
        """Close the microphone for good (the window is closing)."""
        self._in_session = False
        self._drop_commands()

    def _follow(self) -> None:
        if self.wanted and self._in_session:
            self._voice_commands().start()
        elif self._commands is not None:
            self._commands.stop()

    def _set_wanted(self, wanted: bool) -> None:
        if wanted != self.wanted:
            self.wanted = wanted
            self.wantedChanged.emit(wanted)

    def _voice_commands(self):
        if self._commands is None:
            self._commands = self._factory(self.wake_word)
            self._commands.activeChanged.connect(self.activeChanged)
            self._commands.unavailable.connect(self.unavailable)
            self._commands.commandHeard.connect(self._heard)
        return self._commands

    def _drop_commands(self) -> None:
        commands, self._commands = self._commands, None
        if commands is not None:
            commands.stop()
            commands.deleteLater()

    def _heard(self, phrase: str) -> None:
        if phrase == STOP_LISTENING:
            self._set_wanted(False)
        if phrase in ACKNOWLEDGEMENTS:
            self.voice.say(ACKNOWLEDGEMENTS[phrase], "announce")

    def _make_commands(self, wake_word: bool) -> QObject:
        from lumbar_coach.listening.controller import VoiceCommands
        return VoiceCommands(lambda: self.view.driver, self.voice, self.say_time_left, repeat=self.view.repeat,
                             wake_word=wake_word, parent=self)

    def say_time_left(self, seconds: float) -> None:
        """Answer "how long": the time left in this part of the session."""
        self.voice.say(f"{duration(max(0, round(seconds)))} left.", "announce")
