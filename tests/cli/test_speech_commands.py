"""``voices`` and ``say``, run through a parser of their own."""

from __future__ import annotations

import argparse
import shutil

import pytest

from lumbar_coach.cli import say, voices
from lumbar_coach.speech import player as player_module
from lumbar_coach.speech import process as process_module
from lumbar_coach.speech.player import NO_OUTPUT_REASON
from tests.speech.helpers import NO_ESPEAK_WORKER, bin_dir_without, is_speech_like, write_script

engine_installed = shutil.which("espeak-ng") is not None
needs_pyttsx3 = pytest.mark.skipif(not engine_installed, reason="espeak-ng is not installed")
needs_sox = pytest.mark.skipif(shutil.which("sox") is None, reason="sox is not installed")



def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="lumbar-coach")
    commands = parser.add_subparsers(required=True)
    say.add_parser(commands)
    voices.add_parser(commands)
    args = parser.parse_args(argv)
    return args.handler(args)


def one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    return err.strip()


@needs_pyttsx3
def test_voices_lists_id_and_name_one_per_line(capsys) -> None:
    assert main(["voices"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "gmw/en-us\tEnglish (America)" in lines
    assert len(lines) > 10 and all(len(line.split("\t")) == 2 for line in lines)


def test_voices_of_the_qt_engine(capsys) -> None:
    assert main(["voices", "--engine", "qt:mock"]) == 0
    assert capsys.readouterr().out.splitlines() == ["Bob\tBob", "Anne\tAnne"]


def test_voices_of_an_unknown_engine_is_one_line(capsys) -> None:
    assert main(["voices", "--engine", "klingon"]) == 1
    assert one_line_error(capsys) == "lumbar-coach voices: unknown speech engine 'klingon' (use pyttsx3 or qt)"


@needs_pyttsx3
def test_voices_without_espeak_says_what_to_install(capsys, monkeypatch, tmp_path) -> None:
    wrapper = tmp_path / "worker.py"
    wrapper.write_text(NO_ESPEAK_WORKER)
    monkeypatch.setattr(process_module, "WORKER_SCRIPT", wrapper)
    assert main(["voices"]) == 1
    assert one_line_error(capsys).endswith("espeak-ng is not installed (package espeak-ng)")


@needs_pyttsx3
@needs_sox
def test_say_to_file_writes_speech(tmp_path) -> None:
    target = tmp_path / "cue.wav"
    assert main(["say", "Switch", "sides:", "right leg in front.", "--to-file", str(target), "--rate", "180"]) == 0
    assert is_speech_like(target)


@pytest.mark.parametrize(
    ("argv", "status", "message"),
    [
        (["say", "Hi", "--rate", "fast"], 2, "rate must be a whole number of words per minute from 80 to 300, not 'fast'"),
        (["say", "Hi", "--rate", "999"], 2, "rate must be a whole number of words per minute from 80 to 300, not 999"),
        (["say", "Hi", "--to-file", "/proc/lumbar-coach.wav"], 1, "cannot write /proc"),
        (["say", "Hi", "--voice", "no-such-voice", "--to-file", "{tmp}/x.wav"], 1, "unknown voice 'no-such-voice'"),
    ],
)
def test_bad_say_input_is_one_line_and_a_failure_status(capsys, tmp_path, argv, status, message) -> None:
    if "--voice" in argv and not engine_installed:
        pytest.skip("espeak-ng is not installed")
    assert main([arg.replace("{tmp}", str(tmp_path)) for arg in argv]) == status
    assert message in one_line_error(capsys)


@needs_pyttsx3
@needs_sox
def test_say_speaks_through_aplay_and_waits(qapp, monkeypatch, tmp_path, capsys) -> None:
    tools = bin_dir_without(tmp_path, "aplay")
    heard = tmp_path / "heard.wav"
    write_script(tools / "aplay", f'cp "$2" "{heard}"')
    monkeypatch.setattr(player_module, "qt_has_audio_output", lambda: False)
    monkeypatch.setenv("PATH", str(tools))
    assert main(["say", "Switch sides."]) == 0
    assert capsys.readouterr().err == ""
    assert is_speech_like(heard)


def test_say_with_no_way_to_play_sound_is_one_line(qapp, monkeypatch, tmp_path, capsys) -> None:
    monkeypatch.setattr(player_module, "qt_has_audio_output", lambda: False)
    monkeypatch.setenv("PATH", str(bin_dir_without(tmp_path, "aplay")))
    assert main(["say", "Switch sides."]) == 1
    assert one_line_error(capsys) == f"lumbar-coach say: {NO_OUTPUT_REASON}"

