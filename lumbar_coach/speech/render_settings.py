"""The voice, rate and volume a render worker runs with (plain data, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RenderSettings:
    """Fixed for the life of a worker: new settings mean a new worker."""

    voice: str | None = None
    rate: int | None = None
    volume: float | None = None

    def arguments(self) -> list[str]:
        """The worker's command-line options for these settings."""
        options = {"--voice": self.voice, "--rate": self.rate, "--volume": self.volume}
        return [part for name, value in options.items() if value is not None for part in (name, str(value))]
