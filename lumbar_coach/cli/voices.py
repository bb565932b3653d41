"""``lumbar-coach voices``: list the voices a speech engine offers."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable

from lumbar_coach.cli.failure import FAILURE, fail
from lumbar_coach.speech.config import SpeechError

COMMAND = "voices"


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register ``voices [--engine pyttsx3|qt]``."""
    parser = subparsers.add_parser(
        COMMAND,
        help="list the voices you can choose in the settings",
        description="List the voices of a speech engine: id, then name, one per line.",
    )
    parser.add_argument(
        "--engine", default="pyttsx3", help="pyttsx3 (default) or qt (the system speech service)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print the voices; a one-line reason and exit code 1 if there are none."""
    from lumbar_coach.speech.factory import list_voices
    from lumbar_coach.speech.qt_messages import qt_messages_to_log

    engine = str(args.engine)
    if engine.partition(":")[0] not in ("pyttsx3", "qt"):
        return fail(f"unknown speech engine {engine!r} (use pyttsx3 or qt)", FAILURE, COMMAND)
    try:
        with qt_messages_to_log():
            voices = list_voices(engine)
    except SpeechError as error:
        return fail(str(error), FAILURE, COMMAND)
    if not voices:
        return fail(f"the {engine} engine offers no voices", FAILURE, COMMAND)
    write_lines(f"{voice.id}\t{voice.name}" for voice in voices)
    return 0


def write_lines(lines: Iterable[str]) -> None:
    """Print lines; a reader that stops early (``| head``) is not an error."""
    try:
        sys.stdout.write("".join(line + "\n" for line in lines))
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())

