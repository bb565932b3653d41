"""What the terminal commands share: one-line errors, routine arguments, plan settings."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace

from lumbar_coach.cli.context import UserContext, user_context
from lumbar_coach.cli.failure import fail
from lumbar_coach.core.catalog import Catalog
from lumbar_coach.core.errors import CoachError, NeedsPainfulSide, PlanError, RoutineError
from lumbar_coach.core.phases import Timeline
from lumbar_coach.core.planner import PlanSettings, plan
from lumbar_coach.core.routines import Routine, RoutineItem, check_override, check_routine, without_flare_up_risks
from lumbar_coach.core.resolve import resolve


@dataclass(frozen=True)
class PlannedRoutine:
    """What the arguments ask for, planned with the person's saved choices."""

    routine: Routine
    settings: PlanSettings
    timeline: Timeline
    context: UserContext


class UsageError(CoachError):
    """Bad input on the command line: shown as one line, exit status 2."""


def add_routine_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("targets", nargs="+", metavar="ROUTINE_OR_STRETCH",
                        help="routine names (full, release, favourites, or one you saved), stretch ids or unambiguous parts of names")
    parser.add_argument("--painful-side", choices=("left", "right", "both", "unsure"),
                        help="the side that hurts; the side bend goes away from it")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", dest="settings",
                        help="change a timing (get_ready_seconds, rest_seconds, switch_seconds, rep_tempo_seconds, verbosity) "
                             "or one stretch's dose (active-hamstring.sets=2)")


def routine_from_args(args: argparse.Namespace, catalog: Catalog, *, favourites: tuple[str, ...] = (),
                      saved: Sequence[Routine] = (), settings: PlanSettings = PlanSettings()) -> tuple[Routine, PlanSettings]:
    """The routine and settings the arguments ask for, on top of the saved ``settings``.

    Raises a CoachError naming what is wrong.
    """
    routine = resolve(args.targets, catalog, favourites=favourites, saved=saved)
    if args.painful_side:
        settings = replace(settings, painful_side=args.painful_side)
    for assignment in args.settings:
        routine, settings = _apply_setting(assignment, routine, settings, catalog)
    return check_routine(routine, catalog), settings


def _apply_setting(assignment: str, routine: Routine, settings: PlanSettings, catalog: Catalog) -> tuple[Routine, PlanSettings]:
    key, equals, raw = assignment.partition("=")
    if not equals or not key.strip():
        raise UsageError(f"--set {assignment!r}: expected KEY=VALUE (hint: --set rest_seconds=8)")
    key = key.strip()
    if "." in key:
        stretch_id, _, dose_key = key.partition(".")
        return _override_dose(routine, stretch_id, dose_key, _whole_number(key, raw)), settings
    return routine, _change_setting(settings, key, raw.strip())


def _change_setting(settings: PlanSettings, key: str, raw: str) -> PlanSettings:
    names = [f.name for f in fields(PlanSettings)]
    if key not in names:
        raise UsageError(f"--set: unknown setting '{key}' (known: {', '.join(names)})")
    value: object = raw if key in ("verbosity", "painful_side") else _whole_number(key, raw)
    try:
        return replace(settings, **{key: value})
    except PlanError as error:
        raise UsageError(f"--set: {error}") from None


def _override_dose(routine: Routine, stretch_id: str, dose_key: str, value: int) -> Routine:
    if stretch_id not in routine.stretch_ids():
        raise UsageError(f"--set: '{stretch_id}' is not in this routine (hint: use a stretch id from 'lumbar-coach list')")
    check_override(dose_key, value)
    items = tuple(RoutineItem(item.stretch_id, {**item.overrides, dose_key: value}) if item.stretch_id == stretch_id else item
                  for item in routine.items)
    return replace(routine, items=items)


def _whole_number(key: str, raw: str) -> int:
    try:
        return int(raw)
    except ValueError:
        raise UsageError(f"--set: '{key}' needs a whole number, not {raw!r}") from None


def report(error: CoachError) -> int:
    """The one-line message for any error the core raises."""
    if isinstance(error, NeedsPainfulSide):
        return fail(f"{error} (hint: --painful-side left)")
    if isinstance(error, RoutineError | UsageError | PlanError):
        return fail(str(error))
    return fail(str(error), 1)


def apply_flare_up(routine: Routine, catalog: Catalog, flare_up: bool) -> Routine:
    """In flare-up mode, leave out what can worsen an acute back, and say so on stderr."""
    if not flare_up:
        return routine
    kept, left_out = without_flare_up_risks(routine, catalog)
    for stretch in left_out:
        print(f"lumbar-coach: flare-up mode leaves out {stretch.name}: {stretch.flare_up_caution}", file=sys.stderr)
    if not kept.items:
        raise RoutineError("flare-up mode leaves nothing of this routine (hint: try 'release')")
    return kept


def planned_from_args(args: argparse.Namespace, catalog: Catalog) -> PlannedRoutine:
    """Resolve, adjust for flare-up mode and plan what the arguments name; raises CoachError."""
    context = user_context(catalog)
    routine, settings = routine_from_args(args, catalog, favourites=context.favourites,
                                          saved=context.routines, settings=context.plan_settings)
    routine = apply_flare_up(routine, catalog, context.settings.flare_up)
    return PlannedRoutine(routine, settings, plan(routine, catalog, settings), context)
