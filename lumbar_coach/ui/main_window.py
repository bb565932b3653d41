"""The main window: a stack of pages (library, detail, session, summary, routines) and a message banner."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from lumbar_coach.core.errors import PlanError
from lumbar_coach.core.phases import Timeline
from lumbar_coach.core.routines import Routine, RoutineItem
from lumbar_coach.core.session import CLOCK_JUMP_SECONDS, Finished, Session
from lumbar_coach.storage import problems
from lumbar_coach.storage.window_state import WindowState, load_window_state, save_window_state
from lumbar_coach.ui.banner import Banner
from lumbar_coach.ui.clock import session_clock
from lumbar_coach.ui.detail import DetailView
from lumbar_coach.ui.library.view import LibraryView
from lumbar_coach.ui.painful_side import ask_painful_side
from lumbar_coach.ui.routines.view import RoutinesView
from lumbar_coach.ui.session.summary import SummaryView
from lumbar_coach.ui.session.view import SessionView
from lumbar_coach.ui.session.voice import Speaker, Voice
from lumbar_coach.ui.session_driver import QtSessionDriver
from lumbar_coach.ui.user_data import UserData

DEFAULT_SIZE = (1280, 800)


class MainWindow(QMainWindow):
    """Lumbar Coach's one window."""

    def __init__(self, data: UserData, *, speaker: Speaker | None = None, clock: Callable[[], float] = session_clock,
                 speed: float = 1.0, screenshot_mode: bool = False,
                 painful_side_asker: Callable[[QWidget], str | None] = ask_painful_side) -> None:
        super().__init__()
        self.data, self.clock, self.speed = data, clock, speed
        self.screenshot_mode = screenshot_mode
        self.painful_side_asker = painful_side_asker
        self.voice = Voice(speaker, muted=not data.settings.voice_enabled)
        self.last_start: tuple[Routine, Timeline] | None = None
        self.setWindowTitle("Lumbar Coach")
        self._make_pages()
        self._connect()
        self.resize(*DEFAULT_SIZE)

    def _make_pages(self) -> None:
        self.banner = Banner(self)
        self.library = LibraryView(self.data, self)
        self.detail = DetailView(self)
        self.session_view = SessionView(self.data.catalog, self.voice, self)
        self.summary = SummaryView(self.data.catalog, self)
        self.routines = RoutinesView(self.data, self)
        self.stack = QStackedWidget(self)
        for page in (self.library, self.detail, self.session_view, self.summary, self.routines):
            self.stack.addWidget(page)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _connect(self) -> None:
        self.library.stretchOpened.connect(self.open_stretch)
        self.library.starToggled.connect(self.toggle_star)
        self.library.startRoutine.connect(self.start_routine)
        self.library.routinesWanted.connect(self.show_routines)
        self.library.settingsWanted.connect(self.open_settings)
        self.detail.back.connect(self.show_library)
        self.detail.starToggled.connect(self.toggle_star)
        self.detail.startStretch.connect(self.start_stretch)
        self.detail.addToRoutine.connect(self.add_to_routine)
        self.session_view.ended.connect(self.show_summary)
        self.session_view.fullScreenToggled.connect(self.toggle_full_screen)
        self.summary.back.connect(self.show_library)
        self.summary.again.connect(self.start_again)
        self.routines.back.connect(self.show_library)
        self.routines.startRoutine.connect(self.start_routine)
        self.routines.changed.connect(self.library.refresh)
        self.routines.problem.connect(self.show_message)

    # -- pages ------------------------------------------------------------------------

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def show_library(self) -> None:
        self.library.refresh()
        self.stack.setCurrentWidget(self.library)
        self.library.grid.ordered_cards()[0].setFocus()

    def open_stretch(self, stretch_id: str) -> None:
        stretch = self.data.catalog.get(stretch_id)
        self.detail.show_stretch(stretch, self.data.is_favourite(stretch_id), self.data.routines)
        self.stack.setCurrentWidget(self.detail)
        self.detail.start_button.setFocus()

    def show_routines(self, select: str = "") -> None:
        self.routines.reload(select)
        self.stack.setCurrentWidget(self.routines)

    def show_message(self, message: str) -> None:
        self.banner.show_messages([message])

    def show_problems(self) -> None:
        """Show, once, what storage found wrong with the person's files."""
        self.banner.show_messages(problems.take_all())

    # -- favourites and routines --------------------------------------------------------

    def toggle_star(self, stretch_id: str) -> None:
        try:
            self.data.toggle_favourite(stretch_id)
        except OSError as error:
            self.show_message(f"Your favourites could not be saved ({error}). The star will be lost on closing.")
        starred = self.data.is_favourite(stretch_id)
        self.library.grid.cards[stretch_id].set_starred(starred)
        self.library.refresh()
        if self.detail.stretch is not None and self.detail.stretch.id == stretch_id:
            self.detail.set_starred(starred)

    def add_to_routine(self, stretch_id: str, routine_name: str) -> None:
        name = self.routines.add_stretch(stretch_id, routine_name)
        if name:
            self.show_routines(select=name)

    # -- sessions -------------------------------------------------------------------------

    def start_stretch(self, stretch_id: str) -> None:
        stretch = self.data.catalog.get(stretch_id)
        self.start_routine(Routine(stretch.id, stretch.name, (RoutineItem(stretch.id),)))

    def start_routine(self, routine: Routine) -> bool:
        """Plan ``routine`` with the stored settings and start it; asks for the painful side if needed."""
        side = self._painful_side_for(routine)
        if side == "":
            return False
        try:
            timeline = self.data.timeline(routine, painful_side=side)
        except PlanError as error:
            self.show_message(str(error))
            return False
        self.start_timeline(routine, timeline)
        return True

    def _painful_side_for(self, routine: Routine) -> str | None:
        """None when not needed or already known; "" when the person cancelled."""
        if not self.data.needs_painful_side(routine):
            return None
        if self.screenshot_mode:
            return "unsure"
        side = self.painful_side_asker(self)
        if side is None:
            return ""
        self._save_settings(self.data.settings.replace(painful_side=side))
        return side

    def start_timeline(self, routine: Routine, timeline: Timeline) -> QtSessionDriver:
        """Show the session page and start ``timeline``."""
        session = Session(timeline, clock_jump_seconds=CLOCK_JUMP_SECONDS * self.speed)
        driver = QtSessionDriver(session, clock=self.clock, parent=self)
        self.session_view.bind(driver, timeline)
        self.last_start = (routine, timeline)
        self.stack.setCurrentWidget(self.session_view)
        self.session_view.setFocus()
        driver.start()
        return driver

    def start_again(self) -> None:
        if self.last_start is not None:
            self.start_timeline(*self.last_start)

    def show_summary(self, finished: Finished) -> None:
        if self.isFullScreen():
            self.toggle_full_screen()
        timeline = self.session_view.timeline
        self.summary.show_result(finished, timeline)
        self.stack.setCurrentWidget(self.summary)
        self.summary.back_button.setFocus()

    def toggle_full_screen(self) -> None:
        """Full screen shows only the picture, the countdown and the instruction."""
        full = not self.isFullScreen()
        self.showFullScreen() if full else self.showNormal()
        self.banner.setVisible(False if full else bool(self.banner.text.text()))
        self.session_view.set_compact(full)

    # -- settings ---------------------------------------------------------------------------

    def open_settings(self) -> None:
        from lumbar_coach.ui.settings_dialog import SettingsDialog
        dialog = SettingsDialog(self.data.settings, self)
        if dialog.exec():
            self.apply_settings(dialog.settings())

    def apply_settings(self, settings) -> None:
        from PySide6.QtWidgets import QApplication
        from lumbar_coach.ui.theme import apply_theme, chosen_theme
        self._save_settings(settings)
        apply_theme(QApplication.instance(), chosen_theme(settings.theme), settings.text_scale)
        self.voice.set_muted(not settings.voice_enabled)
        self.library.refresh()

    def _save_settings(self, settings) -> None:
        try:
            self.data.change_settings(settings)
        except OSError as error:
            self.show_message(f"Your settings could not be saved ({error}); they apply until you close the app.")

    # -- window state ------------------------------------------------------------------------

    def restore_window_state(self) -> None:
        state = load_window_state()
        if state.geometry:
            self.restoreGeometry(QByteArray(state.geometry))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.session_view.unbind()
        if not self.screenshot_mode:
            try:
                save_window_state(WindowState(bytes(self.saveGeometry().data())))
            except OSError:
                pass
        super().closeEvent(event)
