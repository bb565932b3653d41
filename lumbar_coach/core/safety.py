"""The safety advice the app shows and says, read from ``assets/safety.toml``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from lumbar_coach import resources
from lumbar_coach.core.errors import CatalogError
from lumbar_coach.core.fields import FieldReader

_KEYS = {"schema_version", "not_advice", "see_someone_first", "red_flags", "during_and_after",
         "soreness_is_normal", "how_to_move", "flare_up"}


@dataclass(frozen=True)
class SafetyAdvice:
    not_advice: str
    see_someone_first: str
    red_flags: tuple[str, ...]
    during_and_after: str
    soreness_is_normal: str
    how_to_move: str
    flare_up: str


def load_safety(path: Path) -> SafetyAdvice:
    """Read and check the safety file; errors name the file and field."""
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise CatalogError(f"{path.name}: cannot be read ({error})") from error
    fields = FieldReader(document, path.name, CatalogError)
    fields.reject_unknown(_KEYS)
    fields.integer("schema_version", 1, 1)
    texts = {key: fields.text(key) for key in _KEYS - {"schema_version", "red_flags"}}
    return SafetyAdvice(red_flags=fields.texts("red_flags"), **texts)


@cache
def safety_advice() -> SafetyAdvice:
    """The advice shipped with the app."""
    return load_safety(resources.asset_path("safety.toml"))
