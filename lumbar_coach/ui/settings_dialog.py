"""The settings dialog: timings, painful side, flare-up mode, reminders, theme and text size, beside the voice."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QHBoxLayout,
                               QLabel, QSpinBox, QTimeEdit, QVBoxLayout, QWidget)

from lumbar_coach.core.safety import safety_advice
from lumbar_coach.storage.settings import Settings, numeric_bounds
from lumbar_coach.ui.reminders.tray import NO_TRAY, tray_available
from lumbar_coach.ui.buttons import choice_box
from lumbar_coach.ui.theme import scaled_font
from lumbar_coach.ui.voice_command_settings import VoiceCommandSettings
from lumbar_coach.ui.voice_settings import VoiceSettings

FLARE_UP = "Leave out riskier stretches"
MINIMUM_WIDTH = 1100
COLUMN_WIDTH = 480

TIMINGS = ("get_ready_seconds", "rest_seconds", "switch_seconds", "rep_tempo_seconds")
TIMING_HINTS = {
    "get_ready_seconds": "time to get into position once the coach has described it",
    "rest_seconds": "the shortest rest between two holds",
    "switch_seconds": "time to change sides once the coach has described the other side",
    "rep_tempo_seconds": "how long each repetition takes",
}
PAINFUL_SIDES = ((None, "Not asked yet"), ("left", "Left"), ("right", "Right"), ("both", "Both"), ("unsure", "Not sure"))
THEMES = (("system", "Follow the system"), ("light", "Light"), ("dark", "Dark"))


class SettingsDialog(QDialog):
    """Edits a copy of the settings; ``settings()`` gives the result."""

    def __init__(self, settings: Settings, parent: QWidget | None = None, *, reminders_possible: bool | None = None,
                 voice_options: dict | None = None, command_options: dict | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.original = settings
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.timings = {name: self._timing(name, getattr(settings, name)) for name in TIMINGS}
        self.wait_for_me = self._flag(
            "Before each stretch", "Wait until I carry on", "Wait before each stretch",
            "After getting ready for each stretch, the session waits until you press Space (or say “coach go”), "
            "so you can take as long as you need to get into position", settings.wait_for_me)
        self.on_top = self._flag(
            "During a session", "Keep the window on top", "Keep the window on top during a session",
            "While a session runs, the window stays in front of other windows, so the countdown stays in sight "
            "if something else opens", settings.on_top_in_session)
        self.painful_side = self._choice("Painful side", PAINFUL_SIDES, settings.painful_side)
        self.flare_up = self._flag(
            "Flare-up mode", FLARE_UP, "Flare-up mode",
            f"{safety_advice().flare_up} Flare-up mode leaves such stretches out of your routines.", settings.flare_up)
        self.voice = VoiceSettings(settings, self, **(voice_options or {}))
        self.commands = VoiceCommandSettings(settings, self, **(command_options or {}))
        possible = tray_available() if reminders_possible is None else reminders_possible
        self.reminder, self.reminder_time, self.reminder_note = self._reminder(settings, possible)
        self.theme = self._choice("Theme", THEMES, settings.theme)
        self.text_scale = self._text_scale(settings.text_scale)
        self._lay_out()

    def _flag(self, row: str, text: str, name: str, tip: str, on: bool) -> QCheckBox:
        """A checkbox on its own row of the form."""
        box = QCheckBox(text, self)
        box.setChecked(on)
        box.setAccessibleName(name)
        box.setToolTip(tip)
        self.form.addRow(row, box)
        return box

    def _reminder(self, settings: Settings, possible: bool) -> tuple[QCheckBox, QTimeEdit, QLabel]:
        box = QCheckBox("Every day at", self)
        box.setChecked(settings.reminder_enabled and possible)
        box.setAccessibleName("Daily reminder")
        box.setToolTip("A notification at the chosen time while Lumbar Coach runs; closing the window keeps it in the tray")
        when = QTimeEdit(QTime.fromString(settings.reminder_time, "HH:mm"), self)
        when.setDisplayFormat("HH:mm")
        when.setAccessibleName("Reminder time")
        when.setToolTip("Time of the daily reminder (Up and Down change it)")
        note = QLabel("" if possible else NO_TRAY)
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        note.setVisible(not possible)
        note.setMinimumHeight(note.heightForWidth(COLUMN_WIDTH))
        for widget in (box, when):
            widget.setEnabled(possible)
        row = QHBoxLayout()
        row.addWidget(box)
        row.addWidget(when)
        row.addStretch(1)
        self.form.addRow("Reminder", row)
        self.form.addRow(note)
        return box, when, note

    def _timing(self, name: str, value: int) -> QSpinBox:
        bounds = numeric_bounds()[name]
        box = QSpinBox(self)
        box.setRange(int(bounds.minimum), int(bounds.maximum))
        box.setValue(value)
        box.setSuffix(" s")
        label = bounds.label[0].upper() + bounds.label[1:]
        box.setAccessibleName(label)
        box.setToolTip(f"{label}: {TIMING_HINTS[name]}, {int(bounds.minimum)} to {int(bounds.maximum)} seconds")
        self.form.addRow(label, box)
        return box

    def _choice(self, label: str, options, current) -> QComboBox:
        box = choice_box(options, current, label, label, self)
        self.form.addRow(label, box)
        return box

    def _text_scale(self, value: float) -> QDoubleSpinBox:
        bounds = numeric_bounds()["text_scale"]
        box = QDoubleSpinBox(self)
        box.setRange(bounds.minimum, bounds.maximum)
        box.setSingleStep(0.1)
        box.setDecimals(1)
        box.setValue(value)
        box.setSuffix(" ×")
        box.setAccessibleName("Text size")
        box.setToolTip("Text size, from 0.8 to 2 times the normal size")
        self.form.addRow("Text size", box)
        return box

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        heading = QLabel("Settings")
        heading.setFont(scaled_font(self.font(), 1.4, bold=True))
        layout.addWidget(heading)
        intro = QLabel("Saved when you press OK. Timings apply from the next session; a new text size fully applies after a restart.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        columns = QHBoxLayout()
        columns.addLayout(self.form, 3)
        columns.addSpacing(16)
        right = QVBoxLayout()
        right.addWidget(self.voice)
        right.addWidget(self.commands)
        right.addStretch(1)
        columns.addLayout(right, 2)
        layout.addLayout(columns)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(MINIMUM_WIDTH)

    def settings(self) -> Settings:
        """The settings as chosen in the dialog."""
        return self.original.replace(
            **{name: box.value() for name, box in self.timings.items()},
            wait_for_me=self.wait_for_me.isChecked(),
            on_top_in_session=self.on_top.isChecked(),
            painful_side=self.painful_side.currentData(),
            flare_up=self.flare_up.isChecked(),
            reminder_enabled=self.reminder.isChecked() if self.reminder.isEnabled() else self.original.reminder_enabled,
            reminder_time=self.reminder_time.time().toString("HH:mm"),
            **self.voice.changes(),
            **self.commands.changes(),
            theme=self.theme.currentData(),
            text_scale=round(self.text_scale.value(), 1),
        )
