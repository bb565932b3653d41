"""Spoken cues and beeps.

The names below are imported on first use, so ``from lumbar_coach.speech
import Priority`` does not load QtMultimedia.
"""

from __future__ import annotations

import logging
from importlib import import_module
from typing import Any

logging.getLogger(__name__).addHandler(logging.NullHandler())

_HOMES = {
    "Priority": "priority",
    "VoiceConfig": "config",
    "Voice": "config",
    "SpeechError": "config",
    "Speaker": "speaker",
    "RecordingSpeaker": "recording",
    "SpokenCue": "recording",
    "create_speaker": "factory",
    "list_voices": "factory",
    "render_to_wav": "render",
    "Beeper": "beeps",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    """Import a public name from the module that holds it."""
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)
