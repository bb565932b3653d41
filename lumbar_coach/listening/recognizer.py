"""Recognise one spoken command in a short utterance with pocketsphinx.

The decoder is built once (about 0.1 s) and reused. Its grammar offers the
command phrases and, as the alternative, a loop of "garbage" words of one
phone each (ten broad sounds: a full phone loop was ten times slower), so
speech that is not a command has somewhere else to go; ``garbage_weight`` is
that branch's prior against a command's. The audio is decoded while it is
said (``begin``, ``add``, ``finish``), and only the best path through the
grammar is kept (no word lattice: building one took 140 ms at the end of
every utterance, and without it finishing takes about 2 ms). After decoding,
three checks, each measured on the app's own lines
(``tests/bench/bench_listening.py``):

- the utterance is short (a command takes under about 1.2 s, 1.7 s with the
  wake word);
- the command words cover the speech: a loud stretch the decoder had to call
  silence means the utterance held other words;
- the words fit the sound well enough: their acoustic score per frame
  (``min_score``) and that of the weakest word (``min_word_score``), each
  against the best-scoring sound of the whole model in every frame. The
  decoder scores every sound in every frame for this (``compallsen``: about
  twice the work, still some thirty times faster than speech); without it a
  score is measured only against the few sounds the grammar let it try, and
  it could not tell commands from other words. Measured on the app's own
  lines in a quiet room, these two checks remove about three in four false
  triggers and almost no commands. Loud room noise moves every score nearer
  the best, so there they still cost no commands but catch fewer false
  triggers (about one in four).

The listener adds one more: a command follows at least ``quiet_before``
seconds of quiet (or the wake word said alone). Most false triggers were
pieces of running speech between two short pauses; this check removed six
in seven of them, which let a lower ``word_penalty`` find more commands.

The decoder dithers the audio (digital silence upsets its features otherwise);
its front end is reset before each utterance, so the same audio always gives
the same answer. Plain Python, no Qt. Audio is 16-bit 16 kHz mono and stays
in memory.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from lumbar_coach.listening.commands import (EXTRA_PRONUNCIATIONS, PHRASES, WAKE_WORD, Command, command_for,
                                             is_wake_word)
from lumbar_coach.listening.segmenter import FRAME_SAMPLES, SAMPLE_BYTES, frame_rms

LOG_BASE = 1.0001
DECODE_SLACK = 0.5  # seconds decoded past the longest command before an utterance is given up
NO_RECOGNIZER = "Voice commands need the pocketsphinx package"
DECODER_OPTIONS = {"dither": True, "remove_noise": False, "bestpath": False, "compallsen": True}


@dataclass(frozen=True)
class RecognizerSettings:
    """The limits an utterance must meet to count as a command."""

    wake_word: bool = True
    max_seconds: float = 1.7
    min_score: float = -82.0        # acoustic score per frame of the whole phrase (log base 1.0001)
    min_word_score: float = -95.0   # ... and of its weakest word
    max_unmatched_frames: int = 8
    loud_fraction: float = 0.1
    garbage_weight: float = 1e-8
    word_penalty: float = 0.1    # pocketsphinx's word insertion probability (its own default 0.65); lower favours
                                 # the commands' few words over the garbage loop's many one-phone words
    quiet_before: float = 0.5    # seconds of quiet a command must follow (the listener checks it)


PLAIN = RecognizerSettings(wake_word=False, max_seconds=1.2)
COMMAND_SEARCH, AFTER_WAKE_SEARCH = "commands", "after_wake_word"
GARBAGE_PHONES = ("AA", "IY", "UW", "S", "T", "N", "L", "R", "M", "K")


@dataclass(frozen=True)
class Hearing:
    """What the decoder made of an utterance, and the figures the checks use."""

    phrase: str
    score: float
    weakest_word: float
    unmatched_frames: int
    seconds: float


class RecognizerUnavailable(RuntimeError):
    """pocketsphinx is not installed or its model cannot be loaded."""


class Recognizer:
    """Turns a short utterance into a ``Command``, or None when unsure."""

    def __init__(self, settings: RecognizerSettings = RecognizerSettings()) -> None:
        self.settings = settings
        self._decoder = build_decoder(settings)
        self.woken = False  # the last utterance was the wake word alone

    def recognise(self, samples: bytes) -> Command | None:
        """The command in ``samples`` if every check passes, else None."""
        if len(samples) / (SAMPLE_BYTES * 16000) > self.longest_seconds:
            return None
        hearing = self.hear(samples)
        return command_for(hearing.phrase) if self.accepts(hearing) else None

    @property
    def longest_seconds(self) -> float:
        """The most audio worth decoding: the longest command and some slack."""
        return self.settings.max_seconds + DECODE_SLACK

    def begin(self, after_wake_word: bool = False) -> None:
        """Start decoding an utterance whose audio arrives in pieces (``add``, then ``finish``).

        ``after_wake_word``: the wake word was just said on its own, so a bare command counts.
        """
        search = AFTER_WAKE_SEARCH if after_wake_word and self.settings.wake_word else COMMAND_SEARCH
        if self._decoder.current_search() != search:
            self._decoder.activate_search(search)
        self._decoder.reinit_feat()
        self._decoder.start_utt()

    def add(self, samples: bytes) -> None:
        """Decode the next piece of the utterance begun with ``begin``."""
        self._decoder.process_raw(samples, full_utt=False)

    def finish(self, samples: bytes) -> Command | None:
        """End the utterance; ``samples`` is all of its audio. The command if every check passes."""
        hearing = self._result(samples)
        self.woken = is_wake_word(hearing.phrase) and self.fits(hearing)
        return command_for(hearing.phrase) if self.accepts(hearing) else None

    def abandon(self) -> None:
        """End the utterance begun with ``begin`` without a result."""
        self._decoder.end_utt()

    def hear(self, samples: bytes) -> Hearing:
        """Decode ``samples`` in one go and measure how well the best phrase fits."""
        self.begin()
        self.add(samples)
        return self._result(samples)

    def _result(self, samples: bytes) -> Hearing:
        decoder = self._decoder
        decoder.end_utt()
        hypothesis = decoder.hyp()
        segments = list(decoder.seg() or [])
        return measure(hypothesis.hypstr if hypothesis else "", segments, samples, self.settings)

    def accepts(self, hearing: Hearing) -> bool:
        """True when the phrase is a command that fits the sound well enough."""
        return command_for(hearing.phrase) is not None and self.fits(hearing)

    def fits(self, hearing: Hearing) -> bool:
        """True when the phrase covers short speech and fits the sound well enough."""
        settings = self.settings
        return (hearing.seconds <= settings.max_seconds
                and hearing.unmatched_frames <= settings.max_unmatched_frames
                and hearing.score >= settings.min_score
                and hearing.weakest_word >= settings.min_word_score)


def measure(phrase: str, segments: list, samples: bytes, settings: RecognizerSettings) -> Hearing:
    """Score per frame of the words and of the weakest word, and loud frames outside them."""
    loud = loud_frames(samples, settings.loud_fraction)
    words = [segment for segment in segments if is_word(segment.word)]
    frames = sum(frame_count(segment) for segment in words)
    score = sum(log_score(segment.ascore) for segment in words) / max(frames, 1)
    weakest = min((log_score(segment.ascore) / frame_count(segment) for segment in words), default=-math.inf)
    inside = {index for segment in words for index in range(segment.start_frame, segment.end_frame + 1)}
    unmatched = sum(1 for index, is_loud in enumerate(loud) if is_loud and index not in inside)
    voiced = [index for index, is_loud in enumerate(loud) if is_loud]
    seconds = (voiced[-1] - voiced[0] + 1) * FRAME_SAMPLES / 16000 if voiced else 0.0
    return Hearing(phrase, score if words else -math.inf, weakest, unmatched, seconds)


def frame_count(segment) -> int:
    """How many 10 ms frames a decoded word spans."""
    return segment.end_frame - segment.start_frame + 1


def loud_frames(samples: bytes, fraction: float) -> list[bool]:
    """For each 10 ms frame: is it within 20 dB (by default) of the loudest?"""
    step = FRAME_SAMPLES * SAMPLE_BYTES
    levels = [frame_rms(samples[at:at + step]) for at in range(0, len(samples) - step + 1, step)]
    floor = max(levels, default=0.0) * fraction
    return [level > floor and level > 0 for level in levels]


def is_word(word: str) -> bool:
    """True for a dictionary word, false for silence and noise fillers."""
    return not (word.startswith("<") or word.startswith("[") or word.startswith("+") or word == "(NULL)")


def log_score(probability: float) -> float:
    """A pocketsphinx probability back in its own log units (base 1.0001)."""
    return math.log(probability) / math.log(LOG_BASE) if probability > 0 else -1e12


def grammar(wake_word: bool, garbage_weight: float = 1.0) -> str:
    """A JSGF grammar: a command phrase (after the wake word if asked, which may also come alone), or garbage.

    ``garbage_weight`` is the prior of the garbage branch against a command's 1.
    """
    phrases = " | ".join(PHRASES)
    command = f"{WAKE_WORD} [ {phrases} ]" if wake_word else f"( {phrases} )"
    garbage = " | ".join(garbage_word(phone) for phone in GARBAGE_PHONES)
    return (f"#JSGF V1.0;\ngrammar commands;\npublic <utterance> = /1/ {command} | /{garbage_weight:g}/ <garbage>+ ;\n"
            f"<garbage> = {garbage} ;\n")


def garbage_word(phone: str) -> str:
    """The dictionary word that stands for one phone of non-command speech."""
    return f"garbage_{phone.lower()}"


def build_decoder(settings: RecognizerSettings):
    """A pocketsphinx decoder searching the command grammar."""
    try:
        from pocketsphinx import Decoder
    except ImportError as error:
        raise RecognizerUnavailable(NO_RECOGNIZER) from error
    try:
        decoder = Decoder(lm=None, loglevel="FATAL", wip=settings.word_penalty, **DECODER_OPTIONS)
    except (RuntimeError, ValueError) as error:
        raise RecognizerUnavailable(f"The speech model could not be loaded: {error}") from error
    add_pronunciations(decoder)
    decoder.add_jsgf_string(COMMAND_SEARCH, grammar(settings.wake_word, settings.garbage_weight))
    if settings.wake_word:
        decoder.add_jsgf_string(AFTER_WAKE_SEARCH, grammar(False, settings.garbage_weight))
    decoder.activate_search(COMMAND_SEARCH)
    return decoder


def add_pronunciations(decoder) -> None:
    """Add the garbage words and the accent variants the dictionary lacks."""
    for phone in GARBAGE_PHONES:
        decoder.add_word(garbage_word(phone), phone, False)
    for word, pronunciations in EXTRA_PRONUNCIATIONS.items():
        for number, phones in enumerate(pronunciations, start=2):
            while decoder.lookup_word(f"{word}({number})") is not None:
                number += 1
            decoder.add_word(f"{word}({number})", phones, False)
