"""Making speakers and listing voices, by engine name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from lumbar_coach.speech.config import ENGINES, SpeechError, Voice, VoiceConfig
from lumbar_coach.speech.engine import Engine
from lumbar_coach.speech.speaker import Speaker
from lumbar_coach.speech.worker_call import run_worker

COUNTDOWN_WORDS = ("Three.", "Two.", "One.")
VOICES_TIMEOUT = 15.0


def make_engine(
    config: VoiceConfig, parent: QObject | None = None, cache_dir: Path | None = None
) -> Engine:
    """The engine ``config`` names, started early so the first cue is quick."""
    if config.engine_kind == "pyttsx3":
        from lumbar_coach.speech.pyttsx3_engine import Pyttsx3Engine

        engine = Pyttsx3Engine(config, cache_dir=cache_dir, parent=parent)
        engine.warm_up()
        return engine
    if config.engine_kind == "qt":
        from lumbar_coach.speech.qt_engine import QtSpeechEngine

        return QtSpeechEngine(config, parent)
    from lumbar_coach.speech.null_engine import NullEngine

    return NullEngine(None, parent)


def create_speaker(
    config: VoiceConfig | None = None, parent: QObject | None = None, cache_dir: Path | None = None
) -> Speaker:
    """A speaker for the GUI thread, its engine started and countdown words ready."""
    config = config or VoiceConfig()
    engine = make_engine(config, cache_dir=cache_dir)
    speaker = Speaker(engine, config, engine_factory=make_engine, parent=parent)
    speaker.engine.setParent(speaker)
    speaker.prepare(COUNTDOWN_WORDS)
    return speaker


def list_voices(engine: str) -> list[Voice]:
    """The voices ``engine`` offers (blocks: up to a few tenths of a second for
    pyttsx3, over a second for "qt"). Raises SpeechError with a reason."""
    kind, _, plugin = engine.partition(":")
    if kind == "pyttsx3":
        return pyttsx3_voices()
    if kind == "qt":
        from lumbar_coach.speech.qt_engine import qt_voices

        return qt_voices(plugin or None)
    if kind == "none":
        return []
    raise SpeechError(f"unknown speech engine {engine!r} (use one of {', '.join(ENGINES)})")


def pyttsx3_voices() -> list[Voice]:
    """pyttsx3's voices, listed by a fresh worker process."""
    reply = run_worker(["--voices"], [], VOICES_TIMEOUT)[0]
    voices = reply.get("voices", [])
    return [Voice(item["id"], item["name"], tuple(item.get("languages", ()))) for item in voices]
