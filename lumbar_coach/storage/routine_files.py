"""The person's own routines: the saved collection, and one routine as a file to share.

Saved routines live in ``routines.json`` in the data folder (a versioned
document; a damaged one is set aside like the other stores). A routine is
shared as a readable JSON file::

    {"format": "lumbar-coach-routine", "version": 1,
     "name": "evening", "title": "Evening",
     "items": [{"stretch": "glute-release"}, {"stretch": "bridge-hold", "sets": 2}]}

Reading a shared file never changes what is saved; a bad file raises
RoutineFileError naming what is wrong.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lumbar_coach.core.catalog import Catalog
from lumbar_coach.core.errors import RoutineError
from lumbar_coach.core.fields import shown
from lumbar_coach.core.routines import BUILT_IN, OVERRIDE_BOUNDS, Routine, RoutineItem, check_routine
from lumbar_coach.storage import problems
from lumbar_coach.storage.atomic import write_atomic
from lumbar_coach.storage.documents import MAX_DOCUMENT_BYTES, Body, DocumentKind, load_document, save_document
from lumbar_coach.storage.paths import data_dir
from lumbar_coach.storage.schema import SchemaError, require_list, require_mapping, require_text, require_whole_number

FILE_FORMAT = "lumbar-coach-routine"
FILE_VERSION = 1
FILE_SUFFIX = ".lcroutine.json"
ABOUT = ("A Lumbar Coach routine. Each item names a stretch by its id (see 'lumbar-coach list') and may change "
         "its dose: 'sets' and 'hold_seconds' for holds, 'reps' for reps, 'minutes' for timed releases. "
         "'about' fields are notes for people and are ignored when the file is read.")
_ITEM_KEYS = {"stretch", "about", *OVERRIDE_BOUNDS}
_FILE_KEYS = {"format", "version", "name", "title", "items", "about"}


class RoutineFileError(RoutineError):
    """A routine file cannot be used; the message names the file and what is wrong."""


def routines_path() -> Path:
    """The file of saved routines."""
    return data_dir() / "routines.json"


# -- the saved collection ---------------------------------------------------------


def load_routines(catalog: Catalog | None = None) -> tuple[Routine, ...]:
    """The saved routines; never raises. With ``catalog``, invalid ones are left out with a message."""
    routines = load_document(ROUTINES_DOCUMENT, routines_path())
    return routines if catalog is None else _keep_valid(routines, catalog)


def save_routines(routines: Sequence[Routine]) -> None:
    """Save ``routines`` atomically; raises OSError when the file cannot be written."""
    save_document(ROUTINES_DOCUMENT, routines_path(), tuple(routines))


def _keep_valid(routines: tuple[Routine, ...], catalog: Catalog) -> tuple[Routine, ...]:
    kept = []
    for routine in routines:
        try:
            kept.append(check_routine(routine, catalog))
        except RoutineError as error:
            problems.record(f"A saved routine could not be used and was left out: {error}.")
    return tuple(kept)


def _decode_routines(body: Body) -> tuple[Routine, ...]:
    entries = require_list(body.get("routines"), "routines")
    return tuple(_decode_routine(entry, f"routines[{index}]") for index, entry in enumerate(entries))


def _decode_routine(entry: object, where: str) -> Routine:
    fields = require_mapping(entry, where)
    name = require_text(fields.get("name"), f"{where}.name")
    title = require_text(fields.get("title", name), f"{where}.title")
    items = require_list(fields.get("items"), f"{where}.items")
    return Routine(name, title, tuple(_decode_item(item, f"{where}.items[{i}]") for i, item in enumerate(items)))


def _decode_item(entry: object, where: str) -> RoutineItem:
    fields = require_mapping(entry, where)
    unknown = sorted(set(fields) - _ITEM_KEYS)
    if unknown:
        raise SchemaError(f"{where}.{unknown[0]}", "is not something a routine item can have")
    stretch_id = require_text(fields.get("stretch"), f"{where}.stretch")
    overrides = {key: require_whole_number(fields[key], f"{where}.{key}", *OVERRIDE_BOUNDS[key])
                 for key in OVERRIDE_BOUNDS if key in fields}
    return RoutineItem(stretch_id, overrides)


def _encode_routines(routines: tuple[Routine, ...]) -> Body:
    return {"routines": [routine_body(routine) for routine in routines]}


def routine_body(routine: Routine, catalog: Catalog | None = None) -> dict[str, Any]:
    """A routine as plain JSON values; with ``catalog``, each item carries the stretch's name as a note."""
    return {"name": routine.name, "title": routine.title,
            "items": [_item_body(item, catalog) for item in routine.items]}


