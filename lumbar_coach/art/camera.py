"""An orthographic camera that turns world centimetres into picture coordinates."""

from __future__ import annotations

import math
from collections.abc import Callable

from lumbar_coach.art.model import View
from lumbar_coach.art.vectors import Vec3

Projected = tuple[float, float, float]
"""Picture ``u`` to the right, ``v`` up, and ``depth`` toward the viewer, in centimetres."""


def projector(view: View) -> Callable[[Vec3], Projected]:
    """A function that projects world points for this view.

    ``yaw`` walks the camera round toward +x; ``pitch`` raises it to look down.
    """
    cy, sy = math.cos(math.radians(view.yaw)), math.sin(math.radians(view.yaw))
    cp, sp = math.cos(math.radians(view.pitch)), math.sin(math.radians(view.pitch))

    def project(point: Vec3) -> Projected:
        x, y, z = point
        u, depth = x * cy - z * sy, x * sy + z * cy
        return (u, y * cp - depth * sp, y * sp + depth * cp)

    return project

