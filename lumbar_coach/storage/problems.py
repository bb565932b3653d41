"""Messages about damaged user files found during this run, kept for the UI to show once."""

from __future__ import annotations

import logging

_logger = logging.getLogger(__name__)
_messages: list[str] = []


def record(message: str) -> None:
    """Keep ``message`` for the UI (once, however often it is recorded) and log it."""
    if message in _messages:
        return
    _messages.append(message)
    _logger.warning("%s", message)


def pending() -> tuple[str, ...]:
    """The messages not yet taken, oldest first."""
    return tuple(_messages)


def take_all() -> tuple[str, ...]:
    """The messages not yet taken, oldest first; they are then forgotten."""
    taken = pending()
    _messages.clear()
    return taken


def clear() -> None:
    """Forget every message."""
    _messages.clear()
