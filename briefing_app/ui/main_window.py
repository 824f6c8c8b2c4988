"""The main window: builds the tabs, menus and toolbar, and wires their signals. It owns nothing else."""

from __future__ import annotations

import os
from html import escape
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence
# Dialog classes are imported where they are used: each costs milliseconds the first time it is
# touched, and none is needed to show the window.
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget, QWidget

from .. import __version__, resources
from ..errors import BriefingError
from .common import SearchField
from .drill_tab import DrillTab
from .roster_tab import RosterTab
from .sources_tab import SourcesTab
from .timeline_tab import TimelineTab

if TYPE_CHECKING:  # the data layers load after the window shows (see run.py)
    from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog

    from ..model import Briefing
    from ..search import Found, SearchIndex
    from .loading import LoadThread, Loaded

# Files up to this size load at once on the GUI thread (the bundled briefing takes a few ms);
# larger ones load in a thread behind a progress dialog.
SYNC_LIMIT = 1_000_000
FOLLOW_DELAY_MS = 150  # after the last keystroke, the timeline and drill follow the search
TIMELINE, ROSTER, DRILL, SOURCES = range(4)
FILE_FILTER = "Briefing files (*.yaml *.yml);;All files (*)"


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "BriefingViewer", "briefing-app")


def app_icon() -> QIcon:
    icon = QIcon.fromTheme("briefing-app")
    if icon.isNull():
        icon = QIcon()
        for name in (resources.ICON_SVG, resources.ICON_PNG):
            path = os.path.join(resources.resource_folder(), name)
            if os.path.isfile(path):
                icon.addFile(path)
    return icon


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.briefing: Briefing | None = None
        self.index: SearchIndex | None = None
        self._thread: LoadThread | None = None
        self._filling = False
        self._progress: QProgressDialog | None = None
        self.error_box: QMessageBox | None = None
        self.preview_dialog: QDialog | None = None
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.resize(1280, 800)
        self._create_tabs()
        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self._connect_tabs()
        self.statusBar()
        self._update_title()

    # Building

    def _create_tabs(self) -> None:
        self.timeline_tab = TimelineTab()
        self.roster_tab = RosterTab()
        self.drill_tab = DrillTab()
        self.sources_tab = SourcesTab()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for widget, title in ((self.timeline_tab, "&Timeline"), (self.roster_tab, "&Roster"), (self.drill_tab, "&Drill"), (self.sources_tab, "&Sources")):
            widget.setAccessibleName(title.replace("&", ""))
            self.tabs.addTab(widget, title)
        self.setCentralWidget(self.tabs)

    def _action(self, text: str, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None, icon: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon:
            action.setIcon(QIcon.fromTheme(icon))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.open_action = self._action("&Open…", self.choose_file, QKeySequence.StandardKey.Open, "document-open")
        self.reload_action = self._action("&Reload", self.reload, "F5", "view-refresh")
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit, "application-exit")
        self.find_action = self._action("&Find Name…", self.focus_search, QKeySequence.StandardKey.Find, "edit-find")
        self.tab_actions = [
            self._action(f"&{n + 1} {name}", lambda _=False, i=n: self.tabs.setCurrentIndex(i), f"Ctrl+{n + 1}")
            for n, name in enumerate(("Timeline", "Roster", "Drill", "Sources"))
        ]
        self.next_tab_action = self._action("&Next Tab", lambda: self._step_tab(1), "Ctrl+PgDown")
        self.previous_tab_action = self._action("&Previous Tab", lambda: self._step_tab(-1), "Ctrl+PgUp")
        self.about_action = self._action("&About", self.show_about, None, "help-about")
        self.print_action = self._action("&Print…", self.print_brief, QKeySequence.StandardKey.Print, "document-print")
        self.preview_action = self._action("Print Pre&view…", self.preview_brief, None, "document-print-preview")
        self.export_action = self._action("&Export PDF…", self.export_pdf, "Ctrl+E", "document-export")
        self.brief_actions = (self.print_action, self.preview_action, self.export_action)
        for action in self.brief_actions:
            action.setEnabled(False)  # until a briefing is open

    def _create_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addActions([self.open_action, self.reload_action])
        file_menu.addSeparator()
        file_menu.addActions(list(self.brief_actions))
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addAction(self.find_action)
        view_menu = self.menuBar().addMenu("&View")
        view_menu.addActions(self.tab_actions)
        view_menu.addSeparator()
        view_menu.addActions([self.next_tab_action, self.previous_tab_action])
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self.about_action)

    def _create_toolbar(self) -> None:
        bar = self.addToolBar("Main")
        bar.setObjectName("main-toolbar")
        bar.setMovable(False)
        bar.addActions([self.open_action, self.reload_action, self.print_action])
        bar.addSeparator()
        self.search = SearchField()
        self.search.setObjectName("search")
        self.search.setAccessibleName("Search names")
        self.search.setPlaceholderText("Search names, any order or spelling (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(360)
        self.search.textChanged.connect(self.apply_search)
        self._found: Found | None = None
        self._follow_timer = QTimer(self)
        self._follow_timer.setSingleShot(True)
        self._follow_timer.setInterval(FOLLOW_DELAY_MS)
        self._follow_timer.timeout.connect(self._follow_search)
        self.search.returnPressed.connect(self.open_first_match)
        bar.addWidget(self.search)
        self.match_label = QLabel()
        self.match_label.setObjectName("match-count")
        self.match_label.setAccessibleName("Search results")
        self.match_label.setContentsMargins(8, 0, 8, 0)
        bar.addWidget(self.match_label)
        self.toolbar = bar

    def _connect_tabs(self) -> None:
        for tab in (self.timeline_tab, self.roster_tab, self.drill_tab, self.sources_tab):
            tab.link_activated.connect(self.go_to)
        self.tabs.currentChanged.connect(lambda _: self.flush_search())

    # Navigation between tabs

    def go_to(self, kind: str, record_id: str) -> None:
        """Show a record in its own tab: people in the roster, events on the timeline, vessels in the drill."""
        if kind == "person":
            self.tabs.setCurrentIndex(ROSTER)
            self.roster_tab.show_person(record_id)
        elif kind == "event":
            self.tabs.setCurrentIndex(TIMELINE)
            self.timeline_tab.show_event(record_id)
        elif kind in ("vessel", "exercise"):
            self.tabs.setCurrentIndex(DRILL)
            if kind == "vessel":
                self.drill_tab.show_vessel(record_id)

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    # Search

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def apply_search(self, text: str) -> None:
        """Filter the roster at once; the timeline and the drill follow when typing pauses."""
        if self.index is None or self.briefing is None:
            return
        found = self.index.find(text) if text.strip() else None
        self._found = found
        self.roster_tab.set_matches(found.people if found is not None else None)
        # The other tabs are out of sight while typing, and narrowing 50,000 events for thousands
        # of one-letter matches costs more than a keystroke may: they update once typing pauses.
        self._follow_timer.start()
        if found is None:
            self.match_label.setText("")
            return
        first = found.first
        if first is None:
            self.match_label.setText("No match")
            return
        shown = f"{len(found)} match{'es' if len(found) != 1 else ''}"
        if first.form_differs:
            shown += f": “{first.form}” → {first.display}"
            if first.error_form:
                shown += " (a form recorded as an error)"
        self.match_label.setText(shown)

    def _follow_search(self) -> None:
        found = self._found
        if found is None:
            self.timeline_tab.set_people_filter(None)
            self.drill_tab.mark_vessels(set())
            return
        # A vessel-only search leaves the timeline whole; a search that finds nobody empties it.
        self.timeline_tab.set_people_filter(set(found.people) if found.people or not found.vessels else None)
        self.drill_tab.mark_vessels(found.vessels)

    def flush_search(self) -> None:
        """Bring the timeline and drill up to date with the search now (switching tabs does this too)."""
        if self._follow_timer.isActive():
            self._follow_timer.stop()
            self._follow_search()

    def open_first_match(self) -> None:
        if self.index is None:
            return
        self.flush_search()
        first = self.index.find(self.search.text()).first
        if first is not None:
            self.go_to(first.kind, first.id)

    # The brief (printing support is imported on first use, keeping it off the start-up path)

    def print_brief(self) -> None:
        from .printing import print_brief

        if self.briefing is not None:
            print_brief(self, self.briefing)

    def preview_brief(self) -> None:
        from .printing import preview_brief

        if self.briefing is not None:
            self.preview_dialog = preview_brief(self, self.briefing)

    def export_pdf(self, path: str | None = None) -> str | None:
        from .printing import export_pdf

        if self.briefing is None:
            return None
        written = export_pdf(self, self.briefing, path or None)
        if written:
            self.statusBar().showMessage(f"Brief saved as {written}", 10_000)
        return written

    # Files

    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = os.path.dirname(self.briefing.path) if self.briefing else os.path.expanduser("~")
        path, _ = QFileDialog.getOpenFileName(self, "Open briefing", start, FILE_FILTER)
        if path:
            self.open_path(path)

    def reload(self) -> None:
        if self.briefing is not None:
            self.open_path(self.briefing.path)

    def open_path(self, path: str) -> None:
        """Open a briefing file; a bad one shows its one-line message and the current briefing stays."""
        if self._thread is not None:
            return  # one load at a time
        try:
            size = os.path.getsize(path)
        except OSError:
            size = 0
        if size <= SYNC_LIMIT:
            from .loading import load_now

            try:
                loaded = load_now(path)
            except BriefingError as exc:
                self.show_error(str(exc))
                return
            self.set_loaded(loaded)
            return
        self._start_thread(path)

    def _start_thread(self, path: str) -> None:
        from PySide6.QtWidgets import QProgressDialog

        from .loading import LoadThread

        thread = LoadThread(path, self)
        progress = QProgressDialog(f"Opening {os.path.basename(path)}…", "Cancel", 0, 100, self)
        progress.setWindowTitle("Opening briefing")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)  # Qt shows it only if the load is still going by then
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(thread.cancel)
        thread.progress.connect(progress.setValue)
        thread.loaded.connect(self._set_loaded_in_steps)
        thread.failed.connect(self.show_error)
        thread.finished.connect(self._thread_done)
        self._thread, self._progress = thread, progress
        thread.start()

    def _thread_done(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
        if self._thread is not None:
            self._thread.deleteLater()
        self._thread, self._progress = None, None

    @property
    def loading(self) -> bool:
        """A file is being read, or the tabs are still being filled from it."""
        return self._thread is not None or self._filling

    def cancel_loading(self) -> None:
        if self._thread is not None:
            self._thread.cancel()

    def set_loaded(self, loaded: Loaded) -> None:
        for step in self._fill_steps(loaded):
            step()

    def _fill_steps(self, loaded: Loaded) -> list[Callable[[], None]]:
        b = loaded.briefing

        def start() -> None:
            self.briefing, self.index = b, loaded.index

        return [
            start,
            lambda: self.timeline_tab.set_briefing(b, loaded.marks),
            lambda: self.roster_tab.set_briefing(b),
            lambda: self.drill_tab.set_briefing(b),
            lambda: self.sources_tab.set_briefing(b),
            lambda: self._finish_loaded(b),
        ]

    def _set_loaded_in_steps(self, loaded: Loaded) -> None:
        """Fill the tabs one per event-loop turn, so a large file never blocks the window for long."""
        steps = self._fill_steps(loaded)
        self._filling = True

        def next_step() -> None:
            steps.pop(0)()
            if steps:
                QTimer.singleShot(0, next_step)
            else:
                self._filling = False

        next_step()

    def _finish_loaded(self, b: Briefing) -> None:
        self.apply_search(self.search.text())
        self._update_title()
        for action in self.brief_actions:
            action.setEnabled(True)
        self.statusBar().showMessage(f"{b.path} — {len(b.people)} people, {len(b.events)} events, data as of {b.as_of.display()}")
        settings().setValue("last_file", b.path)

    def show_error(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, "Cannot open briefing", "This file cannot be opened. The briefing already open stays.", QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(message)
        box.setObjectName("error-box")
        self.error_box = box
        box.open()

    def _update_title(self) -> None:
        if self.briefing is None:
            self.setWindowTitle("Briefing viewer")
        else:
            self.setWindowTitle(f"{self.briefing.title} — {os.path.basename(self.briefing.path)}")
            self.setWindowFilePath(self.briefing.path)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        b = self.briefing
        details = f"<p>Data file: {escape(b.path)}<br>Data as of: {escape(b.as_of.display())}</p>" if b else ""
        QMessageBox.about(self, "About Briefing viewer", f"<h3>Briefing viewer {__version__}</h3>{details}")

    # Drag and drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event.mimeData().urls())
        if path:
            event.acceptProposedAction()
            self.open_path(path)

    # Settings

    def _splitters(self) -> dict[str, QSplitter]:
        return {
            "timeline": self.timeline_tab.splitter,
            "timeline_lower": self.timeline_tab.lower,
            "roster": self.roster_tab.splitter,
            "drill": self.drill_tab.splitter,
            "sources": self.sources_tab.splitter,
        }

    def restore_settings(self) -> None:
        s = settings()
        geometry = s.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = s.value("state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        for name, splitter in self._splitters().items():
            value = s.value(f"splitters/{name}")
            if isinstance(value, QByteArray):
                splitter.restoreState(value)
        tab = s.value("tab", 0)
        self.tabs.setCurrentIndex(int(tab) if str(tab).isdigit() and int(tab) < self.tabs.count() else 0)

    def save_settings(self) -> None:
        s = settings()
        s.setValue("geometry", self.saveGeometry())
        s.setValue("state", self.saveState())
        for name, splitter in self._splitters().items():
            s.setValue(f"splitters/{name}", splitter.saveState())
        s.setValue("tab", self.tabs.currentIndex())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_loading()
        if self._thread is not None:
            self._thread.wait(5000)
        self.save_settings()
        super().closeEvent(event)


def last_file() -> str | None:
    """The file open when the app last closed, if it still exists."""
    value = settings().value("last_file")
    return value if isinstance(value, str) and value and os.path.isfile(value) else None


def _dropped_file(urls: list[QUrl]) -> str | None:
    for url in urls:
        if url.isLocalFile() and url.toLocalFile().lower().endswith((".yaml", ".yml")):
            return url.toLocalFile()
    return None
