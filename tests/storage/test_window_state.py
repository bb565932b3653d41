"""Window geometry and layout bytes, stored apart from the settings."""

from __future__ import annotations

import base64
import json

import pytest

from lumbar_coach.storage.paths import config_dir, settings_path, window_state_path
from lumbar_coach.storage.window_state import WindowState, load_window_state, save_window_state

EVERY_BYTE = bytes(range(256))


def test_round_trip_of_every_byte_value() -> None:
    save_window_state(WindowState(EVERY_BYTE, EVERY_BYTE[::-1]))
    assert load_window_state() == WindowState(EVERY_BYTE, EVERY_BYTE[::-1])


def test_the_file_holds_base64_text() -> None:
    save_window_state(WindowState(b"geometry", b"layout"))
    document = json.loads(window_state_path().read_text(encoding="utf-8"))
    assert document["format"] == "window-state"
    assert base64.b64decode(document["geometry"]) == b"geometry"
    assert base64.b64decode(document["layout"]) == b"layout"


def test_it_is_kept_apart_from_the_settings() -> None:
    save_window_state(WindowState(b"g"))
    assert window_state_path().parent == config_dir()
    assert window_state_path() != settings_path()
    assert not settings_path().exists()


def test_no_file_means_an_empty_state() -> None:
    assert load_window_state() == WindowState(b"", b"")


def test_bytes_like_values_are_kept_as_bytes() -> None:
    state = WindowState(bytearray(b"ab"), memoryview(b"cd"))  # type: ignore[arg-type]
    assert (state.geometry, state.layout) == (b"ab", b"cd")
    assert type(state.geometry) is bytes


def test_text_instead_of_bytes_is_refused() -> None:
    with pytest.raises(TypeError, match="geometry must be bytes"):
        WindowState("not bytes")  # type: ignore[arg-type]


def test_missing_fields_mean_empty_bytes() -> None:
    window_state_path().parent.mkdir(parents=True)
    document = {"format": "window-state", "version": 1, "geometry": "Zw=="}
    window_state_path().write_text(json.dumps(document), encoding="utf-8")
    assert load_window_state() == WindowState(b"g", b"")
