"""Screenshots of every view from the command line's entry point."""

from __future__ import annotations

import argparse

import pytest
from PySide6.QtGui import QImage

from lumbar_coach.ui.launch import launch_app


def shoot(tmp_path, view, size="1280x800"):
    path = tmp_path / "shot.png"
    status = launch_app(argparse.Namespace(screenshot=str(path), view=view, size=size))
    return status, path


@pytest.mark.parametrize("view", ["library", "stretch:bridge-hold", "session:full", "session:active-hamstring",
                                  "routines", "settings", "history", "safety", "about"])
def test_each_view_writes_a_png_of_the_asked_size(qapp, tmp_path, view):
    status, path = shoot(tmp_path, view)
    image = QImage(str(path))
    assert status == 0 and path.stat().st_size > 1000
    assert (image.width(), image.height()) == (1280, 800)


def test_the_session_screenshot_is_repeatable(qapp, tmp_path):
    first = shoot(tmp_path, "session:bridge")[1].read_bytes()
    second = shoot(tmp_path, "session:bridge")[1].read_bytes()
    assert first == second


@pytest.mark.parametrize("view", ["kitchen", "stretch:toe-touch", "session:", "library:extra"])
def test_a_bad_view_is_one_line_and_exit_2(qapp, tmp_path, capsys, view):
    status, path = shoot(tmp_path, view)
    error = capsys.readouterr().err
    assert status == 2 and not path.exists()
    assert error.startswith("lumbar-coach: ") and error.count("\n") == 1


def test_a_bad_size_is_exit_2(qapp, tmp_path, capsys):
    status, _ = shoot(tmp_path, "library", size="big")
    assert status == 2 and "--size" in capsys.readouterr().err
