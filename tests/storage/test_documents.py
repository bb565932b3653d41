"""The versioned document store, with a small document kind made for the tests."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from lumbar_coach.storage import problems
from lumbar_coach.storage.documents import (
    MAX_DOCUMENT_BYTES,
    DocumentKind,
    encode_document,
    load_document,
    save_document,
)
from lumbar_coach.storage.schema import require_flag, require_text

from .helpers import only_broken_copy


@dataclass(frozen=True)
class Note:
    text: str = "empty"
    pinned: bool = False


def decode_note(body: dict[str, Any]) -> Note:
    return Note(require_text(body.get("text"), "text"), require_flag(body.get("pinned"), "pinned"))


def encode_note(note: Note) -> dict[str, Any]:
    return {"text": note.text, "pinned": note.pinned}


def make_note_kind(version: int = 3) -> DocumentKind[Note]:
    """A note file whose history is: v1 {"words"}, v2 {"text"}, v3 {"text", "pinned"}."""
    kind = DocumentKind("note", version, "note", "Everything else is safe.", decode_note, encode_note, Note)

    @kind.migration(1)
    def rename_words_to_text(body: dict[str, Any]) -> dict[str, Any]:
        return {"text": body["words"]}

    @kind.migration(2)
    def add_pinned(body: dict[str, Any]) -> dict[str, Any]:
        return {**body, "pinned": False}

    return kind


@pytest.fixture
def note_path(tmp_path: Path) -> Path:
    return tmp_path / "notes" / "note.json"


def write_json(path: Path, document: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document), encoding="utf-8")


def test_round_trip(note_path: Path) -> None:
    kind = make_note_kind()
    save_document(kind, note_path, Note("stretch daily", True))
    assert load_document(kind, note_path) == Note("stretch daily", True)


def test_the_file_starts_with_format_and_version(note_path: Path) -> None:
    kind = make_note_kind()
    save_document(kind, note_path, Note("hello"))
    document = json.loads(note_path.read_text(encoding="utf-8"))
    assert list(document)[:2] == ["format", "version"]
    assert document == {"format": "note", "version": 3, "text": "hello", "pinned": False}


def test_a_missing_file_gives_defaults_quietly(note_path: Path) -> None:
    assert load_document(make_note_kind(), note_path) == Note()
    assert problems.pending() == ()
    assert not note_path.parent.exists()


def test_older_versions_are_migrated_step_by_step(note_path: Path) -> None:
    write_json(note_path, {"format": "note", "version": 1, "words": "from version one"})
    assert load_document(make_note_kind(), note_path) == Note("from version one", False)
    assert problems.pending() == ()


def test_a_migrated_file_is_not_rewritten_by_loading(note_path: Path) -> None:
    write_json(note_path, {"format": "note", "version": 2, "text": "two"})
    before = note_path.read_bytes()
    load_document(make_note_kind(), note_path)
    assert note_path.read_bytes() == before


def test_a_version_without_a_migration_is_set_aside(note_path: Path) -> None:
    kind = make_note_kind()
    del kind.migrations[1]
    write_json(note_path, {"format": "note", "version": 1, "words": "old"})
    assert load_document(kind, note_path) == Note()
    assert "files of version 1 can no longer be read" in problems.pending()[0]
    assert only_broken_copy(note_path).exists()


def test_a_migration_that_fails_on_the_data_sets_the_file_aside(note_path: Path) -> None:
    write_json(note_path, {"format": "note", "version": 1, "not words": "x"})
    assert load_document(make_note_kind(), note_path) == Note()
    assert "could not be upgraded from version 1" in problems.pending()[0]
    assert only_broken_copy(note_path).exists()


def test_the_wrong_field_is_named_in_the_message(note_path: Path) -> None:
    write_json(note_path, {"format": "note", "version": 3, "text": "ok", "pinned": "yes"})
    assert load_document(make_note_kind(), note_path) == Note()
    assert "(pinned must be true or false)" in problems.pending()[0]


def test_a_byte_order_mark_is_accepted(note_path: Path) -> None:
    note_path.parent.mkdir(parents=True)
    note_path.write_bytes(b"\xef\xbb\xbf" + encode_document(make_note_kind(), Note("bom")))
    assert load_document(make_note_kind(), note_path) == Note("bom")


def test_a_file_exactly_at_the_size_cap_is_read(note_path: Path) -> None:
    data = encode_document(make_note_kind(), Note("padded"))
    note_path.parent.mkdir(parents=True)
    note_path.write_bytes(data + b" " * (MAX_DOCUMENT_BYTES - len(data)))
    assert load_document(make_note_kind(), note_path) == Note("padded")


def test_a_file_one_byte_over_the_cap_is_set_aside(note_path: Path) -> None:
    data = encode_document(make_note_kind(), Note("padded"))
    note_path.parent.mkdir(parents=True)
    note_path.write_bytes(data + b" " * (MAX_DOCUMENT_BYTES + 1 - len(data)))
    assert load_document(make_note_kind(), note_path) == Note()
    assert "larger than the 1 MiB limit" in problems.pending()[0]


def test_saving_a_document_too_large_to_read_back_is_refused(note_path: Path) -> None:
    kind = make_note_kind()
    save_document(kind, note_path, Note("kept"))
    with pytest.raises(ValueError, match="larger than"):
        save_document(kind, note_path, Note("x" * MAX_DOCUMENT_BYTES))
    assert load_document(kind, note_path) == Note("kept")


def test_after_setting_aside_a_save_writes_a_fresh_file(note_path: Path) -> None:
    kind = make_note_kind()
    note_path.parent.mkdir(parents=True)
    note_path.write_bytes(b"{not json")
    load_document(kind, note_path)
    save_document(kind, note_path, Note("fresh"))
    assert load_document(kind, note_path) == Note("fresh")
    assert only_broken_copy(note_path).read_bytes() == b"{not json"


def test_two_damaged_files_in_one_second_get_two_names(note_path: Path) -> None:
    kind = make_note_kind()
    note_path.parent.mkdir(parents=True)
    for damaged in (b"first", b"second"):
        note_path.write_bytes(damaged)
        load_document(kind, note_path)
    set_aside_bytes = {path.read_bytes() for path in note_path.parent.glob("note.json.broken-*")}
    assert set_aside_bytes == {b"first", b"second"}
    assert len(problems.pending()) == 2
