"""The tick and chime: gentle tones made in code, and a Beeper that never crashes."""

from __future__ import annotations

import wave
from array import array
from pathlib import Path

import pytest

from lumbar_coach.speech import beeps as beeps_module
from lumbar_coach.speech.beeps import NO_OUTPUT_REASON, Beeper
from lumbar_coach.speech.tones import SAMPLE_RATE, tone_files

GENTLE_PEAK = 0.5


def samples_of(path: Path) -> list[float]:
    with wave.open(str(path), "rb") as sound:
        assert (sound.getnchannels(), sound.getsampwidth(), sound.getframerate()) == (1, 2, SAMPLE_RATE)
        return [value / 32767 for value in array("h", sound.readframes(sound.getnframes()))]


def crossings_per_second(samples: list[float]) -> float:
    crossings = sum(1 for a, b in zip(samples, samples[1:]) if a < 0 <= b)
    return crossings * SAMPLE_RATE / len(samples)


@pytest.fixture(scope="module")
def tones(tmp_path_factory) -> dict[str, list[float]]:
    return {name: samples_of(path) for name, path in tone_files(tmp_path_factory.mktemp("tones")).items()}


def test_the_tick_is_short_and_the_chime_longer(tones) -> None:
    assert 0.05 < len(tones["tick"]) / SAMPLE_RATE < 0.15
    assert 0.5 < len(tones["chime"]) / SAMPLE_RATE < 1.2


@pytest.mark.parametrize("name", ["tick", "chime"])
def test_tones_are_gentle_and_fade_in_and_out_without_clicks(tones, name) -> None:
    samples = tones[name]
    assert 0.15 < max(abs(value) for value in samples) < GENTLE_PEAK
    assert abs(samples[0]) < 0.01 and abs(samples[-1]) < 0.01
    steps = [abs(b - a) for a, b in zip(samples, samples[1:])]
    assert max(steps[:20]) < 0.05 and max(steps[-20:]) < 0.05


def test_the_chime_is_two_notes_rising(tones) -> None:
    chime = tones["chime"]
    first = crossings_per_second(chime[: int(0.15 * SAMPLE_RATE)])
    second = crossings_per_second(chime[int(0.35 * SAMPLE_RATE) : int(0.6 * SAMPLE_RATE)])
    assert 480 < first < 570 and second > 1.3 * first


def test_tone_files_are_written_once(tmp_path) -> None:
    first = tone_files(tmp_path)
    stamps = {name: path.stat().st_mtime_ns for name, path in first.items()}
    assert {name: path.stat().st_mtime_ns for name, path in tone_files(tmp_path).items()} == stamps


def test_without_a_sound_output_the_beeper_is_silent_and_says_why(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(beeps_module, "qt_has_audio_output", lambda: False)
    beeper = Beeper(tmp_path)
    beeper.tick()
    beeper.phase_change()
    assert beeper.unavailable_reason == NO_OUTPUT_REASON


def test_an_unwritable_tone_folder_is_a_reason_not_a_crash(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    beeper = Beeper(blocker / "tones")
    beeper.tick()
    assert beeper.unavailable_reason.startswith("Beeps unavailable: could not write the tones")


class FakeEffect:
    def __init__(self) -> None:
        self.plays = 0
        self.volume = None

    def play(self) -> None:
        self.plays += 1

    def setVolume(self, volume: float) -> None:
        self.volume = volume

    def stop(self) -> None:
        pass


def beeper_with_fake_sounds(monkeypatch, tmp_path) -> tuple[Beeper, dict[str, FakeEffect]]:
    monkeypatch.setattr(beeps_module, "qt_has_audio_output", lambda: True)
    monkeypatch.setattr(Beeper, "_effect_for", lambda self, path: FakeEffect())
    beeper = Beeper(tmp_path)
    return beeper, beeper._effects


def test_tick_and_chime_play_their_own_sound_unless_disabled(monkeypatch, tmp_path) -> None:
    beeper, effects = beeper_with_fake_sounds(monkeypatch, tmp_path)
    beeper.tick()
    beeper.tick()
    beeper.phase_change()
    beeper.set_enabled(False)
    beeper.tick()
    assert (effects["tick"].plays, effects["chime"].plays) == (2, 1)
    assert not beeper.enabled


def test_volume_is_clamped_and_applied(monkeypatch, tmp_path) -> None:
    beeper, effects = beeper_with_fake_sounds(monkeypatch, tmp_path)
    beeper.set_volume(1.7)
    assert beeper.volume == 1.0 and effects["tick"].volume == 1.0
    beeper.set_volume(-1)
    assert beeper.volume == 0.0 and effects["chime"].volume == 0.0


def test_each_beep_played_reports_how_long_it_sounds(monkeypatch, tmp_path) -> None:
    beeper, _ = beeper_with_fake_sounds(monkeypatch, tmp_path)
    lengths: list[float] = []
    beeper.played.connect(lengths.append)
    beeper.tick()
    beeper.phase_change()
    beeper.set_enabled(False)
    beeper.tick()
    assert lengths == [pytest.approx(0.09), pytest.approx(0.86)]
