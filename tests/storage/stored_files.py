"""The three user files as test subjects: how to save a sample, load, and what the default is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lumbar_coach.storage import paths
from lumbar_coach.storage.documents import DocumentKind
from lumbar_coach.storage.favourites import FAVOURITES_DOCUMENT, load_favourites, save_favourites
from lumbar_coach.storage.settings import SETTINGS_DOCUMENT, Settings, load_settings, save_settings
from lumbar_coach.storage.window_state import (
    WINDOW_STATE_DOCUMENT,
    WindowState,
    load_window_state,
    save_window_state,
)

from .helpers import snapshot


@dataclass(frozen=True)
class StoredFile:
    """One kind of user file, seen from a test."""

    kind: DocumentKind[Any]
    path: Callable[[], Path]
    save: Callable[[Any], object]
    load: Callable[[], Any]
    sample: Any
    default: Any

    @property
    def label(self) -> str:
        return self.kind.label


SETTINGS_FILE = StoredFile(
    SETTINGS_DOCUMENT,
    paths.settings_path,
    save_settings,
    load_settings,
    Settings(rest_seconds=12, painful_side="left", volume=0.5, voice="en-gb"),
    Settings(),
)
FAVOURITES_FILE = StoredFile(
    FAVOURITES_DOCUMENT,
    paths.favourites_path,
    save_favourites,
    load_favourites,
    ("bridge-hold", "cat-cow", "child-pose"),
    (),
)
WINDOW_STATE_FILE = StoredFile(
    WINDOW_STATE_DOCUMENT,
    paths.window_state_path,
    save_window_state,
    load_window_state,
    WindowState(b"\x01\xd9\xd0\xcb geometry", b"\x00\xff layout"),
    WindowState(),
)
STORED_FILES = (SETTINGS_FILE, FAVOURITES_FILE, WINDOW_STATE_FILE)


def save_every_sample() -> None:
    """Write the sample of every kind of file."""
    for stored in STORED_FILES:
        stored.save(stored.sample)


def others_than(stored: StoredFile) -> tuple[StoredFile, ...]:
    """Every kind of file except ``stored``."""
    return tuple(other for other in STORED_FILES if other is not stored)


def other_files(home: Path, stored: StoredFile) -> dict[str, bytes]:
    """Every file under ``home`` except ``stored``'s file and its set-aside copies."""
    own_prefix = str(stored.path().relative_to(home))
    return {name: data for name, data in snapshot(home).items() if not name.startswith(own_prefix)}
