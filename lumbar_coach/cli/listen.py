"""``lumbar-coach listen --from-file WAV``: print the voice commands heard in a recording."""

from __future__ import annotations

import argparse
import sys

COMMAND = "listen"
USAGE_ERROR = 2


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register ``listen --from-file WAV [--no-wake-word]``."""
    parser = subparsers.add_parser(
        COMMAND,
        help="print the voice commands heard in a WAV recording",
        description="Print each voice command heard in a WAV recording, one a line, in the order spoken. "
                    "Commands follow the wake word, as in 'coach pause'.",
    )
    parser.add_argument("--from-file", metavar="WAV", required=True, help="the recording (any rate, mono or stereo)")
    parser.add_argument("--no-wake-word", action="store_true", help="accept commands said without 'coach' first")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print the commands; a one-line reason on stderr if the file or the recogniser fails."""
    from lumbar_coach.listening.wav_input import AudioFileError, read_wav_16k

    try:
        samples = read_wav_16k(args.from_file)
    except AudioFileError as error:
        return fail(str(error), USAGE_ERROR)
    try:
        commands = heard_in(samples, wake_word=not args.no_wake_word)
    except RuntimeError as error:
        return fail(str(error))
    for command in commands:
        print(command)
    return 0


def heard_in(samples: bytes, wake_word: bool = True) -> list[str]:
    """The phrases of the commands recognised in 16 kHz mono samples."""
    from lumbar_coach.listening.listener import Listener
    from lumbar_coach.listening.recognizer import PLAIN, Recognizer, RecognizerSettings

    listener = Listener(Recognizer(RecognizerSettings() if wake_word else PLAIN))
    heard = listener.feed(samples) + listener.flush()
    return [item.command.value for item in heard]


def fail(reason: str, exit_code: int = 1) -> int:
    """Print ``reason`` as one line on stderr and return ``exit_code``."""
    print(f"lumbar-coach {COMMAND}: {reason}", file=sys.stderr)
    return exit_code
