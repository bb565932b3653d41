"""From joint angles to joint positions (forward), and from a target to angles (reach)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from lumbar_coach.art import body
from lumbar_coach.art.model import Angles, Pose
from lumbar_coach.art.vectors import Vec3, add, along, angles_of, cross, direction, dot, length, scale, sub, unit


@dataclass(frozen=True)
class Frame:
    """The body's own axes at one place on the trunk."""

    forward: Vec3
    up: Vec3
    right: Vec3


@dataclass(frozen=True)
class Skeleton:
    """Joint positions in world centimetres, and the trunk's axes at pelvis and chest."""

    points: dict[str, Vec3]
    pelvis_frame: Frame
    chest_frame: Frame

    def frame_at(self, point: str) -> Frame:
        """The trunk frame that carries a torso point."""
        return self.pelvis_frame if point in ("pelvis", "waist") else self.chest_frame


def body_frame(face: Angles, up: Angles) -> Frame:
    """Axes from where the front faces and where the spine points (front made square)."""
    up_vector = direction(*up)
    right = unit(cross(direction(*face), up_vector))
    return Frame(forward=cross(up_vector, right), up=up_vector, right=right)


def trunk(pose: Pose) -> Skeleton:
    """The torso and head of a pose, without the limbs."""
    angles = pose.angles
    pelvis_frame = body_frame(angles["face"], angles["lumbar"])
    chest_frame = body_frame(angles["chest_face"], angles["thorax"])
    waist = along(pose.pelvis, pelvis_frame.up, body.LUMBAR)
    shoulders = along(waist, chest_frame.up, body.THORAX)
    points = {
        "pelvis": pose.pelvis,
        "waist": waist,
        "chest": along(waist, chest_frame.up, body.THORAX * body.CHEST_AT),
        "shoulders": shoulders,
        "head": along(shoulders, direction(*angles["neck"]), body.NECK),
    }
    return Skeleton(points, pelvis_frame, chest_frame)


def limb_root(torso: Skeleton, limb: str) -> Vec3:
    """Where a limb joins the trunk: a shoulder or a hip joint."""
    side, _, kind = limb.partition("_")
    sign = 1.0 if side == "right" else -1.0
    if kind == "arm":
        return along(torso.points["shoulders"], torso.chest_frame.right, sign * body.SHOULDER_HALF_WIDTH)
    return along(torso.points["pelvis"], torso.pelvis_frame.right, sign * body.HIP_HALF_WIDTH)


def limb_angles(torso: Skeleton, pose: Pose, limb: str) -> tuple[Angles, Angles, Angles]:
    """The three segment angles of a limb: solved toward its reach target, or as given."""
    end = pose.angles[f"{limb}.end"]
    if limb in pose.reaches:
        target, bend = pose.reaches[limb]
        upper, lower = reach(limb_root(torso, limb), target, body.limb_build(limb).lengths[:2], bend)
        return upper, lower, end
    return pose.angles[f"{limb}.upper"], pose.angles[f"{limb}.lower"], end


def add_limb(skeleton: Skeleton, pose: Pose, limb: str) -> None:
    """Place the joints of one limb into ``skeleton``."""
    build = body.limb_build(limb)
    side = limb.partition("_")[0]
    point = limb_root(skeleton, limb)
    skeleton.points[f"{side}_{build.joints[0]}"] = point
    for joint, angles, size in zip(build.joints[1:], limb_angles(skeleton, pose, limb), build.lengths):
        point = along(point, direction(*angles), size)
        skeleton.points[f"{side}_{joint}"] = point


def skeleton(pose: Pose) -> Skeleton:
    """Every joint of a pose."""
    whole = trunk(pose)
    for limb in body.limb_names():
        add_limb(whole, pose, limb)
    return whole


def reach(root: Vec3, target: Vec3, lengths: tuple[float, float], bend: Vec3) -> tuple[Angles, Angles]:
    """Angles of two segments from ``root`` whose end lands on ``target``.

    The middle joint bends toward ``bend``; a target out of reach is met by the
    straight limb pointing at it.
    """
    upper, lower = lengths
    gap = sub(target, root)
    span = min(max(length(gap), abs(upper - lower) + 1e-6), upper + lower - 1e-6)
    aim = unit(gap)
    side = unit(sub(bend, scale(aim, dot(bend, aim))))
    cos_root = (upper * upper + span * span - lower * lower) / (2 * upper * span)
    sin_root = math.sqrt(max(0.0, 1 - cos_root * cos_root))
    middle = add(root, add(scale(aim, upper * cos_root), scale(side, upper * sin_root)))
    end = along(root, aim, span)
    return angles_of(sub(middle, root)), angles_of(sub(end, middle))
