"""Soft tones made in code: a tick for the last seconds, a two-note chime,
and a moment of silence used to wake the sound output.

Each note rises and falls smoothly (no clicks) and decays like a struck bar,
so the sounds are gentle rather than beeps. Plain Python, no Qt.
"""

from __future__ import annotations

import math
import os
import tempfile
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path

SAMPLE_RATE = 44100
FULL_SCALE = 32767
TONE_VERSION = 1


@dataclass(frozen=True)
class Note:
    """A struck note: pitch (Hz), start and length (s), peak (0-1), decay time (s)."""

    frequency: float
    start: float
    length: float
    amplitude: float
    decay: float
    attack: float = 0.004
    release: float = 0.02


TICK = (Note(880.0, 0.0, 0.09, 0.30, 0.03, attack=0.003, release=0.02),)
CHIME = (
    Note(523.25, 0.0, 0.55, 0.28, 0.22, attack=0.008, release=0.06),
    Note(783.99, 0.16, 0.70, 0.28, 0.30, attack=0.008, release=0.08),
)
SILENCE = (Note(440.0, 0.0, 0.05, 0.0, 1.0),)
TONES = {"tick": TICK, "chime": CHIME, "silence": SILENCE}


def tone_seconds(name: str) -> float:
    """How long the tone ``name`` sounds."""
    return max(note.start + note.length for note in TONES[name])


def note_sample(note: Note, t: float) -> float:
    """The note's value ``t`` seconds after it starts: a sine with a soft overtone."""
    if not 0.0 <= t < note.length:
        return 0.0
    wave_value = math.sin(2 * math.pi * note.frequency * t) + 0.2 * math.sin(4 * math.pi * note.frequency * t)
    return note.amplitude * envelope(note, t) * wave_value / 1.2


def envelope(note: Note, t: float) -> float:
    """Raised-cosine attack and release around an exponential decay."""
    rise = 1.0 if t >= note.attack else 0.5 - 0.5 * math.cos(math.pi * t / note.attack)
    left = note.length - t
    fall = 1.0 if left >= note.release else 0.5 - 0.5 * math.cos(math.pi * left / note.release)
    return rise * fall * math.exp(-t / note.decay)


def render_notes(notes: tuple[Note, ...], sample_rate: int = SAMPLE_RATE) -> array:
    """16-bit mono samples of the notes mixed together."""
    seconds = max(note.start + note.length for note in notes)
    samples = array("h")
    for index in range(math.ceil(seconds * sample_rate)):
        t = index / sample_rate
        value = sum(note_sample(note, t - note.start) for note in notes)
        samples.append(round(max(-1.0, min(1.0, value)) * FULL_SCALE))
    return samples


def write_wav(path: Path, samples: array, sample_rate: int = SAMPLE_RATE) -> None:
    """Write mono 16-bit samples atomically (a temporary file, then a rename)."""
    partial = path.with_name(path.name + ".part")
    with wave.open(str(partial), "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(sample_rate)
        sound.writeframes(samples.tobytes())
    os.replace(partial, path)


def default_tone_folder() -> Path:
    """Where tones are cached when no folder is given: a per-user temporary folder."""
    user = os.getuid() if hasattr(os, "getuid") else "user"
    return Path(tempfile.gettempdir()) / f"lumbar-coach-tones-{user}"


def tone_files(folder: Path) -> dict[str, Path]:
    """The WAV file of each tone in ``folder``, written on first use only."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, notes in TONES.items():
        path = folder / f"{name}-v{TONE_VERSION}.wav"
        if not path.is_file():
            write_wav(path, render_notes(notes))
        paths[name] = path
    return paths
