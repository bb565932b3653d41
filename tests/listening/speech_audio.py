"""Speech rendered with espeak-ng for the listening tests and benchmark, cached on disk.

Each text is rendered once per voice and rate, resampled with sox to 16 kHz
mono 16-bit, and kept as raw samples in the cache folder.
"""

from __future__ import annotations

import functools
import hashlib
import random
import shutil
import subprocess
from array import array
from pathlib import Path

RATE = 16000
LOUD = 500

COMMAND_PHRASES = ("pause", "resume", "go", "continue", "next", "back", "repeat", "stop", "how long", "stop listening")


def can_render() -> bool:
    """True when espeak-ng and sox are installed."""
    return shutil.which("espeak-ng") is not None and shutil.which("sox") is not None


def render(text: str, cache: Path, voice: str = "en-us", rate: int = 160) -> bytes:
    """16 kHz mono 16-bit samples of ``text`` spoken by espeak-ng."""
    key = hashlib.sha1(f"{voice}|{rate}|{text}".encode()).hexdigest()[:20]
    path = Path(cache) / f"{key}.raw"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        wav = subprocess.run(["espeak-ng", "-v", voice, "-s", str(rate), "--stdout", text],
                             capture_output=True, check=True).stdout
        path.write_bytes(to_raw_16k(wav))
    return path.read_bytes()


def to_raw_16k(wav: bytes) -> bytes:
    """Resample a WAV (any rate) to raw 16 kHz mono signed 16-bit with sox.

    ``-R`` seeds sox's dither the same way every time, so the same text always gives the same samples.
    """
    command = ["sox", "-R", "-t", "wav", "-", "-t", "raw", "-r", str(RATE), "-c", "1", "-b", "16", "-e", "signed-integer", "-"]
    return subprocess.run(command, input=wav, capture_output=True, check=True).stdout


@functools.lru_cache(maxsize=32)
def noise_block(noise: int, seed: int) -> array:
    """One second of uniform noise of peak ``noise``, repeated to make longer stretches."""
    generator = random.Random(seed)
    return array("h", (generator.randint(-noise, noise) for _ in range(RATE)))


def noise_of(count: int, noise: int, seed: int) -> array:
    """``count`` samples of room noise."""
    block = noise_block(noise, seed)
    return (block * (count // RATE + 1))[:count]


def silence(seconds: float, noise: int = 30, seed: int = 1) -> bytes:
    """Quiet room noise (uniform, ``noise`` peak) as 16-bit samples."""
    return noise_of(round(seconds * RATE), noise, seed).tobytes()


def add_noise(samples: bytes, noise: int = 30, seed: int = 2) -> bytes:
    """``samples`` with quiet room noise mixed in."""
    values = array("h", samples)
    mixed = map(int.__add__, values, noise_of(len(values), noise, seed))
    return array("h", (max(-32768, min(32767, value)) for value in mixed)).tobytes()


def speech_end(samples: bytes, loud: int = LOUD) -> float:
    """Seconds from the start to the last loud sample."""
    values = array("h", samples)
    for index in range(len(values) - 1, -1, -1):
        if abs(values[index]) >= loud:
            return (index + 1) / RATE
    return 0.0


def app_cues() -> list[str]:
    """Every line the app says in the full routine: both painful sides, short and full wording."""
    from lumbar_coach.core.library import default_catalog
    from lumbar_coach.core.planner import PlanSettings, plan
    from lumbar_coach.core.routines import full_routine

    catalog = default_catalog()
    lines: dict[str, None] = {}
    for side in ("left", "right"):
        for verbosity in ("full", "short"):
            timeline = plan(full_routine(catalog), catalog, PlanSettings(painful_side=side, verbosity=verbosity))
            lines.update(dict.fromkeys(text for phase in timeline.phases for text in phase.say))
    return list(lines)
