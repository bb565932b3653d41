"""Strict reading of one table of a data file: every check names where it failed."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

T = TypeVar("T")


class FieldReader:
    """Reads typed fields from one table and reports errors with their location.

    ``where`` is a human path such as ``stretches.toml, stretch 'bridge-hold'``;
    ``error`` is the exception class to raise.
    """

    def __init__(self, table: Any, where: str, error: type[Exception]) -> None:
        self.where = where
        self.error = error
        if not isinstance(table, Mapping):
            self.fail(None, f"expected a table, found {type(table).__name__}")
        self.table: Mapping[str, Any] = table

    def fail(self, field: str | None, problem: str) -> None:
        location = f"{self.where}, field '{field}'" if field else self.where
        raise self.error(f"{location}: {problem}")

    def reject_unknown(self, allowed: set[str]) -> None:
        unknown = sorted(set(self.table) - allowed)
        if unknown:
            self.fail(unknown[0], f"unknown key (allowed: {', '.join(sorted(allowed))})")

    def has(self, field: str) -> bool:
        return field in self.table

    def get(self, field: str, kind: type[T], default: Any = ..., *, check: Callable[[T], str | None] | None = None) -> T:
        """The value of ``field`` as ``kind``; ``default`` makes it optional."""
        if field not in self.table:
            if default is ...:
                self.fail(field, "missing")
            return default
        value = self.table[field]
        if not _is_kind(value, kind):
            self.fail(field, f"expected {_kind_name(kind)}, found {shown(value)}")
        problem = check(value) if check else None
        if problem:
            self.fail(field, problem)
        return value

    def text(self, field: str, default: Any = ..., *, allow_empty: bool = False) -> str:
        check = None if allow_empty else _non_empty
        return self.get(field, str, default, check=check)

    def texts(self, field: str, default: Any = ...) -> tuple[str, ...]:
        values = self.get(field, list, default)
        for index, value in enumerate(values):
            if not isinstance(value, str) or not value.strip():
                self.fail(f"{field}[{index}]", f"expected non-empty text, found {shown(value)}")
        return tuple(values)

    def choice(self, field: str, options: tuple[str, ...], default: Any = ...) -> str:
        return self.get(field, str, default, check=lambda v: None if v in options else f"expected one of {', '.join(options)}, found {shown(v)}")

    def integer(self, field: str, low: int, high: int, default: Any = ...) -> int:
        return self.get(field, int, default, check=lambda v: None if low <= v <= high else f"expected a whole number from {low} to {high}, found {v}")


def shown(value: Any, limit: int = 60) -> str:
    """``repr(value)`` cut to ``limit`` characters, for one-line error messages."""
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _is_kind(value: Any, kind: type) -> bool:
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, kind)


def _kind_name(kind: type) -> str:
    return {str: "text", int: "a whole number", float: "a number", list: "a list", bool: "true or false", dict: "a table"}.get(kind, kind.__name__)


def _non_empty(value: str) -> str | None:
    return None if value.strip() else "must not be empty"
