"""Versioned JSON documents: read with migrations and damage handling, written atomically.

Every file is a JSON object ``{"format": "<kind>", "version": N, ...}``. A file
that cannot be used is moved aside (see ``set_aside``), the defaults are used,
and a message for the person is recorded in ``problems``.
"""

from __future__ import annotations

import json
import logging
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from lumbar_coach.storage import problems
from lumbar_coach.storage.atomic import write_atomic
from lumbar_coach.storage.schema import SchemaError, is_whole_number
from lumbar_coach.storage.set_aside import set_aside

MAX_DOCUMENT_BYTES = 1024 * 1024
ENVELOPE_KEYS = ("format", "version")

T = TypeVar("T")
Body = dict[str, Any]
Migration = Callable[[Body], Body]

_logger = logging.getLogger(__name__)
_kept_damaged_paths: set[Path] = set()


class DamagedFileKept(OSError):
    """A damaged file could not be moved aside, so it is not written over."""


class _Damage(Exception):
    """The file cannot be used; ``reason`` says why in a few words for a person."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class DocumentKind(Generic[T]):
    """One kind of user file: its format name, current version and typed codec.

    ``decode`` turns the body (the object without ``format`` and ``version``)
    into a typed value and raises SchemaError naming the wrong field;
    ``label`` names the file for a person ("settings"); ``reassurance`` tells
    them what is still safe when this file is damaged.
    """

    format_name: str
    version: int
    label: str
    reassurance: str
    decode: Callable[[Body], T]
    encode: Callable[[T], Body]
    make_default: Callable[[], T]
    migrations: dict[int, Migration] = field(default_factory=dict, compare=False)

    def migration(self, from_version: int) -> Callable[[Migration], Migration]:
        """Register a function that upgrades a body from ``from_version`` to the next version."""

        def register(upgrade: Migration) -> Migration:
            self.migrations[from_version] = upgrade
            return upgrade

        return register


def load_document(kind: DocumentKind[T], path: Path) -> T:
    """The document at ``path``, or the defaults when it is missing or damaged. Never raises."""
    try:
        document = _read_document(kind, path)
    except _Damage as damage:
        _handle_damage(kind, path, damage.reason)
        return kind.make_default()
    return kind.make_default() if document is None else document


def save_document(kind: DocumentKind[T], path: Path, value: T) -> None:
    """Write ``value`` to ``path`` atomically.

    Raises DamagedFileKept (an OSError) when a damaged file at ``path`` could
    not be moved aside this run, other OSErrors when writing fails, and
    ValueError when the document would be too large to read back.
    """
    if path.absolute() in _kept_damaged_paths:
        raise DamagedFileKept(f"{path} is damaged and was kept as it is, so it is not written over")
    write_atomic(path, encode_document(kind, value))


def encode_document(kind: DocumentKind[T], value: T) -> bytes:
    """The bytes of the file holding ``value``, with its format and version first."""
    document = {"format": kind.format_name, "version": kind.version, **kind.encode(value)}
    text = json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    data = text.encode("utf-8")
    if len(data) > MAX_DOCUMENT_BYTES:
        raise ValueError(f"the {kind.label} file would be larger than {_describe_size(MAX_DOCUMENT_BYTES)}")
    return data


def _read_document(kind: DocumentKind[T], path: Path) -> T | None:
    """The decoded document, None when there is no file; raises _Damage."""
    raw = _read_capped(path)
    if raw is None:
        return None
    version, body = _open_envelope(kind, _parse_json(raw))
    return _decode(kind, _upgrade(kind, version, body))


def _read_capped(path: Path) -> bytes | None:
    """The file's bytes, None when it does not exist; the size is checked before reading."""
    try:
        _check_file_status(path.stat())
        with open(path, "rb") as stream:
            raw = stream.read(MAX_DOCUMENT_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise _Damage(_describe_os_error(error)) from error
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise _Damage(_too_large())
    return raw


def _check_file_status(status: os.stat_result) -> None:
    """Refuse folders, devices and pipes, and files over the size cap."""
    if stat.S_ISDIR(status.st_mode):
        raise _Damage("a folder is in its place")
    if not stat.S_ISREG(status.st_mode):
        raise _Damage("it is not a regular file")
    if status.st_size > MAX_DOCUMENT_BYTES:
        raise _Damage(_too_large())


def _parse_json(raw: bytes) -> object:
    """The JSON value in ``raw``; NaN and Infinity are refused."""
    try:
        return json.loads(raw.decode("utf-8-sig"), parse_constant=_refuse_constant)
    except (ValueError, RecursionError) as error:
        raise _Damage("not valid JSON") from error


def _refuse_constant(name: str) -> object:
    """Reject the non-standard constants NaN, Infinity and -Infinity."""
    raise ValueError(f"{name} is not valid JSON")


def _open_envelope(kind: DocumentKind[T], document: object) -> tuple[int, Body]:
    """The file's version and its body, after checking the format name and version."""
    if not isinstance(document, dict) or document.get("format") != kind.format_name:
        raise _Damage(f"it is not a {kind.label} file")
    version = document.get("version")
    if not is_whole_number(version) or version < 1:
        raise _Damage("its version number is missing or not valid")
    if version > kind.version:
        raise _Damage("it was saved by a newer version of Lumbar Coach")
    body = {key: value for key, value in document.items() if key not in ENVELOPE_KEYS}
    return version, body


def _upgrade(kind: DocumentKind[T], version: int, body: Body) -> Body:
    """``body`` brought from ``version`` to the current version, one step at a time."""
    while version < kind.version:
        migrate = kind.migrations.get(version)
        if migrate is None:
            raise _Damage(f"files of version {version} can no longer be read")
        body = _run_migration(migrate, body, version)
        version += 1
    return body


def _run_migration(migrate: Migration, body: Body, version: int) -> Body:
    """One migration step; a body it cannot handle counts as damage."""
    try:
        return migrate(body)
    except (SchemaError, KeyError, TypeError, ValueError, AttributeError) as error:
        raise _Damage(f"it could not be upgraded from version {version}") from error


def _decode(kind: DocumentKind[T], body: Body) -> T:
    """The typed document; a wrong field counts as damage."""
    try:
        return kind.decode(body)
    except SchemaError as error:
        raise _Damage(f"{error.field} {error.problem}") from error


def _handle_damage(kind: DocumentKind[T], path: Path, reason: str) -> None:
    """Move the damaged file aside and record a message; keep it in place if that fails."""
    try:
        moved_to = set_aside(path)
    except OSError as error:
        _keep_damaged(kind, path, reason, error)
        return
    _logger.warning("%s could not be read (%s); moved to %s", path, reason, moved_to)
    problems.record(
        f"Your {kind.label} file could not be read ({reason}), so it was moved to "
        f"{moved_to.name}. {kind.reassurance}"
    )


def _keep_damaged(kind: DocumentKind[T], path: Path, reason: str, error: OSError) -> None:
    """Leave a damaged file that could not be moved, and refuse to write over it this run."""
    _kept_damaged_paths.add(path.absolute())
    problems.record(
        f"Your {kind.label} file could not be read ({reason}) and could not be moved aside "
        f"({_describe_os_error(error)}). It was left as it is at {path}, and changes to your "
        f"{kind.label} will not be saved until it is moved or removed. {kind.reassurance}"
    )


def _describe_os_error(error: OSError) -> str:
    """The operating system's words for ``error``."""
    return (error.strerror or type(error).__name__).lower()


def _too_large() -> str:
    """The reason given for a file over the size cap."""
    return f"it is larger than the {_describe_size(MAX_DOCUMENT_BYTES)} limit"


def _describe_size(size: int) -> str:
    """A size in mebibytes for a person."""
    return f"{size / (1024 * 1024):g} MiB"
