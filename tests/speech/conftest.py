"""Speech tests: no child process may outlive its test."""

from __future__ import annotations

import importlib.util
import shutil
from collections.abc import Iterator

import pytest

from tests.speech.helpers import live_children, wait_until

needs_sox = pytest.mark.skipif(shutil.which("sox") is None, reason="sox is not installed")


def _engine_installed() -> bool:
    return importlib.util.find_spec("pyttsx3") is not None and shutil.which("espeak-ng") is not None


needs_pyttsx3 = pytest.mark.skipif(not _engine_installed(), reason="pyttsx3 or espeak-ng is not installed")


@pytest.fixture(autouse=True)
def no_children_left(qapp) -> Iterator[None]:
    """Fail a test that leaves a child process running."""
    before = set(live_children())
    yield
    assert wait_until(lambda: not (set(live_children()) - before), timeout=2.0), live_children()
