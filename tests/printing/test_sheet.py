"""The printable routine sheet: one or two pages with every stretch, its dose and the safety points."""

from __future__ import annotations

import subprocess
import sys

from lumbar_coach.core.routines import favourites_routine, full_routine
from lumbar_coach.core.safety import safety_advice
from lumbar_coach.printing.sheet_html import sheet_html


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_the_html_names_each_stretch_dose_and_red_flag(catalog):
    html = sheet_html(full_routine(catalog), catalog, safety_advice())
    for stretch in catalog.stretches:
        assert stretch.name in html and stretch.dose.in_words() in html
    assert all(flag.split()[0] in html for flag in safety_advice().red_flags)
    assert "Grayson Wickham" in html


def test_the_full_routine_fits_on_two_pages_and_reads_right(tmp_path):
    target = tmp_path / "routine.pdf"
    result = subprocess.run([sys.executable, "-m", "lumbar_coach", "sheet", "full", "--to", str(target)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert 1 <= pages <= 2
    text = " ".join(pdf_text(target).split())
    assert "Active hamstring stretch" in text and "3 x 20 s holds each side" in text
    assert "Side bend hold" in text and "Safety" in text and "fever" in text


def test_a_favourites_sheet_lists_only_the_favourites(tmp_path, catalog):
    from PySide6.QtWidgets import QApplication
    from lumbar_coach.printing.pdf import write_sheet
    QApplication.instance() or QApplication([])
    target = tmp_path / "mine.pdf"
    assert write_sheet(favourites_routine(catalog, ["bridge-hold", "glute-release"]), catalog, target) == 1
    text = " ".join(pdf_text(target).split())
    assert "Glute release" in text and "Bridge hold" in text and "Prone press-up" not in text


def test_an_unwritable_target_is_a_clear_error(tmp_path):
    result = subprocess.run([sys.executable, "-m", "lumbar_coach", "sheet", "full", "--to", str(tmp_path / "no" / "x.pdf")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "does not exist" in result.stderr and "Traceback" not in result.stderr
