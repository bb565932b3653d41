"""The session picture eases into the stretch while getting ready and pulses gently during a hold."""

from __future__ import annotations

import pytest

from lumbar_coach.core.phases import Phase
from lumbar_coach.ui.picture_view import PictureView
from lumbar_coach.ui.session.pose_motion import EASE_SECONDS, PULSE_SECONDS, PoseMotion, pose_at


def phase(kind: str, mirrored: bool = False) -> Phase:
    return Phase(index=1, kind=kind, start=0, duration=20, cues=(), instruction="", stretch_id="bridge-hold", mirrored=mirrored)


def test_getting_ready_moves_from_start_to_stretch_pose():
    assert pose_at("prepare", 0) == (0.0, 0.0)
    assert pose_at("prepare", EASE_SECONDS / 2) == (0.5, 0.0)
    assert pose_at("switch", EASE_SECONDS * 3) == (1.0, 0.0)


def test_a_hold_pulses_at_the_stretch_pose():
    assert pose_at("hold", 0) == (1.0, 0.0)
    assert pose_at("hold", PULSE_SECONDS / 2) == (1.0, 1.0)
    assert pose_at("rest", 3) == (1.0, 0.0)


@pytest.fixture
def view(qtbot):
    widget = PictureView(None, 240)
    qtbot.addWidget(widget)
    widget.resize(240, 180)
    return widget


def test_frames_are_drawn_once_and_reused(view):
    motion = PoseMotion(view)
    motion.follow(phase("hold"), "bridge-hold")
    motion.show(0.0)
    first = view.current_pixmap()
    motion.show(PULSE_SECONDS)
    assert view.current_pixmap().cacheKey() == first.cacheKey()
    motion.show(PULSE_SECONDS / 2)
    assert view.current_pixmap().cacheKey() != first.cacheKey()
    assert len(motion._frames) == 2


def test_the_second_side_is_mirrored(view):
    left, right = PoseMotion(view), PoseMotion(view)
    left.follow(phase("hold"), "bridge-hold")
    right.follow(phase("hold", mirrored=True), "bridge-hold")
    plain = left._frame(1.0, 0.0).toImage()
    flipped = right._frame(1.0, 0.0).toImage()
    width = plain.width()
    assert abs(ink_centre_x(flipped) - (width - 1 - ink_centre_x(plain))) < 2
    assert abs(ink_centre_x(flipped) - ink_centre_x(plain)) > 5


def test_a_phase_without_a_stretch_shows_the_still_picture(view):
    motion = PoseMotion(view)
    motion.follow(phase("intro"), None)
    motion.show(1.0)
    assert view._frame is None


def ink_centre_x(image) -> float:
    """The mean x of the drawn (non-transparent) pixels."""
    xs = [x for y in range(0, image.height(), 3) for x in range(0, image.width(), 3) if image.pixelColor(x, y).alpha() > 0]
    return sum(xs) / len(xs)
