"""The person's favourite stretches: an ordered set of stretch ids, kept in a file."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from lumbar_coach.storage import problems
from lumbar_coach.storage.documents import Body, DocumentKind, load_document, save_document
from lumbar_coach.storage.paths import favourites_path
from lumbar_coach.storage.schema import require_list, require_text


def load_favourites(known_ids: Collection[str] | None = None) -> tuple[str, ...]:
    """The saved favourite ids in order; never raises (problems are recorded).

    With ``known_ids`` (the ids in the stretch library), ids that are not
    among them are left out and a message names them.
    """
    favourite_ids = load_document(FAVOURITES_DOCUMENT, favourites_path())
    return favourite_ids if known_ids is None else keep_known(favourite_ids, known_ids)


def save_favourites(favourite_ids: Iterable[str]) -> tuple[str, ...]:
    """Save the ids in order, without repeats, and return what was saved.

    Raises SchemaError for an id that is not non-empty text and OSError when
    the file cannot be written.
    """
    unique_ids = unique_texts(favourite_ids, "favourite")
    save_document(FAVOURITES_DOCUMENT, favourites_path(), unique_ids)
    return unique_ids


def toggled(favourite_ids: Sequence[str], stretch_id: str) -> tuple[str, ...]:
    """``favourite_ids`` with ``stretch_id`` removed if present, else added at the end."""
    if stretch_id in favourite_ids:
        return tuple(kept for kept in favourite_ids if kept != stretch_id)
    return (*favourite_ids, stretch_id)


def keep_known(favourite_ids: Sequence[str], known_ids: Collection[str]) -> tuple[str, ...]:
    """The ids found in ``known_ids``; a message names any that are left out."""
    unknown_ids = [stretch_id for stretch_id in favourite_ids if stretch_id not in known_ids]
    if unknown_ids:
        problems.record(
            "These favourites are not in the stretch library, so they were left out: "
            f"{', '.join(unknown_ids)}."
        )
    return tuple(stretch_id for stretch_id in favourite_ids if stretch_id in known_ids)


def unique_texts(values: Iterable[object], field: str) -> tuple[str, ...]:
    """``values`` checked to be non-empty text, first occurrences only, in order."""
    checked = (require_text(value, f"{field}[{index}]") for index, value in enumerate(values))
    return tuple(dict.fromkeys(checked))


def _decode_favourites(body: Body) -> tuple[str, ...]:
    """Favourite ids from a file body; raises SchemaError naming a wrong entry."""
    return unique_texts(require_list(body.get("stretch_ids"), "stretch_ids"), "stretch_ids")


def _encode_favourites(favourite_ids: tuple[str, ...]) -> Body:
    """The file body for ``favourite_ids``."""
    return {"stretch_ids": list(favourite_ids)}


FAVOURITES_DOCUMENT: DocumentKind[tuple[str, ...]] = DocumentKind(
    format_name="favourites",
    version=1,
    label="favourites",
    reassurance="Your settings, routines and history are safe.",
    decode=_decode_favourites,
    encode=_encode_favourites,
    make_default=tuple,
)
