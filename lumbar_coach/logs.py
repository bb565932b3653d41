"""Where log lines go: a small rotating file in the platform's log folder, never the screen."""

from __future__ import annotations

import logging
import logging.handlers

from lumbar_coach.storage.paths import log_path

LOG_BYTES = 512 * 1024


def set_up_logging() -> None:
    """Send warnings and errors to the log file; if it cannot be opened, keep them quiet."""
    root = logging.getLogger("lumbar_coach")
    root.setLevel(logging.INFO)
    root.propagate = False
    try:
        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=1, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
