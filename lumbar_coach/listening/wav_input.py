"""Read a WAV file as 16-bit 16 kHz mono samples, converting in plain Python.

Any rate, 1 or more channels, 8/16/24/32-bit integer PCM: channels are
averaged, samples scaled to 16 bits, and the rate changed by linear
interpolation after a short averaging filter when the rate goes down.
"""

from __future__ import annotations

import math
import wave
from array import array
from pathlib import Path

TARGET_RATE = 16000


class AudioFileError(ValueError):
    """The file cannot be read as speech audio; the message says why, in one line."""


def read_wav_16k(path: str | Path) -> bytes:
    """The file's audio as 16 kHz mono signed 16-bit little-endian samples."""
    channels, width, rate, frames = read_wav(Path(path))
    samples = to_mono(decode(frames, width), channels)
    return array("h", resample(samples, rate, TARGET_RATE)).tobytes()


def read_wav(path: Path) -> tuple[int, int, int, bytes]:
    """Channels, sample width in bytes, rate and raw frames; AudioFileError if unreadable."""
    if not path.is_file():
        raise AudioFileError(f"{path}: no such file")
    try:
        with wave.open(str(path), "rb") as reader:
            params = reader.getparams()
            frames = reader.readframes(params.nframes)
    except (wave.Error, EOFError, OSError) as error:
        raise AudioFileError(f"{path}: not a readable WAV file ({error or 'truncated'})") from None
    if params.nchannels < 1 or params.framerate < 1 or params.sampwidth not in (1, 2, 3, 4):
        raise AudioFileError(f"{path}: unsupported WAV format ({params.sampwidth * 8}-bit, {params.nchannels} channels)")
    return params.nchannels, params.sampwidth, params.framerate, frames


def decode(frames: bytes, width: int) -> list[int]:
    """Integer PCM of ``width`` bytes a sample, scaled to the 16-bit range."""
    if width == 1:
        return [(value - 128) << 8 for value in frames]
    if width == 2:
        return array("h", frames[:len(frames) - len(frames) % 2]).tolist()
    step = width
    return [int.from_bytes(frames[at:at + step], "little", signed=True) >> (8 * (step - 2))
            for at in range(0, len(frames) - step + 1, step)]


def to_mono(samples: list[int], channels: int) -> list[int]:
    """The average of the channels."""
    if channels == 1:
        return samples
    count = len(samples) // channels
    return [sum(samples[index * channels:(index + 1) * channels]) // channels for index in range(count)]


def resample(samples: list[int], rate: int, target: int) -> list[int]:
    """``samples`` at ``target`` Hz by linear interpolation (smoothed first when going down)."""
    if rate == target or not samples:
        return samples
    if rate > target:
        samples = moving_average(samples, math.ceil(rate / target))
    ratio, count = rate / target, int(len(samples) * target / rate)
    last = len(samples) - 1
    out = []
    for index in range(count):
        position = index * ratio
        left = min(int(position), last)
        fraction = position - left
        right = min(left + 1, last)
        out.append(round(samples[left] + (samples[right] - samples[left]) * fraction))
    return out


def moving_average(samples: list[int], width: int) -> list[int]:
    """A running mean over ``width`` samples: a cheap low-pass filter before decimating."""
    if width <= 1:
        return samples
    out, total = [], 0
    for index, value in enumerate(samples):
        total += value - (samples[index - width] if index >= width else 0)
        out.append(total // min(index + 1, width))
    return out
