"""The questions the routine editor asks (names, files, "are you sure"), behind one seam tests can replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from lumbar_coach.storage.routine_files import FILE_SUFFIX

FILE_FILTER = f"Lumbar Coach routines (*{FILE_SUFFIX} *.json);;All files (*)"


class Asker:
    """Asks with Qt's standard dialogs; every method returns None when the person cancels."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def text(self, title: str, label: str, default: str = "") -> str | None:
        value, ok = QInputDialog.getText(self.parent, title, label, text=default)
        return value.strip() if ok and value.strip() else None

    def open_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent, "Import a routine", str(Path.home()), FILE_FILTER)
        return Path(name) if name else None

    def save_path(self, suggested: str) -> Path | None:
        start = str(Path.home() / f"{suggested}{FILE_SUFFIX}")
        name, _ = QFileDialog.getSaveFileName(self.parent, "Export a routine", start, FILE_FILTER)
        return Path(name) if name else None

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self.parent, "Lumbar Coach", question)
        return answer == QMessageBox.StandardButton.Yes
