"""The voice part of the settings: on or off, engine, voice, speed, volume, how much is said, beeps."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QPushButton, QSlider, QSpinBox, QWidget

from lumbar_coach.storage.settings import Settings, numeric_bounds
from lumbar_coach.ui.buttons import choice_box

ENGINES = (("pyttsx3", "Built-in (espeak-ng)"), ("qt", "System speech service"))
VERBOSITY = (("short", "Short set-up"), ("full", "Every step read out"))
SAMPLE = "Switch sides. Now your right leg in front. Three. Two. One."

VoiceLister = Callable[[str], list]        # engine -> voices with .id and .name (may raise)
VoiceTester = Callable[[Settings, str], None]  # speak a line with these settings


def list_engine_voices(engine: str) -> list:
    from lumbar_coach.speech.factory import list_voices
    return list_voices(engine)


class VoiceSettings(QGroupBox):
    """Edits the voice settings; ``changes()`` gives them as Settings fields."""

    def __init__(self, settings: Settings, parent: QWidget | None = None, *,
                 lister: VoiceLister = list_engine_voices, tester: VoiceTester | None = None) -> None:
        super().__init__("Voice and sound", parent)
        self.original, self.lister, self.tester = settings, lister, tester
        self.form = QFormLayout(self)
        self.enabled = self._check("Speak the instructions", settings.voice_enabled, "Turn the voice on or off (M during a session)")
        self.engine = self._combo("Engine", ENGINES, settings.speech_engine, "Which speech engine reads the cues")
        self.voice = self._combo("Voice", (), None, "The voice that reads the cues")
        self.rate = self._rate(settings.speech_rate)
        self.volume = self._volume(settings.volume)
        self.verbosity = self._combo("Detail", VERBOSITY, settings.verbosity,
                                     "How much is said as each stretch begins: a short set-up, or every step")
        self.beeps = self._check("Beeps", settings.beeps, "A tick on each of the last three seconds and a chime at each change")
        self.test_button = self._test_button()
        self.engine.currentIndexChanged.connect(self.fill_voices)
        self.fill_voices()

    def _check(self, text: str, on: bool, tip: str) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setChecked(on)
        box.setAccessibleName(text)
        box.setToolTip(tip)
        self.form.addRow(box)
        return box

    def _combo(self, label: str, options, current, tip: str) -> QComboBox:
        box = choice_box(options, current, label, tip, self)
        self.form.addRow(label, box)
        return box

    def _rate(self, value: int) -> QSpinBox:
        bounds = numeric_bounds()["speech_rate"]
        box = QSpinBox(self)
        box.setRange(int(bounds.minimum), int(bounds.maximum))
        box.setSingleStep(10)
        box.setValue(value)
        box.setSuffix(" words a minute")
        box.setAccessibleName("Speaking speed")
        box.setToolTip(f"Speaking speed, {int(bounds.minimum)} to {int(bounds.maximum)} words a minute")
        self.form.addRow("Speed", box)
        return box

    def _volume(self, value: float) -> QSlider:
        slider = QSlider(Qt.Orientation.Horizontal, self)
        slider.setRange(0, 100)
        slider.setValue(round(value * 100))
        slider.setAccessibleName("Volume")
        slider.setToolTip("Volume of the voice and the beeps (Left and Right change it)")
        self.form.addRow("Volume", slider)
        return slider

    def _test_button(self) -> QPushButton:
        button = QPushButton("Test voice", self)
        button.setAccessibleName("Test voice")
        button.setToolTip("Say a sample line with these settings (Alt+T)")
        button.setShortcut("Alt+T")
        button.clicked.connect(self.test)
        button.setEnabled(self.tester is not None)
        self.form.addRow(button)
        return button

    def fill_voices(self) -> None:
        """List the chosen engine's voices; the default voice is always offered first."""
        self.voice.clear()
        self.voice.addItem("Default voice", None)
        try:
            voices = self.lister(self.engine.currentData())
        except Exception as error:  # any engine fault: the list just stays short
            self.voice.setToolTip(f"The voices could not be listed: {error}")
            voices = []
        for voice in voices:
            self.voice.addItem(voice.name, voice.id)
        self.voice.setCurrentIndex(max(0, self.voice.findData(self.original.voice)))

    def changes(self) -> dict:
        return {"voice_enabled": self.enabled.isChecked(), "speech_engine": self.engine.currentData(),
                "voice": self.voice.currentData(), "speech_rate": self.rate.value(),
                "volume": round(self.volume.value() / 100, 2), "verbosity": self.verbosity.currentData(),
                "beeps": self.beeps.isChecked()}

    def test(self) -> None:
        if self.tester is not None:
            self.tester(self.original.replace(**self.changes()), SAMPLE)
