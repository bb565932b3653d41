"""Settings: defaults, bounds, checked changes, and a tolerant reading of the file."""

from __future__ import annotations

import json
import logging
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest

from lumbar_coach.storage import problems
from lumbar_coach.storage.paths import settings_path
from lumbar_coach.storage.schema import SchemaError
from lumbar_coach.storage.settings import (
    Settings,
    default_of,
    load_settings,
    numeric_bounds,
    rule_of,
    save_settings,
    setting_names,
)

from .helpers import broken_copies

EXPECTED_DEFAULTS = {
    "get_ready_seconds": 8,
    "rest_seconds": 5,
    "switch_seconds": 8,
    "rep_tempo_seconds": 8,
    "wait_for_me": False,
    "on_top_in_session": False,
    "painful_side": None,
    "flare_up": False,
    "voice_enabled": True,
    "speech_engine": "pyttsx3",
    "voice": None,
    "speech_rate": 160,
    "volume": 1.0,
    "verbosity": "short",
    "beeps": True,
    "voice_commands": False,
    "wake_word": True,
    "theme": "system",
    "text_scale": 1.0,
    "safety_confirmed": False,
    "reminder_enabled": False,
    "reminder_time": "18:00",
}
EXPECTED_BOUNDS = {
    "get_ready_seconds": (3, 30),
    "rest_seconds": (2, 30),
    "switch_seconds": (3, 30),
    "rep_tempo_seconds": (3, 20),
    "speech_rate": (80, 300),
    "volume": (0.0, 1.0),
    "text_scale": (0.8, 2.0),
}
BOUND_CASES = [(name, *bounds) for name, bounds in EXPECTED_BOUNDS.items()]
CHANGED = Settings(
    get_ready_seconds=30,
    rest_seconds=2,
    switch_seconds=3,
    rep_tempo_seconds=20,
    wait_for_me=True,
    on_top_in_session=True,
    painful_side="unsure",
    flare_up=True,
    voice_enabled=False,
    speech_engine="qt",
    voice="HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Speech\\Voices\\Tokens\\TTS_MS_EN-GB_HAZEL_11.0",
    speech_rate=300,
    volume=0.0,
    verbosity="full",
    beeps=False,
    voice_commands=True,
    wake_word=False,
    theme="dark",
    text_scale=2.0,
    safety_confirmed=True,
    reminder_enabled=True,
    reminder_time="07:05",
)


def write_settings_file(body: dict[str, Any], version: object = 1) -> Path:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"format": "settings", "version": version, **body}), encoding="utf-8")
    return path


def test_defaults() -> None:
    assert {name: getattr(Settings(), name) for name in setting_names()} == EXPECTED_DEFAULTS


def test_every_setting_has_a_rule_and_a_label() -> None:
    for setting in fields(Settings):
        assert rule_of(setting.name).label


def test_round_trip_with_every_setting_changed() -> None:
    assert all(getattr(CHANGED, name) != default for name, default in EXPECTED_DEFAULTS.items())
    save_settings(CHANGED)
    assert load_settings() == CHANGED


def test_the_file_is_versioned_readable_json() -> None:
    save_settings(Settings(rest_seconds=7))
    document = json.loads(settings_path().read_text(encoding="utf-8"))
    assert (document["format"], document["version"], document["rest_seconds"]) == ("settings", 1, 7)


def test_no_file_means_defaults_and_no_message() -> None:
    assert load_settings() == Settings()
    assert problems.pending() == ()


def test_numeric_bounds_list_every_numeric_setting() -> None:
    bounds = numeric_bounds()
    assert {name: (item.minimum, item.maximum) for name, item in bounds.items()} == EXPECTED_BOUNDS
    assert bounds["rest_seconds"].whole_number and not bounds["volume"].whole_number
    assert bounds["speech_rate"].unit == "words per minute"


def test_every_numeric_default_is_within_its_bounds() -> None:
    for name, item in numeric_bounds().items():
        assert item.minimum <= item.default <= item.maximum, name
        assert item.default == EXPECTED_DEFAULTS[name]


@pytest.mark.parametrize(("name", "lowest", "highest"), BOUND_CASES)
def test_bounds_are_inclusive(name: str, lowest: float, highest: float) -> None:
    assert getattr(Settings().replace(**{name: lowest}), name) == lowest
    assert getattr(Settings().replace(**{name: highest}), name) == highest


