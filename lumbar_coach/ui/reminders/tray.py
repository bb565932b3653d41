"""The daily reminder as a tray notification; clicking it brings the routine up ready to start."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from lumbar_coach.ui.reminders.schedule import next_reminder

TITLE = "Time for your back routine"
MESSAGE = "A few minutes of stretching now. Click to open the routine, ready to start."
NO_TRAY = "This desktop has no system tray, so reminders cannot be shown here."
# The timer wakes at least this often to compare with the wall clock (which may jump: sleep, time changes).
LONGEST_WAIT_MS = 5 * 60 * 1000
STALE_AFTER = timedelta(hours=1)


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class Reminder(QObject):
    """A wall-clock timer for the next reminder time and, where there is a tray, its icon and message."""

    clicked = Signal()
    shown = Signal()
    openWanted = Signal()
    quitWanted = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None, *,
                 now: Callable[[], datetime] = datetime.now, has_tray: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self.now, self.icon, self.hh_mm = now, icon, ""
        self.due: datetime | None = None
        self.tray = QSystemTrayIcon(icon, self) if (has_tray or tray_available)() else None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.timer.timeout.connect(self.check)
        if self.tray is not None:
            self._set_up_tray(self.tray)

    def _set_up_tray(self, tray: QSystemTrayIcon) -> None:
        tray.setToolTip("Lumbar Coach")
        tray.messageClicked.connect(self.clicked)
        tray.activated.connect(lambda reason: self.openWanted.emit())
        menu = QMenu()
        menu.addAction("Open Lumbar Coach", self.openWanted.emit)
        menu.addAction("Quit", self.quitWanted.emit)
        tray.setContextMenu(menu)
        self.menu = menu

    def available(self) -> bool:
        return self.tray is not None

    def schedule(self, enabled: bool, hh_mm: str) -> None:
        """Arm the timer for the next ``hh_mm`` (or stop it), and show the tray icon while reminders are on."""
        self.hh_mm = hh_mm if enabled and self.available() else ""
        if self.tray is not None:
            self.tray.setVisible(bool(self.hh_mm))
        self.due = next_reminder(self.now(), self.hh_mm) if self.hh_mm else None
        self._arm()

    def _arm(self) -> None:
        if self.due is None:
            self.timer.stop()
            return
        wait = (self.due - self.now()).total_seconds() * 1000
        self.timer.start(max(0, min(LONGEST_WAIT_MS, round(wait))))

    def check(self) -> None:
        """On waking: remind if the time has come (then aim at tomorrow), else wait again.

        A reminder more than an hour late (the computer was asleep) is dropped rather than shown stale.
        """
        now = self.now()
        if self.due is not None and now >= self.due:
            if now - self.due <= STALE_AFTER:
                self.remind()
            self.due = next_reminder(now, self.hh_mm)
        self._arm()

    def remind(self) -> None:
        """Show the reminder message."""
        if self.tray is not None:
            self.tray.showMessage(TITLE, MESSAGE, self.icon, 60_000)
            self.shown.emit()
