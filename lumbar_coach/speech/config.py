"""Voice settings and voice descriptions, as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field

ENGINES = ("pyttsx3", "qt", "none")
RATE_RANGE = (80, 300)


class SpeechError(RuntimeError):
    """Speaking or rendering failed; the message is one line a person can act on."""


@dataclass(frozen=True)
class VoiceConfig:
    """How cues are spoken.

    ``engine`` is ``"pyttsx3"``, ``"qt"`` (the system speech service through
    QtTextToSpeech; ``"qt:<plugin>"`` picks a Qt engine plugin such as
    ``"qt:mock"``) or ``"none"``. ``rate`` is in words per minute and
    ``volume`` runs from 0 to 1.
    """

    engine: str = "pyttsx3"
    voice: str | None = None
    rate: int = 160
    volume: float = 1.0

    def __post_init__(self) -> None:
        problems = config_problems(self)
        if problems:
            raise ValueError("; ".join(problems))

    @property
    def engine_kind(self) -> str:
        """The engine family: the part of ``engine`` before any ``:``."""
        return self.engine.partition(":")[0]

    @property
    def qt_plugin(self) -> str | None:
        """The Qt engine plugin named after ``qt:``, if any."""
        plugin = self.engine.partition(":")[2]
        return plugin or None


def config_problems(config: VoiceConfig) -> list[str]:
    """Why ``config`` cannot be used, in words; empty when it is fine."""
    problems = []
    if config.engine_kind not in ENGINES:
        problems.append(f"unknown speech engine {config.engine!r} (use one of {', '.join(ENGINES)})")
    low, high = RATE_RANGE
    whole = isinstance(config.rate, int) and not isinstance(config.rate, bool)
    if not whole or not low <= config.rate <= high:
        problems.append(rate_problem(config.rate))
    if not isinstance(config.volume, (int, float)) or not 0.0 <= config.volume <= 1.0:
        problems.append(f"volume must be between 0 and 1, not {config.volume!r}")
    return problems


def rate_problem(rate: object) -> str:
    """Why ``rate`` is not a speaking rate."""
    low, high = RATE_RANGE
    return f"rate must be a whole number of words per minute from {low} to {high}, not {rate!r}"


@dataclass(frozen=True)
class Voice:
    """One voice an engine offers, for the settings dialog."""

    id: str
    name: str
    languages: tuple[str, ...] = field(default_factory=tuple)
