"""Keep the coach from hearing itself.

While the app speaks or beeps, and for a short while after, whatever the
microphone picks up is probably the app: an utterance that overlaps such a
window is ignored. Time is always an argument (``time.monotonic()`` readings
in the app, plain numbers in tests). A lock makes it safe to feed from the GUI
thread while the capture thread asks.
"""

from __future__ import annotations

import threading

AFTER_SOUND = 0.3


class SelfHearingGuard:
    """Remembers when the app made sound and refuses utterances that overlap it."""

    def __init__(self, after: float = AFTER_SOUND, memory: int = 64) -> None:
        self.after = after
        self._memory = memory
        self._lock = threading.Lock()
        self._windows: list[tuple[float, float]] = []
        self._speaking_since: float | None = None

    @property
    def speaking(self) -> bool:
        """True between ``speaking_started`` and ``speaking_finished``."""
        return self._speaking_since is not None

    def speaking_started(self, now: float) -> None:
        """The app began to speak or beep."""
        with self._lock:
            if self._speaking_since is None:
                self._speaking_since = now

    def speaking_finished(self, now: float) -> None:
        """The app fell silent; its sound may echo for ``after`` seconds more."""
        with self._lock:
            start = now if self._speaking_since is None else self._speaking_since
            self._speaking_since = None
            self._windows.append((start, now + self.after))
            del self._windows[:-self._memory]

    def sound(self, start: float, end: float) -> None:
        """A sound of known length, such as a beep, from ``start`` to ``end``."""
        with self._lock:
            self._windows.append((start, end + self.after))
            del self._windows[:-self._memory]

    def allows(self, utterance_start: float, utterance_end: float) -> bool:
        """True when the utterance overlaps no time the app was (or may still be) heard."""
        with self._lock:
            if self._speaking_since is not None and utterance_end >= self._speaking_since:
                return False
            return not any(utterance_start < end and utterance_end > start for start, end in self._windows)
