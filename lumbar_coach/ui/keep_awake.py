"""Keep the screen on while a session runs: the person is on the floor, not touching the laptop.

Each platform has its own way, chosen by ``platform_backend``: the desktop's
screen saver service over D-Bus on Linux (``org.freedesktop.ScreenSaver``, which
GNOME, KDE and most others provide; it also holds off idle sleep), the thread's
execution state on Windows, and ``caffeinate`` on macOS. If none works, the
session runs as before and the reason goes to the log.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import subprocess

log = logging.getLogger(__name__)

APP_NAME = "Lumbar Coach"
REASON = "Coaching a stretching session"
SCREEN_SAVER = ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver")
CALL_SECONDS = 2.0


class Backend(Protocol):
    def hold(self) -> None:
        """Keep the screen on; raises OSError with a one-line reason if it cannot."""

    def release(self) -> None:
        """Let the screen sleep again."""


class KeepAwake:
    """Held from a session's start to its end; holding twice or releasing twice is harmless."""

    def __init__(self, backend: Backend | None = None) -> None:
        self._backend = backend
        self.held = False
        self.problem = ""

    def hold(self) -> bool:
        """Keep the screen on; False (with ``problem`` set and logged) if this desktop will not."""
        if self.held:
            return True
        try:
            if self._backend is None:
                self._backend = platform_backend()
            self._backend.hold()
        except OSError as error:
            self.problem = str(error)
            log.info("the screen may sleep during the session: %s", error)
            return False
        self.held, self.problem = True, ""
        return True

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        try:
            self._backend.release()
        except OSError as error:
            log.info("could not let the screen sleep again: %s", error)


def platform_backend() -> Backend:
    if sys.platform == "win32":
        return WindowsExecutionState()
    if sys.platform == "darwin":
        return Caffeinate()
    return FreedesktopScreenSaver()


class FreedesktopScreenSaver:
    """``Inhibit`` and ``UnInhibit`` on the session bus's screen saver service.

    Spoken to over a connection of its own (jeepney, which can send the cookie as
    the unsigned number the service expects); if the app ends without releasing,
    the connection closes and the service drops the hold by itself.
    """

    def __init__(self, address: str | None = None) -> None:
        self._address = address   # the session bus's, by default
        self._connection = None
        self._cookie: int | None = None

    def hold(self) -> None:
        from jeepney.io.blocking import open_dbus_connection
        try:
            self._connection = open_dbus_connection(self._address or "SESSION")
        except (KeyError, OSError, ValueError) as error:
            raise OSError(f"there is no desktop session bus ({_reason(error)})") from None
        self._cookie = int(self._call("Inhibit", "ss", (APP_NAME, REASON))[0])

    def release(self) -> None:
        cookie, self._cookie = self._cookie, None
        try:
            if cookie is not None:
                self._call("UnInhibit", "u", (cookie,))
        finally:
            connection, self._connection = self._connection, None
            if connection is not None:
                connection.close()

    def _call(self, method: str, signature: str, arguments: tuple) -> tuple:
        from jeepney import DBusAddress, DBusErrorResponse, new_method_call
        service, path, interface = SCREEN_SAVER
        message = new_method_call(DBusAddress(path, bus_name=service, interface=interface), method, signature, arguments)
        try:
            reply = self._connection.send_and_get_reply(message, timeout=CALL_SECONDS)
            if reply.header.message_type.name == "error":
                raise DBusErrorResponse(reply)
        except DBusErrorResponse as error:
            raise OSError(f"the screen saver service refused {method}: {error.name}") from None
        except (OSError, TimeoutError) as error:
            raise OSError(f"the screen saver service did not answer {method} ({_reason(error)})") from None
        return reply.body


def _reason(error: BaseException) -> str:
    return getattr(error, "strerror", None) or str(error) or type(error).__name__


class WindowsExecutionState:
    """``SetThreadExecutionState``: the display and the system stay on while it is set."""

    CONTINUOUS, SYSTEM_REQUIRED, DISPLAY_REQUIRED = 0x80000000, 0x00000001, 0x00000002

    def hold(self) -> None:
        self._set(self.CONTINUOUS | self.SYSTEM_REQUIRED | self.DISPLAY_REQUIRED)

    def release(self) -> None:
        self._set(self.CONTINUOUS)

    @staticmethod
    def _set(flags: int) -> None:
        import ctypes
        if not ctypes.windll.kernel32.SetThreadExecutionState(flags):
            raise OSError("Windows refused to keep the display on")


class Caffeinate:
    """macOS's ``caffeinate``, tied to this process so it cannot outlive the app."""

    def __init__(self) -> None:
        self._process: subprocess.Popen | None = None

    def hold(self) -> None:
        import subprocess
        try:
            self._process = subprocess.Popen(["caffeinate", "-d", "-i", "-w", str(os.getpid())],
                                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError as error:
            raise OSError(f"caffeinate could not start: {error.strerror or error}") from None

    def release(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.terminate()
            process.wait(timeout=5)
