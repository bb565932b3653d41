"""The committed SVG and PNG files are exactly what the generator makes now."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

import pytest

from lumbar_coach.art import palette, render_svg
from lumbar_coach.art.build import ICON_NAME
from lumbar_coach.art.icon import ICON_SIZES, icon_png_path, icon_svg
from lumbar_coach.art.model import FRAMES
from tests.art.paths import ASSETS, frame_paths

SVG_NS = "{http://www.w3.org/2000/svg}"
EXPECTED_IDS = [
    "ql-oblique-release", "glute-release", "active-hamstring", "active-adductor", "active-hip-flexor",
    "prone-press-up", "cat-camel-hold", "bridge-hold", "ninety-ninety", "hip-activation", "side-bend-hold",
]


def test_the_eleven_stretches_are_illustrated_in_routine_order():
    from lumbar_coach.art import pose_names

    assert pose_names() == EXPECTED_IDS


@pytest.mark.parametrize(("stretch_id", "frame", "path"), frame_paths(), ids=lambda v: str(v))
def test_committed_frame_matches_the_generator(stretch_id, frame, path):
    assert path.is_file(), f"{path.name} is missing; run python -m lumbar_coach.art build"
    fresh = render_svg(stretch_id, float(FRAMES.index(frame)))
    assert path.read_text(encoding="utf-8") == fresh, f"{path.name} is stale; run python -m lumbar_coach.art build"


@pytest.mark.parametrize(("stretch_id", "frame", "path"), frame_paths(), ids=lambda v: str(v))
def test_committed_frame_is_valid_svg(qapp, stretch_id, frame, path):
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    data = path.read_bytes()
    root = ElementTree.fromstring(data)
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("viewBox") == "0 0 400 300"
    renderer = QSvgRenderer(QByteArray(data))
    assert renderer.isValid()
    assert renderer.viewBoxF().width() / renderer.viewBoxF().height() == pytest.approx(4 / 3)


def test_every_frame_has_a_figure_and_only_the_stretch_frame_an_arrow():
    for stretch_id in EXPECTED_IDS:
        start, stretch = (render_svg(stretch_id, t) for t in (0.0, 1.0))
        assert start.count("<path") >= 14 and stretch.count("<path") >= 14
        assert palette.ARROW in stretch
        assert palette.ARROW not in start


def test_committed_icon_matches_the_generator():
    assert (ASSETS / "icons" / ICON_NAME).read_text(encoding="utf-8") == icon_svg()


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_exists_at_each_size(qapp, size):
    from PySide6.QtGui import QImage

    path = ASSETS / "icons" / icon_png_path(size)
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is missing or unreadable"
    assert (image.width(), image.height()) == (size, size)
    assert image.pixelColor(size // 2, size // 2).alpha() == 255
    assert image.pixelColor(0, 0).alpha() < 64
