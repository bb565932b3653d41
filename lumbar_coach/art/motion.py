"""Easing and blending between two poses."""

from __future__ import annotations

import math

from lumbar_coach.art.model import Angles, Pose
from lumbar_coach.art.vectors import Vec3, unit


def ease(t: float) -> float:
    """A gentle start and a gentle stop: 0 at 0, 1 at 1, flat at both ends."""
    t = min(1.0, max(0.0, t))
    return 0.5 - 0.5 * math.cos(math.pi * t)


def turn_between(first: float, second: float, k: float) -> float:
    """An angle ``k`` of the way from ``first`` to ``second``, the short way round."""
    step = (second - first + 180.0) % 360.0 - 180.0
    return first + step * k


def blend_angles(first: Angles, second: Angles, k: float) -> Angles:
    """An ``(angle, tilt)`` pair ``k`` of the way between two pairs."""
    return (turn_between(first[0], second[0], k), first[1] + (second[1] - first[1]) * k)


def blend_points(first: tuple[float, ...], second: tuple[float, ...], k: float) -> tuple[float, ...]:
    """A point ``k`` of the way between two points."""
    return tuple(a + (b - a) * k for a, b in zip(first, second))


def blend(start: Pose, stretch: Pose, t: float) -> Pose:
    """The pose at time ``t`` (0 = start, 1 = stretch), eased; the ends are returned as they are."""
    if t <= 0.0:
        return start
    if t >= 1.0:
        return stretch
    k = ease(t)
    angles = {key: blend_angles(value, stretch.angles[key], k) for key, value in start.angles.items()}
    props = {name: blend_points(place, stretch.props.get(name, place), k) for name, place in start.props.items()}
    reaches = {limb: blend_reach(aim, stretch.reaches[limb], k) for limb, aim in start.reaches.items() if limb in stretch.reaches}
    return Pose(blend_points(start.pelvis, stretch.pelvis, k), angles, props, (), reaches)


def blend_reach(first: tuple[Vec3, Vec3], second: tuple[Vec3, Vec3], k: float) -> tuple[Vec3, Vec3]:
    """A reach target and bend direction ``k`` of the way between two."""
    return blend_points(first[0], second[0], k), unit(blend_points(first[1], second[1], k))
