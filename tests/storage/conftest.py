"""Every storage test gets its own home folder and a clean list of problems."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lumbar_coach.storage import problems


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point LUMBAR_COACH_HOME (and the platform folders, as a second guard) at tmp_path."""
    home = tmp_path / "home"
    monkeypatch.setenv("LUMBAR_COACH_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    problems.clear()
    yield home
    problems.clear()
