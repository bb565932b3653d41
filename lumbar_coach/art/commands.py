"""``python -m lumbar_coach.art``: rebuild the committed art, or draw a contact sheet."""

from __future__ import annotations

import argparse
from pathlib import Path

from lumbar_coach.art.build import build, checkout_assets
from lumbar_coach.art.figure import render_svg
from lumbar_coach.art.posedata import stretches


def parser() -> argparse.ArgumentParser:
    """The command line of the art tools."""
    top = argparse.ArgumentParser(prog="python -m lumbar_coach.art", description=__doc__)
    commands = top.add_subparsers(dest="command", required=True)
    rebuild = commands.add_parser("build", help="regenerate the illustrations and icons in assets/")
    rebuild.add_argument("--assets", type=Path, default=checkout_assets(), help="the assets folder to write")
    sheet = commands.add_parser("sheet", help="write a PNG contact sheet of every frame")
    sheet.add_argument("out", type=Path, help="the PNG file to write")
    sheet.add_argument("--dark", action="store_true", help="draw on a dark background")
    return top


def main(argv: list[str] | None = None) -> int:
    """Run one art command; the process exit status."""
    arguments = parser().parse_args(argv)
    if arguments.command == "build":
        written = build(arguments.assets)
        print(f"wrote {len(written)} files under {arguments.assets}")
        return 0
    from lumbar_coach.art.export import write_sheet

    write_sheet(arguments.out, list(stretches()), render_svg, dark=arguments.dark)
    print(f"wrote {arguments.out}")
    return 0
