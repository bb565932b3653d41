"""The voice settings: listed voices, choices saved, a test line, and faults that leave the list short."""

from __future__ import annotations

from dataclasses import dataclass

from lumbar_coach.speech.config import SpeechError
from lumbar_coach.storage.settings import Settings
from lumbar_coach.ui.settings_dialog import SettingsDialog
from lumbar_coach.ui.voice_settings import SAMPLE, VoiceSettings


@dataclass
class FakeVoice:
    id: str
    name: str


def lister(engine: str) -> list[FakeVoice]:
    return {"pyttsx3": [FakeVoice("en-gb", "English (Great Britain)"), FakeVoice("en-us", "English (America)")],
            "qt": [FakeVoice("speechd:f1", "Female 1")]}[engine]


def test_voices_are_listed_for_the_chosen_engine(qtbot):
    panel = VoiceSettings(Settings(voice="en-us"), lister=lister)
    qtbot.addWidget(panel)
    assert [panel.voice.itemText(i) for i in range(panel.voice.count())] == ["Default voice", "English (Great Britain)", "English (America)"]
    assert panel.voice.currentData() == "en-us"
    panel.engine.setCurrentIndex(panel.engine.findData("qt"))
    assert panel.voice.count() == 2 and panel.voice.itemData(1) == "speechd:f1"


def test_an_engine_that_cannot_list_voices_offers_the_default(qtbot):
    def broken(engine: str):
        raise SpeechError("espeak-ng is not installed")
    panel = VoiceSettings(Settings(), lister=broken)
    qtbot.addWidget(panel)
    assert panel.voice.count() == 1 and "espeak-ng is not installed" in panel.voice.toolTip()


def test_the_dialog_returns_every_voice_choice(qtbot):
    dialog = SettingsDialog(Settings(), voice_options={"lister": lister})
    qtbot.addWidget(dialog)
    voice = dialog.voice
    voice.enabled.setChecked(False)
    voice.voice.setCurrentIndex(2)
    voice.rate.setValue(130)
    voice.volume.setValue(40)
    voice.verbosity.setCurrentIndex(voice.verbosity.findData("full"))
    voice.beeps.setChecked(False)
    chosen = dialog.settings()
    assert (chosen.voice_enabled, chosen.voice, chosen.speech_rate, chosen.volume, chosen.verbosity, chosen.beeps) == (
        False, "en-us", 130, 0.4, "full", False)


def test_test_voice_speaks_a_sample_with_the_settings_being_chosen(qtbot):
    heard = []
    panel = VoiceSettings(Settings(), lister=lister, tester=lambda settings, text: heard.append((settings, text)))
    qtbot.addWidget(panel)
    panel.rate.setValue(200)
    panel.test_button.click()
    assert heard[0][1] == SAMPLE and heard[0][0].speech_rate == 200


def test_test_voice_in_the_window_is_undone_by_cancel(make_window, speaker):
    window = make_window()
    window.test_voice(window.data.settings.replace(speech_rate=220, voice_enabled=False), SAMPLE)
    assert speaker.config.rate == 220 and speaker.texts[-1] == SAMPLE
    window.voice.configure(window.data.settings)
    assert speaker.config.rate == window.data.settings.speech_rate
