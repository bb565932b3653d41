"""``lumbar-coach listen --from-file WAV``: print the voice commands heard in a recording."""

from __future__ import annotations

import argparse

from lumbar_coach.cli.failure import FAILURE, USAGE_ERROR, fail

COMMAND = "listen"


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
        return fail(str(error), USAGE_ERROR, COMMAND)
    try:
        commands = heard_in(samples, wake_word=not args.no_wake_word)
    except RuntimeError as error:
        return fail(str(error), FAILURE, COMMAND)
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

