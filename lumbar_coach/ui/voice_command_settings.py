"""The voice commands part of the settings: on or off, the wake word, what to say, and where the sound goes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from lumbar_coach.storage.settings import Settings

WHAT_TO_SAY = ("In a session, after a moment's quiet, say “coach” then pause, resume (or go), next, back, "
               "repeat, stop, how long or stop listening. L turns listening on and off.")
PRIVACY = ("Heard on this computer only, and only during a session: the microphone's sound is examined "
           "in memory, never saved and never sent anywhere.")

NOTE_WIDTH = 420  # about the width of the settings dialog's right-hand column

ReasonFinder = Callable[[], str | None]  # why voice commands cannot work here, or None


def listening_unavailable_reason() -> str | None:
    from lumbar_coach.listening.microphone import unavailable_reason
    return unavailable_reason()


class VoiceCommandSettings(QGroupBox):
    """Edits the voice command settings; disabled, with the reason shown, when they cannot work."""

    def __init__(self, settings: Settings, parent: QWidget | None = None, *,
                 reason_finder: ReasonFinder = listening_unavailable_reason) -> None:
        super().__init__("Voice commands", parent)
        self.original = settings
        self.reason = reason_finder()
        layout = QVBoxLayout(self)
        self.enabled = self._check("Listen for spoken commands", settings.voice_commands,
                                   "Steer a session by voice while you are on the floor (off unless you switch it on)")
        self.wake_word = self._check("Only after the word “coach”", settings.wake_word,
                                     "Commands must follow “coach”, as in “coach pause”: far fewer false starts "
                                     "when someone else is talking")
        for box in (self.enabled, self.wake_word):
            layout.addWidget(box)
            box.setEnabled(self.reason is None)
        self.enabled.toggled.connect(lambda on: self.wake_word.setEnabled(on and self.reason is None))
        self.wake_word.setEnabled(settings.voice_commands and self.reason is None)
        self.note = _note(f"Not available here: {self.reason}." if self.reason else WHAT_TO_SAY, self)
        self.privacy = _note(PRIVACY, self)
        layout.addWidget(self.note)
        layout.addWidget(self.privacy)

    def _check(self, text: str, on: bool, tip: str) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setChecked(on)
        box.setAccessibleName(text)
        box.setToolTip(tip)
        return box

    def changes(self) -> dict:
        """The chosen settings; kept as they were when voice commands cannot work here."""
        if self.reason is not None:
            return {}
        return {"voice_commands": self.enabled.isChecked(), "wake_word": self.wake_word.isChecked()}


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setMinimumHeight(label.heightForWidth(NOTE_WIDTH))
    return label
