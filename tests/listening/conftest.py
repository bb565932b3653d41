"""Fixtures for the listening tests: speech rendered once per session, recognisers built once."""

from __future__ import annotations

import importlib.util

import pytest

from tests.listening.speech_audio import can_render

needs_speech = pytest.mark.skipif(not can_render(), reason="espeak-ng and sox are needed to render speech")
needs_pocketsphinx = pytest.mark.skipif(importlib.util.find_spec("pocketsphinx") is None,
                                        reason="pocketsphinx is not installed")


@pytest.fixture(scope="session")
def speech_cache(tmp_path_factory):
    """A folder where rendered speech is kept for the whole test session."""
    return tmp_path_factory.mktemp("speech")


@pytest.fixture(scope="session")
def recognizer():
    """The recogniser the app uses: commands after the wake word."""
    from lumbar_coach.listening.recognizer import Recognizer
    return Recognizer()


@pytest.fixture(scope="session")
def plain_recognizer():
    """A recogniser for commands said without the wake word."""
    from lumbar_coach.listening.recognizer import PLAIN, Recognizer
    return Recognizer(PLAIN)
