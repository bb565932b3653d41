"""The entry point: parse the command line, then open the window or run a command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from lumbar_coach import __version__

COMMAND_MODULES = ("list_command", "plan_command", "run_command", "history_command", "sheet_command", "voices", "say")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lumbar-coach", description="A spoken, hands-free coach for a lower-back stretching routine.")
    parser.add_argument("--version", action="version", version=f"lumbar-coach {__version__}")
    parser.add_argument("--screenshot", metavar="PATH", help="draw the window offscreen, save it as PNG and exit")
    parser.add_argument("--view", default="library", help="with --screenshot: library, stretch:ID, session:ROUTINE, routines, settings")
    parser.add_argument("--size", default="1280x800", help="with --screenshot: window size, WIDTHxHEIGHT")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        _register(subparsers, name)
    return parser


def _register(subparsers: argparse._SubParsersAction, module_name: str) -> None:
    import importlib
    try:
        module = importlib.import_module(f"lumbar_coach.cli.{module_name}")
    except ImportError:
        return
    module.add_parser(subparsers)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from lumbar_coach.logs import set_up_logging
    set_up_logging()
    handler = getattr(args, "handler", None)
    if handler is not None:
        return _quietly_on_closed_pipe(handler, args)
    from lumbar_coach.ui.launch import launch_app
    return launch_app(args)


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
