"""``listen --from-file``, run through a parser of its own."""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import wave
from array import array

import pytest

from lumbar_coach.cli import listen

needs_speech = pytest.mark.skipif(shutil.which("espeak-ng") is None or shutil.which("sox") is None,
                                  reason="espeak-ng and sox are needed to make recordings")
needs_pocketsphinx = pytest.mark.skipif(importlib.util.find_spec("pocketsphinx") is None,
                                        reason="pocketsphinx is not installed")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="lumbar-coach")
    commands = parser.add_subparsers(required=True)
    listen.add_parser(commands)
    args = parser.parse_args(argv)
    return args.handler(args)


def one_line_error(capsys) -> str:
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1, captured.err
    return captured.err.strip()


@pytest.fixture(scope="module")
def recordings(tmp_path_factory):
    """'coach stop' then 'coach repeat' as espeak-ng writes it (22 kHz), and converted copies."""
    if shutil.which("espeak-ng") is None or shutil.which("sox") is None:
        pytest.skip("espeak-ng and sox are needed to make recordings")
    folder = tmp_path_factory.mktemp("recordings")
    first, second = folder / "first.wav", folder / "second.wav"
    subprocess.run(["espeak-ng", "-v", "en-gb", "-s", "150", "-w", str(first), "coach stop"], check=True)
    subprocess.run(["espeak-ng", "-v", "en-gb", "-s", "150", "-w", str(second), "coach repeat"], check=True)
    gap, both = folder / "gap.wav", folder / "both.wav"
    subprocess.run(["sox", "-n", "-r", "22050", "-c", "1", "-b", "16", str(gap), "trim", "0", "0.6"], check=True)
    subprocess.run(["sox", str(gap), str(first), str(gap), str(second), str(gap), str(both)], check=True)
    stereo = folder / "stereo-44k.wav"
    subprocess.run(["sox", str(both), "-r", "44100", "-c", "2", str(stereo)], check=True)
    eight_bit = folder / "8-bit.wav"
    subprocess.run(["sox", str(first), "-b", "8", "-e", "unsigned-integer", str(eight_bit)], check=True)
    floating = folder / "float.wav"
    subprocess.run(["sox", str(first), "-e", "floating-point", "-b", "32", str(floating)], check=True)
    return {"first": first, "both": both, "stereo": stereo, "8-bit": eight_bit, "float": floating}


def write_silence(path, seconds: float = 1.0, rate: int = 16000) -> None:
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(rate)
        writer.writeframes(array("h", [0] * int(seconds * rate)).tobytes())


@needs_speech
@needs_pocketsphinx
def test_prints_each_command_heard_in_order(capsys, recordings) -> None:
    assert main(["listen", "--from-file", str(recordings["both"])]) == 0
    assert capsys.readouterr().out.splitlines() == ["stop", "repeat"]


@needs_speech
@needs_pocketsphinx
@pytest.mark.parametrize("name", ["stereo", "8-bit"])
def test_other_rates_channels_and_widths_are_converted(capsys, recordings, name) -> None:
    assert main(["listen", "--from-file", str(recordings[name])]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and set(lines) <= {"stop", "repeat"}


@needs_speech
@needs_pocketsphinx
def test_without_the_wake_word_option_a_bare_command_counts(capsys, tmp_path) -> None:
    bare = tmp_path / "bare.wav"
    subprocess.run(["espeak-ng", "-v", "en-gb", "-s", "150", "-w", str(bare), "stop"], check=True)
    assert main(["listen", "--from-file", str(bare)]) == 0
    assert capsys.readouterr().out == ""
    assert main(["listen", "--from-file", str(bare), "--no-wake-word"]) == 0
    assert capsys.readouterr().out.splitlines() == ["stop"]


@needs_pocketsphinx
def test_a_silent_recording_prints_nothing(capsys, tmp_path) -> None:
    path = tmp_path / "quiet.wav"
    write_silence(path, rate=8000)
    assert main(["listen", "--from-file", str(path)]) == 0
    assert capsys.readouterr() == ("", "")


def test_a_missing_file_is_one_line_and_status_2(capsys, tmp_path) -> None:
    assert main(["listen", "--from-file", str(tmp_path / "nothing.wav")]) == 2
    assert one_line_error(capsys) == f"lumbar-coach listen: {tmp_path / 'nothing.wav'}: no such file"


def test_a_file_that_is_not_a_wav_is_one_line_and_status_2(capsys, tmp_path) -> None:
    path = tmp_path / "notes.wav"
    path.write_text("not audio at all")
    assert main(["listen", "--from-file", str(path)]) == 2
    assert "not a readable WAV file" in one_line_error(capsys)


def test_a_truncated_wav_is_one_line_and_status_2(capsys, tmp_path) -> None:
    path = tmp_path / "cut.wav"
    write_silence(path)
    path.write_bytes(path.read_bytes()[:30])
    assert main(["listen", "--from-file", str(path)]) == 2
    assert "not a readable WAV file" in one_line_error(capsys)


def test_a_folder_is_one_line_and_status_2(capsys, tmp_path) -> None:
    assert main(["listen", "--from-file", str(tmp_path)]) == 2
    assert "no such file" in one_line_error(capsys)


@needs_speech
def test_floating_point_samples_are_refused_in_one_line(capsys, recordings) -> None:
    assert main(["listen", "--from-file", str(recordings["float"])]) == 2
    assert "not a readable WAV file" in one_line_error(capsys)
