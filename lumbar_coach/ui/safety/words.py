"""The safety screen's text, built from the shipped safety advice (plain Python)."""

from __future__ import annotations

from html import escape

from lumbar_coach.core.safety import SafetyAdvice

HEADING = "Before you start"
SIDE_QUESTION = "Which side of your lower back hurts? The side bend goes away from it. (Optional; change it in Settings.)"
FIRST_RUN_BUTTON = "None of these is true: continue"
FLAG_BUTTON = "One of these is true for me"
LATER_BUTTON = "Back to the library"
FLAGGED = ("Please see a healthcare provider before you start this routine, and tell them which warning sign "
           "you have. Every stretch stays here to read; the routine is ready when they say it suits you.")


def red_flags_html(advice: SafetyAdvice) -> str:
    """The warning signs as a list under their lead line."""
    flags = "".join(f"<li>{escape(flag)}</li>" for flag in advice.red_flags)
    return f"<p><b>{escape(advice.see_someone_first)}</b></p><ul>{flags}</ul>"


def while_stretching_html(advice: SafetyAdvice) -> str:
    """How to move, what to watch for during and after, and the soreness that is normal."""
    lines = (advice.how_to_move, advice.during_and_after, advice.soreness_is_normal)
    return "".join(f"<p>{escape(line)}</p>" for line in lines)
