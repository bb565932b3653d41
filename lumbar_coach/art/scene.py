"""Turn a skeleton into flat, depth-ordered shapes in picture centimetres."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from lumbar_coach.art import body
from lumbar_coach.art.camera import Projected
from lumbar_coach.art.kinematics import Skeleton
from lumbar_coach.art.model import Muscle, StretchArt
from lumbar_coach.art.posedata import PROP_RADII
from lumbar_coach.art.vectors import Vec3, add, cross, scale, sub, unit

Node = tuple[float, float, float]
"""A circle in the picture: ``u``, ``v`` and radius."""

TORSO_CHAIN = ("pelvis", "waist", "chest", "shoulders")
FAR_BY = 4.0
BIAS = {"torso": 0.0, "muscle": 0.01, "arm": 1.0, "leg": 0.5, "head": 2.0}


@dataclass(frozen=True)
class Part:
    """A chain of circles filled as one rounded shape (a limb, the trunk, a muscle)."""

    kind: str
    nodes: tuple[Node, ...]
    depth: float
    accent: bool = False
    far: bool = False


@dataclass(frozen=True)
class Head:
    """The head: a circle with hair over the half that faces ``hair``."""

    node: Node
    depth: float
    hair: Projected


@dataclass(frozen=True)
class Prop:
    """A foam roller (seen end on) or a ball."""

    kind: str
    node: Node
    depth: float


@dataclass(frozen=True)
class Scene:
    """Everything of one frame, back to front."""

    shapes: tuple[Part | Head | Prop, ...]


def section_radius(node: str, skeleton: Skeleton, project: Callable[[Vec3], Projected], spine: tuple[float, float]) -> float:
    """How wide the trunk looks at a torso joint, across the drawn spine."""
    half_width, half_depth = body.TORSO_SECTIONS[node]
    frame = skeleton.frame_at(node)
    across = (-spine[1], spine[0])
    right, forward = project(frame.right), project(frame.forward)
    sideways = right[0] * across[0] + right[1] * across[1]
    frontways = forward[0] * across[0] + forward[1] * across[1]
    return math.hypot(half_width * sideways, half_depth * frontways)


def spine_direction(flat: list[Projected], index: int) -> tuple[float, float]:
    """The drawn direction of the spine at one torso joint."""
    before, after = flat[max(0, index - 1)], flat[min(len(flat) - 1, index + 1)]
    du, dv = after[0] - before[0], after[1] - before[1]
    size = math.hypot(du, dv)
    return (du / size, dv / size) if size > 1e-6 else (0.0, 1.0)


def mean_depth(points: list[Projected]) -> float:
    """The average depth of projected points."""
    return sum(p[2] for p in points) / len(points)


def torso_part(skeleton: Skeleton, project: Callable[[Vec3], Projected]) -> Part:
    """The trunk from pelvis to shoulders, narrowing into the neck."""
    flat = [project(skeleton.points[name]) for name in (*TORSO_CHAIN, "head")]
    nodes = [(p[0], p[1], section_radius(name, skeleton, project, spine_direction(flat, i)))
             for i, (name, p) in enumerate(zip(TORSO_CHAIN, flat))]
    nodes.append((flat[-1][0], flat[-1][1], body.NECK_RADIUS))
    return Part("torso", tuple(nodes), mean_depth(flat[:-1]))


def limb_part(skeleton: Skeleton, project: Callable[[Vec3], Projected], limb: str, accent: bool, trunk_depth: float) -> Part:
    """One arm or leg as a tapering chain."""
    build = body.limb_build(limb)
    side, _, kind = limb.partition("_")
    flat = [project(skeleton.points[f"{side}_{joint}"]) for joint in build.joints]
    nodes = tuple((p[0], p[1], r) for p, r in zip(flat, build.radii))
    depth = mean_depth(flat)
    return Part(kind, nodes, depth + BIAS[kind], accent=accent, far=depth < trunk_depth - FAR_BY)


def muscle_part(skeleton: Skeleton, project: Callable[[Vec3], Projected], muscle: Muscle, trunk_depth: float) -> Part:
    """An accented band over the trunk, moved toward the front, back or a side."""
    forward, right = muscle.shift
    nodes = []
    for name in muscle.points:
        frame = skeleton.frame_at(name)
        moved = add(skeleton.points[name], add(scale(frame.forward, forward), scale(frame.right, right)))
        u, v, _ = project(moved)
        nodes.append((u, v, muscle.radius))
    return Part("muscle", tuple(nodes), trunk_depth + BIAS["muscle"], accent=True)


def head_shape(skeleton: Skeleton, project: Callable[[Vec3], Projected]) -> Head:
    """The head, with the hair toward the back and top of the skull."""
    centre = skeleton.points["head"]
    up = unit(sub(centre, skeleton.points["shoulders"]))
    face = unit(cross(up, skeleton.chest_frame.right))
    hair = project(unit(add(scale(up, 0.55), scale(face, -0.85))))
    u, v, depth = project(centre)
    return Head((u, v, body.HEAD_RADIUS), depth + BIAS["head"], hair)


def prop_shapes(props: dict[str, Vec3], project: Callable[[Vec3], Projected]) -> tuple[Prop, ...]:
    """The props of a pose, in a fixed order."""
    shapes = []
    for name in sorted(props):
        u, v, depth = project(props[name])
        shapes.append(Prop(name, (u, v, PROP_RADII[name]), depth))
    return tuple(shapes)


def compose(art: StretchArt, skeleton: Skeleton, props: dict[str, Vec3], project: Callable[[Vec3], Projected]) -> Scene:
    """The drawable scene of one frame of a stretch."""
    trunk = torso_part(skeleton, project)
    shapes: list[Part | Head | Prop] = [trunk, head_shape(skeleton, project), *prop_shapes(props, project)]
    shapes += [limb_part(skeleton, project, limb, limb in art.accent, trunk.depth) for limb in body.limb_names()]
    shapes += [muscle_part(skeleton, project, muscle, trunk.depth) for muscle in art.muscles]
    shapes.sort(key=lambda shape: shape.depth)
    return Scene(tuple(shapes))
