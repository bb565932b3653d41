"""Rendering to WAV files with real pyttsx3, checked with sox."""

from __future__ import annotations

from pathlib import Path

import pytest

from lumbar_coach.speech.config import SpeechError, VoiceConfig
from lumbar_coach.speech.render import render_to_wav
from tests.speech.conftest import needs_pyttsx3, needs_sox
from tests.speech.helpers import is_speech_like, sound_stats

pytestmark = needs_pyttsx3

CUES = [
    "Three.",
    "Switch sides: right leg in front.",
    "Lean forward as far as is comfortable. Now press your heel down.",
]


@needs_sox
def test_several_cues_render_as_speech_of_growing_length(tmp_path: Path) -> None:
    paths = [render_to_wav(text, tmp_path / f"cue{index}.wav") for index, text in enumerate(CUES)]
    lengths = [sound_stats(path)["length"] for path in paths]
    assert all(is_speech_like(path) for path in paths)
    assert lengths == sorted(lengths)


@needs_sox
def test_a_slower_rate_makes_longer_speech(tmp_path: Path) -> None:
    slow = render_to_wav("Switch sides.", tmp_path / "slow.wav", VoiceConfig(rate=100))
    fast = render_to_wav("Switch sides.", tmp_path / "fast.wav", VoiceConfig(rate=250))
    assert sound_stats(slow)["length"] > 1.5 * sound_stats(fast)["length"]


def test_a_voice_can_be_named_by_id_or_name(tmp_path: Path) -> None:
    by_id = render_to_wav("Hello.", tmp_path / "id.wav", VoiceConfig(voice="gmw/en-us"))
    by_name = render_to_wav("Hello.", tmp_path / "name.wav", VoiceConfig(voice="English (America)"))
    assert by_id.read_bytes() == by_name.read_bytes()


@pytest.mark.parametrize(
    ("text", "target", "config", "reason"),
    [
        ("  ", "out.wav", None, "nothing to say"),
        ("Hello.", "missing/out.wav", None, "does not exist"),
        ("Hello.", "out.wav", VoiceConfig(voice="no-such-voice"), "unknown voice 'no-such-voice'"),
        ("Hello.", "out.wav", VoiceConfig(engine="qt"), "needs the pyttsx3 engine"),
    ],
)
def test_bad_requests_fail_with_a_reason(tmp_path: Path, text, target, config, reason) -> None:
    with pytest.raises(SpeechError, match=reason):
        render_to_wav(text, tmp_path / target, config)
    assert not (tmp_path / target).exists()


def test_an_unwritable_folder_fails_with_a_reason() -> None:
    with pytest.raises(SpeechError, match="cannot write /proc"):
        render_to_wav("Hello.", "/proc/lumbar-coach-test.wav")
