"""Each pose puts knees, hips, hands, feet and props where the routine's steps put them."""

from __future__ import annotations

import math

import pytest

from lumbar_coach.art import pose_names
from lumbar_coach.art.contacts import floor_gap, gaps
from lumbar_coach.art.kinematics import Skeleton, skeleton
from lumbar_coach.art.model import FRAMES
from lumbar_coach.art.motion import blend
from lumbar_coach.art.posedata import stretches
from lumbar_coach.art.vectors import Vec3, angles_of, dot, length, sub

ON_FLOOR = 1.5


def bones(stretch_id: str, frame: str) -> Skeleton:
    """The joints of one frame."""
    return skeleton(stretches()[stretch_id].pose(frame))


def both(stretch_id: str) -> tuple[Skeleton, Skeleton]:
    """The joints of the start and the stretched frame."""
    return bones(stretch_id, "start"), bones(stretch_id, "stretch")


def offset(body: Skeleton, point: str, axis: Vec3, origin: str = "pelvis") -> float:
    """How far ``point`` lies from ``origin`` along ``axis``."""
    return dot(sub(body.points[point], body.points[origin]), axis)


def level(axis: Vec3) -> Vec3:
    """An axis laid flat on the floor, at unit length."""
    size = math.hypot(axis[0], axis[2])
    return (axis[0] / size, 0.0, axis[2] / size)


def ahead(body: Skeleton, point: str, facing: Skeleton | None = None) -> float:
    """How far in front of the pelvis a point is, level with the floor."""
    return offset(body, point, level((facing or body).pelvis_frame.forward))


def to_right(body: Skeleton, point: str, facing: Skeleton | None = None) -> float:
    """How far to the body's right of the pelvis a point is."""
    return offset(body, point, (facing or body).pelvis_frame.right)


def height(body: Skeleton, point: str) -> float:
    """The height of a point's centre."""
    return body.points[point][1]


def bend_at(body: Skeleton, first: str, middle: str, last: str) -> float:
    """The angle in degrees at ``middle`` between its two neighbours (180 = straight)."""
    a, b = sub(body.points[first], body.points[middle]), sub(body.points[last], body.points[middle])
    return math.degrees(math.acos(max(-1.0, min(1.0, dot(a, b) / (length(a) * length(b))))))


def distance(body: Skeleton, first: str, second: str) -> float:
    """The distance between two points."""
    return length(sub(body.points[first], body.points[second]))


def level_distance(body: Skeleton, first: str, second: str) -> float:
    """The distance between two points seen from above."""
    (x1, _, z1), (x2, _, z2) = body.points[first], body.points[second]
    return math.hypot(x1 - x2, z1 - z2)


def on_floor(body: Skeleton, *points: str) -> bool:
    """Whether every point rests on the floor."""
    return all(abs(floor_gap(body, point)) <= ON_FLOOR for point in points)


FRAME_CASES = [(stretch_id, frame) for stretch_id in pose_names() for frame in FRAMES]


@pytest.mark.parametrize(("stretch_id", "frame"), FRAME_CASES)
def test_listed_floor_points_rest_on_the_floor(stretch_id, frame):
    pose = stretches()[stretch_id].pose(frame)
    body = skeleton(pose)
    assert len(pose.contacts) >= 2
    for point in pose.contacts:
        assert abs(floor_gap(body, point)) <= ON_FLOOR, f"{point} is {floor_gap(body, point):.1f} cm off the floor"


@pytest.mark.parametrize("stretch_id", pose_names())
@pytest.mark.parametrize("t", [0.0, 0.25, 0.5, 0.75, 1.0])
def test_nothing_sinks_into_the_floor_while_moving(stretch_id, t):
    art = stretches()[stretch_id]
    lowest = min(gaps(skeleton(blend(art.start, art.stretch, t))).items(), key=lambda item: item[1])
    assert lowest[1] >= -1.0, f"{lowest[0]} is {-lowest[1]:.1f} cm under the floor"


