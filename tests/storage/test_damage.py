"""Every kind of damage to every user file: defaults, the file set aside intact, a clear message."""

from __future__ import annotations

import builtins
import hashlib
import json
import os
import random
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from lumbar_coach.storage import problems
from lumbar_coach.storage.documents import MAX_DOCUMENT_BYTES, DamagedFileKept, encode_document

from .helpers import only_broken_copy, snapshot
from .stored_files import (
    FAVOURITES_FILE,
    STORED_FILES,
    WINDOW_STATE_FILE,
    StoredFile,
    other_files,
    others_than,
    save_every_sample,
)

REAL_OPEN = builtins.open
DamageMaker = Callable[[Path, StoredFile, pytest.MonkeyPatch], None]


@dataclass(frozen=True)
class Damage:
    """A way to damage a file and the words the message must give as the reason."""

    name: str
    reason: str
    apply: DamageMaker


def replace_bytes(make: Callable[[bytes], bytes]) -> DamageMaker:
    """Damage that rewrites the file from its valid bytes."""
    return lambda path, stored, monkeypatch: path.write_bytes(make(path.read_bytes()))


def change_document(change: Callable[[dict[str, Any]], object]) -> DamageMaker:
    """Damage that rewrites the valid document through ``change``."""
    return replace_bytes(lambda valid: json.dumps(change(json.loads(valid))).encode())


def with_entry(key: str, value: object) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda document: {**document, key: value}


def without_entry(key: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda document: {name: value for name, value in document.items() if name != key}


def make_sparse_huge_file(path: Path, stored: StoredFile, monkeypatch: pytest.MonkeyPatch) -> None:
    with REAL_OPEN(path, "r+b") as stream:
        stream.truncate(2 * MAX_DOCUMENT_BYTES + 10)


def put_folder_in_place(path: Path, stored: StoredFile, monkeypatch: pytest.MonkeyPatch) -> None:
    path.unlink()
    path.mkdir()
    (path / "inside.txt").write_text("something someone put here")


def put_pipe_in_place(path: Path, stored: StoredFile, monkeypatch: pytest.MonkeyPatch) -> None:
    path.unlink()
    os.mkfifo(path)


def refuse_opening(path: Path, stored: StoredFile, monkeypatch: pytest.MonkeyPatch) -> None:
    def guarded_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, (str, os.PathLike)) and Path(file) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return REAL_OPEN(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)


RANDOM_BYTES = random.Random(20261129).randbytes(600)
NOT_THIS_FILE = "it is not a {label} file"
BAD_VERSION = "its version number is missing or not valid"
LATIN_1_ENTRY = b', "x": "caf\xe9"}'
NEWER = "it was saved by a newer version of Lumbar Coach"

