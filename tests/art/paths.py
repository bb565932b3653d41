"""Where the illustration tests find the committed files."""

from __future__ import annotations

from pathlib import Path

from lumbar_coach.art import FRAMES, image_name, pose_names

ASSETS = Path(__file__).resolve().parents[2] / "assets"


def frame_paths() -> list[tuple[str, str, Path]]:
    """Every committed frame: stretch id, frame name and file path."""
    return [(stretch_id, frame, ASSETS / "images" / image_name(stretch_id, frame))
            for stretch_id in pose_names() for frame in FRAMES]
