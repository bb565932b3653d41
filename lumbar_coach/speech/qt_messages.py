"""Keeping Qt's own console messages out of a command's one-line output."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

log = logging.getLogger(__name__)


@contextmanager
def qt_messages_to_log() -> Iterator[None]:
    """While inside, Qt's messages (sound server warnings and the like) go to the log at debug level."""

    def to_log(_kind: QtMsgType, _context: object, message: str) -> None:
        log.debug("qt: %s", message)

    previous = qInstallMessageHandler(to_log)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
