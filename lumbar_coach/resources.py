"""Find the files in ``assets/``, in a source checkout and in an installed wheel.

In a wheel the assets are shipped inside the package (``lumbar_coach/assets``);
in a checkout they stand beside the package, at the top of the repository.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


class MissingAsset(FileNotFoundError):
    """An asset the app needs is not where it should be."""


def candidate_roots() -> list[Path]:
    """Where assets may live, the installed location first."""
    return [_PACKAGE_DIR / "assets", _PACKAGE_DIR.parent / "assets"]


@cache
def assets_root() -> Path:
    """The folder that holds the app's assets."""
    for root in candidate_roots():
        if (root / "stretches.toml").is_file():
            return root
    searched = ", ".join(str(root) for root in candidate_roots())
    raise MissingAsset(f"the app's assets were not found (looked in {searched})")


def asset_path(relative: str) -> Path:
    """The path of one asset, which must exist."""
    path = assets_root() / relative
    if not path.is_file():
        raise MissingAsset(f"asset {relative!r} is missing from {assets_root()}")
    return path
