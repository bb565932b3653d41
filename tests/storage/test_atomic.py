"""Atomic writes: the file holds the old bytes or the new ones, and no temp file is left."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lumbar_coach.storage.atomic import write_atomic


def test_writes_the_bytes(tmp_path: Path) -> None:
    target = tmp_path / "file.json"
    write_atomic(target, b"new bytes")
    assert target.read_bytes() == b"new bytes"


def test_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "file.json"
    target.write_bytes(b"old")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"


def test_creates_missing_folders(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "file.json"
    write_atomic(target, b"deep")
    assert target.read_bytes() == b"deep"


def test_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "file.json"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["file.json"]


def test_a_failed_replace_keeps_the_old_file_and_removes_the_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "file.json"
    target.write_bytes(b"old bytes")

    def failing_replace(source: object, destination: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(target, b"new bytes")
    assert target.read_bytes() == b"old bytes"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["file.json"]


def test_a_failed_flush_keeps_the_old_file_and_removes_the_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "file.json"
    target.write_bytes(b"old bytes")

    def failing_fsync(descriptor: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OSError, match="Input/output"):
        write_atomic(target, b"new bytes")
    assert target.read_bytes() == b"old bytes"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["file.json"]


def test_the_temporary_file_is_in_the_same_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "file.json"
    sources: list[Path] = []
    real_replace = os.replace

    def recording_replace(source: str, destination: str) -> None:
        sources.append(Path(source))
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", recording_replace)
    write_atomic(target, b"data")
    assert [source.parent for source in sources] == [tmp_path]
