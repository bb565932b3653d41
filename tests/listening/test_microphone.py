"""The microphone without a sound card."""

from __future__ import annotations

from lumbar_coach.listening.microphone import NO_MICROPHONE, Microphone, capture_format


def test_the_capture_format_is_16k_mono_16_bit() -> None:
    audio_format = capture_format()
    assert (audio_format.sampleRate(), audio_format.channelCount()) == (16000, 1)
    assert audio_format.sampleFormat().name == "Int16"


def test_no_microphone_says_so_and_nothing_else(qtbot) -> None:
    microphone = Microphone(devices=lambda: [])
    heard, listening, unavailable = [], [], []
    microphone.heard.connect(heard.append)
    microphone.listening.connect(listening.append)
    microphone.unavailable.connect(unavailable.append)
    microphone.start()
    qtbot.wait(50)
    assert unavailable == [NO_MICROPHONE]
    assert heard == [] and listening == [] and not microphone.running
    microphone.stop()
    assert listening == []


def test_the_real_device_list_without_a_sound_card_is_unavailable(qtbot) -> None:
    from PySide6.QtMultimedia import QMediaDevices

    if QMediaDevices.audioInputs():
        import pytest
        pytest.skip("this machine has a microphone")
    microphone, unavailable = Microphone(), []
    microphone.unavailable.connect(unavailable.append)
    microphone.start()
    assert unavailable == [NO_MICROPHONE] and not microphone.running


def test_the_reason_voice_commands_cannot_work_is_given(monkeypatch) -> None:
    import importlib.util

    from lumbar_coach.listening import microphone as microphone_module

    assert microphone_module.unavailable_reason(devices=lambda: []) == NO_MICROPHONE
    assert microphone_module.unavailable_reason(devices=lambda: ["a microphone"]) is None
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    assert microphone_module.unavailable_reason(devices=lambda: ["a microphone"]) == microphone_module.NO_RECOGNIZER
