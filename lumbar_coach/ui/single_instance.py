"""One window per person: a second start brings the running window to the front instead.

The running app listens on a local socket (a named pipe or Unix socket, never the
network) named after the user's data folder; a second start that reaches it asks
it to show itself and exits, so two copies never write the same files.
"""

from __future__ import annotations

import hashlib
import getpass

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from lumbar_coach.storage.paths import data_dir

WAKE_MESSAGE = b"show"
CONNECT_MS = 300


def server_name() -> str:
    """A name unique to this user and data folder."""
    digest = hashlib.sha1(str(data_dir()).encode()).hexdigest()[:12]
    return f"lumbar-coach-{getpass.getuser()}-{digest}"


def wake_running_copy(name: str | None = None) -> bool:
    """Ask a running copy to come to the front; True when one answered."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(WAKE_MESSAGE)
    socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later starts and signals ``woken`` when one asks for the window."""

    woken = Signal()

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_connection)

    def listen(self) -> bool:
        """Start listening, clearing a socket left behind by a copy that crashed."""
        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def close(self) -> None:
        self._server.close()

    def _on_connection(self) -> None:
        socket = self._server.nextPendingConnection()
        socket.readyRead.connect(lambda: self._on_message(socket))

    def _on_message(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(WAKE_MESSAGE):
            self.woken.emit()
        socket.disconnectFromServer()


def bring_to_front(window) -> None:
    """Show ``window`` restored, raised and focused."""
    if window.isMinimized() or not window.isVisible():
        window.showNormal()
    window.raise_()
    window.activateWindow()


def claim(window) -> InstanceServer:
    """Make ``window`` the one later starts bring to the front."""
    server = InstanceServer(parent=window)
    server.listen()
    server.woken.connect(lambda: bring_to_front(window))
    return server
