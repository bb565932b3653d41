"""WAV reading and conversion to 16 kHz mono 16-bit, in plain Python."""

from __future__ import annotations

import math
import wave
from array import array

import pytest

from lumbar_coach.listening.wav_input import AudioFileError, decode, read_wav_16k, resample, to_mono


def write(path, samples: list[int], rate: int, channels: int = 1, width: int = 2) -> None:
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(channels)
        writer.setsampwidth(width)
        writer.setframerate(rate)
        if width == 2:
            writer.writeframes(array("h", samples).tobytes())
        else:
            writer.writeframes(b"".join(value.to_bytes(width, "little", signed=width > 1) for value in samples))


def test_16k_mono_passes_through_unchanged(tmp_path) -> None:
    path = tmp_path / "a.wav"
    write(path, [0, 1000, -1000, 32767], 16000)
    assert array("h", read_wav_16k(path)).tolist() == [0, 1000, -1000, 32767]


def test_stereo_48k_becomes_a_third_as_many_mono_samples(tmp_path) -> None:
    path = tmp_path / "b.wav"
    left = [round(8000 * math.sin(2 * math.pi * 300 * n / 48000)) for n in range(48000)]
    write(path, [value for sample in left for value in (sample, sample)], 48000, channels=2)
    samples = array("h", read_wav_16k(path))
    assert len(samples) == 16000
    assert 5000 < max(samples) <= 8000


def test_widths_are_scaled_to_16_bits() -> None:
    assert decode(bytes([128, 255, 0]), 1) == [0, 127 << 8, -128 << 8]
    assert decode((-(2 ** 23)).to_bytes(3, "little", signed=True), 3) == [-32768]
    assert decode((2 ** 31 - 1).to_bytes(4, "little", signed=True), 4) == [32767]


def test_channels_are_averaged_and_rates_interpolated() -> None:
    assert to_mono([100, 300, -100, -300], 2) == [200, -200]
    assert resample([0, 100, 200, 300], 8000, 16000)[:6] == [0, 50, 100, 150, 200, 250]
    assert resample([], 44100, 16000) == []


def test_a_wav_of_unsupported_width_is_refused(tmp_path) -> None:
    path = tmp_path / "wide.wav"
    path.write_bytes(b"RIFF" + (36).to_bytes(4, "little") + b"WAVEfmt " + (16).to_bytes(4, "little")
                     + (1).to_bytes(2, "little") + (1).to_bytes(2, "little") + (16000).to_bytes(4, "little")
                     + (16000 * 6).to_bytes(4, "little") + (6).to_bytes(2, "little") + (48).to_bytes(2, "little")
                     + b"data" + (0).to_bytes(4, "little"))
    with pytest.raises(AudioFileError, match="unsupported|not a readable"):
        read_wav_16k(path)
