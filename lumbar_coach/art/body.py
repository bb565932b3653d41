"""The proportions of the drawn figure, in centimetres of a person about 170 cm tall."""

from __future__ import annotations

from dataclasses import dataclass

SIDES = ("left", "right")


@dataclass(frozen=True)
class LimbBuild:
    """One limb: its joint names, segment names, segment lengths and joint radii."""

    joints: tuple[str, str, str, str]
    segments: tuple[str, str, str]
    lengths: tuple[float, float, float]
    radii: tuple[float, float, float, float]


ARM = LimbBuild(
    joints=("shoulder", "elbow", "wrist", "hand"),
    segments=("upper", "lower", "end"),
    lengths=(29.0, 26.0, 9.0),
    radii=(5.5, 4.0, 3.2, 3.0),
)
LEG = LimbBuild(
    joints=("hip", "knee", "ankle", "toe"),
    segments=("upper", "lower", "end"),
    lengths=(43.0, 42.0, 15.0),
    radii=(7.5, 5.0, 3.8, 2.6),
)
LIMBS = {"arm": ARM, "leg": LEG}

LUMBAR = 20.0
THORAX = 28.0
CHEST_AT = 0.5
NECK = 16.0
HIP_HALF_WIDTH = 9.0
SHOULDER_HALF_WIDTH = 17.0
HEAD_RADIUS = 10.0
NECK_RADIUS = 4.5

TORSO_SECTIONS = {
    "pelvis": (16.0, 11.0),
    "waist": (13.5, 9.5),
    "chest": (17.5, 11.0),
    "shoulders": (8.0, 7.0),
}
"""Half-width across the body and half-depth front to back at each torso joint."""


def joint_radius(point: str) -> float | None:
    """The drawn radius of a limb joint such as ``left_knee``; None for other points."""
    side, _, joint = point.partition("_")
    if side not in SIDES:
        return None
    for limb in LIMBS.values():
        if joint in limb.joints:
            return limb.radii[limb.joints.index(joint)]
    return None


def limb_names() -> list[str]:
    """Every limb by name, such as ``left_arm``."""
    return [f"{side}_{kind}" for side in SIDES for kind in LIMBS]


def limb_build(limb: str) -> LimbBuild:
    """The build of a limb named like ``right_leg``."""
    return LIMBS[limb.partition("_")[2]]