@pytest.mark.parametrize(
    ("name", "bad_value"),
    [
        ("get_ready_seconds", 2),
        ("rest_seconds", 31),
        ("switch_seconds", 8.0),
        ("rep_tempo_seconds", True),
        ("speech_rate", 79),
        ("volume", 1.01),
        ("volume", float("nan")),
        ("text_scale", 0.79),
        ("painful_side", "middle"),
        ("flare_up", 1),
        ("speech_engine", "espeak"),
        ("voice", ""),
        ("verbosity", None),
        ("theme", "Dark"),
        ("beeps", "yes"),
        ("safety_confirmed", None),
        ("reminder_enabled", "on"),
        ("reminder_time", "24:00"),
        ("reminder_time", "7:30"),
        ("reminder_time", "18:60"),
        ("reminder_time", 1800),
        ("reminder_time", "18:00 "),
    ],
)
def test_replace_refuses_a_bad_value_and_names_the_setting(name: str, bad_value: object) -> None:
    with pytest.raises(SchemaError) as raised:
        Settings().replace(**{name: bad_value})
    assert raised.value.field == name


def test_replace_refuses_an_unknown_setting() -> None:
    with pytest.raises(SchemaError, match="colour: is not a setting"):
        Settings().replace(colour="blue")


def test_replace_keeps_the_original_unchanged() -> None:
    original = Settings()
    changed = original.replace(painful_side="right", flare_up=True)
    assert (changed.painful_side, changed.flare_up) == ("right", True)
    assert original == Settings()


def test_a_whole_number_volume_is_kept_as_a_float() -> None:
    assert isinstance(Settings(volume=0).volume, float)


def test_a_bad_value_in_the_file_falls_back_to_its_default_only() -> None:
    path = write_settings_file({"rest_seconds": 99, "speech_rate": 200, "theme": "dark"})
    loaded = load_settings()
    assert loaded == Settings(speech_rate=200, theme="dark")
    assert path.exists()
    assert broken_copies(path) == []


def test_a_bad_value_in_the_file_is_reported_with_the_setting_s_label() -> None:
    write_settings_file({"rest_seconds": "five"})
    load_settings()
    assert problems.pending() == (
        "A value in your settings file could not be used (rest between holds must be a whole number "
        "from 2 to 30), so its default is used instead. Your other settings are kept.",
    )


def test_a_bad_value_in_the_file_is_not_written_back_by_loading() -> None:
    path = write_settings_file({"volume": 7})
    before = path.read_bytes()
    load_settings()
    assert path.read_bytes() == before


def test_unknown_keys_are_ignored_with_a_logged_warning(caplog: pytest.LogCaptureFixture) -> None:
    write_settings_file({"colour_scheme": "pink", "rest_seconds": 9})
    with caplog.at_level(logging.WARNING, logger="lumbar_coach.storage.settings"):
        loaded = load_settings()
    assert loaded == Settings(rest_seconds=9)
    assert "colour_scheme" in caplog.text
    assert problems.pending() == ()


def test_missing_keys_take_their_defaults_quietly() -> None:
    write_settings_file({"flare_up": True})
    assert load_settings() == Settings(flare_up=True)
    assert problems.pending() == ()


def test_null_painful_side_means_not_asked_yet() -> None:
    write_settings_file({"painful_side": None})
    assert load_settings().painful_side is None
    assert problems.pending() == ()


@pytest.mark.parametrize("document", [[1, 2], "settings", 3])
def test_a_file_that_is_not_an_object_is_set_aside(document: object) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(document), encoding="utf-8")
    assert load_settings() == Settings()
    assert len(broken_copies(path)) == 1


def test_a_newer_settings_file_is_set_aside_not_half_read() -> None:
    path = write_settings_file({"rest_seconds": 9}, version=2)
    assert load_settings() == Settings()
    assert "newer version of Lumbar Coach" in problems.pending()[0]
    assert len(broken_copies(path)) == 1


def test_default_of_matches_the_dataclass() -> None:
    assert default_of("speech_rate") == Settings().speech_rate == 160


@pytest.mark.parametrize("moment", ["00:00", "07:30", "23:59"])
def test_a_reminder_time_on_the_24_hour_clock_is_kept(moment: str) -> None:
    save_settings(Settings(reminder_enabled=True, reminder_time=moment))
    assert (load_settings().reminder_enabled, load_settings().reminder_time) == (True, moment)


def test_a_bad_reminder_time_in_the_file_falls_back_to_six_in_the_evening() -> None:
    write_settings_file({"reminder_time": "half past six", "reminder_enabled": True})
    loaded = load_settings()
    assert (loaded.reminder_time, loaded.reminder_enabled) == ("18:00", True)
    assert "reminder time" in problems.pending()[0]
