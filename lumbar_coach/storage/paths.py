"""Where the app keeps user files: the platform's folders, or one folder of the user's choosing.

Setting ``LUMBAR_COACH_HOME`` puts everything under that folder (``config/`` and
``data/``), which keeps tests and trial runs away from the real user folders.
Nothing here creates a folder; folders are made when a file is first written.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "lumbar-coach"
HOME_VARIABLE = "LUMBAR_COACH_HOME"


def home_override() -> Path | None:
    """The folder named by ``LUMBAR_COACH_HOME``, or None when it is unset or empty."""
    chosen_home = os.environ.get(HOME_VARIABLE, "")
    if not chosen_home:
        return None
    return Path(chosen_home).expanduser().absolute()


def config_dir() -> Path:
    """The folder for preferences and window state."""
    chosen_home = home_override()
    if chosen_home is not None:
        return chosen_home / "config"
    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def data_dir() -> Path:
    """The folder for the person's own data: favourites, routines, history."""
    chosen_home = home_override()
    if chosen_home is not None:
        return chosen_home / "data"
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def settings_path() -> Path:
    """The settings file."""
    return config_dir() / "settings.json"


def window_state_path() -> Path:
    """The window geometry file, kept apart from the settings."""
    return config_dir() / "window-state.json"


def favourites_path() -> Path:
    """The favourite stretches file."""
    return data_dir() / "favourites.json"


def log_path() -> Path:
    """The app's log: what went wrong, for the person (or whoever supports them) to read later."""
    chosen_home = home_override()
    if chosen_home is not None:
        return chosen_home / "log" / "lumbar-coach.log"
    return platformdirs.user_log_path(APP_NAME, appauthor=False) / "lumbar-coach.log"
