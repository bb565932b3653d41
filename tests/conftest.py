"""Shared test set-up: offscreen Qt, and user files in a temporary home."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    """Every test gets its own user folders; the real ones are never touched."""
    home = tmp_path / "home"
    monkeypatch.setenv("LUMBAR_COACH_HOME", str(home))
    return home


@pytest.fixture
def catalog():
    from lumbar_coach.core.library import default_catalog
    return default_catalog()
