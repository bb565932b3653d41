"""The routine editor: make, rename, reorder, change doses, delete, import and export."""

from __future__ import annotations

import json

import pytest

from lumbar_coach.storage.routine_files import load_routines, routines_path


class ScriptedAsker:
    """Answers the editor's questions from a script instead of dialogs."""

    def __init__(self, texts=(), open_path=None, save_path=None, confirm=True) -> None:
        self.texts, self.open, self.save, self.yes = list(texts), open_path, save_path, confirm

    def text(self, title, label, default=""):
        return self.texts.pop(0) if self.texts else None

    def open_path(self):
        return self.open

    def save_path(self, suggested):
        return self.save

    def confirm(self, question):
        return self.yes


@pytest.fixture
def window(make_window):
    window = make_window()
    window.show_routines()
    return window


def editor_with(window, **answers):
    window.routines.asker = ScriptedAsker(**answers)
    return window.routines


def make_routine(window, title="Evening", stretches=("glute-release", "bridge-hold")):
    editor = editor_with(window, texts=[title])
    editor.new_routine()
    for stretch_id in stretches:
        editor.add_stretch(stretch_id, editor.current_name())
    return editor


def test_a_new_routine_with_stretches_is_saved(window):
    editor = make_routine(window)
    saved = load_routines()
    assert [r.title for r in saved] == ["Evening"] and saved[0].stretch_ids() == ("glute-release", "bridge-hold")
    assert editor.items.count() == 2 and editor.items.item(1).text().startswith("2. Bridge hold")


def test_the_new_routine_appears_in_the_library_choice(window):
    make_routine(window)
    window.show_library()
    assert window.library.routine_choice.findText("Evening") >= 0


def test_reorder_and_remove(window):
    editor = make_routine(window, stretches=("glute-release", "bridge-hold", "active-hamstring"))
    editor.items.setCurrentRow(2)
    editor.move_item(-1)
    assert load_routines()[0].stretch_ids() == ("glute-release", "active-hamstring", "bridge-hold")
    assert editor.items.currentRow() == 1
    editor.remove_item()
    assert load_routines()[0].stretch_ids() == ("glute-release", "bridge-hold")


def test_rename_and_delete(window):
    editor = make_routine(window)
    editor.asker = ScriptedAsker(texts=["Morning"])
    editor.rename_routine()
    assert [(r.name, r.title) for r in load_routines()] == [("morning", "Morning")]
    editor.delete_routine()
    assert load_routines() == () and editor.empty.isVisible()


def test_lowering_a_dose_is_saved_and_said(window):
    editor = make_routine(window, stretches=("active-hamstring",))
    editor.items.setCurrentRow(0)
    assert set(editor.dose_boxes) == {"sets", "hold_seconds"}
    editor.dose_boxes["sets"].setValue(2)
    assert load_routines()[0].items[0].overrides == {"sets": 2}
    assert "Less than the routine prescribes (holds)" in editor.warning.text()
    assert "less than prescribed" in editor.items.item(0).text()
    editor.reset_dose()
    assert load_routines()[0].items[0].overrides == {} and editor.warning.text() == ""


def test_dose_boxes_stay_within_safe_bounds(window):
    editor = make_routine(window, stretches=("bridge-hold",))
    editor.items.setCurrentRow(0)
    box = editor.dose_boxes["hold_seconds"]
    box.setValue(500)
    assert box.value() == 60 and load_routines()[0].items[0].overrides["hold_seconds"] == 60


def test_adding_from_the_detail_page_to_a_new_routine(window):
    window.routines.asker = ScriptedAsker(texts=["Hips"])
    window.open_stretch("active-hip-flexor")
    window.detail.add_menu().actions()[-1].trigger()
    assert window.current_page() is window.routines
    assert load_routines()[0].title == "Hips" and load_routines()[0].stretch_ids() == ("active-hip-flexor",)


def test_export_then_import_gives_the_same_routine_under_a_free_name(window, tmp_path):
    editor = make_routine(window)
    editor.items.setCurrentRow(1)
    editor.dose_boxes["hold_seconds"].setValue(15)
    shared = tmp_path / "evening.lcroutine.json"
    editor.asker = ScriptedAsker(save_path=shared, open_path=shared)
    editor.export_file()
    document = json.loads(shared.read_text())
    assert document["format"] == "lumbar-coach-routine" and document["version"] == 1 and "about" in document
    assert document["items"][1] == {"stretch": "bridge-hold", "about": "Bridge hold", "hold_seconds": 15}
    editor.import_file()
    first, second = load_routines()
    assert second.name == "evening-2" and second.items == first.items


def test_a_bad_import_names_the_problem_and_touches_nothing(qtbot, window, tmp_path):
    editor = make_routine(window)
    before = routines_path().read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "lumbar-coach-routine", "version": 1, "name": "x",
                               "items": [{"stretch": "glute-release"}, {"stretch": "toe-touch"}]}))
    editor.asker = ScriptedAsker(open_path=bad)
    with qtbot.waitSignal(editor.problem) as message:
        editor.import_file()
    assert "toe-touch" in message.args[0] and "stretch 2" in message.args[0]
    assert routines_path().read_bytes() == before
    assert window.banner.isVisible() and "toe-touch" in window.banner.text.text()


def test_starting_a_saved_routine_from_the_editor(window):
    editor = make_routine(window)
    editor.buttons["start"].click()
    assert window.current_page() is window.session_view
    assert window.session_view.timeline.routine.title == "Evening"
