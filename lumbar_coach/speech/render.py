"""Rendering one text to a WAV file, in a fresh pyttsx3 process."""

from __future__ import annotations

import os
from pathlib import Path

from lumbar_coach.speech.config import SpeechError, VoiceConfig
from lumbar_coach.speech.render_settings import RenderSettings
from lumbar_coach.speech.worker_call import run_worker

RENDER_TIMEOUT = 30.0


def render_to_wav(text: str, out_path: str | os.PathLike[str], config: VoiceConfig | None = None) -> Path:
    """Render ``text`` with ``config``'s voice, rate and volume to ``out_path``.

    A fresh process each time, so the pyttsx3 trap where later speech goes
    into the last file cannot bite. Raises SpeechError with a one-line reason.
    """
    config = config or VoiceConfig()
    words = " ".join(str(text).split())
    if not words:
        raise SpeechError("nothing to say: the text is empty")
    if config.engine_kind != "pyttsx3":
        raise SpeechError(f"rendering to a file needs the pyttsx3 engine, not {config.engine!r}")
    target = writable_target(Path(out_path))
    settings = RenderSettings(config.voice, config.rate, config.volume)
    request = {"id": "1", "text": words, "path": str(target)}
    answer = run_worker(settings.arguments(), [request], RENDER_TIMEOUT)[-1]
    if not answer.get("ok"):
        raise SpeechError(str(answer.get("reason", "the speech engine failed")))
    return target


def writable_target(path: Path) -> Path:
    """``path`` made absolute, or SpeechError saying why it cannot be written."""
    target = path.expanduser().absolute()
    if target.is_dir():
        raise SpeechError(f"cannot write {target}: it is a folder")
    if not target.parent.is_dir():
        raise SpeechError(f"cannot write {target}: the folder {target.parent} does not exist")
    if not os.access(target.parent, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise SpeechError(f"cannot write {target}: permission denied")
    return target
