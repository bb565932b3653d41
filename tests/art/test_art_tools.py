"""The build and sheet commands, and the rule that only the PNG export touches Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import lumbar_coach.art
from lumbar_coach.art.commands import main
from lumbar_coach.art.icon import ICON_SIZES
from lumbar_coach.art.layout import HEIGHT, WIDTH
from lumbar_coach.art.shapes import capsule, chain, circle, hair

ART_DIR = Path(lumbar_coach.art.__file__).parent
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def module_level_imports(path: Path) -> list[str]:
    """The modules a file imports outside any function."""
    names = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names.append(node.module or "")
    return names


def all_imports(path: Path) -> list[str]:
    """Every module a file imports anywhere."""
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names.append(node.module or "")
    return names


@pytest.mark.parametrize("path", sorted(ART_DIR.glob("*.py")), ids=lambda p: p.name)
def test_qt_is_imported_only_lazily_and_only_by_the_export(path):
    eager = [name for name in module_level_imports(path) if name.startswith(QT_MODULES)]
    assert not eager, f"{path.name} imports Qt at load time"
    if path.name != "export.py":
        assert not [name for name in all_imports(path) if name.startswith(QT_MODULES)]


def test_build_writes_every_frame_and_icon(tmp_path, capsys, qapp):
    assert main(["build", "--assets", str(tmp_path)]) == 0
    assert len(list((tmp_path / "images").glob("*.svg"))) == 22
    assert (tmp_path / "icons" / "lumbar-coach.svg").is_file()
    assert len(list((tmp_path / "icons" / "hicolor").glob("*/apps/lumbar-coach.png"))) == len(ICON_SIZES)
    assert (tmp_path / "icons" / "lumbar-coach.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (tmp_path / "icons" / "lumbar-coach.icns").read_bytes()[:4] == b"icns"
    assert "wrote 32 files" in capsys.readouterr().out


def test_sheet_has_eleven_rows_of_two_drawn_frames(tmp_path, qapp):
    from PySide6.QtGui import QImage

    out = tmp_path / "sheet.png"
    assert main(["sheet", str(out)]) == 0
    image = QImage(str(out))
    assert image.width() == 2 * WIDTH
    rows = 11
    cell_height = image.height() // rows
    assert cell_height > HEIGHT
    background = image.pixelColor(WIDTH // 2, cell_height - 3)
    for row in range(rows):
        for column in range(2):
            top = row * cell_height + cell_height - HEIGHT
            drawn = {image.pixelColor(x, y).name()
                     for x in range(column * WIDTH + 20, (column + 1) * WIDTH - 20, 5)
                     for y in range(top + 20, top + HEIGHT - 20, 10)}
            assert drawn - {background.name()}, f"row {row}, column {column} is empty"


def test_a_capsule_of_equal_circles_is_one_closed_rounded_outline():
    path = capsule((0, 0, 5), (20, 0, 5))
    assert path.startswith("M") and path.endswith("Z")
    assert path.count("A") == 2 and path.count("L") == 2


def test_a_circle_inside_another_draws_only_the_larger():
    assert capsule((0, 0, 10), (2, 0, 3)) == circle((0, 0, 10))
    assert chain(((1, 2, 3),)) == circle((1, 2, 3))


def test_hair_facing_away_covers_the_whole_head_and_facing_us_none():
    assert hair((0, 0, 10), (0, 0, 1)) == circle((0, 0, 10))
    assert hair((0, 0, 10), (0, 0, -1)) == ""
    assert hair((0, 0, 10), (0, -1, 0)).count("A") == 2
