"""The session's sound: cues with their priorities, ticks on the countdown, a chime per phase, mute."""

from __future__ import annotations

import pytest

from lumbar_coach.core.planner import plan
from lumbar_coach.core.resolve import resolve
from lumbar_coach.speech.coach import CoachVoice, unique_lines
from lumbar_coach.speech.priority import Priority
from lumbar_coach.speech.recording import RecordingSpeaker
from lumbar_coach.storage.settings import Settings


class CountingBeeper:
    def __init__(self) -> None:
        self.ticks = self.chimes = 0
        self.enabled, self.volume = True, 1.0

    def tick(self) -> None:
        self.ticks += 1

    def phase_change(self) -> None:
        self.chimes += 1

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled

    def set_volume(self, volume: float) -> None:
        self.volume = volume


@pytest.fixture
def timeline(catalog):
    return plan(resolve(["bridge", "hip-activation"], catalog), catalog)


@pytest.fixture
def parts(qapp):
    return RecordingSpeaker(), CountingBeeper()


def test_a_hold_countdown_ticks_and_is_said_as_a_countdown(timeline, parts):
    speaker, beeper = parts
    voice = CoachVoice(speaker, beeper)
    hold = next(p for p in timeline.phases if p.kind == "hold")
    for cue in hold.cues:
        voice.cue(cue, hold, None)
    assert beeper.ticks == 2   # a five-second bridge hold counts "Two. One." after its opening words
    assert [c.priority for c in speaker.cues] == [Priority.URGENT, Priority.COUNTDOWN, Priority.COUNTDOWN]


def test_rep_counts_are_said_but_do_not_tick(timeline, parts):
    speaker, beeper = parts
    reps = next(p for p in timeline.phases if p.kind == "reps")
    voice = CoachVoice(speaker, beeper)
    for cue in reps.cues[1:]:
        voice.cue(cue, reps, 12.5)
    assert beeper.ticks == 0 and speaker.texts[-1] == "Last one." and speaker.cues[0].due == 12.5


def test_each_phase_after_the_first_chimes(timeline, parts):
    speaker, beeper = parts
    voice = CoachVoice(speaker, beeper)
    for phase in timeline.phases[:4]:
        voice.phase_started(phase)
    assert beeper.chimes == 3


def test_mute_silences_words_and_beeps(timeline, parts):
    speaker, beeper = parts
    voice = CoachVoice(speaker, beeper, muted=True)
    hold = next(p for p in timeline.phases if p.kind == "hold")
    for cue in hold.cues:
        voice.cue(cue, hold, None)
    voice.phase_started(hold)
    assert speaker.muted and speaker.cues == [] and beeper.ticks == beeper.chimes == 0


def test_the_whole_session_is_prepared_once_per_line(timeline, parts):
    speaker, _ = parts
    CoachVoice(speaker).prepare(timeline)
    assert speaker.prepared == unique_lines(timeline)
    assert len(speaker.prepared) == len(set(speaker.prepared)) and "Three." in speaker.prepared


def test_settings_reach_the_speaker_and_beeper(parts):
    speaker, beeper = parts
    voice = CoachVoice(speaker, beeper)
    voice.configure(Settings(speech_rate=120, volume=0.5, beeps=False, voice_enabled=False))
    assert speaker.config.rate == 120 and speaker.config.volume == 0.5
    assert not beeper.enabled and beeper.volume == 0.5 and voice.muted


def test_a_speaker_that_arrives_later_is_muted_to_match(parts):
    speaker, _ = parts
    voice = CoachVoice(None, muted=True)
    voice.say("nobody hears this")
    voice.attach(speaker)
    assert speaker.muted


def test_the_speakers_trouble_is_passed_on(qtbot, parts):
    speaker, _ = parts
    voice = CoachVoice(speaker)
    with qtbot.waitSignal(voice.unavailable) as blocker:
        speaker.fail("Voice unavailable: espeak-ng is not installed")
    assert "espeak-ng" in blocker.args[0]


def test_a_frozen_app_runs_its_own_render_worker(monkeypatch):
    import sys

    from lumbar_coach import app
    from lumbar_coach.speech import process
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert process.worker_command() == [sys.executable, process.WORKER_FLAG] and app.WORKER_FLAG == process.WORKER_FLAG


def test_speech_and_beeps_are_announced_for_the_self_hearing_guard(qapp):
    from PySide6.QtCore import QObject, Signal

    class SignallingBeeper(CountingBeeper, QObject):
        played = Signal(float)

        def __init__(self) -> None:
            CountingBeeper.__init__(self)
            QObject.__init__(self)

    speaker, beeper, heard = RecordingSpeaker(), SignallingBeeper(), []
    voice = CoachVoice(speaker, beeper)
    voice.speechStarted.connect(lambda: heard.append("started"))
    voice.speechFinished.connect(lambda: heard.append("finished"))
    voice.soundPlayed.connect(heard.append)
    speaker.started.emit("Hold.")
    speaker.finished.emit("Hold.")
    beeper.played.emit(0.09)
    assert heard == ["started", "finished", 0.09]
