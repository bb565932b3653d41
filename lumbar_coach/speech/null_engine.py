"""The engine that says nothing: for "no voice", and when no engine can work."""

from __future__ import annotations

from PySide6.QtCore import QObject

from lumbar_coach.speech.engine import Engine


class NullEngine(Engine):
    """No text is ever ready, so every cue is dropped at once and nothing starts."""

    def __init__(self, reason: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reason = reason

    @property
    def unavailable_reason(self) -> str | None:
        """Why this engine stands in for a real one, if it does."""
        return self._reason

    def prepare(self, text: str, first: bool = False) -> None:
        """Say at once that ``text`` will not be spoken."""
        self.unplayable.emit(text)
