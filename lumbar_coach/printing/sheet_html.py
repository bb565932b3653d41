"""The routine sheet's content as simple HTML (no Qt): one row per stretch, then the safety points."""

from __future__ import annotations

from html import escape

from lumbar_coach.core.catalog import Catalog, Stretch
from lumbar_coach.core.routines import Routine, RoutineItem, effective_dose
from lumbar_coach.core.safety import SafetyAdvice

STYLE = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 7.6pt; color: #1d2a33; }
h1 { font-size: 14pt; margin: 0; color: #2f6f73; }
p.sub { margin: 0 0 4px 0; color: #4a5a66; }
td { vertical-align: top; padding: 2px 4px; }
td.name { font-weight: bold; font-size: 8.6pt; color: #2f6f73; }
ol { margin: 0 0 0 14px; }
li { margin: 0; }
.dose { font-weight: bold; }
.note { color: #4a5a66; }
h2 { font-size: 9.5pt; margin: 6px 0 2px 0; color: #8a3b12; }
"""


def picture_name(stretch: Stretch) -> str:
    """The resource name under which a stretch's picture is put into the document."""
    return f"picture-{stretch.id}"


def sheet_html(routine: Routine, catalog: Catalog, safety: SafetyAdvice) -> str:
    rows = "".join(_stretch_row(catalog.get(item.stretch_id), item) for item in routine.items)
    source = catalog.source
    return (f"<html><head><style>{STYLE}</style></head><body>"
            f"<h1>Lumbar Coach: {escape(routine.title)}</h1>"
            f"<p class='sub'>Routine by {escape(source.routine_by)}, {escape(source.role)}. "
            f"{len(routine.items)} stretches, in this order.</p>"
            f"<table width='100%' cellspacing='0'>{rows}</table>{_safety_block(safety)}</body></html>")


def _stretch_row(stretch: Stretch, item: RoutineItem) -> str:
    dose = effective_dose(stretch, item).in_words()
    steps = "".join(f"<li>{escape(step)}</li>" for step in stretch.steps)
    return (f"<tr><td width='78'><img src='{picture_name(stretch)}' width='74'></td>"
            f"<td><table cellspacing='0'><tr><td class='name'>{escape(stretch.name)}</td>"
            f"<td><span class='dose'>{escape(dose)}</span> &middot; {escape(stretch.equipment)}</td></tr></table>"
            f"<ol>{steps}</ol><span class='note'>Easier: {escape(stretch.easier)} "
            f"Safety: {escape(' '.join(stretch.safety))}</span></td></tr>")


def _safety_block(safety: SafetyAdvice) -> str:
    flags = "".join(f"<li>{escape(flag)}</li>" for flag in safety.red_flags)
    return (f"<h2>Safety</h2><p>{escape(safety.see_someone_first)}</p><ul>{flags}</ul>"
            f"<p>{escape(safety.during_and_after)} {escape(safety.soreness_is_normal)} "
            f"{escape(safety.how_to_move)}</p><p class='note'>{escape(safety.not_advice)}</p>")
