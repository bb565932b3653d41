"""The person's preferences: defaults, bounds, and the settings file.

A bad value for one setting in the file falls back to that setting's default
(with a message); only a file that cannot be read as a settings document at
all is moved aside.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from lumbar_coach.storage import problems
from lumbar_coach.storage.documents import Body, DocumentKind, load_document, save_document
from lumbar_coach.storage.paths import settings_path
from lumbar_coach.storage.schema import SchemaError
from lumbar_coach.storage.setting_rules import (
    NUMERIC_RULES,
    ChoiceRule,
    ClockTimeRule,
    FlagRule,
    NumberRule,
    OptionalTextRule,
    SettingRule,
    WholeNumberRule,
)

_logger = logging.getLogger(__name__)

PAINFUL_SIDES = (None, "left", "right", "both", "unsure")
SPEECH_ENGINES = ("pyttsx3", "qt")
VERBOSITIES = ("short", "full")
THEMES = ("system", "light", "dark")


def _setting(default: object, rule: SettingRule) -> Any:
    """A dataclass field with its default and the rule its values obey."""
    return dataclasses.field(default=default, metadata={"rule": rule})


@dataclass(frozen=True)
class Settings:
    """Every preference, each checked against its rule when the object is made."""

    get_ready_seconds: int = _setting(8, WholeNumberRule("time to get ready", 3, 30, "seconds"))
    rest_seconds: int = _setting(5, WholeNumberRule("rest between holds", 2, 30, "seconds"))
    switch_seconds: int = _setting(8, WholeNumberRule("time to switch sides", 3, 30, "seconds"))
    rep_tempo_seconds: int = _setting(8, WholeNumberRule("time for each repetition", 3, 20, "seconds"))
    wait_for_me: bool = _setting(False, FlagRule("wait before each stretch"))
    on_top_in_session: bool = _setting(False, FlagRule("keep the window on top during a session"))
    painful_side: str | None = _setting(None, ChoiceRule("painful side", PAINFUL_SIDES))
    flare_up: bool = _setting(False, FlagRule("flare-up mode"))
    voice_enabled: bool = _setting(True, FlagRule("spoken coaching"))
    speech_engine: str = _setting("pyttsx3", ChoiceRule("speech engine", SPEECH_ENGINES))
    voice: str | None = _setting(None, OptionalTextRule("voice"))
    speech_rate: int = _setting(160, WholeNumberRule("speaking speed", 80, 300, "words per minute"))
    volume: float = _setting(1.0, NumberRule("volume", 0.0, 1.0))
    verbosity: str = _setting("short", ChoiceRule("how much the voice says", VERBOSITIES))
    beeps: bool = _setting(True, FlagRule("beeps"))
    voice_commands: bool = _setting(False, FlagRule("voice commands"))
    wake_word: bool = _setting(True, FlagRule("'coach' before each command"))
    theme: str = _setting("system", ChoiceRule("theme", THEMES))
    text_scale: float = _setting(1.0, NumberRule("text size", 0.8, 2.0, "times the normal size"))
    safety_confirmed: bool = _setting(False, FlagRule("safety notes read"))
    reminder_enabled: bool = _setting(False, FlagRule("daily reminder"))
    reminder_time: str = _setting("18:00", ClockTimeRule("reminder time"))

    def __post_init__(self) -> None:
        """Check every value against its rule; raises SchemaError naming the setting."""
        for setting in fields(self):
            checked = rule_of(setting.name).check(setting.name, getattr(self, setting.name))
            object.__setattr__(self, setting.name, checked)

    def replace(self, **changes: Any) -> Settings:
        """A copy with ``changes`` applied and checked; raises SchemaError naming a bad setting."""
        unknown = sorted(set(changes) - set(setting_names()))
        if unknown:
            raise SchemaError(unknown[0], "is not a setting")
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class NumericBounds:
    """What the settings dialog needs to offer one numeric setting."""

    label: str
    minimum: float
    maximum: float
    default: float
    whole_number: bool
    unit: str


def setting_names() -> tuple[str, ...]:
    """Every setting's name, in the order they are declared."""
    return tuple(setting.name for setting in fields(Settings))


def rule_of(name: str) -> SettingRule:
    """The rule the setting ``name`` obeys."""
    return Settings.__dataclass_fields__[name].metadata["rule"]


def default_of(name: str) -> Any:
    """The default value of the setting ``name``."""
    return Settings.__dataclass_fields__[name].default


def numeric_bounds() -> dict[str, NumericBounds]:
    """The bounds, default and unit of every numeric setting, by name."""
    return {name: _bounds_of(name) for name in setting_names() if isinstance(rule_of(name), NUMERIC_RULES)}


def _bounds_of(name: str) -> NumericBounds:
    """The NumericBounds of one numeric setting."""
    rule = rule_of(name)
    assert isinstance(rule, NUMERIC_RULES)
    whole_number = isinstance(rule, WholeNumberRule)
    return NumericBounds(rule.label, rule.minimum, rule.maximum, default_of(name), whole_number, rule.unit)


def load_settings() -> Settings:
    """The saved settings, or the defaults; never raises (problems are recorded)."""
    return load_document(SETTINGS_DOCUMENT, settings_path())


def save_settings(settings: Settings) -> None:
    """Save ``settings`` atomically; raises OSError when the file cannot be written."""
    save_document(SETTINGS_DOCUMENT, settings_path(), settings)


def _decode_settings(body: Body) -> Settings:
    """Settings from a file body: unknown keys are ignored, bad values become defaults."""
    _warn_about_unknown_keys(body)
    known_values = {name: _checked_or_default(name, body[name]) for name in setting_names() if name in body}
    return Settings(**known_values)


def _warn_about_unknown_keys(body: Mapping[str, Any]) -> None:
    """Log keys this version does not know (a newer or older app may have written them)."""
    unknown = sorted(set(body) - set(setting_names()))
    if unknown:
        _logger.warning("ignoring unknown settings in %s: %s", settings_path(), ", ".join(unknown))


def _checked_or_default(name: str, value: object) -> Any:
    """``value`` if it obeys the setting's rule, else the default with a message recorded."""
    rule = rule_of(name)
    try:
        return rule.check(name, value)
    except SchemaError as error:
        problems.record(
            f"A value in your settings file could not be used ({rule.label} {error.problem}), "
            "so its default is used instead. Your other settings are kept."
        )
        return default_of(name)


def _encode_settings(settings: Settings) -> Body:
    """The file body for ``settings``."""
    return dataclasses.asdict(settings)


SETTINGS_DOCUMENT: DocumentKind[Settings] = DocumentKind(
    format_name="settings",
    version=1,
    label="settings",
    reassurance="Your favourites, routines and history are safe.",
    decode=_decode_settings,
    encode=_encode_settings,
    make_default=Settings,
)
