"""Write a file so that it holds either its old bytes or its new bytes, never a mix."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``, creating its folder if needed.

    The bytes go to a temporary file in the same folder, are flushed to disk,
    and the temporary file is then renamed over ``path``. If anything fails the
    old file is left as it was and the temporary file is removed.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    temp_path = _write_temp_file(path, data)
    try:
        os.replace(temp_path, path)
    except BaseException:
        _remove_quietly(temp_path)
        raise
    _sync_folder(path.parent)


def _write_temp_file(path: Path, data: bytes) -> Path:
    """Write ``data`` to a new hidden file beside ``path`` and flush it to disk."""
    descriptor, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    temp_path = Path(temp_name)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        _remove_quietly(temp_path)
        raise
    return temp_path


def _remove_quietly(path: Path) -> None:
    """Remove a leftover temporary file, ignoring a failure to do so."""
    with contextlib.suppress(OSError):
        path.unlink()


def _sync_folder(folder: Path) -> None:
    """Flush the folder entry of a renamed file to disk, where the platform allows it."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
