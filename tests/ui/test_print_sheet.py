"""The "Print sheet (PDF)" actions of the library and the routines page."""

from __future__ import annotations

from lumbar_coach.core.routines import Routine, RoutineItem


def test_the_library_saves_the_chosen_routine_as_a_pdf_and_says_where(make_window, tmp_path):
    target = tmp_path / "sheet.pdf"
    asked = []
    window = make_window(pdf_asker=lambda parent, routine: asked.append(routine.name) or target)
    window.library.choose_routine("release")
    window.library.print_button.click()
    assert asked == ["release"] and target.read_bytes().startswith(b"%PDF")
    assert str(target) in window.banner.text.text() and "Release only" in window.banner.text.text()


def test_the_routines_page_prints_the_chosen_routine(make_window, tmp_path):
    target = tmp_path / "mine.pdf"
    window = make_window(pdf_asker=lambda parent, routine: target)
    window.data.change_routines((Routine("mine", "Mine", (RoutineItem("bridge-hold"),)),))
    window.show_routines()
    window.routines.buttons["print"].click()
    assert target.stat().st_size > 1000 and "page" in window.banner.text.text()


def test_cancelling_the_file_dialog_prints_nothing(make_window, tmp_path):
    window = make_window(pdf_asker=lambda parent, routine: None)
    window.library.print_button.click()
    assert not window.banner.isVisible() and list(tmp_path.glob("*.pdf")) == []


def test_the_print_buttons_have_names_and_tooltips_with_keys(make_window):
    window = make_window()
    for widget in (window.library.print_button, window.routines.buttons["print"]):
        assert widget.accessibleName().startswith("Print sheet") and widget.toolTip().endswith("(Ctrl+P)")
