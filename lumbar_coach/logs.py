"""Where log lines go: a small file in the platform's log folder, never the screen."""

from __future__ import annotations

import logging
import os

from lumbar_coach.storage.paths import log_path

LOG_BYTES = 512 * 1024


def set_up_logging() -> None:
    """Send the app's messages to its log file; if the file cannot be opened, keep them quiet."""
    root = logging.getLogger("lumbar_coach")
    root.setLevel(logging.INFO)
    root.propagate = False
    try:
        handler: logging.Handler = logging.FileHandler(_fresh_log(), encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def _fresh_log():
    """The log file, after moving a full one to ``.1`` (one old log is kept)."""
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.stat().st_size > LOG_BYTES:
        os.replace(path, path.with_name(path.name + ".1"))
    return path
