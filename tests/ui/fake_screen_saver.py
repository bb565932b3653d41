"""A stand-in for the desktop's screen saver service, run on a private session bus by the tests.

Prints one line per call ("inhibit APP REASON COOKIE", "uninhibit COOKIE") so a
test can read what the app asked for, with the argument types a real service has.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection

FIRST_COOKIE = 42


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class ScreenSaver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.cookie = FIRST_COOKIE - 1

    @Slot(str, str, result="uint")
    def Inhibit(self, app: str, reason: str) -> int:  # noqa: N802 (the service's name)
        self.cookie += 1
        print(f"inhibit {app}|{reason}|{self.cookie}", flush=True)
        return self.cookie

    @Slot("uint")
    def UnInhibit(self, cookie: int) -> None:  # noqa: N802 (the service's name)
        print(f"uninhibit {cookie}", flush=True)


if __name__ == "__main__":
    app = QCoreApplication(sys.argv)
    bus = QDBusConnection.sessionBus()
    saver = ScreenSaver()
    exported = bus.registerObject("/org/freedesktop/ScreenSaver", saver, QDBusConnection.RegisterOption.ExportAllSlots)
    print("ready" if exported and bus.registerService("org.freedesktop.ScreenSaver") else "failed", flush=True)
    app.exec()
