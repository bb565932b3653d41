"""The session picture in motion: easing into the stretch while getting ready, a soft pulse while holding.

Frames come from the art package's renderer, drawn once per (pose step, size) and
kept, so a running hold only repaints a ready pixmap a few times a second.
"""

from __future__ import annotations

import math
from collections import OrderedDict

from PySide6.QtGui import QPixmap

from lumbar_coach.core.phases import Phase
from lumbar_coach.ui.picture_view import PictureView
from lumbar_coach.ui.pictures import svg_text_pixmap

EASE_SECONDS = 2.5      # getting into position: start pose to stretched pose
PULSE_SECONDS = 2.0     # one slow brighten-and-fade of the working muscle during a hold
POSE_STEPS = 10         # frames between the two poses
GLOW_STEPS = 5          # levels of the hold's glow
CACHE_FRAMES = 96

MOVING_INTO = ("prepare", "switch")
HOLDING = ("hold", "timed", "reps")


def pose_at(kind: str, elapsed: float) -> tuple[float, float]:
    """(t, highlight) of the picture ``elapsed`` seconds into a phase of ``kind``, quantised to frame steps."""
    if kind in MOVING_INTO:
        t = min(1.0, max(0.0, elapsed / EASE_SECONDS))
        return round(t * POSE_STEPS) / POSE_STEPS, 0.0
    if kind in HOLDING:
        glow = 0.5 - 0.5 * math.cos(2 * math.pi * elapsed / PULSE_SECONDS)
        return 1.0, round(glow * GLOW_STEPS) / GLOW_STEPS
    return 1.0, 0.0


class PoseMotion:
    """Moves a PictureView between the drawn frames of the current stretch."""

    def __init__(self, view: PictureView) -> None:
        self.view = view
        self.stretch_id: str | None = None
        self.kind = ""
        self.mirrored = False
        self._frames: OrderedDict[tuple, QPixmap] = OrderedDict()

    def follow(self, phase: Phase, stretch_id: str | None) -> None:
        """Animate ``stretch_id`` for ``phase`` (None shows the still picture)."""
        self.stretch_id, self.kind, self.mirrored = stretch_id, phase.kind, phase.mirrored
        if stretch_id is None:
            self.view.set_frame(None)

    def show(self, elapsed: float) -> None:
        """Put up the frame for ``elapsed`` seconds into the phase."""
        if self.stretch_id is None:
            return
        frame = self._frame(*pose_at(self.kind, elapsed))
        if frame is not None:
            self.view.set_frame(frame)

    def _frame(self, t: float, highlight: float) -> QPixmap | None:
        size, ratio = self.view.drawing_size(), self.view.devicePixelRatioF()
        key = (self.stretch_id, t, highlight, self.mirrored, size.width(), size.height(), ratio)
        if key not in self._frames:
            self._frames[key] = self._draw(t, highlight, size, ratio)
            while len(self._frames) > CACHE_FRAMES:
                self._frames.popitem(last=False)
        self._frames.move_to_end(key)
        return self._frames[key]

    def _draw(self, t: float, highlight: float, size, ratio: float) -> QPixmap | None:
        from lumbar_coach.art import render_svg
        try:
            svg = render_svg(self.stretch_id, t, highlight=highlight).encode()
        except KeyError:
            return None
        return svg_text_pixmap(svg, size.width(), size.height(), ratio, self.mirrored)
