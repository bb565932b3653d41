"""Move a damaged file out of the way under a dated name, never over another file."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path


def set_aside(path: Path, moment: datetime | None = None) -> Path:
    """Rename ``path`` to ``<name>.broken-YYYY-MM-DD-HHMMSS`` and return the new path.

    A number is added (``-2``, ``-3``, ...) when that name is taken. Raises
    OSError when the rename fails; the file is then left where it was.
    """
    target = free_broken_path(path, moment or datetime.now())
    os.rename(path, target)
    return target


def broken_path(path: Path, moment: datetime) -> Path:
    """The set-aside name for ``path`` at ``moment``."""
    return path.with_name(f"{path.name}.broken-{moment:%Y-%m-%d-%H%M%S}")


def free_broken_path(path: Path, moment: datetime) -> Path:
    """The first set-aside name for ``path`` at ``moment`` that nothing uses yet."""
    first_choice = broken_path(path, moment)
    candidate, number = first_choice, 2
    while os.path.lexists(candidate):
        candidate = first_choice.with_name(f"{first_choice.name}-{number}")
        number += 1
    return candidate
