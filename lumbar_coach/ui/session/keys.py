"""Session keys that work wherever the focus is in the window (a button must not swallow Space)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


class SessionKeys(QObject):
    """An application event filter that sends the session's keys to their actions while ``owner`` is shown."""

    def __init__(self, owner: QWidget, actions: dict[Qt.Key, Callable[[], None]]) -> None:
        super().__init__(owner)
        self.owner = owner
        self.actions = actions
        self.installed = False

    def install(self) -> None:
        if not self.installed:
            QApplication.instance().installEventFilter(self)
            self.installed = True

    def remove(self) -> None:
        if self.installed:
            QApplication.instance().removeEventFilter(self)
            self.installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        action = self._action_for(watched, event)
        if action is None:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return False
        action()
        return True

    def _action_for(self, watched: QObject, event: QKeyEvent) -> Callable[[], None] | None:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier or event.isAutoRepeat():
            return None
        if not isinstance(watched, QWidget) or watched.window() is not self.owner.window():
            return None
        if not self.owner.isVisible():
            return None
        return self.actions.get(Qt.Key(event.key()))
