"""How far each drawn point of a figure sits above the floor."""

from __future__ import annotations

import math

from lumbar_coach.art import body
from lumbar_coach.art.kinematics import Skeleton


def bottom_radius(skeleton: Skeleton, point: str) -> float:
    """How far a point's drawn shape reaches below its centre."""
    if point == "head":
        return body.HEAD_RADIUS
    if point in body.TORSO_SECTIONS:
        half_width, half_depth = body.TORSO_SECTIONS[point]
        frame = skeleton.frame_at(point)
        return math.hypot(half_width * frame.right[1], half_depth * frame.forward[1])
    radius = body.joint_radius(point)
    if radius is None:
        raise KeyError(point)
    return radius


def floor_gap(skeleton: Skeleton, point: str) -> float:
    """The height of the lowest edge of a point's shape above the floor (negative: below)."""
    return skeleton.points[point][1] - bottom_radius(skeleton, point)


def gaps(skeleton: Skeleton) -> dict[str, float]:
    """The floor gap of every point of the figure."""
    return {point: floor_gap(skeleton, point) for point in skeleton.points}
