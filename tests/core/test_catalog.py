"""The catalog: every stretch against the article, and the strict loader's errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lumbar_coach import resources
from lumbar_coach.core.catalog import load_catalog
from lumbar_coach.core.errors import CatalogError

# (id, category, equipment, kind, per_side, first_side, amounts) as the article gives them.
ARTICLE = [
    ("ql-oblique-release", "release", "foam roller", "timed", True, "left", {"duration_seconds": 120}),
    ("glute-release", "release", "mobility ball", "timed", True, "left", {"duration_seconds": 120}),
    ("active-hamstring", "active-stretch", "none", "holds", True, "left", {"sets": 3, "hold_seconds": 20}),
    ("active-adductor", "active-stretch", "none", "holds", True, "right", {"sets": 3, "hold_seconds": 20}),
    ("active-hip-flexor", "active-stretch", "none", "holds", True, "left", {"sets": 3, "hold_seconds": 20}),
    ("prone-press-up", "active-stretch", "none", "holds", False, None, {"sets": 10, "hold_seconds": 5}),
    ("cat-camel-hold", "active-stretch", "none", "holds", False, None, {"sets": 10, "hold_seconds": 5}),
    ("bridge-hold", "activation", "none", "holds", False, None, {"sets": 10, "hold_seconds": 5}),
    ("ninety-ninety", "active-stretch", "none", "holds", True, "right", {"sets": 3, "hold_seconds": 20}),
    ("hip-activation", "activation", "none", "reps", True, "left", {"reps": 5}),
    ("side-bend-hold", "active-stretch", "none", "holds", False, None, {"sets": 10, "hold_seconds": 5}),
]


def test_the_routine_has_the_articles_eleven_stretches_in_order(catalog):
    assert catalog.ids() == tuple(row[0] for row in ARTICLE)


@pytest.mark.parametrize("row", ARTICLE, ids=[row[0] for row in ARTICLE])
def test_each_stretch_matches_the_article(catalog, row):
    stretch_id, category, equipment, kind, per_side, first_side, amounts = row
    stretch = catalog.get(stretch_id)
    assert (stretch.category, stretch.equipment) == (category, equipment)
    assert (stretch.dose.kind, stretch.dose.per_side, stretch.dose.first_side) == (kind, per_side, first_side)
    for field, value in amounts.items():
        assert getattr(stretch.dose, field) == value, field
    unused = {"duration_seconds", "sets", "hold_seconds", "reps"} - set(amounts)
    assert all(getattr(stretch.dose, field) is None for field in unused)


def test_only_the_side_bend_goes_away_from_the_painful_side(catalog):
    bends = [s.id for s in catalog.stretches if s.dose.bend_away_from_painful_side]
    assert bends == ["side-bend-hold"]


def test_each_stretch_has_steps_cues_advice_and_two_pictures(catalog):
    for stretch in catalog.stretches:
        assert len(stretch.steps) >= 4, stretch.id
        assert stretch.cues.prepare and stretch.cues.contract and stretch.cues.release
        assert stretch.tips and stretch.safety and stretch.easier and stretch.targets
        assert [Path(i).name for i in stretch.images] == [f"{stretch.id}-start.svg", f"{stretch.id}-stretch.svg"]


def test_first_side_words_name_the_first_side(catalog):
    for stretch in catalog.stretches:
        if stretch.dose.per_side:
            assert stretch.dose.first_side in stretch.cues.prepare.lower(), stretch.id
            assert stretch.dose.first_side in stretch.cues.switch.lower(), stretch.id


def test_the_hip_flexor_names_its_side_by_the_front_foot_as_the_other_stretches_use_their_own(catalog):
    labels = {stretch.id: stretch.cues.side for stretch in catalog.stretches if stretch.cues.side}
    assert labels == {"active-hip-flexor": "left foot forward"}


def test_the_source_credits_the_physical_therapist(catalog):
    assert catalog.source.routine_by == "Grayson Wickham, PT, DPT"
    assert "physical therapist" in catalog.source.role


def test_every_image_the_catalog_names_exists():
    load_catalog(resources.asset_path("stretches.toml"), resources.assets_root())


# -- the loader's errors ----------------------------------------------------------------

def _broken(tmp_path: Path, old: str, new: str) -> Path:
    text = resources.asset_path("stretches.toml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "stretches.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize("old, new, expected", [
    ('short_name = "Bridge hold"', 'short_name = "Bridge hold"\ncolour = "red"', r"stretch 'bridge-hold', field 'colour': unknown key"),
    ('short_name = "Glute release"\n', '', r"stretch 'glute-release', field 'short_name': missing"),
    ('sets = 10\nhold_seconds = 5\n\n[stretch.cues]\nprepare = "Lie face down', 'sets = 0\nhold_seconds = 5\n\n[stretch.cues]\nprepare = "Lie face down', r"stretch 'prone-press-up', \[dose\], field 'sets': expected a whole number from 1 to 3600, found 0"),
    ('reps = 5', 'reps = "five"', r"stretch 'hip-activation', \[dose\], field 'reps': expected a whole number"),
    ('category = "activation"', 'category = "cardio"', r"stretch 'bridge-hold', field 'category': expected one of"),
    ('schema_version = 1', 'schema_version = 7', r"field 'schema_version': this app reads version 1, found 7"),
    ('id = "glute-release"', 'id = "ql-oblique-release"', r"stretch 'ql-oblique-release', field 'id': used twice"),
    ('first_side = "left"\nreps = 5', 'first_side = "middle"\nreps = 5', r"stretch 'hip-activation', \[dose\], field 'first_side'"),
    ('kind = "reps"', 'kind = "holds"', r"stretch 'hip-activation', \[dose\], field 'reps': does not apply"),
    ('side = "left foot forward"', 'side = "right foot forward"', r"stretch 'active-hip-flexor', \[cues\], field 'side': must name the first side \(left\)"),
    ('side = "left foot forward"', 'side = ""', r"stretch 'active-hip-flexor', \[cues\], field 'side': must not be empty"),
    ('release = "Lower slowly."', 'release = "Lower slowly."\nside = "left"', r"stretch 'bridge-hold', \[cues\], field 'side': must name the first side \(this stretch has no sides\)"),
])
def test_a_bad_field_is_named_with_file_and_stretch(tmp_path, old, new, expected):
    path = _broken(tmp_path, old, new)
    with pytest.raises(CatalogError, match=r"^stretches\.toml, " + expected if not expected.startswith("field") else r"^stretches\.toml, " + expected):
        load_catalog(path)


def test_a_missing_image_is_named(tmp_path):
    path = _broken(tmp_path, "images/bridge-hold-start.svg", "images/bridge-hold-missing.svg")
    with pytest.raises(CatalogError, match=r"stretch 'bridge-hold', field 'images': images/bridge-hold-missing.svg does not exist"):
        load_catalog(path, resources.assets_root())


def test_invalid_toml_names_the_file(tmp_path):
    path = tmp_path / "stretches.toml"
    path.write_text("schema_version = = 1", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"^stretches\.toml: not valid TOML"):
        load_catalog(path)


def test_an_unreadable_file_is_named(tmp_path):
    with pytest.raises(CatalogError, match=re.escape(str(tmp_path / "nope.toml"))):
        load_catalog(tmp_path / "nope.toml")


def test_dose_in_words(catalog):
    labels = {s.id: s.dose.in_words() for s in catalog.stretches}
    assert labels["ql-oblique-release"] == "2 minutes each side"
    assert labels["active-hamstring"] == "3 x 20 s holds each side"
    assert labels["bridge-hold"] == "10 x 5 s holds"
    assert labels["hip-activation"] == "5 reps each side"
