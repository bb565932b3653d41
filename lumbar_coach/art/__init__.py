"""Original stretch illustrations, drawn from pose data by one small renderer.

``render_svg(stretch_id, t, highlight=...)`` gives the SVG text of a stretch
eased between its start (``t = 0``) and stretched (``t = 1``) frames.
Mirroring for the second side is left to the caller.
"""

from __future__ import annotations

from lumbar_coach.art.figure import render_svg
from lumbar_coach.art.model import FRAMES
from lumbar_coach.art.posedata import stretches

__all__ = ["FRAMES", "image_name", "pose_names", "render_svg"]


def pose_names() -> list[str]:
    """The ids of every illustrated stretch, in routine order."""
    return list(stretches())


def image_name(stretch_id: str, frame: str) -> str:
    """The file name of a committed frame, such as ``bridge-hold-start.svg``."""
    if frame not in FRAMES:
        raise ValueError(f"unknown frame {frame!r}; expected one of {', '.join(FRAMES)}")
    return f"{stretch_id}-{frame}.svg"
