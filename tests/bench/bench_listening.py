"""Voice command benchmark: run as ``python tests/bench/bench_listening.py``.

The corpus is made with espeak-ng (resampled with sox to 16 kHz mono) and
cached in a temporary folder:

- commands: every command phrase in several voices and rates, each alone
  between stretches of quiet room noise;
- non-command speech: every line the app says in the full routine (both
  painful sides, short and full wording), one after another with a second of
  quiet between lines, in the same voices and rates.

Audio goes through the same path as the microphone's (segmenter, then
recogniser) in 20 ms chunks, with no self-hearing guard: in the app the guard
ignores everything heard while the coach speaks, so these false triggers are
what would get through if it did not (another voice in the room, say).

It prints command accuracy, false triggers per 10 minutes of non-command
speech, and the latency from the end of a spoken command to the recognised
command (stream time waited for the end of the utterance plus the time spent
computing), once without and once with the wake word ("coach pause").
``--show`` lists every miss and false trigger.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from lumbar_coach.listening.commands import PHRASES, WAKE_WORD  # noqa: E402
from lumbar_coach.listening.listener import Listener  # noqa: E402
from lumbar_coach.listening.recognizer import PLAIN, Recognizer, RecognizerSettings  # noqa: E402
from tests.listening.speech_audio import COMMAND_PHRASES, RATE, add_noise, app_cues, render, silence, speech_end  # noqa: E402

VOICES = ("en-us", "en-gb", "en-us+f3", "en-us+m3", "en-gb-x-rp", "en-us+f2")
RATES = (130, 160, 190)
CHUNK = 640
CACHE = Path(tempfile.gettempdir()) / "lumbar-coach-listening-corpus"
QUIET_ROOM = 30  # peak of the uniform room noise mixed in (speech peaks near 20,000)


def feed_in_chunks(listener: Listener, audio: bytes):
    """Yield (stream seconds at the end of the chunk, seconds computing, heard) for each chunk with a command."""
    for at in range(0, len(audio), CHUNK):
        began = time.perf_counter()
        heard = listener.feed(audio[at:at + CHUNK])
        spent = time.perf_counter() - began
        if heard:
            yield min(at + CHUNK, len(audio)) / (2 * RATE), spent, heard
    for heard in [listener.flush()]:
        if heard:
            yield len(audio) / (2 * RATE), 0.0, heard


def command_trials(settings: RecognizerSettings, voice: str, rate: int, noise: int = QUIET_ROOM) -> list[tuple]:
    """(phrase, heard phrases, latency) for every command phrase in one voice and rate, ``noise`` the room's peak."""
    listener = Listener(Recognizer(settings))
    lead, results = silence(0.6, noise, seed=rate), []
    for phrase in COMMAND_PHRASES:
        spoken = f"{WAKE_WORD} {phrase}" if settings.wake_word else phrase
        word = add_noise(render(spoken, CACHE, voice, rate), noise, seed=len(phrase))
        audio = lead + word + silence(0.8, noise, seed=3)
        word_end = len(lead) / (2 * RATE) + speech_end(word)
        heard, latency = [], None
        for at, spent, found in feed_in_chunks(listener, audio):
            heard += [item.command.value for item in found]
            latency = latency if latency is not None else at - word_end + spent
        results.append((voice, rate, phrase, heard, latency))
    return results


def cue_trials(settings: RecognizerSettings, voice: str, rate: int, noise: int = QUIET_ROOM) -> tuple[float, list[tuple]]:
    """Minutes of app speech and the commands heard in it, for one voice and rate."""
    listener = Listener(Recognizer(settings))
    minutes, false = 0.0, []
    for line in app_cues():
        speech = render(line, CACHE, voice, rate)
        minutes += speech_end(speech) / 60
        audio = silence(1.0, noise, seed=7) + add_noise(speech, noise, seed=5)
        for _at, _spent, found in feed_in_chunks(listener, audio):
            false += [(voice, rate, item.command.value, round(item.utterance.duration, 2), line) for item in found]
    return minutes, false


def run_mode(settings: RecognizerSettings, workers: int, voices: tuple[str, ...] = VOICES,
             noise: int = QUIET_ROOM) -> dict:
    """Every trial for one recogniser setting, spread over processes."""
    pairs = [(voice, rate) for voice in voices for rate in RATES]
    noises = [noise] * len(pairs)
    with ProcessPoolExecutor(workers) as pool:
        commands = pool.map(command_trials, [settings] * len(pairs), *zip(*pairs), noises)
        cues = pool.map(cue_trials, [settings] * len(pairs), *zip(*pairs), noises)
        commands, cues = [row for rows in commands for row in rows], list(cues)
    return {"commands": commands, "minutes": sum(m for m, _ in cues), "false": [f for _, rows in cues for f in rows]}


