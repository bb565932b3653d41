"""The safety advice: every red flag from the article, and a strict loader."""

from __future__ import annotations

import pytest

from lumbar_coach.core.errors import CatalogError
from lumbar_coach.core.safety import load_safety, safety_advice


def test_every_red_flag_from_the_article_is_there():
    flags = " ".join(safety_advice().red_flags).lower()
    for sign in ("weakness", "numbness", "tingling", "burning", "loss of feeling", "cancer", "at night", "fever"):
        assert sign in flags, sign


def test_the_advice_covers_after_care_and_how_to_move():
    advice = safety_advice()
    assert "24 hours" in advice.during_and_after and "soreness" in advice.soreness_is_normal
    assert "smaller" in advice.how_to_move and "not medical advice" in advice.not_advice


def test_an_unknown_key_is_named(tmp_path):
    path = tmp_path / "safety.toml"
    path.write_text('schema_version = 1\nshout = "x"\n', encoding="utf-8")
    with pytest.raises(CatalogError, match=r"safety.toml, field 'shout': unknown key"):
        load_safety(path)
