"""The child process that renders cues to WAV files with pyttsx3.

Run as a script (``python -P render_worker.py [--voice V] [--rate R]
[--volume X]``); it imports only the standard library and pyttsx3, so it
starts in a few tens of milliseconds. It never plays sound: it only calls
``save_to_file``, so the pyttsx3 trap where a ``say()`` after
``save_to_file`` goes into the file cannot happen.

Voice, rate and volume are fixed for the life of the process: pyttsx3 and
espeak apply settings from other threads, and a change made between two
cues can land after the next cue has started. New settings mean a new
process.

Protocol, one JSON object a line. On start it writes ``{"ready": true}`` or
``{"fatal": reason}``. Each request ``{"id", "text", "path"}`` is answered
with ``{"id", "ok": true, "path", "seconds"}`` or ``{"id", "ok": false,
"reason"}``. With ``--voices`` it writes the voice list and exits. End of
input ends the process.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

FINISH_TIMEOUT = 2.0
FINISH_TIMEOUT_PER_CHAR = 0.002


def open_protocol_channel() -> TextIO:
    """Keep the real stdout for replies; send everything else to stderr.

    pyttsx3 prints to stdout ("Audio saved to ..."), which would corrupt the
    protocol, so file descriptor 1 is pointed at stderr.
    """
    channel = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return channel


def reply(channel: TextIO, message: dict[str, Any]) -> None:
    """Send one message to the parent."""
    channel.write(json.dumps(message) + "\n")
    channel.flush()


def start_engine() -> Any:
    """Create the pyttsx3 engine, or raise RuntimeError with a human reason."""
    try:
        import pyttsx3
    except ImportError:
        raise RuntimeError("pyttsx3 is not installed") from None
    try:
        engine = pyttsx3.init()
    except (RuntimeError, OSError) as error:
        raise RuntimeError(engine_failure_reason(error)) from None
    keep_espeak_running(engine)
    return engine


def keep_espeak_running(engine: Any) -> None:
    """Stop pyttsx3 from cancelling espeak at the start of every ``runAndWait()``.

    pyttsx3 2.99 ends each loop through the driver's ``stop()``, which calls
    espeak's Cancel whenever espeak looks busy; espeak then drops the next
    text (an empty file) or resets the voice and rate to their defaults. A
    render is never stopped from inside (a hung worker is killed), so the
    espeak driver's ``stop()`` is made to do nothing.
    """
    driver = getattr(getattr(engine, "proxy", None), "_driver", None)
    if type(driver).__name__ == "EspeakDriver":
        driver.stop = lambda: None


def engine_failure_reason(error: BaseException) -> str:
    """Words for a failure of ``pyttsx3.init()``."""
    text = str(error).lower()
    if "espeak" in text:
        return "espeak-ng is not installed (package espeak-ng)"
    return f"the speech engine could not start ({error})"


def voice_list(engine: Any) -> list[dict[str, Any]]:
    """The engine's voices as plain dictionaries."""
    return [
        {"id": str(voice.id), "name": str(voice.name), "languages": [str(x) for x in voice.languages or []]}
        for voice in engine.getProperty("voices")
    ]


def find_voice(voices: list[dict[str, Any]], wanted: str) -> str | None:
    """The id of the voice whose id, short id or name is ``wanted``."""
    wanted = wanted.strip().lower()
    for voice in voices:
        short_id = voice["id"].rpartition("/")[2]
        if wanted in (voice["id"].lower(), short_id.lower(), voice["name"].lower()):
            return voice["id"]
    return None


def espeak_synchronizer() -> Callable[[], Any]:
    """espeak's "wait until every queued command is done", or a no-op elsewhere."""
    if not sys.platform.startswith("linux"):
        return lambda: None
    try:
        from pyttsx3.drivers import _espeak
    except (ImportError, RuntimeError, OSError):
        return lambda: None
    return _espeak.Synchronize