@pytest.mark.parametrize("stretch_id", pose_names())
def test_props_rest_on_the_floor_in_both_frames(stretch_id):
    art = stretches()[stretch_id]
    assert set(art.start.props) == set(art.stretch.props)
    for pose in (art.start, art.stretch):
        assert all(place[1] > 0 for place in pose.props.values())


def test_ql_release_lies_on_the_left_side_on_a_roller_above_the_hip():
    for body, pose in zip(both("ql-oblique-release"), (stretches()["ql-oblique-release"].pose(f) for f in FRAMES)):
        assert height(body, "left_hip") < height(body, "right_hip") - 10
        roller = pose.props["roller"]
        along = dot(sub(roller, body.points["pelvis"]), body.pelvis_frame.up)
        assert 0 < along < 40, "the roller sits between hip and ribs"
        assert bend_at(body, "left_hip", "left_knee", "left_ankle") > 160
        assert 70 < bend_at(body, "right_hip", "right_knee", "right_ankle") < 110
        assert distance(body, "right_wrist", "right_hip") < 12
        assert on_floor(body, "left_elbow", "left_ankle", "right_ankle")
        assert offset(body, "left_elbow", level(body.chest_frame.up), "left_shoulder") > 5, "elbow beyond the shoulder"


def test_ql_release_rolls_from_the_hip_toward_the_ribs():
    art = stretches()["ql-oblique-release"]
    start, stretch = both("ql-oblique-release")
    reach = [dot(sub(pose.props["roller"], body.points["pelvis"]), body.pelvis_frame.up)
             for pose, body in ((art.start, start), (art.stretch, stretch))]
    assert reach[1] > reach[0] + 8
    assert stretch.pelvis_frame.forward[1] > start.pelvis_frame.forward[1] + 0.2, "rolled toward the back"


def test_glute_release_lies_face_up_on_a_ball_under_the_left_glute():
    art = stretches()["glute-release"]
    start, stretch = both("glute-release")
    assert start.pelvis_frame.forward[1] > 0.9
    for body, pose in ((start, art.start), (stretch, art.stretch)):
        ball = pose.props["ball"]
        assert math.hypot(ball[0] - body.points["left_hip"][0], ball[2] - body.points["left_hip"][2]) < 12
        assert ball[1] < height(body, "pelvis")
    assert height(start, "left_knee") > height(start, "left_hip") + 20
    assert on_floor(start, "left_ankle", "right_ankle")


def test_glute_release_progression_sits_up_with_the_left_ankle_on_the_right_knee():
    stretch = bones("glute-release", "stretch")
    assert stretch.pelvis_frame.up[1] > 0.6
    assert distance(stretch, "left_ankle", "right_knee") < 10
    assert to_right(stretch, "left_knee") < -15, "the left knee opens to the left"
    assert on_floor(stretch, "right_ankle", "left_wrist", "right_wrist")


def test_active_hamstring_kneels_with_the_left_leg_straight_in_front():
    for body in both("active-hamstring"):
        start = bones("active-hamstring", "start")
        assert ahead(body, "left_ankle", start) > 50
        assert bend_at(body, "left_hip", "left_knee", "left_ankle") > 155
        assert height(body, "left_toe") > height(body, "left_ankle") + 8, "toes up"
        assert on_floor(body, "left_ankle", "right_knee", "right_toe", "right_ankle")
        assert ahead(body, "right_ankle", start) < -30, "calf behind, top of the foot down"


def test_active_hamstring_hinges_the_chest_toward_the_thigh_hands_by_the_leg():
    start, stretch = both("active-hamstring")
    assert height(stretch, "shoulders") < height(start, "shoulders") - 30
    assert ahead(stretch, "shoulders", start) > 25
    for wrist in ("left_wrist", "right_wrist"):
        assert on_floor(stretch, wrist)
        assert level_distance(stretch, wrist, "left_knee") < 25


