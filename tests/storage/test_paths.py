"""Where user files live, and that nothing is created before it is written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from lumbar_coach.storage import paths
from lumbar_coach.storage.settings import Settings, save_settings

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_home_variable_puts_config_and_data_under_it(isolated_home: Path) -> None:
    assert paths.config_dir() == isolated_home / "config"
    assert paths.data_dir() == isolated_home / "data"


def test_each_file_is_in_its_folder(isolated_home: Path) -> None:
    assert paths.settings_path() == isolated_home / "config" / "settings.json"
    assert paths.window_state_path() == isolated_home / "config" / "window-state.json"
    assert paths.favourites_path() == isolated_home / "data" / "favourites.json"


def test_without_the_variable_the_platform_folders_are_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.HOME_VARIABLE)
    assert paths.config_dir() == platformdirs.user_config_path("lumbar-coach", appauthor=False)
    assert paths.data_dir() == platformdirs.user_data_path("lumbar-coach", appauthor=False)


def test_an_empty_variable_counts_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.HOME_VARIABLE, "")
    assert paths.home_override() is None
    assert paths.config_dir().name == "lumbar-coach"


def test_a_relative_home_is_made_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(paths.HOME_VARIABLE, "relative-home")
    assert paths.config_dir() == tmp_path / "relative-home" / "config"


def test_a_home_with_tilde_is_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv(paths.HOME_VARIABLE, "~/coach")
    assert paths.data_dir() == tmp_path / "coach" / "data"


def test_asking_for_paths_creates_no_folder(isolated_home: Path) -> None:
    paths.settings_path()
    paths.favourites_path()
    paths.window_state_path()
    assert not isolated_home.exists()


def test_the_first_write_creates_the_folder(isolated_home: Path) -> None:
    save_settings(Settings())
    assert paths.settings_path().is_file()
    assert not paths.data_dir().exists()


def test_importing_storage_creates_nothing_and_loads_no_qt(tmp_path: Path) -> None:
    home = tmp_path / "untouched-home"
    code = (
        "import sys\n"
        "import lumbar_coach.storage.settings, lumbar_coach.storage.favourites\n"
        "import lumbar_coach.storage.window_state\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', "
        "'lumbar_coach.ui', 'lumbar_coach.speech'))))\n"
    )
    environment = {**os.environ, paths.HOME_VARIABLE: str(home), "PYTHONPATH": str(REPO_ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", code], env=environment, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
    assert not home.exists()