class Renderer:
    """Renders one request at a time with one pyttsx3 engine.

    ``runAndWait()`` can return before espeak has finished (pyttsx3 queues
    its own end of loop) and the file is written later from espeak's thread,
    so each render waits for the "finished-utterance" notice, sent once the
    file is closed, and then for espeak to go idle.
    """

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self._wait_for_idle = espeak_synchronizer()
        self._finished = threading.Event()
        engine.connect("finished-utterance", lambda **_details: self._finished.set())

    def apply(self, voice: str | None, rate: int | None, volume: float | None) -> None:
        """Set the voice (by id, short id or name), rate and volume; RuntimeError if the voice is unknown."""
        if voice:
            found = find_voice(voice_list(self.engine), voice)
            if found is None:
                raise RuntimeError(f"unknown voice {voice!r} (see: lumbar-coach voices)")
            self.engine.setProperty("voice", found)
        for name, value in (("rate", rate), ("volume", volume)):
            if value is not None:
                self.engine.setProperty(name, value)

    def warm_up(self) -> None:
        """Render one word, so the settings are in force before the first cue."""
        with tempfile.TemporaryDirectory(prefix="lumbar-coach-warm-up-") as folder:
            self.synthesize("Ready.", Path(folder) / "warm-up.wav")

    def render(self, request: dict[str, Any]) -> dict[str, Any]:
        """Render a request; the answer says where the WAV is or why it failed."""
        target = Path(request["path"])
        partial = target.with_name(target.name + ".part.wav")
        problem = check_writable(partial)
        if problem:
            return {"id": request.get("id"), "ok": False, "reason": problem}
        self.synthesize(str(request["text"]), partial)
        seconds = finish_file(partial, target)
        return {"id": request.get("id"), "ok": True, "path": str(target), "seconds": seconds}

    def synthesize(self, text: str, path: Path) -> None:
        """Write ``text`` as speech to ``path``; return once espeak is done with it."""
        self._finished.clear()
        self.engine.save_to_file(text, str(path))
        self.engine.runAndWait()
        if not self._finished.wait(FINISH_TIMEOUT + FINISH_TIMEOUT_PER_CHAR * len(text)):
            raise RuntimeError("the speech engine did not finish the cue")
        self._wait_for_idle()


def check_writable(path: Path) -> str | None:
    """A reason if ``path`` cannot be written (pyttsx3 would hang on it)."""
    try:
        path.write_bytes(b"")
    except OSError as error:
        return f"cannot write {path.parent}: {error.strerror or error}"
    path.unlink(missing_ok=True)
    return None


def finish_file(partial: Path, target: Path) -> float:
    """Check the rendered file holds sound and move it into place."""
    if not partial.exists():
        raise RuntimeError("the speech engine wrote no file")
    with wave.open(str(partial), "rb") as sound:
        seconds = sound.getnframes() / float(sound.getframerate())
    if seconds <= 0:
        partial.unlink(missing_ok=True)
        raise RuntimeError("the speech engine produced no sound for this text")
    os.replace(partial, target)
    return seconds


def serve(channel: TextIO, renderer: Renderer) -> int:
    """Answer requests from stdin until it closes."""
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        try:
            reply(channel, renderer.render(request))
        except Exception as error:  # a broken engine must be reported, then replaced
            reply(channel, {"id": request.get("id"), "ok": False, "reason": str(error), "fatal": True})
            return 3
    return 0


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    """``--voices``, or the voice, rate and volume to render with."""
    parser = argparse.ArgumentParser(prog="render_worker")
    parser.add_argument("--voices", action="store_true")
    parser.add_argument("--voice")
    parser.add_argument("--rate", type=int)
    parser.add_argument("--volume", type=float)
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    """Start the engine, then list voices or serve render requests."""
    arguments = parse_arguments(argv)
    channel = open_protocol_channel()
    try:
        engine = start_engine()
        if arguments.voices:
            reply(channel, {"voices": voice_list(engine)})
            return 0
        renderer = Renderer(engine)
        renderer.apply(arguments.voice, arguments.rate, arguments.volume)
        renderer.warm_up()
    except (RuntimeError, OSError) as error:
        reply(channel, {"fatal": str(error)})
        return 2
    reply(channel, {"ready": True})
    return serve(channel, renderer)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