def test_active_adductor_reaches_the_right_leg_out_to_the_side():
    start = bones("active-adductor", "start")
    for body in both("active-adductor"):
        assert to_right(body, "right_ankle", start) > 60
        assert bend_at(body, "right_hip", "right_knee", "right_ankle") > 160
        assert height(body, "right_toe") > height(body, "right_ankle") + 8, "toes up"
        assert on_floor(body, "right_ankle", "left_knee")
        assert abs(to_right(body, "left_knee", start) - to_right(body, "left_hip", start)) < 6


def test_active_adductor_hinges_until_the_back_is_level_with_the_hips():
    start, stretch = both("active-adductor")
    assert abs(height(stretch, "shoulders") - height(stretch, "pelvis")) < 12
    for wrist in ("left_wrist", "right_wrist"):
        assert on_floor(stretch, wrist)
        assert ahead(stretch, wrist, start) > 30, "hands in front of the chest"


def test_active_hip_flexor_half_kneels_on_the_right_knee_left_foot_forward():
    start, stretch = both("active-hip-flexor")
    for body in (start, stretch):
        assert ahead(body, "left_ankle", start) > 20
        assert on_floor(body, "left_ankle", "right_knee", "right_toe")
        for wrist in ("left_wrist", "right_wrist"):
            assert distance(body, wrist, "left_knee") < 30 and height(body, wrist) > height(body, "left_knee")
    assert 75 < bend_at(start, "left_hip", "left_knee", "left_ankle") < 105


def test_active_hip_flexor_shifts_forward_with_shoulders_over_hips():
    start, stretch = both("active-hip-flexor")
    assert ahead(stretch, "pelvis", start) - ahead(start, "pelvis", start) == pytest.approx(0.0)
    assert stretch.points["pelvis"][0] - start.points["pelvis"][0] > 10
    assert abs(ahead(stretch, "shoulders", start)) < 6
    assert ahead(stretch, "right_knee", start) < -12, "the right hip opens behind"


def test_prone_press_up_lies_face_down_with_palms_by_the_head():
    start = bones("prone-press-up", "start")
    assert start.pelvis_frame.forward[1] < -0.9
    for side in ("left", "right"):
        assert distance(start, f"{side}_hand", "head") < 30
        assert abs(to_right(start, f"{side}_elbow")) < 22, "elbows tucked in"
        assert bend_at(start, f"{side}_hip", f"{side}_knee", f"{side}_ankle") > 165
    assert on_floor(start, "left_elbow", "left_wrist", "chest")


def test_prone_press_up_lifts_the_chest_on_the_palms_and_looks_forward():
    start, stretch = both("prone-press-up")
    assert height(stretch, "shoulders") > height(start, "shoulders") + 20
    assert floor_gap(stretch, "pelvis") < ON_FLOOR
    assert distance(stretch, "left_wrist", "left_wrist") == 0
    assert level_distance(stretch, "left_wrist", "left_shoulder") < 30
    assert stretch.points["left_wrist"] == pytest.approx(start.points["left_wrist"], abs=1.0)
    assert height(stretch, "head") > height(stretch, "shoulders") + 8


def sag(body: Skeleton) -> float:
    """How far the waist dips below the line from pelvis to shoulders."""
    pelvis, shoulders, waist = (body.points[p] for p in ("pelvis", "shoulders", "waist"))
    k = dot(sub(waist, pelvis), sub(shoulders, pelvis)) / dot(sub(shoulders, pelvis), sub(shoulders, pelvis))
    return pelvis[1] + (shoulders[1] - pelvis[1]) * k - waist[1]


@pytest.mark.parametrize("stretch_id", ["cat-camel-hold", "hip-activation"])
def test_tabletop_stacks_shoulders_over_wrists_and_hips_over_knees(stretch_id):
    start = bones(stretch_id, "start")
    assert level_distance(start, "right_shoulder", "right_wrist") < 8
    assert level_distance(start, "right_hip", "right_knee") < 8
    assert on_floor(start, "left_knee", "right_knee", "left_wrist", "right_wrist")


