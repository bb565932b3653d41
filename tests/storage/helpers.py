"""Shared checks for the storage tests."""

from __future__ import annotations

import re
from pathlib import Path

BROKEN_SUFFIX = re.compile(r"\.broken-\d{4}-\d{2}-\d{2}-\d{6}(-\d+)?$")


def broken_copies(path: Path) -> list[Path]:
    """The set-aside copies of ``path`` in its folder."""
    return sorted(path.parent.glob(f"{path.name}.broken-*"))


def only_broken_copy(path: Path) -> Path:
    """The one set-aside copy of ``path``; fails if there is not exactly one."""
    copies = broken_copies(path)
    assert len(copies) == 1, copies
    assert BROKEN_SUFFIX.search(copies[0].name), copies[0].name
    return copies[0]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes, by relative path."""
    return {
        str(file.relative_to(folder)): file.read_bytes()
        for file in sorted(folder.rglob("*"))
        if file.is_file()
    }
