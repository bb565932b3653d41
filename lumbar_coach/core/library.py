"""The app's own catalog, read once from the shipped assets."""

from __future__ import annotations

from functools import cache

from lumbar_coach import resources
from lumbar_coach.core.catalog import Catalog, load_catalog


@cache
def default_catalog() -> Catalog:
    """The catalog shipped with the app (read on first use, then kept)."""
    return load_catalog(resources.asset_path("stretches.toml"))