DAMAGES = (
    Damage("truncated", "not valid JSON", replace_bytes(lambda valid: valid[: len(valid) // 2])),
    Damage("empty", "not valid JSON", replace_bytes(lambda valid: b"")),
    Damage("random bytes", "not valid JSON", replace_bytes(lambda valid: RANDOM_BYTES)),
    Damage("latin-1 text", "not valid JSON", replace_bytes(lambda valid: valid.replace(b"}", LATIN_1_ENTRY))),
    Damage("NaN", "not valid JSON", replace_bytes(lambda valid: valid.replace(b"}", b', "x": NaN}'))),
    Damage("deep nesting", "not valid JSON", replace_bytes(lambda valid: b"[" * 200_000 + b"]" * 200_000)),
    Damage("zero bytes", "not valid JSON", replace_bytes(lambda valid: bytes(len(valid)))),
    Damage("a list", NOT_THIS_FILE, change_document(lambda document: [document])),
    Damage("a number", NOT_THIS_FILE, change_document(lambda document: 42)),
    Damage("null", NOT_THIS_FILE, change_document(lambda document: None)),
    Damage("another format", NOT_THIS_FILE, change_document(with_entry("format", "routines"))),
    Damage("no format", NOT_THIS_FILE, change_document(without_entry("format"))),
    Damage("no version", BAD_VERSION, change_document(without_entry("version"))),
    Damage("version as text", BAD_VERSION, change_document(with_entry("version", "1"))),
    Damage("version true", BAD_VERSION, change_document(with_entry("version", True))),
    Damage("version 1.0", BAD_VERSION, change_document(with_entry("version", 1.0))),
    Damage("version 0", BAD_VERSION, change_document(with_entry("version", 0))),
    Damage("newer version", NEWER, change_document(with_entry("version", 2))),
    Damage("huge file", "it is larger than the 1 MiB limit", make_sparse_huge_file),
    Damage("a folder in its place", "a folder is in its place", put_folder_in_place),
    Damage("a pipe in its place", "it is not a regular file", put_pipe_in_place),
    Damage("unreadable", "permission denied", refuse_opening),
)


def fingerprint(path: Path) -> object:
    """What must be unchanged after setting aside: a file's digest, a folder's files, a pipe's kind."""
    mode = path.lstat().st_mode
    if stat.S_ISDIR(mode):
        return snapshot(path)
    if stat.S_ISFIFO(mode):
        return "fifo"
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def expected_reason(damage: Damage, stored: StoredFile) -> str:
    return damage.reason.format(label=stored.label)


@pytest.mark.parametrize("damage", DAMAGES, ids=lambda damage: damage.name)
@pytest.mark.parametrize("stored", STORED_FILES, ids=lambda stored: stored.label)
def test_damage_is_set_aside_and_defaults_are_used(
    stored: StoredFile, damage: Damage, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_every_sample()
    target = stored.path()
    damage.apply(target, stored, monkeypatch)
    damaged_fingerprint = fingerprint(target)
    others_before = other_files(isolated_home, stored)

    assert stored.load() == stored.default

    set_aside_copy = only_broken_copy(target)
    assert not os.path.lexists(target)
    assert fingerprint(set_aside_copy) == damaged_fingerprint
    assert other_files(isolated_home, stored) == others_before
    assert problems.pending() == (
        f"Your {stored.label} file could not be read ({expected_reason(damage, stored)}), "
        f"so it was moved to {set_aside_copy.name}. {stored.kind.reassurance}",
    )
    assert set_aside_copy.name.startswith(target.name)


@pytest.mark.parametrize("stored", STORED_FILES, ids=lambda stored: stored.label)
def test_other_files_still_load_after_one_is_damaged(stored: StoredFile) -> None:
    save_every_sample()
    stored.path().write_bytes(b"\x00\x01garbage")
    stored.load()
    for other in others_than(stored):
        assert other.load() == other.sample


@pytest.mark.parametrize("stored", STORED_FILES, ids=lambda stored: stored.label)
def test_a_huge_file_is_refused_before_it_is_opened(
    stored: StoredFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_every_sample()
    target = stored.path()
    make_sparse_huge_file(target, stored, monkeypatch)
    opened: list[Path] = []

    def recording_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, (str, os.PathLike)):
            opened.append(Path(file))
        return REAL_OPEN(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", recording_open)
    assert stored.load() == stored.default
    assert target not in opened


WRONG_FIELDS = (
    (FAVOURITES_FILE, {"stretch_ids": "bridge-hold"}, "stretch_ids must be a list"),
    (FAVOURITES_FILE, {"stretch_ids": ["bridge-hold", 7]}, "stretch_ids[1] must be non-empty text"),
    (FAVOURITES_FILE, {"stretch_ids": ["  "]}, "stretch_ids[0] must be non-empty text"),
    (FAVOURITES_FILE, {}, "stretch_ids must be a list"),
    (WINDOW_STATE_FILE, {"geometry": 12, "layout": ""}, "geometry must be base64 text"),
    (WINDOW_STATE_FILE, {"geometry": "", "layout": "Zm9v!"}, "layout must be base64 text"),
)


@pytest.mark.parametrize(("stored", "body", "reason"), WRONG_FIELDS, ids=lambda value: str(value)[:40])
def test_a_wrong_field_sets_the_file_aside_and_is_named(
    stored: StoredFile, body: dict[str, Any], reason: str
) -> None:
    save_every_sample()
    target = stored.path()
    document = {"format": stored.kind.format_name, "version": 1, **body}
    target.write_text(json.dumps(document), encoding="utf-8")
    damaged_bytes = target.read_bytes()

    assert stored.load() == stored.default
    set_aside_copy = only_broken_copy(target)
    assert set_aside_copy.read_bytes() == damaged_bytes
    assert f"could not be read ({reason}), so it was moved to {set_aside_copy.name}." in problems.pending()[0]


def fail_to_rename(monkeypatch: pytest.MonkeyPatch) -> None:
    def refusing_rename(source: object, destination: object) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(os, "rename", refusing_rename)


@pytest.mark.parametrize("stored", STORED_FILES, ids=lambda stored: stored.label)
def test_when_setting_aside_fails_the_file_is_kept_and_never_written_over(
    stored: StoredFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_every_sample()
    target = stored.path()
    target.write_bytes(b"{damaged")
    fail_to_rename(monkeypatch)

    assert stored.load() == stored.default
    with pytest.raises(DamagedFileKept):
        stored.save(stored.sample)
    assert target.read_bytes() == b"{damaged"
    [message] = problems.pending()
    assert "could not be moved aside (read-only file system)" in message
    assert str(target) in message


def test_when_setting_aside_fails_other_files_can_still_be_saved(monkeypatch: pytest.MonkeyPatch) -> None:
    save_every_sample()
    FAVOURITES_FILE.path().write_bytes(b"{damaged")
    fail_to_rename(monkeypatch)
    FAVOURITES_FILE.load()
    WINDOW_STATE_FILE.save(WINDOW_STATE_FILE.default)
    assert WINDOW_STATE_FILE.load() == WINDOW_STATE_FILE.default


@pytest.mark.parametrize("stored", STORED_FILES, ids=lambda stored: stored.label)
def test_every_sample_round_trips_and_matches_its_encoding(stored: StoredFile) -> None:
    stored.save(stored.sample)
    assert stored.load() == stored.sample
    assert stored.path().read_bytes() == encode_document(stored.kind, stored.sample)
    assert problems.pending() == ()
