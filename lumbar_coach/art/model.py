"""The data behind every illustration: poses, the camera, accents and the arrow."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from lumbar_coach.art.vectors import Vec3

Angles = tuple[float, float]
FRAMES = ("start", "stretch")


@dataclass(frozen=True)
class Pose:
    """One position of the figure: where the pelvis is and where every segment points.

    ``angles`` maps ``face``, ``chest_face``, ``lumbar``, ``thorax``, ``neck`` and
    limb segments such as ``left_leg.upper`` to ``(angle, tilt)`` pairs.
    ``reaches`` maps a limb placed by its wrist or ankle to that target and the
    direction its elbow or knee bends; such a limb is solved afresh whenever
    the trunk moves, so a planted hand or foot stays where it is.
    """

    pelvis: Vec3
    angles: Mapping[str, Angles]
    props: Mapping[str, Vec3]
    contacts: tuple[str, ...]
    reaches: Mapping[str, tuple[Vec3, Vec3]] = field(default_factory=dict)


@dataclass(frozen=True)
class View:
    """Where the camera stands: turned ``yaw`` degrees around, raised ``pitch`` degrees."""

    yaw: float = 0.0
    pitch: float = 0.0


@dataclass(frozen=True)
class Muscle:
    """A band drawn over the torso in the accent colour, through ``points``.

    ``shift`` moves it forward and to the body's right, in centimetres.
    """

    points: tuple[str, ...]
    shift: tuple[float, float]
    radius: float


@dataclass(frozen=True)
class Arrow:
    """The arrow of movement on the stretched frame.

    It follows the path of ``point`` from start to stretch, pushed ``grow``
    centimetres away from the ``around`` point and moved by ``shift``; ``trim``
    keeps the part between two fractions of the path. A ``circle`` radius above
    zero draws a loop around ``point`` instead, and a ``path`` of picture offsets
    from ``point`` in the stretched frame draws that smoothed line instead.
    """

    point: str
    around: str | None = None
    grow: float = 0.0
    shift: tuple[float, float] = (0.0, 0.0)
    trim: tuple[float, float] = (0.0, 1.0)
    both: bool = False
    circle: float = 0.0
    path: tuple[tuple[float, float], ...] = ()


@dataclass(frozen=True)
class StretchArt:
    """Everything needed to draw one stretch in both of its frames."""

    id: str
    view: View
    accent: tuple[str, ...]
    muscles: tuple[Muscle, ...]
    arrow: Arrow
    start: Pose
    stretch: Pose

    def pose(self, frame: str) -> Pose:
        """The pose of a frame named ``start`` or ``stretch``."""
        return self.start if frame == "start" else self.stretch
