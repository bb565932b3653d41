"""Moving a damaged file aside under a dated name that never overwrites anything."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from lumbar_coach.storage.set_aside import broken_path, set_aside

MOMENT = datetime(2026, 11, 29, 14, 12, 0)


def test_the_name_carries_the_date_and_time(tmp_path: Path) -> None:
    assert broken_path(tmp_path / "settings.json", MOMENT).name == "settings.json.broken-2026-11-29-141200"


def test_moves_the_file_with_its_bytes(tmp_path: Path) -> None:
    damaged = tmp_path / "settings.json"
    damaged.write_bytes(b"\x00damaged")
    moved_to = set_aside(damaged, MOMENT)
    assert not damaged.exists()
    assert moved_to.read_bytes() == b"\x00damaged"


def test_a_taken_name_gets_a_number_and_is_not_overwritten(tmp_path: Path) -> None:
    earlier = broken_path(tmp_path / "settings.json", MOMENT)
    earlier.write_bytes(b"earlier")
    damaged = tmp_path / "settings.json"
    damaged.write_bytes(b"later")
    moved_to = set_aside(damaged, MOMENT)
    assert moved_to.name == "settings.json.broken-2026-11-29-141200-2"
    assert earlier.read_bytes() == b"earlier"
    assert moved_to.read_bytes() == b"later"


def test_a_third_copy_in_the_same_second_gets_the_next_number(tmp_path: Path) -> None:
    damaged = tmp_path / "settings.json"
    names = []
    for content in (b"1", b"2", b"3"):
        damaged.write_bytes(content)
        names.append(set_aside(damaged, MOMENT).name)
    first_name = "settings.json.broken-2026-11-29-141200"
    assert names == [first_name, f"{first_name}-2", f"{first_name}-3"]


def test_moves_a_folder_in_the_file_s_place(tmp_path: Path) -> None:
    in_the_way = tmp_path / "settings.json"
    in_the_way.mkdir()
    (in_the_way / "inside.txt").write_text("kept")
    moved_to = set_aside(in_the_way, MOMENT)
    assert (moved_to / "inside.txt").read_text() == "kept"
    assert not in_the_way.exists()
