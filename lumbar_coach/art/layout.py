"""Fit a stretch into the picture: one scale and offset shared by both of its frames."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from lumbar_coach.art.scene import Node, Part, Scene

WIDTH = 400
HEIGHT = 300
MARGIN = 14.0
MAX_SCALE = 2.1
"""Pixels per centimetre at most, so that most figures share one size."""

Bounds = tuple[float, float, float, float]


@dataclass(frozen=True)
class Placement:
    """Picture centimetres to pixels: ``x = left + scale * u`` and ``y = base - scale * v``."""

    scale: float
    left: float
    base: float

    def point(self, u: float, v: float) -> tuple[float, float]:
        """A point in pixels."""
        return (self.left + self.scale * u, self.base - self.scale * v)

    def node(self, node: Node) -> Node:
        """A circle in pixels."""
        return (self.left + self.scale * node[0], self.base - self.scale * node[1], self.scale * node[2])


def scene_nodes(scene: Scene) -> Iterable[Node]:
    """Every circle drawn in a scene."""
    for shape in scene.shapes:
        yield from (shape.nodes if isinstance(shape, Part) else (shape.node,))


def bounds(nodes: Iterable[Node]) -> Bounds:
    """The box around circles: ``(left, bottom, right, top)``."""
    nodes = list(nodes)
    return (min(u - r for u, _, r in nodes), min(v - r for _, v, r in nodes),
            max(u + r for u, _, r in nodes), max(v + r for _, v, r in nodes))


def fit(box: Bounds) -> Placement:
    """The placement that centres ``box`` in the picture at the largest allowed scale."""
    left, bottom, right, top = box
    scale = min((WIDTH - 2 * MARGIN) / (right - left), (HEIGHT - 2 * MARGIN) / (top - bottom), MAX_SCALE)
    x0 = (WIDTH - scale * (right - left)) / 2 - scale * left
    y0 = (HEIGHT + scale * (top - bottom)) / 2 + scale * bottom
    return Placement(scale=scale, left=x0, base=y0)

