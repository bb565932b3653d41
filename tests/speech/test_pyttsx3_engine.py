"""The default engine end to end: real renders, players, and sound faults."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from lumbar_coach.speech import player as player_module
from lumbar_coach.speech.aplay_player import MISSING_REASON, AplayPlayer
from lumbar_coach.speech.config import VoiceConfig
from lumbar_coach.speech.player import NO_OUTPUT_REASON, MissingPlayer, choose_player, qt_has_audio_output
from lumbar_coach.speech.priority import Priority
from lumbar_coach.speech.pyttsx3_engine import Pyttsx3Engine
from lumbar_coach.speech.renderer import RenderProcess
from lumbar_coach.speech.speaker import Speaker
from tests.speech.conftest import needs_pyttsx3, needs_sox
from tests.speech.helpers import (
    LoopGapMeter,
    RecordingPlayer,
    bin_dir_without,
    group_gone,
    is_speech_like,
    sound_stats,
    wait_until,
    write_script,
)

CUES = [
    "One.",
    "Switch sides: right leg in front.",
    "Lean forward as far as is comfortable. Now press your heel down.",
]
NO_DEVICE = "aplay: main:831: audio open error: No such file or directory"


@pytest.fixture
def speakers():
    made: list[Speaker] = []
    yield made
    for speaker in made:
        speaker.shutdown()


def speaker_with(speakers: list[Speaker], player, tmp_path: Path, renderer: RenderProcess | None = None):
    engine = Pyttsx3Engine(VoiceConfig(), cache_dir=tmp_path, renderer=renderer, player=player)
    speakers.append(Speaker(engine))
    return speakers[-1]


@needs_pyttsx3
@needs_sox
def test_cues_are_rendered_as_speech_and_played_in_order(speakers, tmp_path) -> None:
    player = RecordingPlayer()
    speaker = speaker_with(speakers, player, tmp_path)
    for text in CUES:
        speaker.speak(text, Priority.NORMAL)
    for count in range(1, len(CUES) + 1):
        assert wait_until(lambda: len(player.played) == count)
        player.end()
    lengths = [sound_stats(Path(path))["length"] for path in player.played]
    assert all(is_speech_like(Path(path)) for path in player.played)
    assert lengths == sorted(lengths) and len(set(player.played)) == len(CUES)


@needs_pyttsx3
def test_a_cue_said_twice_is_rendered_once(speakers, tmp_path) -> None:
    player = RecordingPlayer()
    speaker = speaker_with(speakers, player, tmp_path)
    speaker.speak("Three.", Priority.COUNTDOWN)
    assert wait_until(lambda: player.played)
    player.end()
    speaker.speak("Three.", Priority.COUNTDOWN)
    assert player.played[0] == player.played[1]
    assert len(list(tmp_path.glob("*.wav"))) == 1


@needs_pyttsx3
def test_a_changed_rate_renders_a_new_file(speakers, tmp_path) -> None:
    player = RecordingPlayer()
    speaker = speaker_with(speakers, player, tmp_path)
    speaker.speak("Switch sides.", Priority.NORMAL)
    assert wait_until(lambda: player.played)
    player.end()
    speaker.configure(VoiceConfig(rate=100))
    speaker.speak("Switch sides.", Priority.NORMAL)
    assert wait_until(lambda: len(player.played) == 2)
    assert player.played[0] != player.played[1]


def test_a_hung_engine_makes_the_voice_unavailable_without_freezing_the_gui(speakers, tmp_path) -> None:
    never_ready = [sys.executable, "-c", "import time; time.sleep(60)"]
    hanging = RenderProcess(command=never_ready, start_timeout=0.3)
    speaker = speaker_with(speakers, RecordingPlayer(), tmp_path, renderer=hanging)
    reasons: list[str] = []
    speaker.unavailable.connect(reasons.append)
    meter = LoopGapMeter()
    meter.start()
    began = time.monotonic()
    speaker.speak("Switch sides.", Priority.URGENT)
    call_took = time.monotonic() - began
    assert wait_until(lambda: reasons, timeout=3)
    meter.stop()
    assert call_took < 0.05 and meter.longest_ms < 50
    assert reasons == ["Voice unavailable: the speech engine did not start in time"]
    assert speaker.idle


def test_no_sound_output_and_no_aplay_is_explained(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(player_module, "qt_has_audio_output", lambda: False)
    monkeypatch.setenv("PATH", str(bin_dir_without(tmp_path, "aplay")))
    chosen = choose_player()
    assert isinstance(chosen, MissingPlayer) and chosen.unavailable_reason == NO_OUTPUT_REASON


def test_missing_aplay_makes_the_voice_unavailable_at_once(qtbot, speakers, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("PATH", str(bin_dir_without(tmp_path, "aplay")))
    speaker = speaker_with(speakers, AplayPlayer(), tmp_path)
    with qtbot.waitSignal(speaker.unavailable, timeout=1000) as blocker:
        pass
    assert blocker.args == [MISSING_REASON]
    speaker.speak("Switch sides.", Priority.URGENT)
    assert speaker.idle


@needs_pyttsx3
def test_a_sound_device_that_cannot_open_is_reported_then_recovery(speakers, monkeypatch, tmp_path) -> None:
    tools = bin_dir_without(tmp_path, "aplay")
    broken = write_script(tools / "aplay", f'echo "{NO_DEVICE}" >&2; exit 1')
    monkeypatch.setenv("PATH", str(tools))
    speaker = speaker_with(speakers, AplayPlayer(), tmp_path)
    reasons, recoveries = [], []
    speaker.unavailable.connect(reasons.append)
    speaker.available.connect(lambda: recoveries.append(True))
    speaker.speak("Switch sides.", Priority.URGENT)
    assert wait_until(lambda: reasons)
    assert reasons == [
        "Voice unavailable: no sound device could be opened (aplay: audio open error: No such file or directory)"
    ]
    write_script(broken, "exit 0")
    speaker.speak("Hold.", Priority.URGENT)
    assert wait_until(lambda: recoveries)


def test_stopping_aplay_kills_its_whole_process_group(tmp_path, monkeypatch) -> None:
    tools = bin_dir_without(tmp_path, "aplay")
    write_script(tools / "aplay", "sleep 30 & sleep 30")
    monkeypatch.setenv("PATH", str(tools))
    player = AplayPlayer()
    player.play(str(tmp_path / "cue.wav"))
    assert wait_until(lambda: player.pid)
    pid = player.pid
    began = time.monotonic()
    player.stop()
    assert time.monotonic() - began < 0.05
    assert group_gone(pid)


@pytest.mark.skipif(qt_has_audio_output(), reason="a sound output exists here")
def test_the_qt_player_reports_that_it_cannot_play_without_an_output(qtbot, tmp_path) -> None:
    from lumbar_coach.speech.qt_player import QtWavPlayer
    from lumbar_coach.speech.tones import tone_files

    player = QtWavPlayer()
    path = str(tone_files(tmp_path)["tick"])
    with qtbot.waitSignal(player.load_failed, timeout=3000) as blocker:
        player.load(path)
    assert blocker.args[0] == path and not player.is_loaded(path)
    player.shutdown()
