"""Small 3-D vector helpers on plain tuples, kept cheap for per-frame use.

World axes follow the default picture: x to the right, y up, z toward the viewer.
A direction is written as two angles in degrees: ``angle`` turns in the picture
plane (0 points right, 90 points up) and ``tilt`` leans it toward the viewer.
"""

from __future__ import annotations

import math

Vec3 = tuple[float, float, float]


def add(p: Vec3, q: Vec3) -> Vec3:
    """The sum of two vectors."""
    return (p[0] + q[0], p[1] + q[1], p[2] + q[2])


def sub(p: Vec3, q: Vec3) -> Vec3:
    """The difference ``p - q``."""
    return (p[0] - q[0], p[1] - q[1], p[2] - q[2])


def scale(p: Vec3, k: float) -> Vec3:
    """``p`` stretched by the factor ``k``."""
    return (p[0] * k, p[1] * k, p[2] * k)


def along(origin: Vec3, direction_: Vec3, distance: float) -> Vec3:
    """The point ``distance`` away from ``origin`` in ``direction_``."""
    return (origin[0] + direction_[0] * distance,
            origin[1] + direction_[1] * distance,
            origin[2] + direction_[2] * distance)


def dot(p: Vec3, q: Vec3) -> float:
    """The dot product."""
    return p[0] * q[0] + p[1] * q[1] + p[2] * q[2]


def cross(p: Vec3, q: Vec3) -> Vec3:
    """The cross product ``p x q``."""
    return (p[1] * q[2] - p[2] * q[1],
            p[2] * q[0] - p[0] * q[2],
            p[0] * q[1] - p[1] * q[0])


def length(p: Vec3) -> float:
    """The Euclidean length."""
    return math.sqrt(dot(p, p))


def unit(p: Vec3) -> Vec3:
    """``p`` scaled to length one (the zero vector stays zero)."""
    size = length(p)
    return scale(p, 1.0 / size) if size > 1e-12 else (0.0, 0.0, 0.0)


def direction(angle: float, tilt: float = 0.0) -> Vec3:
    """The unit vector for a picture-plane ``angle`` and a ``tilt`` toward the viewer."""
    a, s = math.radians(angle), math.radians(tilt)
    return (math.cos(s) * math.cos(a), math.cos(s) * math.sin(a), math.sin(s))


def angles_of(vector: Vec3) -> tuple[float, float]:
    """The ``(angle, tilt)`` pair of a non-zero vector; inverse of :func:`direction`."""
    x, y, z = unit(vector)
    tilt = math.degrees(math.asin(max(-1.0, min(1.0, z))))
    angle = math.degrees(math.atan2(y, x)) if abs(x) + abs(y) > 1e-9 else 0.0
    return (angle, tilt)