def test_cat_camel_arches_the_back_and_lifts_the_chest():
    start, stretch = both("cat-camel-hold")
    assert sag(stretch) > sag(start) + 4
    assert height(stretch, "head") > height(start, "head")
    assert level_distance(stretch, "right_shoulder", "right_wrist") < 8


def test_bridge_lifts_the_hips_into_a_line_from_knees_to_shoulders():
    start, stretch = both("bridge-hold")
    assert start.pelvis_frame.forward[1] > 0.9
    assert level_distance(start, "left_ankle", "pelvis") < 50, "feet near the glutes"
    assert height(stretch, "pelvis") > height(start, "pelvis") + 10
    assert bend_at(stretch, "left_knee", "pelvis", "shoulders") > 165
    for body in (start, stretch):
        assert on_floor(body, "left_ankle", "right_ankle", "left_wrist", "right_wrist")
        assert level_distance(body, "left_wrist", "pelvis") < 35, "arms by the sides"


def test_ninety_ninety_sits_with_the_right_leg_in_front_and_the_left_behind():
    start, stretch = both("ninety-ninety")
    for body in (start, stretch):
        assert ahead(body, "right_knee", start) > 35
        assert abs(to_right(body, "right_knee", start) - to_right(body, "right_hip", start)) < 10
        assert to_right(body, "left_knee", start) < -35
        assert ahead(body, "left_ankle", start) < -30, "left foot points behind"
        for side in ("left", "right"):
            assert 75 < bend_at(body, f"{side}_hip", f"{side}_knee", f"{side}_ankle") < 105


def test_ninety_ninety_hinges_a_flat_back_toward_the_right_leg_hands_by_foot_and_knee():
    start, stretch = both("ninety-ninety")
    assert ahead(stretch, "shoulders", start) > 20
    lumbar, thorax = (angles_of(sub(stretch.points[b], stretch.points[a])) for a, b in (("pelvis", "waist"), ("waist", "shoulders")))
    assert abs(lumbar[0] - thorax[0]) < 15 and abs(lumbar[1] - thorax[1]) < 15, "back flat"
    near = sorted(min(level_distance(stretch, wrist, spot) for wrist in ("left_wrist", "right_wrist")) for spot in ("right_ankle", "right_knee"))
    assert near[1] < 22
    assert on_floor(stretch, "left_wrist", "right_wrist")


def test_hip_activation_lifts_the_bent_left_knee_out_to_the_side():
    start, stretch = both("hip-activation")
    assert height(start, "head") < height(start, "shoulders"), "gaze at the floor"
    assert floor_gap(stretch, "left_knee") > 25
    assert to_right(stretch, "left_knee") < -30
    assert 70 < bend_at(stretch, "left_hip", "left_knee", "left_ankle") < 110
    assert stretches()["hip-activation"].arrow.circle > 0 and stretches()["hip-activation"].arrow.point == "left_knee"


def test_side_bend_half_kneels_left_foot_forward_arms_overhead():
    start = bones("side-bend-hold", "start")
    assert ahead(start, "left_ankle") > 30
    assert 75 < bend_at(start, "left_hip", "left_knee", "left_ankle") < 105
    assert on_floor(start, "left_ankle", "right_knee")
    assert min(height(start, "left_wrist"), height(start, "right_wrist")) > height(start, "head")


def test_side_bend_bends_to_the_right_with_the_left_arm_up_and_over():
    start, stretch = both("side-bend-hold")
    assert to_right(stretch, "head", start) > 15
    assert to_right(stretch, "left_hand", start) > 0
    assert height(stretch, "left_hand") > height(stretch, "head")
    for point in ("pelvis", "left_knee", "right_knee", "left_ankle"):
        assert stretch.points[point] == pytest.approx(start.points[point], abs=0.5), f"{point} stays put"
