"""The stretches as data: frozen dataclasses and the strict loader of ``stretches.toml``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lumbar_coach.core.errors import CatalogError
from lumbar_coach.core.fields import FieldReader

SCHEMA_VERSION = 1
CATEGORIES = ("release", "active-stretch", "activation")
EQUIPMENT = ("foam roller", "mobility ball", "none")
DOSE_KINDS = ("timed", "holds", "reps")
SIDES = ("left", "right")

_STRETCH_KEYS = {"id", "name", "short_name", "category", "equipment", "targets", "position", "steps", "tips", "easier",
                 "safety", "images", "dose", "cues", "flare_up_caution"}
_DOSE_KEYS = {"kind", "per_side", "first_side", "duration_seconds", "sets", "hold_seconds", "reps", "bend_away_from_painful_side"}
_CUE_KEYS = {"prepare", "contract", "release", "switch", "side"}
_SOURCE_KEYS = {"title", "routine_by", "role", "also_quoted"}


@dataclass(frozen=True)
class Dose:
    """How much of a stretch to do, exactly as the routine prescribes it."""

    kind: str
    per_side: bool
    first_side: str | None = None
    duration_seconds: int | None = None
    sets: int | None = None
    hold_seconds: int | None = None
    reps: int | None = None
    bend_away_from_painful_side: bool = False

    @property
    def sides(self) -> tuple[str | None, ...]:
        """The sides in the order they are done; ``(None,)`` for a stretch without sides."""
        if not self.per_side:
            return (None,)
        second = "right" if self.first_side == "left" else "left"
        return (self.first_side, second)

    def in_words(self) -> str:
        """A short label such as "3 x 20 s holds each side"."""
        each = " each side" if self.per_side else ""
        if self.kind == "timed":
            return f"{_minutes_label(self.duration_seconds or 0)}{each}"
        if self.kind == "holds":
            return f"{self.sets} x {self.hold_seconds} s holds{each}"
        return f"{self.reps} reps{each}"


@dataclass(frozen=True)
class Cues:
    """Short spoken lines for each phase, written for the first side."""

    prepare: str
    contract: str
    release: str
    switch: str
    side: str = ""   # how screens name the first side, when "left side" would mislead


@dataclass(frozen=True)
class Stretch:
    """One stretch of the routine."""

    id: str
    name: str
    short_name: str
    category: str
    equipment: str
    targets: tuple[str, ...]
    position: str
    steps: tuple[str, ...]
    tips: tuple[str, ...]
    easier: str
    safety: tuple[str, ...]
    images: tuple[str, ...]
    dose: Dose
    cues: Cues
    flare_up_caution: str | None = None


@dataclass(frozen=True)
class Source:
    """Who the routine comes from."""

    title: str
    routine_by: str
    role: str
    also_quoted: str


@dataclass(frozen=True)
class Catalog:
    """All stretches, in the order the routine does them."""

    stretches: tuple[Stretch, ...]
    source: Source

    def ids(self) -> tuple[str, ...]:
        return tuple(stretch.id for stretch in self.stretches)

    def get(self, stretch_id: str) -> Stretch:
        for stretch in self.stretches:
            if stretch.id == stretch_id:
                return stretch
        raise KeyError(stretch_id)

    def position_of(self, stretch_id: str) -> int:
        return self.ids().index(stretch_id)


def _minutes_label(seconds: int) -> str:
    if seconds % 60:
        return f"{seconds} s"
    minutes = seconds // 60
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


def load_catalog(path: Path, assets_root: Path | None = None) -> Catalog:
    """Read and check the stretch data file; ``assets_root`` checks that images exist."""
    document = _read_toml(path)
    top = FieldReader(document, path.name, CatalogError)
    top.reject_unknown({"schema_version", "source", "stretch"})
    top.get("schema_version", int, check=_known_schema)
    source = _read_source(FieldReader(top.get("source", dict), f"{path.name}, [source]", CatalogError))
    tables = top.get("stretch", list, check=lambda v: None if v else "no stretches")
    stretches = tuple(_read_stretch(table, path.name, index) for index, table in enumerate(tables))
    _check_unique(stretches, path.name)
    if assets_root is not None:
        _check_images(stretches, assets_root, path.name)
    return Catalog(stretches=stretches, source=source)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise CatalogError(f"{path}: cannot be read ({error.strerror or error})") from error
    except tomllib.TOMLDecodeError as error:
        raise CatalogError(f"{path.name}: not valid TOML ({error})") from error


def _known_schema(version: int) -> str | None:
    return None if version == SCHEMA_VERSION else f"this app reads version {SCHEMA_VERSION}, found {version}"


def _read_source(fields: FieldReader) -> Source:
    fields.reject_unknown(_SOURCE_KEYS)
    return Source(**{key: fields.text(key) for key in sorted(_SOURCE_KEYS)})


def _read_stretch(table: Any, file_name: str, index: int) -> Stretch:
    label = table.get("id", f"#{index + 1}") if isinstance(table, dict) else f"#{index + 1}"
    where = f"{file_name}, stretch '{label}'"
    fields = FieldReader(table, where, CatalogError)
    fields.reject_unknown(_STRETCH_KEYS)
    fields.get("id", str, check=_slug_problem)
    return Stretch(
        id=fields.text("id"),
        name=fields.text("name"),
        short_name=fields.text("short_name"),
        category=fields.choice("category", CATEGORIES),
        equipment=fields.choice("equipment", EQUIPMENT),
        targets=fields.texts("targets"),
        position=fields.text("position"),
        steps=fields.texts("steps"),
        tips=fields.texts("tips"),
        easier=fields.text("easier"),
        safety=fields.texts("safety"),
        images=fields.texts("images"),
        dose=_read_dose(FieldReader(fields.get("dose", dict), f"{where}, [dose]", CatalogError)),
        cues=_read_cues(FieldReader(fields.get("cues", dict), f"{where}, [cues]", CatalogError)),
        flare_up_caution=fields.text("flare_up_caution", None),
    )


def _slug_problem(value: str) -> str | None:
    ok = value and all(part.isalnum() and part.islower() or part.isdigit() for part in value.split("-"))
    return None if ok else f"expected a lower-case slug such as 'bridge-hold', found {value!r}"


def _read_dose(fields: FieldReader) -> Dose:
    fields.reject_unknown(_DOSE_KEYS)
    kind = fields.choice("kind", DOSE_KINDS)
    per_side = fields.get("per_side", bool)
    first_side = fields.choice("first_side", SIDES) if per_side else None
    if not per_side and fields.has("first_side"):
        fields.fail("first_side", "only a stretch done on each side has a first side")
    amounts = _read_amounts(fields, kind)
    bend = fields.get("bend_away_from_painful_side", bool, False)
    return Dose(kind=kind, per_side=per_side, first_side=first_side, bend_away_from_painful_side=bend, **amounts)


def _read_amounts(fields: FieldReader, kind: str) -> dict[str, int]:
    wanted = {"timed": ("duration_seconds",), "holds": ("sets", "hold_seconds"), "reps": ("reps",)}[kind]
    for other in {"duration_seconds", "sets", "hold_seconds", "reps"} - set(wanted):
        if fields.has(other):
            fields.fail(other, f"does not apply to a '{kind}' dose")
    return {field: fields.integer(field, 1, 3600) for field in wanted}


def _read_cues(fields: FieldReader) -> Cues:
    fields.reject_unknown(_CUE_KEYS)
    return Cues(
        prepare=fields.text("prepare"),
        contract=fields.text("contract"),
        release=fields.text("release"),
        switch=fields.text("switch", allow_empty=True),
        side=fields.text("side", ""),
    )


def _check_unique(stretches: tuple[Stretch, ...], file_name: str) -> None:
    seen: set[str] = set()
    for stretch in stretches:
        if stretch.id in seen:
            raise CatalogError(f"{file_name}, stretch '{stretch.id}', field 'id': used twice")
        seen.add(stretch.id)
        if stretch.dose.per_side and not stretch.cues.switch:
            raise CatalogError(f"{file_name}, stretch '{stretch.id}', [cues], field 'switch': needed for a stretch done on each side")
        _check_side_label(stretch, file_name)


def _check_side_label(stretch: Stretch, file_name: str) -> None:
    label, first = stretch.cues.side, stretch.dose.first_side
    if label and (not stretch.dose.per_side or first is None or first not in label.split()):
        raise CatalogError(f"{file_name}, stretch '{stretch.id}', [cues], field 'side': must name the first side "
                           f"({first or 'this stretch has no sides'}), found {label!r}")


def _check_images(stretches: tuple[Stretch, ...], assets_root: Path, file_name: str) -> None:
    for stretch in stretches:
        for image in stretch.images:
            if not (assets_root / image).is_file():
                raise CatalogError(f"{file_name}, stretch '{stretch.id}', field 'images': {image} does not exist in {assets_root}")
