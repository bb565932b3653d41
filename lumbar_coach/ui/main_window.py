"""The main window: a stack of pages (library, detail, session, summary, routines, history, safety, about)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from lumbar_coach import resources
from lumbar_coach.core.errors import PlanError
from lumbar_coach.core.routines import Routine, RoutineItem
from lumbar_coach.storage import problems
from lumbar_coach.storage.window_state import WindowState, load_window_state, save_window_state
from lumbar_coach.ui.banner import Banner
from lumbar_coach.ui.caution import CautionPanel
from lumbar_coach.ui.clock import session_clock
from lumbar_coach.ui.history.recording import PracticeLog
from lumbar_coach.ui.library.view import LibraryView
from lumbar_coach.ui.pain.dialog import ask_pain_before
from lumbar_coach.ui.painful_side import ask_painful_side
from lumbar_coach.ui.print_sheet import ask_pdf_path, save_sheet
from lumbar_coach.ui.reminders.tray import Reminder
from lumbar_coach.speech.coach import CoachVoice
from lumbar_coach.ui.user_data import UserData
from lumbar_coach.ui.words import stretch_notes

if TYPE_CHECKING:   # the session's own modules load when the first session starts
    from lumbar_coach.core.phases import Timeline
    from lumbar_coach.core.session import Finished
    from lumbar_coach.ui.keep_awake import KeepAwake
    from lumbar_coach.ui.session_driver import QtSessionDriver

DEFAULT_SIZE = (1280, 800)
APP_NAME = "Lumbar Coach"


class MainWindow(QMainWindow):
    """Lumbar Coach's one window."""

    def __init__(self, data: UserData, *, speaker=None, beeper=None, clock: Callable[[], float] = session_clock,
                 speed: float = 1.0, screenshot_mode: bool = False, safety_first: bool = True,
                 painful_side_asker: Callable[[QWidget], str | None] = ask_painful_side,
                 pain_asker: Callable[[QWidget], int | None] = ask_pain_before,
                 csv_asker: Callable[[QWidget], Path | None] | None = None,
                 pdf_asker: Callable[[QWidget, Routine], Path | None] = ask_pdf_path,
                 keep_awake: KeepAwake | None = None) -> None:
        super().__init__()
        self.data, self.clock, self.speed = data, clock, speed
        self.screenshot_mode, self.safety_first = screenshot_mode, safety_first and not screenshot_mode
        self.painful_side_asker, self.pain_asker, self.pdf_asker = painful_side_asker, pain_asker, pdf_asker
        self.voice = CoachVoice(speaker, beeper, muted=not data.settings.voice_enabled, parent=self)
        self.log = PracticeLog(recording=not screenshot_mode, on_problem=self.show_message)
        self.keep_awake = keep_awake   # made when the first session starts
        self.last_start: tuple[Routine, Timeline] | None = None
        self.pain_before: int | None = None
        self.pending: Routine | None = None
        self.quitting = False
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(_app_icon())
        self._make_pages(csv_asker)
        self._connect()
        self.reminder = Reminder(self.windowIcon(), self)
        self._connect_reminder()
        self.resize(*DEFAULT_SIZE)

    def _make_pages(self, csv_asker: Callable[[QWidget], Path | None] | None) -> None:
        """The library now; every other page is built the first time it is needed."""
        self.csv_asker = csv_asker
        self.banner = Banner(self)
        self.library = LibraryView(self.data, self, sore=self.log.sore)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.library)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _connect(self) -> None:
        bar = self.library.filter_bar
        self._wire(((self.library.stretchOpened, self.open_stretch), (self.library.starToggled, self.toggle_star),
                    (self.library.startRoutine, self.start_routine), (self.library.routinesWanted, self.show_routines),
                    (self.library.settingsWanted, self.open_settings), (self.library.printWanted, self.print_routine),
                    (bar.historyWanted, self.show_history), (bar.safetyWanted, self.show_safety),
                    (bar.aboutWanted, self.show_about)))

    def _wire(self, pairs: Iterable[tuple[object, Callable]]) -> None:
        for signal, slot in pairs:
            signal.connect(slot)

    def _page(self, page: QWidget, pairs: Iterable[tuple[object, Callable]]) -> QWidget:
        """Put a newly built page in the stack and connect its signals."""
        self.stack.addWidget(page)
        self._wire(pairs)
        return page

    def built(self, name: str) -> bool:
        """Whether the page ``name`` has been built yet."""
        return name in self.__dict__

    @cached_property
    def detail(self):
        from lumbar_coach.ui.detail import DetailView
        page = DetailView(self)
        return self._page(page, ((page.back, self.show_library), (page.starToggled, self.toggle_star),
                                 (page.startStretch, self.start_stretch), (page.addToRoutine, self.add_to_routine)))

    @cached_property
    def session_view(self):
        from lumbar_coach.ui.session.view import SessionView
        from lumbar_coach.ui.session.listening import SessionListening
        page = SessionView(self.data.catalog, self.voice, self)
        page.speed = self.speed
        settings = self.data.settings
        self.listening = SessionListening(page, self.voice, wanted=settings.voice_commands and not self.screenshot_mode,
                                          wake_word=settings.wake_word, parent=self)
        self._wire(((self.listening.activeChanged, self.show_listening),
                    (self.listening.wantedChanged, self.keep_listening_choice),
                    (self.listening.unavailable, self.listening_unavailable)))
        return self._page(page, ((page.ended, self.show_summary), (page.fullScreenToggled, self.toggle_full_screen),
                                 (page.hurtPressed, self.log.hurt), (page.listenToggled, self.listening.toggle)))

    @cached_property
    def summary(self):
        from lumbar_coach.ui.session.summary import SummaryView
        page = SummaryView(self.data.catalog, self)
        return self._page(page, ((page.painScored, self.log.pain_after), (page.back, self.show_library),
                                 (page.again, self.start_again)))

    @cached_property
    def routines(self):
        from lumbar_coach.ui.routines.view import RoutinesView
        page = RoutinesView(self.data, self)
        return self._page(page, ((page.back, self.show_library), (page.startRoutine, self.start_routine),
                                 (page.changed, self.library.refresh), (page.problem, self.show_message),
                                 (page.printWanted, self.print_routine)))

    @cached_property
    def history_view(self):
        from lumbar_coach.ui.history.view import HistoryView, ask_csv_path
        page = HistoryView(self, ask_path=self.csv_asker or ask_csv_path)
        return self._page(page, ((page.back, self.show_library), (page.message, self.show_message)))

    @cached_property
    def safety(self):
        from lumbar_coach.ui.safety.view import SafetyView
        page = SafetyView(parent=self)
        return self._page(page, ((page.confirmed, self.safety_confirmed), (page.flagged, self.safety_flagged),
                                 (page.back, self.leave_safety)))

    @cached_property
    def about(self):
        from lumbar_coach.ui.help.about import AboutView
        page = AboutView(self.data.catalog.source, self)
        return self._page(page, ((page.back, self.show_library),))

    # -- pages ------------------------------------------------------------------------

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def show_library(self) -> None:
        self.library.refresh()
        self.stack.setCurrentWidget(self.library)
        self.library.grid.ordered_cards()[0].setFocus()

    def open_stretch(self, stretch_id: str) -> None:
        stretch = self.data.catalog.get(stretch_id)
        notes = stretch_notes(stretch, self.data.settings.flare_up, stretch_id in self.log.sore())
        self.detail.show_stretch(stretch, self.data.is_favourite(stretch_id), self.data.routines, notes,
                                 self.data.settings.painful_side)
        self.stack.setCurrentWidget(self.detail)
        self.detail.start_button.setFocus()

    def show_routines(self, select: str = "") -> None:
        self.routines.reload(select)
        self.stack.setCurrentWidget(self.routines)

    def show_history(self) -> None:
        self.history_view.show_records(self.log.sessions())
        self.stack.setCurrentWidget(self.history_view)
        self.history_view.back_button.setFocus()

    def show_about(self) -> None:
        self.stack.setCurrentWidget(self.about)
        self.about.back_button.setFocus()

    def show_message(self, message: str) -> None:
        self.banner.show_messages([message])

    def show_problems(self) -> None:
        """Show, once, what storage found wrong with the person's files."""
        self.banner.show_messages(problems.take_all())

    # -- safety -------------------------------------------------------------------------------

    def needs_safety(self) -> bool:
        """True while the safety notes must be read before a first session."""
        return self.safety_first and not self.data.settings.safety_confirmed

    def show_safety(self, pending: Routine | None = None) -> None:
        """The safety page; ``pending`` starts once the person confirms."""
        self.pending = pending
        self.safety.prepare(self.needs_safety(), self.data.settings.painful_side)
        self.stack.setCurrentWidget(self.safety)
        self.safety.confirm_button.setFocus()

    def safety_confirmed(self, painful_side: str | None) -> None:
        """Remember that the notes were read (and the side, if chosen); then start what was waiting."""
        side = painful_side or self.data.settings.painful_side
        if not self.data.settings.safety_confirmed or side != self.data.settings.painful_side:
            self._save_settings(self.data.settings.replace(safety_confirmed=True, painful_side=side))
        pending, self.pending = self.pending, None
        if pending is None or not self.start_routine(pending):
            self.show_library()

    def safety_flagged(self) -> None:
        """A warning sign applies: nothing starts, the library says to see a provider, and the page asks again next time."""
        from lumbar_coach.ui.safety.words import FLAGGED
        self.pending = None
        self.show_library()
        self.show_message(FLAGGED)

    def leave_safety(self) -> None:
        self.pending = None
        self.show_library()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.needs_safety() and self.current_page() is self.library:
            self.show_safety()

    # -- favourites and routines --------------------------------------------------------

    def toggle_star(self, stretch_id: str) -> None:
        try:
            self.data.toggle_favourite(stretch_id)
        except OSError as error:
            self.show_message(f"Your favourites could not be saved ({error}). The star will be lost on closing.")
        starred = self.data.is_favourite(stretch_id)
        self.library.grid.cards[stretch_id].set_starred(starred)
        self.library.refresh()
        if self.built("detail") and self.detail.stretch is not None and self.detail.stretch.id == stretch_id:
            self.detail.set_starred(starred)

    def add_to_routine(self, stretch_id: str, routine_name: str) -> None:
        name = self.routines.add_stretch(stretch_id, routine_name)
        if name:
            self.show_routines(select=name)

    def print_routine(self, routine: Routine) -> None:
        """Ask where, then save the routine's sheet (as a session would run it) and say where it went."""
        path = self.pdf_asker(self, routine)
        if path is not None:
            self.show_message(save_sheet(self.data.session_routine(routine)[0], self.data.catalog, path))

    # -- sessions -------------------------------------------------------------------------

    def start_stretch(self, stretch_id: str) -> None:
        stretch = self.data.catalog.get(stretch_id)
        self.start_routine(Routine(stretch.id, stretch.name, (RoutineItem(stretch.id),)))

    def start_routine(self, routine: Routine) -> bool:
        """Plan ``routine`` with the stored settings and start it; safety notes and questions come first."""
        if self.needs_safety():
            self.show_safety(pending=routine)
            return False
        routine = self._without_flare_up_risks(routine)
        side = self._painful_side_for(routine) if routine is not None else ""
        if side == "":
            return False
        try:
            timeline = self.data.timeline(routine, painful_side=side)
        except PlanError as error:
            self.show_message(str(error))
            return False
        self.start_timeline(routine, timeline, self._pain_before())
        return True

    def _without_flare_up_risks(self, routine: Routine) -> Routine | None:
        """The routine as flare-up mode allows it (None, with a message, when nothing is left)."""
        kept, left_out = self.data.session_routine(routine)
        if kept.items:
            return kept
        reasons = " ".join(stretch.flare_up_caution or "" for stretch in left_out)
        self.show_message(f"Flare-up mode leaves out everything in “{routine.title}”. {reasons} "
                          "Try “Release only”, or turn flare-up mode off in Settings when the flare-up settles.")
        return None

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

    def _pain_before(self) -> int | None:
        return None if self.screenshot_mode else self.pain_asker(self)

    def start_timeline(self, routine: Routine, timeline: Timeline, pain_before: int | None = None) -> QtSessionDriver:
        """Show the session page and start ``timeline``, recording it in the history as it runs."""
        from lumbar_coach.core.session import CLOCK_JUMP_SECONDS, Session
        from lumbar_coach.ui.session_driver import QtSessionDriver
        session = Session(timeline, clock_jump_seconds=CLOCK_JUMP_SECONDS * self.speed)
        driver = QtSessionDriver(session, clock=self.clock, parent=self)
        self.session_view.bind(driver, timeline)
        self.log.start(driver, timeline, pain_before)
        self.last_start = (routine, timeline)
        self.pain_before = pain_before
        self.stack.setCurrentWidget(self.session_view)
        self.session_view.setFocus()
        driver.start()
        self.listening.session_started()
        if not self.screenshot_mode:
            self._screen_kept_on().hold()
            self._stay_on_top(self.data.settings.on_top_in_session)
        return driver

    def _screen_kept_on(self) -> KeepAwake:
        if self.keep_awake is None:
            from lumbar_coach.ui.keep_awake import KeepAwake
            self.keep_awake = KeepAwake()
        return self.keep_awake

    def _stay_on_top(self, on: bool) -> None:
        """In front of other windows (or not); changing it hides the window, so it is shown again."""
        hint = Qt.WindowType.WindowStaysOnTopHint
        if bool(self.windowFlags() & hint) == on:
            return
        visible = self.isVisible()
        self.setWindowFlag(hint, on)
        if visible:
            self.show()

    def _let_screen_sleep(self) -> None:
        if self.keep_awake is not None:
            self.keep_awake.release()

    def start_again(self) -> None:
        if self.last_start is not None:
            self.start_timeline(*self.last_start, self._pain_before())

    def show_summary(self, finished: Finished) -> None:
        self.listening.session_ended()
        self._let_screen_sleep()
        self._stay_on_top(False)
        if self.isFullScreen():
            self.toggle_full_screen()
        timeline = self.session_view.timeline
        self.summary.show_result(finished, timeline, self.pain_before)
        self.stack.setCurrentWidget(self.summary)
        self.summary.back_button.setFocus()

    def toggle_full_screen(self) -> None:
        """Full screen shows only the picture, the countdown and the instruction."""
        full = not self.isFullScreen()
        self.showFullScreen() if full else self.showNormal()
        self.banner.setVisible(False if full else bool(self.banner.text.text()))
        self.session_view.set_compact(full)

    # -- voice commands -------------------------------------------------------------------------

    def show_listening(self, listening: bool) -> None:
        """The title and the session page say when the microphone is listened to."""
        self.setWindowTitle(f"{APP_NAME} — listening" if listening else APP_NAME)
        self.session_view.show_listening(listening, self.listening.wake_word)

    def keep_listening_choice(self, wanted: bool) -> None:
        """Voice commands switched on or off during a session stay so next time."""
        self._save_settings(self.data.settings.replace(voice_commands=wanted))

    def listening_unavailable(self, reason: str) -> None:
        self.show_message(f"Voice commands unavailable: {reason}. The session goes on; use the keys or buttons.")

    # -- reminders ----------------------------------------------------------------------------

    def _connect_reminder(self) -> None:
        self.reminder.clicked.connect(self.open_reminded_routine)
        self.reminder.openWanted.connect(self.bring_back)
        self.reminder.quitWanted.connect(self.quit)
        self._schedule_reminder()

    def _schedule_reminder(self) -> None:
        settings = self.data.settings
        self.reminder.schedule(settings.reminder_enabled and not self.screenshot_mode, settings.reminder_time)
        QApplication.instance().setQuitOnLastWindowClosed(not self.stays_in_tray())

    def stays_in_tray(self) -> bool:
        """True when closing the window should leave the app running for the reminder."""
        return bool(self.reminder.hh_mm) and not self.quitting

    def bring_back(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def open_reminded_routine(self) -> None:
        """Bring the window back on the library with the favourites (or the full routine) ready to start."""
        self.bring_back()
        if self.built("session_view") and self.current_page() is self.session_view:
            return
        self.show_library()
        self.library.choose_routine("favourites" if self.data.favourites else "full")
        self.library.start_button.setFocus()

    def quit(self) -> None:
        self.quitting = True
        self.close()
        QApplication.instance().quit()

    # -- settings ---------------------------------------------------------------------------

    def open_settings(self) -> None:
        from lumbar_coach.ui.settings_dialog import SettingsDialog
        dialog = SettingsDialog(self.data.settings, self, reminders_possible=self.reminder.available(),
                                voice_options={"tester": self.test_voice})
        if dialog.exec():
            self.apply_settings(dialog.settings())
        else:
            self.voice.configure(self.data.settings)

    def test_voice(self, settings, text: str) -> None:
        """Say ``text`` with voice settings still being chosen (put back if the dialog is cancelled)."""
        self.voice.configure(settings.replace(voice_enabled=True))
        self.voice.say(text, "announce")

    def apply_settings(self, settings) -> None:
        from lumbar_coach.ui.theme import apply_theme, chosen_theme
        self._save_settings(settings)
        apply_theme(QApplication.instance(), chosen_theme(settings.theme), settings.text_scale)
        for panel in self.findChildren(CautionPanel):
            panel.restyle()
        self.voice.configure(settings)
        if self.built("session_view"):
            self.listening.configure(settings.voice_commands, settings.wake_word)
        self._schedule_reminder()
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
        in_session = self.built("session_view") and self.current_page() is self.session_view
        if self.stays_in_tray() and not in_session:
            event.ignore()
            self.hide()
            return
        if self.built("session_view"):
            self.listening.shutdown()
            self.session_view.unbind()
        self._let_screen_sleep()
        self.voice.shutdown()
        self.log.close()
        if not self.screenshot_mode:
            try:
                save_window_state(WindowState(bytes(self.saveGeometry().data())))
            except OSError:
                pass
        super().closeEvent(event)


def _app_icon() -> QIcon:
    try:
        return QIcon(str(resources.asset_path("icons/lumbar-coach.svg")))
    except resources.MissingAsset:
        return QIcon()
