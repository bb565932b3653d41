"""The rule each setting obeys: its label for people and the check of its value."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from lumbar_coach.storage.schema import (
    SchemaError,
    require_choice,
    require_flag,
    require_number,
    require_text,
    require_whole_number,
)


class SettingRule(Protocol):
    """A check of one setting's value; ``label`` names the setting for a person."""

    label: str

    def check(self, name: str, value: object) -> object:
        """``value`` in its normal form; raises SchemaError naming ``name``."""


@dataclass(frozen=True)
class WholeNumberRule:
    """A whole number within bounds, in ``unit`` (for example "seconds")."""

    label: str
    minimum: int
    maximum: int
    unit: str

    def check(self, name: str, value: object) -> int:
        return require_whole_number(value, name, self.minimum, self.maximum)


@dataclass(frozen=True)
class NumberRule:
    """A number within bounds, kept as a float."""

    label: str
    minimum: float
    maximum: float
    unit: str = ""

    def check(self, name: str, value: object) -> float:
        return require_number(value, name, self.minimum, self.maximum)


@dataclass(frozen=True)
class ChoiceRule:
    """One of a few fixed options; None among them means "not chosen yet"."""

    label: str
    options: tuple[str | None, ...]

    def check(self, name: str, value: object) -> str | None:
        return require_choice(value, name, self.options)


@dataclass(frozen=True)
class FlagRule:
    """On or off."""

    label: str

    def check(self, name: str, value: object) -> bool:
        return require_flag(value, name)


@dataclass(frozen=True)
class OptionalTextRule:
    """Free text such as a voice id, or None for "the default"."""

    label: str

    def check(self, name: str, value: object) -> str | None:
        return None if value is None else require_text(value, name)


@dataclass(frozen=True)
class ClockTimeRule:
    """A time of day on the 24-hour clock, written "HH:MM" (for example "07:30")."""

    label: str

    def check(self, name: str, value: object) -> str:
        if not isinstance(value, str) or not _CLOCK_TIME.fullmatch(value):
            raise SchemaError(name, 'must be a time of day written "HH:MM", from "00:00" to "23:59"')
        return value


_CLOCK_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")
NUMERIC_RULES = (WholeNumberRule, NumberRule)
