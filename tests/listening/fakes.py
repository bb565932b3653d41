"""A stand-in microphone: the signals of the real one, and a log of what it was asked to do."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class FakeMicrophone(QObject):
    heard = Signal(str)
    listening = Signal(bool)
    unavailable = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def start(self) -> None:
        self.calls.append("start")

    def stop(self) -> None:
        self.calls.append("stop")
