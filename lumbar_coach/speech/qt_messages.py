"""Keeping Qt's own console messages (sound server warnings and the like) in the log, off the screen."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

log = logging.getLogger(__name__)


def _to_log(_kind: QtMsgType, _context: object, message: str) -> None:
    log.debug("qt: %s", message)


def send_qt_messages_to_log():
    """From now on Qt's messages go to the log at debug level; returns the handler replaced."""
    return qInstallMessageHandler(_to_log)


@contextmanager
def qt_messages_to_log() -> Iterator[None]:
    """While inside, Qt's messages go to the log at debug level."""
    previous = send_qt_messages_to_log()
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
