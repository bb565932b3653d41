"""``lumbar-coach sheet``: a printable PDF of a routine, to show a physiotherapist."""

from __future__ import annotations

import argparse
from pathlib import Path

from lumbar_coach.cli.common import apply_flare_up, fail, report
from lumbar_coach.cli.context import user_context
from lumbar_coach.core.errors import CoachError
from lumbar_coach.core.library import default_catalog
from lumbar_coach.core.resolve import resolve
from lumbar_coach.core.routines import check_routine


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("sheet", help="write a printable PDF of a routine")
    parser.add_argument("targets", nargs="+", metavar="ROUTINE_OR_STRETCH")
    parser.add_argument("--to", required=True, metavar="FILE.pdf", help="where to write the PDF")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    catalog = default_catalog()
    target = Path(args.to)
    if not target.parent.is_dir():
        return fail(f"cannot write {target}: the folder {target.parent} does not exist")
    try:
        context = user_context(catalog)
        routine = resolve(args.targets, catalog, favourites=context.favourites, saved=context.routines)
        routine = check_routine(apply_flare_up(routine, catalog, context.settings.flare_up), catalog)
    except CoachError as error:
        return report(error)
    from lumbar_coach.ui.launch import ensure_app
    from lumbar_coach.printing.pdf import write_sheet
    ensure_app()
    pages = write_sheet(routine, catalog, target)
    print(f"Wrote {target} ({pages} page{'s' if pages != 1 else ''}).")
    return 0
