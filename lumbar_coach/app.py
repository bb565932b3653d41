"""The entry point: parse the command line, then open the window or run a command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from lumbar_coach import __version__

WORKER_FLAG = "--speech-render-worker"  # the same flag as lumbar_coach.speech.process.WORKER_FLAG

# Each command's arguments live in its own module, imported only when the command is used.
COMMAND_MODULES = {"list": "list_command", "plan": "plan_command", "run": "run_command", "history": "history_command",
                   "sheet": "sheet_command", "voices": "voices", "say": "say", "listen": "listen"}


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command line; only the commands ``argv`` names are loaded (all of them for help)."""
    parser = argparse.ArgumentParser(prog="lumbar-coach", description="A spoken, hands-free coach for a lower-back stretching routine.")
    parser.add_argument("--version", action="version", version=f"lumbar-coach {__version__}")
    parser.add_argument("--screenshot", metavar="PATH", help="draw the window offscreen, save it as PNG and exit")
    parser.add_argument("--view", default="library",
                        help="with --screenshot: library, stretch:ID, session:ROUTINE, routines, settings, history, safety, about")
    parser.add_argument("--size", default="1280x800", help="with --screenshot: window size, WIDTHxHEIGHT")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _commands_named(argv):
        _register(subparsers, COMMAND_MODULES[name])
    return parser


def _commands_named(argv: Sequence[str] | None) -> list[str]:
    words = list(sys.argv[1:] if argv is None else argv)
    command = _first_word(words)
    if "-h" in words or "--help" in words or command not in (None, *COMMAND_MODULES):
        return list(COMMAND_MODULES)
    return [command] if command else []


def _first_word(words: list[str]) -> str | None:
    """The first argument that is neither an option nor an option's value."""
    values_follow = {"--screenshot", "--view", "--size"}
    previous = ""
    for word in words:
        if not word.startswith("-") and previous not in values_follow:
            return word
        previous = word
    return None


def _register(subparsers: argparse._SubParsersAction, module_name: str) -> None:
    import importlib
    importlib.import_module(f"lumbar_coach.cli.{module_name}").add_parser(subparsers)


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    if words[:1] == [WORKER_FLAG]:
        return _speech_render_worker(words[1:])
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    from lumbar_coach.logs import set_up_logging
    set_up_logging()
    handler = getattr(args, "handler", None)
    if handler is not None:
        return _quietly_on_closed_pipe(handler, args)
    from lumbar_coach.ui.launch import launch_app
    return launch_app(args)


def _speech_render_worker(argv: list[str]) -> int:
    """The frozen app doubling as its own speech render worker (see lumbar_coach.speech.process)."""
    from lumbar_coach.speech.render_worker import main as worker_main
    return worker_main(argv)


def _quietly_on_closed_pipe(handler, args: argparse.Namespace) -> int:
    """Run a command; a reader that stops early (``| head``) is not an error."""
    try:
        return handler(args)
    except BrokenPipeError:
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
