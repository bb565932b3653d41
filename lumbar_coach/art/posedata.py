"""Read ``poses.toml`` strictly into :class:`StretchArt` records, solving every reach."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

from lumbar_coach.art import body
from lumbar_coach.art.kinematics import Skeleton, limb_root, reach, trunk
from lumbar_coach.art.model import FRAMES, Angles, Arrow, Muscle, Pose, StretchArt, View
from lumbar_coach.art.vectors import Vec3, direction

STRETCH_KEYS = {"view", "accent", "muscles", "arrow", *FRAMES}
TRUNK_KEYS = ("face", "lumbar", "thorax", "neck")
POSE_KEYS = {"like", "pelvis", "chest_face", "roller", "ball", "floor", *TRUNK_KEYS, *body.limb_names()}
LIMB_KEYS = {"upper", "lower", "end", "reach", "bend"}
ARROW_KEYS = {"point", "around", "grow", "shift", "trim", "both", "circle", "path"}
PROPS = ("roller", "ball")
PROP_RADII = {"roller": 7.5, "ball": 5.0}
TORSO_POINTS = ("pelvis", "waist", "chest", "shoulders", "head")


class ArtDataError(ValueError):
    """The pose data is malformed or refers to something that does not exist."""


def check_keys(table: dict[str, Any], allowed: set[str], where: str) -> None:
    """Reject keys the format does not know."""
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise ArtDataError(f"{where}: unknown key(s) {', '.join(unknown)}")


def numbers(value: Any, count: int, where: str) -> tuple[float, ...]:
    """A list of exactly ``count`` numbers."""
    if not isinstance(value, list) or len(value) != count or not all(isinstance(v, int | float) for v in value):
        raise ArtDataError(f"{where}: expected {count} numbers, got {value!r}")
    return tuple(float(v) for v in value)


def angle_pair(value: Any, where: str) -> Angles:
    """An angle written as one number (in the picture plane) or as ``[angle, tilt]``."""
    if isinstance(value, int | float):
        return (float(value), 0.0)
    angle, tilt = numbers(value, 2, where)
    return (angle, tilt)


def floor_point(value: Any, radius: float, where: str) -> Vec3:
    """A position written ``[x, y, z]``, or ``[x, z]`` for a thing resting on the floor."""
    if isinstance(value, list) and len(value) == 2:
        x, z = numbers(value, 2, where)
        return (x, radius, z)
    x, y, z = numbers(value, 3, where)
    return (x, y, z)


def required(table: dict[str, Any], key: str, where: str) -> Any:
    """The value of a key that must be present."""
    if key not in table:
        raise ArtDataError(f"{where}: missing key {key!r}")
    return table[key]


def point_names() -> set[str]:
    """Every named point of the figure: torso points and limb joints."""
    names = set(TORSO_POINTS)
    for limb in body.limb_names():
        side = limb.partition("_")[0]
        names.update(f"{side}_{joint}" for joint in body.limb_build(limb).joints)
    return names


def known_name(value: Any, names: set[str], where: str) -> str:
    """A name that must be one of ``names``."""
    if value not in names:
        raise ArtDataError(f"{where}: unknown name {value!r}")
    return value


def limb_reach(spec: dict[str, Any], limb: str, where: str) -> tuple[Vec3, Vec3]:
    """The target and the bend direction of a limb placed by its wrist or ankle."""
    target = floor_point(spec["reach"], body.limb_build(limb).radii[2], f"{where}.reach")
    return target, direction(*angle_pair(required(spec, "bend", where), f"{where}.bend"))


def limb_angles(spec: Any, torso: Skeleton, limb: str, where: str) -> dict[str, Angles]:
    """The three segment angles of one limb, given directly or solved from a reach."""
    if not isinstance(spec, dict):
        raise ArtDataError(f"{where}: expected a table")
    check_keys(spec, LIMB_KEYS, where)
    if "reach" in spec and ({"upper", "lower"} & set(spec)):
        raise ArtDataError(f"{where}: give either reach and bend, or upper and lower")
    if "reach" in spec:
        target, bend = limb_reach(spec, limb, where)
        upper, lower = reach(limb_root(torso, limb), target, body.limb_build(limb).lengths[:2], bend)
    else:
        upper = angle_pair(required(spec, "upper", where), f"{where}.upper")
        lower = angle_pair(required(spec, "lower", where), f"{where}.lower")
    end = angle_pair(required(spec, "end", where), f"{where}.end")
    return {f"{limb}.upper": upper, f"{limb}.lower": lower, f"{limb}.end": end}


def parse_pose(table: dict[str, Any], where: str) -> Pose:
    """One pose table into a :class:`Pose` whose limbs are all given as angles."""
    check_keys(table, POSE_KEYS - {"like"}, where)
    angles = {key: angle_pair(required(table, key, where), f"{where}.{key}") for key in TRUNK_KEYS}
    angles["chest_face"] = angle_pair(table.get("chest_face", table["face"]), f"{where}.chest_face")
    pelvis = floor_point(required(table, "pelvis", where), 0.0, f"{where}.pelvis")
    torso = trunk(Pose(pelvis, angles, {}, ()))
    for limb in body.limb_names():
        angles.update(limb_angles(required(table, limb, where), torso, limb, f"{where}.{limb}"))
    props = {name: floor_point(table[name], PROP_RADII[name], f"{where}.{name}") for name in PROPS if name in table}
    contacts = tuple(known_name(name, point_names(), f"{where}.floor") for name in table.get("floor", []))
    reaches = {limb: limb_reach(table[limb], limb, f"{where}.{limb}") for limb in body.limb_names() if "reach" in table[limb]}
    return Pose(pelvis, angles, props, contacts, reaches)


def with_base(document: dict[str, Any], table: dict[str, Any], where: str, depth: int = 0) -> dict[str, Any]:
    """A pose table laid over the pose its ``like`` key names, if any."""
    if "like" not in table:
        return table
    stretch_id, _, frame = str(table["like"]).partition(".")
    base = document.get(stretch_id, {}).get(frame)
    if not isinstance(base, dict) or depth > 8:
        raise ArtDataError(f"{where}.like: no pose {table['like']!r} to start from")
    own = {key: value for key, value in table.items() if key != "like"}
    return {**with_base(document, base, table["like"], depth + 1), **own}


def parse_view(value: Any, where: str) -> View:
    """The camera of a stretch; the plain side-on view when absent."""
    if value is None:
        return View()
    check_keys(value, {"yaw", "pitch"}, where)
    return View(yaw=float(value.get("yaw", 0.0)), pitch=float(value.get("pitch", 0.0)))


def parse_muscle(value: Any, where: str) -> Muscle:
    """One accented muscle band over the torso."""
    check_keys(value, {"points", "shift", "radius"}, where)
    points = tuple(known_name(p, set(TORSO_POINTS), f"{where}.points") for p in required(value, "points", where))
    forward, right = numbers(value.get("shift", [0, 0]), 2, f"{where}.shift")
    return Muscle(points=points, shift=(forward, right), radius=float(required(value, "radius", where)))


def parse_arrow(value: Any, where: str) -> Arrow:
    """The arrow of movement of a stretch."""
    check_keys(value, ARROW_KEYS, where)
    names = point_names()
    around = value.get("around")
    dx, dy = numbers(value.get("shift", [0, 0]), 2, f"{where}.shift")
    first, last = numbers(value.get("trim", [0, 1]), 2, f"{where}.trim")
    return Arrow(
        point=known_name(required(value, "point", where), names, f"{where}.point"),
        around=None if around is None else known_name(around, names, f"{where}.around"),
        grow=float(value.get("grow", 0.0)),
        shift=(dx, dy),
        trim=(first, last),
        both=bool(value.get("both", False)),
        circle=float(value.get("circle", 0.0)),
        path=tuple(numbers(step, 2, f"{where}.path") for step in value.get("path", [])),
    )


def parse_stretch(document: dict[str, Any], stretch_id: str) -> StretchArt:
    """One stretch table into a :class:`StretchArt`."""
    table = document[stretch_id]
    check_keys(table, STRETCH_KEYS, stretch_id)
    accent = tuple(known_name(limb, set(body.limb_names()), f"{stretch_id}.accent") for limb in table.get("accent", []))
    poses = {frame: parse_pose(with_base(document, required(table, frame, stretch_id), f"{stretch_id}.{frame}"),
                               f"{stretch_id}.{frame}") for frame in FRAMES}
    return StretchArt(
        id=stretch_id,
        view=parse_view(table.get("view"), f"{stretch_id}.view"),
        accent=accent,
        muscles=tuple(parse_muscle(m, f"{stretch_id}.muscles") for m in table.get("muscles", [])),
        arrow=parse_arrow(required(table, "arrow", stretch_id), f"{stretch_id}.arrow"),
        start=poses["start"],
        stretch=poses["stretch"],
    )


def parse_document(text: str) -> dict[str, StretchArt]:
    """Every stretch of a pose document, in the order written."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ArtDataError(f"poses.toml: {error}") from error
    return {stretch_id: parse_stretch(document, stretch_id) for stretch_id in document}


@cache
def stretches() -> dict[str, StretchArt]:
    """The stretches of the packaged ``poses.toml``, read once."""
    text = resources.files("lumbar_coach.art").joinpath("poses.toml").read_text(encoding="utf-8")
    return parse_document(text)
