"""The pose file reader is strict: it names what is wrong and where."""

from __future__ import annotations

import pytest

from lumbar_coach.art.posedata import ArtDataError, parse_document, stretches

LIMBS = """
left_arm = { upper = -90, lower = -90, end = -90 }
right_arm = { upper = -90, lower = -90, end = -90 }
left_leg = { upper = -90, lower = -90, end = 0 }
right_leg = { reach = [10, 0], bend = 0, end = 0 }
"""
POSE = """pelvis = [0, 90, 0]
face = 0
lumbar = 90
thorax = 90
neck = 90
""" + LIMBS


def document(extra_stretch: str = "", extra_pose: str = "", stretch_pose: str = "") -> str:
    """A one-stretch pose document, with lines added where asked."""
    return (f'[standing]\narrow = {{ point = "head" }}\n{extra_stretch}\n'
            f"[standing.start]\n{POSE}{extra_pose}\n"
            f"[standing.stretch]\n{stretch_pose or POSE}")


def test_a_minimal_document_is_read():
    art = parse_document(document())["standing"]
    assert art.start.pelvis == (0.0, 90.0, 0.0)
    assert art.start.angles["lumbar"] == (90.0, 0.0)
    assert art.start.angles["chest_face"] == art.start.angles["face"]
    assert "right_leg" in art.start.reaches


def test_a_reach_on_the_floor_rests_the_ankle_on_it():
    target, _ = parse_document(document())["standing"].start.reaches["right_leg"]
    assert target == (10.0, 3.8, 0.0)


@pytest.mark.parametrize(("extra_stretch", "extra_pose", "message"), [
    ("colour = 'red'", "", "unknown key"),
    ("", "wings = 2", "unknown key"),
    ("", "floor = ['left_tail']", "unknown name 'left_tail'"),
    ("accent = ['left_wing']", "", "unknown name 'left_wing'"),
    ("", "ball = [1, 2, 3, 4]", "expected 3 numbers"),
    ("view = { roll = 4 }", "", "unknown key"),
    ("muscles = [{ points = ['knee'], radius = 3 }]", "", "unknown name 'knee'"),
])
def test_mistakes_are_named(extra_stretch, extra_pose, message):
    with pytest.raises(ArtDataError, match=message):
        parse_document(document(extra_stretch, extra_pose))


def test_a_missing_joint_is_named_with_its_place():
    broken = POSE.replace("neck = 90\n", "")
    with pytest.raises(ArtDataError, match=r"standing.stretch: missing key 'neck'"):
        parse_document(document(stretch_pose=broken))


def test_a_limb_cannot_be_both_reached_and_given():
    broken = POSE.replace("reach = [10, 0], bend = 0", "reach = [10, 0], bend = 0, upper = 3, lower = 4")
    with pytest.raises(ArtDataError, match="either reach and bend"):
        parse_document(document(stretch_pose=broken))


def test_like_starts_from_another_pose_and_overrides_it():
    text = document(stretch_pose='like = "standing.start"\nlumbar = 80\n')
    art = parse_document(text)["standing"]
    assert art.stretch.angles["lumbar"] == (80.0, 0.0)
    assert art.stretch.angles["neck"] == art.start.angles["neck"]


def test_like_must_name_an_existing_pose():
    with pytest.raises(ArtDataError, match="no pose 'standing.middle'"):
        parse_document(document(stretch_pose='like = "standing.middle"\n'))


def test_broken_toml_is_reported():
    with pytest.raises(ArtDataError, match="poses.toml"):
        parse_document("[standing\n")


def test_the_packaged_poses_load():
    assert len(stretches()) == 11
    assert all(art.arrow.point for art in stretches().values())
