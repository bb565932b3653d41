"""Errors the core raises, each with a message a person can act on."""

from __future__ import annotations


class CoachError(Exception):
    """Base class: the message is meant to be shown as it is."""


class CatalogError(CoachError):
    """The stretch data file is wrong; the message names the file, stretch and field."""


class RoutineError(CoachError):
    """A routine (built in, saved or imported) is not valid."""


class PlanError(CoachError):
    """A routine cannot be planned with the settings given."""


class NeedsPainfulSide(PlanError):
    """The side bend goes away from the painful side, which is not known yet."""
