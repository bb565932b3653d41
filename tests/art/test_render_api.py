"""render_svg: exact ends, eased middle, highlight, and the promises the app relies on."""

from __future__ import annotations

import math
import time
import xml.etree.ElementTree as ElementTree

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lumbar_coach.art import image_name, palette, pose_names, render_svg
from lumbar_coach.art.motion import ease, turn_between
from tests.art.paths import ASSETS


@pytest.mark.parametrize("stretch_id", pose_names())
def test_ends_equal_the_committed_frames_and_the_middle_differs(stretch_id):
    start = (ASSETS / "images" / image_name(stretch_id, "start")).read_text(encoding="utf-8")
    stretch = (ASSETS / "images" / image_name(stretch_id, "stretch")).read_text(encoding="utf-8")
    middle = render_svg(stretch_id, 0.5)
    assert render_svg(stretch_id, 0.0) == start
    assert render_svg(stretch_id, 1.0) == stretch
    assert middle not in (start, stretch)
    assert start != stretch


@pytest.mark.parametrize("stretch_id", pose_names())
def test_times_outside_the_range_are_held_at_the_ends(stretch_id):
    assert render_svg(stretch_id, -2.0) == render_svg(stretch_id, 0.0)
    assert render_svg(stretch_id, 7.0) == render_svg(stretch_id, 1.0)


@pytest.mark.parametrize("stretch_id", pose_names())
def test_highlight_brightens_the_accent_and_nothing_else(stretch_id):
    plain = render_svg(stretch_id, 1.0)
    lit = render_svg(stretch_id, 1.0, highlight=1.0)
    assert palette.ACCENT in plain or palette.ACCENT_FAR in plain
    assert lit != plain
    assert palette.ACCENT_BRIGHT in lit
    assert lit.count(palette.BODY) == plain.count(palette.BODY)


def test_unknown_stretch_is_refused():
    with pytest.raises(KeyError, match="no-such-stretch"):
        render_svg("no-such-stretch", 0.0)


@given(t=st.floats(min_value=0.0, max_value=1.0), highlight=st.floats(min_value=0.0, max_value=1.0))
@settings(max_examples=40, deadline=None)
def test_every_moment_is_well_formed_svg(t, highlight):
    root = ElementTree.fromstring(render_svg("bridge-hold", t, highlight=highlight))
    assert root.get("viewBox") == "0 0 400 300"
    assert not any(element.tag.endswith("text") for element in root.iter())


@pytest.mark.parametrize("stretch_id", pose_names())
def test_pictures_hold_no_text_and_no_background(stretch_id):
    for t in (0.0, 1.0):
        root = ElementTree.fromstring(render_svg(stretch_id, t))
        tags = {element.tag.rpartition("}")[2] for element in root.iter()}
        assert tags <= {"svg", "g", "path"}, tags


def test_easing_starts_and_stops_gently():
    assert ease(0.0) == 0.0 and ease(1.0) == 1.0
    assert ease(0.5) == pytest.approx(0.5)
    assert ease(0.05) < 0.05 and ease(0.95) > 0.95


@given(st.floats(min_value=0.0, max_value=1.0), st.floats(min_value=0.0, max_value=1.0))
def test_easing_never_goes_backwards(a, b):
    low, high = sorted((a, b))
    assert ease(low) <= ease(high)


@given(st.floats(-720, 720), st.floats(-720, 720))
def test_turning_takes_the_short_way_round(first, second):
    halfway = turn_between(first, second, 0.5)
    step = abs(halfway - first)
    assert step <= 90.0 + 1e-9
    assert math.isclose(math.cos(math.radians(turn_between(first, second, 1.0))), math.cos(math.radians(second)), abs_tol=1e-9)


def test_a_frame_renders_in_well_under_two_milliseconds():
    ids = pose_names()
    render_svg(ids[0], 0.5)
    started = time.perf_counter()
    count = 0
    for step in range(20):
        for stretch_id in ids:
            render_svg(stretch_id, step / 19, highlight=step / 19)
            count += 1
    assert (time.perf_counter() - started) / count < 0.002
