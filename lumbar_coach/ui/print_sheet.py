"""Save a routine as a PDF sheet, to print or to show a physiotherapist."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from lumbar_coach.core.catalog import Catalog
from lumbar_coach.core.routines import Routine


def ask_pdf_path(parent: QWidget, routine: Routine) -> Path | None:
    """Ask where to save the sheet; None when the person cancels."""
    start = str(Path.home() / f"lumbar-coach-{routine.name}.pdf")
    name, _ = QFileDialog.getSaveFileName(parent, "Save the routine sheet", start, "PDF files (*.pdf);;All files (*)")
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def save_sheet(routine: Routine, catalog: Catalog, path: Path) -> str:
    """Write the sheet and say where it went (or why it could not be written)."""
    from lumbar_coach.printing.pdf import write_sheet
    if not routine.items:
        return f"“{routine.title}” has no stretches to print."
    try:
        pages = write_sheet(routine, catalog, path)
    except OSError as error:
        return f"The sheet could not be written to {path} ({error.strerror or error})."
    if not path.is_file():
        return f"The sheet could not be written to {path}. Check that the folder exists and you may write to it."
    return f"The sheet for “{routine.title}” ({pages} page{'s' if pages != 1 else ''}) was saved to {path}."
