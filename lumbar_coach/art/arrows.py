"""The path of the arrow of movement, in picture centimetres."""

from __future__ import annotations

import math
from collections.abc import Callable

from lumbar_coach.art.camera import Projected
from lumbar_coach.art.kinematics import skeleton
from lumbar_coach.art.model import StretchArt
from lumbar_coach.art.motion import blend
from lumbar_coach.art.vectors import Vec3

Point = tuple[float, float]
SAMPLES = 24


def pushed(point: Projected, centre: Projected, grow: float) -> Point:
    """``point`` moved ``grow`` further away from ``centre`` in the picture."""
    du, dv = point[0] - centre[0], point[1] - centre[1]
    size = math.hypot(du, dv) or 1.0
    return (point[0] + du / size * grow, point[1] + dv / size * grow)


def track(art: StretchArt, project: Callable[[Vec3], Projected]) -> list[Point]:
    """Where the arrow's point travels between the two frames, trimmed and moved."""
    arrow = art.arrow
    first, last = arrow.trim
    points = []
    for i in range(SAMPLES + 1):
        bones = skeleton(blend(art.start, art.stretch, first + (last - first) * i / SAMPLES)).points
        place = project(bones[arrow.point])
        centre = project(bones[arrow.around]) if arrow.around else place
        u, v = pushed(place, centre, arrow.grow) if arrow.around else place[:2]
        points.append((u + arrow.shift[0], v + arrow.shift[1]))
    return points


def loop(art: StretchArt, project: Callable[[Vec3], Projected]) -> list[Point]:
    """Most of a circle around the arrow's point in the stretched frame."""
    u, v, _ = project(skeleton(art.stretch).points[art.arrow.point])
    u, v = u + art.arrow.shift[0], v + art.arrow.shift[1]
    radius = art.arrow.circle
    angles = [math.radians(200 - 300 * i / SAMPLES) for i in range(SAMPLES + 1)]
    return [(u + radius * math.cos(a), v + radius * 0.75 * math.sin(a)) for a in angles]


def smoothed(points: list[Point], rounds: int = 3) -> list[Point]:
    """A corner-cutting smoothing of a line that keeps its two ends."""
    for _ in range(rounds):
        points = [points[0], *interleaved(points), points[-1]]
    return points


def interleaved(points: list[Point]) -> list[Point]:
    """The quarter and three-quarter points of every step of a line."""
    cut = []
    for a, b in zip(points, points[1:]):
        cut.append((0.75 * a[0] + 0.25 * b[0], 0.75 * a[1] + 0.25 * b[1]))
        cut.append((0.25 * a[0] + 0.75 * b[0], 0.25 * a[1] + 0.75 * b[1]))
    return cut


def drawn(art: StretchArt, project: Callable[[Vec3], Projected]) -> list[Point]:
    """A line given as offsets from a point of the stretched frame, smoothed."""
    u, v, _ = project(skeleton(art.stretch).points[art.arrow.point])
    return smoothed([(u + du, v + dv) for du, dv in art.arrow.path])


def arrow_path(art: StretchArt, project: Callable[[Vec3], Projected]) -> list[Point]:
    """The arrow's line, from tail to head."""
    if art.arrow.path:
        return drawn(art, project)
    return loop(art, project) if art.arrow.circle > 0 else track(art, project)
