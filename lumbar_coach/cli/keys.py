"""Single key presses from the terminal, without waiting for Enter."""

from __future__ import annotations

import os
import select
import sys
import time


class KeyReader:
    """Waits for a key or a timeout; with no terminal it only waits."""

    def __init__(self, stream=None) -> None:
        self.stream = stream if stream is not None else sys.stdin
        self._saved = None

    def __enter__(self) -> KeyReader:
        if self.interactive():
            import termios
            import tty
            self._saved = termios.tcgetattr(self.stream.fileno())
            tty.setcbreak(self.stream.fileno())
        return self

    def __exit__(self, *exc: object) -> None:
        if self._saved is not None:
            import termios
            termios.tcsetattr(self.stream.fileno(), termios.TCSADRAIN, self._saved)

    def interactive(self) -> bool:
        """True when keys can be read (the stream is a terminal)."""
        try:
            return self.stream.isatty()
        except (AttributeError, ValueError):
            return False

    def wait(self, seconds: float) -> str | None:
        """The key pressed within ``seconds``, or None."""
        seconds = max(0.0, seconds)
        if not self.interactive():
            time.sleep(seconds)
            return None
        ready, _, _ = select.select([self.stream], [], [], seconds)
        if not ready:
            return None
        return os.read(self.stream.fileno(), 1).decode(errors="ignore")