def _item_body(item: RoutineItem, catalog: Catalog | None) -> dict[str, Any]:
    body: dict[str, Any] = {"stretch": item.stretch_id}
    if catalog is not None and item.stretch_id in catalog.ids():
        body["about"] = catalog.get(item.stretch_id).name
    return {**body, **dict(sorted(item.overrides.items()))}


ROUTINES_DOCUMENT: DocumentKind[tuple[Routine, ...]] = DocumentKind(
    format_name="routines",
    version=1,
    label="routines",
    reassurance="Your settings, favourites and history are safe.",
    decode=_decode_routines,
    encode=_encode_routines,
    make_default=tuple,
)


# -- names ------------------------------------------------------------------------


def name_from_title(title: str) -> str:
    """A lower-case slug for a title ("Evening, short" -> "evening-short")."""
    slug = re.sub(r"[^a-z0-9]+", "-", title.strip().lower()).strip("-")
    return slug or "routine"


def unique_name(name: str, taken: Sequence[str]) -> str:
    """``name``, or ``name-2``, ``name-3``... so that it is neither taken nor a built-in name."""
    used = {taken_name.lower() for taken_name in taken} | set(BUILT_IN)
    candidate, number = name, 2
    while candidate.lower() in used:
        candidate, number = f"{name}-{number}", number + 1
    return candidate


# -- one routine as a file ----------------------------------------------------------


def export_routine(routine: Routine, path: Path, catalog: Catalog | None = None) -> None:
    """Write ``routine`` to ``path`` as a documented routine file, atomically."""
    document = {"format": FILE_FORMAT, "version": FILE_VERSION, "about": ABOUT, **routine_body(routine, catalog)}
    write_atomic(path, (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))


def import_routine(path: Path, catalog: Catalog) -> Routine:
    """The routine in the file at ``path``, checked against ``catalog``; raises RoutineFileError."""
    document = _read_file(path)
    _check_envelope(document, path)
    try:
        routine = _decode_routine({key: value for key, value in document.items() if key != "about"}, "routine")
        return check_routine(routine, catalog)
    except SchemaError as error:
        raise RoutineFileError(f"{path.name}: {error.field} {error.problem}") from None
    except RoutineError as error:
        raise RoutineFileError(f"{path.name}: {error}") from None


def _read_file(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_DOCUMENT_BYTES + 1)
    except OSError as error:
        raise RoutineFileError(f"{path.name}: cannot be read ({(error.strerror or str(error)).lower()})") from None
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise RoutineFileError(f"{path.name}: too large to be a routine file "
                               f"(routine files are under {MAX_DOCUMENT_BYTES // 1024} KB)")
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except (ValueError, RecursionError) as error:
        raise RoutineFileError(f"{path.name}: not valid JSON ({error})") from None
    if not isinstance(document, dict):
        raise RoutineFileError(f"{path.name}: not a routine file (expected a JSON object)")
    return document


def _check_envelope(document: dict[str, Any], path: Path) -> None:
    if document.get("format") != FILE_FORMAT:
        raise RoutineFileError(f"{path.name}: not a routine file (\"format\" must be \"{FILE_FORMAT}\")")
    version = document.get("version")
    if version != FILE_VERSION:
        raise RoutineFileError(f"{path.name}: this app reads routine files of version {FILE_VERSION}, not {shown(version)}")
    unknown = sorted(set(document) - _FILE_KEYS)
    if unknown:
        raise RoutineFileError(f"{path.name}: unknown field '{unknown[0]}'")
