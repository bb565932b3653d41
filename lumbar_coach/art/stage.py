"""What stays the same through a stretch's motion: camera, placement, floor and arrow."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from lumbar_coach.art import palette, shapes
from lumbar_coach.art.arrows import Point, arrow_path
from lumbar_coach.art.camera import Projected, projector
from lumbar_coach.art.kinematics import skeleton
from lumbar_coach.art.layout import MARGIN, MAX_SCALE, WIDTH, Placement, bounds, fit, scene_nodes
from lumbar_coach.art.model import FRAMES, StretchArt
from lumbar_coach.art.posedata import stretches
from lumbar_coach.art.scene import Node, compose
from lumbar_coach.art.vectors import Vec3

MAT_PADDING = 10.0
ARROW_WIDTH = 5.0
ARROW_HEAD = 13.0


@dataclass(frozen=True)
class Stage:
    """The fixed parts of one stretch's pictures."""

    art: StretchArt
    project: Callable[[Vec3], Projected]
    placement: Placement
    floor: str
    arrow_line: str
    arrow_heads: str


def footprint(art: StretchArt) -> list[Vec3]:
    """The corners of a floor mat under both frames of a stretch."""
    points = [p for frame in FRAMES for p in skeleton(art.pose(frame)).points.values()]
    xs, zs = [p[0] for p in points], [p[2] for p in points]
    x0, x1 = min(xs) - MAT_PADDING, max(xs) + MAT_PADDING
    z0, z1 = min(zs) - MAT_PADDING, max(zs) + MAT_PADDING
    return [(x0, 0.0, z0), (x1, 0.0, z0), (x1, 0.0, z1), (x0, 0.0, z1)]


def floor_nodes(art: StretchArt, project: Callable[[Vec3], Projected]) -> list[Node]:
    """What the floor adds to the picture's extent: the mat, or the floor level."""
    if art.view.pitch == 0:
        return [(project(art.start.pelvis)[0], 0.0, 0.0)]
    return [(u, v, 0.0) for u, v, _ in map(project, footprint(art))]


def floor_svg(art: StretchArt, project: Callable[[Vec3], Projected], placement: Placement) -> str:
    """A floor line across the picture, or a mat seen from above."""
    if art.view.pitch == 0:
        y = placement.base
        return (f'<path d="M{MARGIN:.1f} {y:.1f}H{WIDTH - MARGIN:.1f}" fill="none" stroke="{palette.FLOOR}" '
                f'stroke-width="3" stroke-linecap="round"/>')
    corners = [placement.point(u, v) for u, v, _ in map(project, footprint(art))]
    return (f'<path d="{shapes.polyline(corners)}Z" fill="{palette.FLOOR}" fill-opacity="0.16" '
            f'stroke="{palette.FLOOR}" stroke-width="2" stroke-linejoin="round"/>')


def arrow_svg(path: list[Point], placement: Placement, both: bool) -> tuple[str, str]:
    """The arrow's line and its head (or heads) as path data in pixels."""
    pixels = [placement.point(u, v) for u, v in path]
    heads = shapes.arrowhead(pixels[-1], pixels[-3], ARROW_HEAD)
    line = shortened(pixels, ARROW_HEAD * 0.7)
    if both:
        heads += shapes.arrowhead(pixels[0], pixels[2], ARROW_HEAD)
        line = shortened(line[::-1], ARROW_HEAD * 0.7)
    return shapes.polyline(line), heads


def shortened(points: list[Point], by: float) -> list[Point]:
    """A line with its far end pulled back by ``by`` pixels, so a head covers it."""
    kept = list(points)
    while len(kept) > 2 and math.dist(kept[-2], points[-1]) < by:
        kept.pop()
    (x0, y0), (x1, y1) = kept[-2], points[-1]
    gap = math.dist(kept[-2], points[-1]) or 1.0
    k = max(0.0, (gap - by) / gap)
    kept[-1] = (x0 + (x1 - x0) * k, y0 + (y1 - y0) * k)
    return kept


@cache
def stage(stretch_id: str) -> Stage:
    """The fixed parts of a stretch's pictures, worked out once."""
    art = stretches()[stretch_id]
    project = projector(art.view)
    scenes = [compose(art, skeleton(pose), pose.props, project) for pose in (art.start, art.stretch)]
    path = arrow_path(art, project)
    extra = [(u, v, ARROW_HEAD / MAX_SCALE) for u, v in path] + floor_nodes(art, project)
    placement = fit(bounds([*scene_nodes(scenes[0]), *scene_nodes(scenes[1]), *extra]))
    line, heads = arrow_svg(path, placement, art.arrow.both)
    return Stage(art, project, placement, floor_svg(art, project, placement), line, heads)
