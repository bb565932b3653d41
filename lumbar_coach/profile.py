"""The person's saved choices, in the shapes the core needs them."""

from __future__ import annotations

from lumbar_coach.core.planner import PlanSettings
from lumbar_coach.storage.settings import Settings


def plan_settings(settings: Settings) -> PlanSettings:
    """The timings, painful side, verbosity, speaking speed and waiting the planner uses."""
    return PlanSettings(
        get_ready_seconds=settings.get_ready_seconds,
        rest_seconds=settings.rest_seconds,
        switch_seconds=settings.switch_seconds,
        rep_tempo_seconds=settings.rep_tempo_seconds,
        painful_side=settings.painful_side,
        verbosity=settings.verbosity,
        words_per_minute=settings.speech_rate,
        wait_for_me=settings.wait_for_me,
    )
