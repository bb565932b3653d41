"""The row of session buttons, each with its key."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from lumbar_coach.ui.buttons import button
from lumbar_coach.ui.theme import PHASE_COLOURS

# name: (text, tooltip, key)
CONTROLS = {
    "previous": ("◀  Back", "Back to the start of this step, or the step before", "Left"),
    "pause": ("Pause", "Pause or resume", "Space"),
    "next": ("Next  ▶", "Skip to the next step", "Right"),
    "repeat": ("Repeat", "Say the instruction again", "R"),
    "mute": ("Mute", "Turn the voice off or on", "M"),
    "listen": ("Listen", "Listen for spoken commands such as “coach pause”, or stop listening", "L"),
    "full_screen": ("Full screen", "Show only the picture, countdown and instruction", "F"),
    "stop": ("Stop", "End the session", "Esc"),
    "hurt": ("This hurts", "Pause and ease off; skip this stretch or end the session", "H"),
}


class SessionControls(QWidget):
    """Buttons in the order of the layout (which is also the tab order)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for name, (text, tip, key) in CONTROLS.items():
            if name in ("repeat", "stop", "hurt"):
                layout.addSpacing(8)
            self.buttons[name] = button(text, tip, key, self)
            self.buttons[name].setMinimumHeight(40)
            layout.addWidget(self.buttons[name])
        layout.insertStretch(layout.indexOf(self.buttons["stop"]), 1)
        self.buttons["hurt"].setObjectName("hurt")
        self.buttons["hurt"].setStyleSheet(f"QPushButton#hurt {{ border: 2px solid {PHASE_COLOURS['prepare']}; "
                                           "border-radius: 6px; padding: 4px 14px; font-weight: bold; }")

    def show_paused(self, paused: bool) -> None:
        self.buttons["pause"].setText("Resume" if paused else "Pause")
        self.buttons["pause"].setAccessibleName("Resume" if paused else "Pause")

    def show_listening(self, listening: bool) -> None:
        self.buttons["listen"].setText("Stop listening" if listening else "Listen")
        self.buttons["listen"].setAccessibleName("Stop listening" if listening else "Listen")

    def show_muted(self, muted: bool) -> None:
        self.buttons["mute"].setText("Unmute" if muted else "Mute")
        self.buttons["mute"].setAccessibleName("Unmute" if muted else "Mute")
