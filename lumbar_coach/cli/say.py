"""``lumbar-coach say``: speak a text aloud, or save it as a WAV file."""

from __future__ import annotations

import argparse

from lumbar_coach.cli.failure import FAILURE, USAGE_ERROR, fail
from lumbar_coach.speech.config import RATE_RANGE, SpeechError, VoiceConfig, rate_problem

COMMAND = "say"


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register ``say TEXT [--to-file OUT.wav] [--voice V] [--rate R]``."""
    parser = subparsers.add_parser(
        COMMAND,
        help="speak a text with the coach's voice, or save it as a WAV file",
        description="Speak TEXT with the coach's voice and wait until it is done, or save it to a WAV file.",
    )
    parser.add_argument("text", nargs="+", metavar="TEXT", help="the words to say")
    parser.add_argument("--to-file", metavar="OUT.wav", help="save the speech to this WAV file instead")
    parser.add_argument("--voice", help="a voice id or name from 'lumbar-coach voices'")
    parser.add_argument("--rate", help=f"words per minute, {RATE_RANGE[0]} to {RATE_RANGE[1]} (default 160)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Say or render the text; a one-line reason on stderr if it cannot."""
    try:
        config = VoiceConfig(voice=args.voice or None, rate=parse_rate(args.rate))
    except ValueError as error:
        return fail(str(error), USAGE_ERROR, COMMAND)
    text = " ".join(args.text)
    try:
        if args.to_file:
            from lumbar_coach.speech.render import render_to_wav

            render_to_wav(text, args.to_file, config)
        else:
            speak_aloud(text, config)
    except SpeechError as error:
        return fail(str(error), FAILURE, COMMAND)
    return 0


def speak_aloud(text: str, config: VoiceConfig) -> None:
    """Speak and wait, keeping Qt's console messages out of the output."""
    from lumbar_coach.speech.qt_messages import qt_messages_to_log
    from lumbar_coach.speech.wait import speak_and_wait

    with qt_messages_to_log():
        speak_and_wait(text, config)


def parse_rate(raw: str | None) -> int:
    """The rate in words per minute; ValueError with a reason if it is not a whole number."""
    if raw is None:
        return VoiceConfig.rate
    try:
        return int(raw)
    except ValueError:
        raise ValueError(rate_problem(raw)) from None


