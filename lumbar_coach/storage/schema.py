"""Strict checks of values read from JSON; each failure names the field that is wrong."""

from __future__ import annotations

import base64
import binascii
import math
from collections.abc import Mapping, Sequence
from typing import Any


class SchemaError(ValueError):
    """A value in a user file (or given to a user-file type) is not what it must be."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


def is_whole_number(value: object) -> bool:
    """True for an int that is not a bool (JSON true/false arrive as bools)."""
    return isinstance(value, int) and not isinstance(value, bool)


def is_finite_number(value: object) -> bool:
    """True for an int or float that is not a bool, infinity or NaN."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return math.isfinite(value)


def require_mapping(value: object, field: str) -> Mapping[str, Any]:
    """``value`` as a JSON object."""
    if not isinstance(value, dict):
        raise SchemaError(field, "must be a JSON object")
    return value


def require_list(value: object, field: str) -> list[Any]:
    """``value`` as a JSON list."""
    if not isinstance(value, list):
        raise SchemaError(field, "must be a list")
    return value


def require_text(value: object, field: str) -> str:
    """``value`` as text that is not empty or only spaces."""
    if not isinstance(value, str) or not value.strip():
        raise SchemaError(field, "must be non-empty text")
    return value


def require_flag(value: object, field: str) -> bool:
    """``value`` as true or false."""
    if not isinstance(value, bool):
        raise SchemaError(field, "must be true or false")
    return value


def require_whole_number(value: object, field: str, minimum: int, maximum: int) -> int:
    """``value`` as a whole number from ``minimum`` to ``maximum``."""
    if not is_whole_number(value) or not minimum <= value <= maximum:  # type: ignore[operator]
        raise SchemaError(field, f"must be a whole number from {minimum} to {maximum}")
    return int(value)  # type: ignore[call-overload]


def require_number(value: object, field: str, minimum: float, maximum: float) -> float:
    """``value`` as a number from ``minimum`` to ``maximum``, given back as a float."""
    if not is_finite_number(value) or not minimum <= value <= maximum:  # type: ignore[operator]
        raise SchemaError(field, f"must be a number from {minimum} to {maximum}")
    return float(value)  # type: ignore[arg-type]


def require_choice(value: object, field: str, options: Sequence[str | None]) -> str | None:
    """``value`` as one of ``options`` (None stands for JSON null)."""
    if not (value is None or isinstance(value, str)) or value not in options:
        raise SchemaError(field, f"must be one of {_describe_options(options)}")
    return value  # type: ignore[return-value]


def require_base64(value: object, field: str) -> bytes:
    """The bytes encoded by ``value``, which must be base64 text."""
    if not isinstance(value, str):
        raise SchemaError(field, "must be base64 text")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as error:
        raise SchemaError(field, "must be base64 text") from error


def _describe_options(options: Sequence[str | None]) -> str:
    """The options as they appear in JSON, for an error message."""
    return ", ".join("null" if option is None else f'"{option}"' for option in options)