def correct(row: tuple) -> bool:
    """Exactly the one command meant was heard."""
    return row[3] == [PHRASES[row[2]].value]


def summary(name: str, result: dict) -> list[str]:
    """The table rows of one mode."""
    commands, minutes, false = result["commands"], result["minutes"], result["false"]
    right = [row for row in commands if correct(row)]
    latencies = sorted(row[4] * 1000 for row in right)
    rate = len(false) / minutes * 10 if minutes else 0.0
    p95 = latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))] if latencies else float("nan")
    return [f"| {name} | {len(right)}/{len(commands)} ({100 * len(right) / len(commands):.1f}%) "
            f"| {len(false)} in {minutes:.1f} min = {rate:.2f} per 10 min "
            f"| {statistics.median(latencies):.0f} / {p95:.0f} / {latencies[-1]:.0f} ms |"]


def details(result: dict) -> list[str]:
    """Every miss and every false trigger."""
    misses = [f"  miss: {voice} {rate} wpm {phrase!r} -> {heard}" for voice, rate, phrase, heard, _ in result["commands"]
              if not correct((voice, rate, phrase, heard))]
    false = [f"  false: {voice} {rate} wpm heard {heard!r} ({seconds} s) in {line[:70]!r}"
             for voice, rate, heard, seconds, line in result["false"]]
    return misses + false


def per_phrase(result: dict) -> str:
    """Accuracy for each phrase."""
    counts = {}
    for row in result["commands"]:
        good, total = counts.get(row[2], (0, 0))
        counts[row[2]] = (good + correct(row), total + 1)
    return "  " + ", ".join(f"{phrase} {good}/{total}" for phrase, (good, total) in counts.items())


def tuned(settings: RecognizerSettings, args: argparse.Namespace) -> RecognizerSettings:
    """``settings`` with the limits given on the command line."""
    if args.min_score is not None:
        settings = replace(settings, min_score=args.min_score)
    if args.min_word_score is not None:
        settings = replace(settings, min_word_score=args.min_word_score)
    if args.max_unmatched is not None:
        settings = replace(settings, max_unmatched_frames=args.max_unmatched)
    if args.garbage_weight is not None:
        settings = replace(settings, garbage_weight=args.garbage_weight)
    if args.word_penalty is not None:
        settings = replace(settings, word_penalty=args.word_penalty)
    if args.quiet_before is not None:
        settings = replace(settings, quiet_before=args.quiet_before)
    return settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list every miss and false trigger")
    parser.add_argument("--mode", choices=("both", "plain", "wake"), default="both")
    parser.add_argument("--min-score", type=float)
    parser.add_argument("--min-word-score", type=float)
    parser.add_argument("--max-unmatched", type=int)
    parser.add_argument("--garbage-weight", type=float)
    parser.add_argument("--word-penalty", type=float, help="word insertion probability (pocketsphinx's wip)")
    parser.add_argument("--quiet-before", type=float, help="seconds of quiet a command must follow")
    parser.add_argument("--voices", help="comma-separated espeak-ng voices (default: all six)")
    parser.add_argument("--noise", type=int, default=QUIET_ROOM,
                        help=f"peak of the room noise mixed into all audio (default {QUIET_ROOM}; 300 is a busy room)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    modes = {name: tuned(settings, args) for name, settings in (("plain", PLAIN), ("wake", RecognizerSettings()))
             if args.mode in ("both", name)}
    voices = tuple(args.voices.split(",")) if args.voices else VOICES
    print(f"voices {', '.join(voices)}; rates {', '.join(map(str, RATES))} wpm; room noise peak {args.noise}")
    print("| mode | commands recognised | false triggers, app cues, no guard | latency median / p95 / max |")
    print("|---|---|---|---|")
    for name, settings in modes.items():
        result = run_mode(settings, args.workers, voices, args.noise)
        print("\n".join(summary(f"{name} (\"{WAKE_WORD} pause\")" if settings.wake_word else name, result)))
        print(per_phrase(result) + f"\n  {settings}")
        if args.show:
            print("\n".join(details(result)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
