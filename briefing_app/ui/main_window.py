"""The main window: builds the tabs, menus and toolbar, and wires their signals. It owns nothing else:
loading belongs to the LoadController, the search to the SearchBar, saved values to settings.py."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence
# Dialog classes are imported where they are used: each costs milliseconds the first time it is
# touched, and none is needed to show the window.
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget, QWidget

from .. import resources
from ..translation import QT_TRANSLATE_NOOP, arg, date_text
from . import record_actions, settings
from .drill_tab import DrillTab
from .load_controller import LoadController
from .roster_tab import RosterTab
from .search_bar import SearchBar
from .tablemodels import ID_ROLE
from .sources_tab import SourcesTab
from .timeline_tab import TimelineTab

if TYPE_CHECKING:  # the data layers load after the window shows (see run.py)
    from PySide6.QtWidgets import QDialog, QMessageBox

    from PySide6.QtWidgets import QDockWidget

    from ..fulltext import TextResults
    from .network_tab import NetworkTab

    from ..model import Briefing
    from ..search import Found
    from .loading import Loaded

translate = QCoreApplication.translate


class TabSpec(NamedTuple):
    attribute: str
    title: str  # with the mnemonic, in English: tab_title() translates it
    make: Callable[[], QWidget]


# The tabs, in order: everything that lists them (the tab bar, View's shortcuts) reads this table.
TABS = (
    TabSpec("timeline_tab", QT_TRANSLATE_NOOP("MainWindow", "&Timeline"), TimelineTab),
    TabSpec("roster_tab", QT_TRANSLATE_NOOP("MainWindow", "&Roster"), RosterTab),
    TabSpec("drill_tab", QT_TRANSLATE_NOOP("MainWindow", "&Drill"), DrillTab),
    TabSpec("sources_tab", QT_TRANSLATE_NOOP("MainWindow", "&Sources"), SourcesTab),
    # Made when first shown (see network_tab below): its modules take a third of the start-up time.
    TabSpec("network_placeholder", QT_TRANSLATE_NOOP("MainWindow", "&Network"), QWidget),
)
TIMELINE, ROSTER, DRILL, SOURCES, NETWORK = range(len(TABS))


def tab_title(n: int) -> str:
    return translate("MainWindow", TABS[n].title)


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
    timeline_tab: TimelineTab
    roster_tab: RosterTab
    drill_tab: DrillTab
    sources_tab: SourcesTab
    network_placeholder: QWidget

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: Loaded | None = None
        self._network_tab: NetworkTab | None = None
        self._text_dock: QDockWidget | None = None
        self._left_tab = 0  # the tab shown before the current one
        self.error_box: QMessageBox | None = None
        self.preview_dialog: QDialog | None = None
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.resize(1280, 800)
        self.loads = LoadController(self, self._fill_steps)
        self.search_bar = SearchBar(self)
        self.search = self.search_bar.field
        self.match_label = self.search_bar.label
        self._create_tabs()
        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self._connect()
        self.statusBar()
        self._update_title()

    # Building

    def _create_tabs(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for n, spec in enumerate(TABS):
            widget = spec.make()
            setattr(self, spec.attribute, widget)
            widget.setAccessibleName(tab_title(n).replace("&", ""))
            self.tabs.addTab(widget, tab_title(n))
        self.setCentralWidget(self.tabs)

    def _action(self, text: str, slot: Callable[[], object], shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None, icon: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon:
            action.setIcon(QIcon.fromTheme(icon))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.open_action = self._action(translate("MainWindow", "&Open…"), self.choose_file, QKeySequence.StandardKey.Open, "document-open")
        self.open_bundled_action = self._action(translate("MainWindow", "Open &Bundled Briefing"), self.open_bundled)
        self.reload_action = self._action(translate("MainWindow", "&Reload"), self.reload, "F5", "view-refresh")
        self.quit_action = self._action(translate("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit, "application-exit")
        self.copy_cited_action = self._action(translate("MainWindow", "Copy with &Sources"), lambda: record_actions.copy_with_sources(self), "Ctrl+Shift+C", "edit-copy")
        self.find_action = self._action(translate("MainWindow", "&Find Name…"), self.search_bar.focus, QKeySequence.StandardKey.Find, "edit-find")
        self.tab_actions = [
            self._action(f"&{n + 1} {tab_title(n).replace('&', '')}", self._tab_chooser(n), f"Ctrl+{n + 1}")
            for n in range(len(TABS))
        ]
        self.next_tab_action = self._action(translate("MainWindow", "&Next Tab"), lambda: self._step_tab(1), "Ctrl+PgDown")
        self.previous_tab_action = self._action(translate("MainWindow", "&Previous Tab"), lambda: self._step_tab(-1), "Ctrl+PgUp")
        self.about_action = self._action(translate("MainWindow", "&About"), self.show_about, None, "help-about")
        self.print_action = self._action(translate("MainWindow", "&Print…"), self.print_brief, QKeySequence.StandardKey.Print, "document-print")
        self.preview_action = self._action(translate("MainWindow", "Print Pre&view…"), self.preview_brief, None, "document-print-preview")
        self.export_action = self._action(translate("MainWindow", "&Export PDF…"), self.export_pdf, "Ctrl+E", "document-export")
        self.print_table_action = self._action(translate("MainWindow", "Print &Table…"), lambda: record_actions.print_table(self), None, "document-print")
        self.export_timeline_action = self._action(translate("MainWindow", "Export &Timeline…"), self.timeline_tab.export_timeline, None, "document-export")
        # The chart is drawn when its tab shows: print and save what the user can see.
        self.print_network_action = self._action(translate("MainWindow", "Print &Network…"), lambda: self._on_network(lambda tab: tab.print_network()), None, "document-print")
        self.export_network_action = self._action(translate("MainWindow", "Export Network &Image…"), lambda: self._on_network(lambda tab: tab.export_image()), None, "document-export")
        self.brief_actions = (self.print_action, self.preview_action, self.export_action, self.print_table_action,
                              self.export_timeline_action, self.print_network_action, self.export_network_action)
        for action in self.brief_actions:
            action.setEnabled(False)  # until a briefing is open

    def _create_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        file_menu.addActions([self.open_action, self.open_bundled_action, self.reload_action])
        file_menu.addSeparator()
        file_menu.addActions(list(self.brief_actions))
        from .export_menu import fill_export_menu

        self.export_menu = file_menu.addMenu(translate("MainWindow", "E&xport"))
        fill_export_menu(self.export_menu, self, lambda: self.briefing,
                         lambda path: self.statusBar().showMessage(arg(translate("MainWindow", "Saved as %1"), path), 10_000))
        self.export_menu.setEnabled(False)  # until a briefing is open
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(translate("MainWindow", "&Edit"))
        edit_menu.addActions([self.copy_cited_action, self.find_action, self.search_bar.exact_action])
        view_menu = self.menuBar().addMenu(translate("MainWindow", "&View"))
        view_menu.addActions(self.tab_actions)
        view_menu.addSeparator()
        view_menu.addActions([self.next_tab_action, self.previous_tab_action])
        view_menu.addSeparator()
        from .language_menu import LanguageMenu

        self.language_menu = LanguageMenu(self)
        self.language_menu.chosen.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        view_menu.addMenu(self.language_menu)
        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(self.about_action)

    def _create_toolbar(self) -> None:
        bar = self.addToolBar(translate("MainWindow", "Main"))
        bar.setObjectName("main-toolbar")
        bar.setMovable(False)
        bar.addActions([self.open_action, self.reload_action, self.print_action])
        bar.addSeparator()
        bar.addWidget(self.search_bar.field)
        bar.addWidget(self.search_bar.scope)
        bar.addWidget(self.search_bar.label)
        self.toolbar = bar

    def _connect(self) -> None:
        for tab in (self.timeline_tab, self.roster_tab, self.drill_tab, self.sources_tab):
            tab.link_activated.connect(self.go_to)
        # The network follows the record chosen in any tab, and a node chosen there selects its record.
        for kind, view in (("person", self.roster_tab.table), ("event", self.timeline_tab.table), ("vessel", self.drill_tab.table)):
            view.selectionModel().currentRowChanged.connect(self._network_follower(kind))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.currentChanged.connect(lambda _: self.search_bar.flush())
        self.search_bar.changed.connect(self._search_changed)
        self.search_bar.settled.connect(self._search_settled)
        self.search_bar.activated.connect(self.go_to)
        self.search_bar.set_exact(settings.read(settings.EXACT_NAMES))
        self.search_bar.exact_changed.connect(lambda on: settings.write(settings.EXACT_NAMES, on))
        self.search_bar.text_found.connect(self._text_found)
        self.loads.failed.connect(self.show_error)
        self.loads.status.connect(lambda text: self.statusBar().showMessage(text, 10_000))

    # The Network tab, made when first wanted

    @property
    def network_tab(self) -> NetworkTab:
        if self._network_tab is None:
            self._network_tab = self._make_network_tab()
        return self._network_tab

    def _make_network_tab(self) -> NetworkTab:
        from .network_tab import NetworkTab

        tab = NetworkTab()
        tab.setAccessibleName(tab_title(NETWORK).replace("&", ""))
        shown = self.tabs.currentIndex()
        self.tabs.blockSignals(True)  # the swap is no change of tab for the rest of the window
        self.tabs.removeTab(NETWORK)
        self.tabs.insertTab(NETWORK, tab, tab_title(NETWORK))
        self.tabs.setCurrentIndex(shown)
        self.tabs.blockSignals(False)
        self.network_placeholder.deleteLater()
        tab.link_activated.connect(self.go_to)
        tab.node_chosen.connect(self._select_in_own_tab)
        settings.restore_splitters({"network": tab.splitter})
        if self.current is not None:
            tab.set_briefing(self.current.briefing)
            found = self.search_bar.found
            tab.highlight(None if found is None else set(found.people) | found.vessels)
            chosen = record_actions.chosen_record(self, self._left_tab)
            if chosen is not None:
                tab.show_record(*chosen)
        return tab

    def _on_network(self, act: Callable[[NetworkTab], object]) -> None:
        self.tabs.setCurrentIndex(NETWORK)
        act(self.network_tab)

    def _tab_changed(self, index: int) -> None:
        if index == NETWORK:
            self.network_tab  # noqa: B018 - made on first sight
        else:
            self._left_tab = index

    # What is open

    @property
    def briefing(self) -> Briefing | None:
        return self.current.briefing if self.current is not None else None

    @property
    def loading(self) -> bool:
        return self.loads.busy

    # Navigation between tabs

    def go_to(self, kind: str, record_id: str) -> None:
        """Show a record in its own tab: people in the roster, events on the timeline, vessels in the drill.

        When the search hides the record, the search is cleared, so that the box never claims a filter
        the tab no longer applies."""
        if kind == "person":
            self.tabs.setCurrentIndex(ROSTER)
            if not self.roster_tab.show_person(record_id):
                self.search_bar.clear()
                self.roster_tab.show_person(record_id)
        elif kind == "event":
            self.tabs.setCurrentIndex(TIMELINE)
            self.search_bar.flush()
            if not self.timeline_tab.show_event(record_id):
                self.search_bar.clear()
                self.timeline_tab.show_event(record_id)
        elif kind == "events-of":  # every event of one person: the timeline's people filter, as a search sets it
            self.search_bar.clear()
            self.tabs.setCurrentIndex(TIMELINE)
            self.timeline_tab.set_people_filter({record_id})
        elif kind == "meeting" and self.briefing is not None and self.briefing.meeting is not None:
            self.go_to("event", self.briefing.meeting.event)
        elif kind == "source":
            self.tabs.setCurrentIndex(SOURCES)
            self.sources_tab.show_source(record_id)
        elif kind in ("disagreement", "discrepancy"):
            self.tabs.setCurrentIndex(SOURCES)
            self.sources_tab.show_discrepancy(record_id)
        elif kind == "summary":  # the briefing's own bottom line: it heads the brief
            self.preview_brief()
        elif kind in ("vessel", "exercise"):
            self.tabs.setCurrentIndex(DRILL)
            if kind == "vessel":
                self.drill_tab.show_vessel(record_id)

    def _tab_chooser(self, n: int) -> Callable[[], None]:
        def choose() -> None:
            self.tabs.setCurrentIndex(n)

        return choose

    def _network_follower(self, kind: str) -> Callable[[QModelIndex, QModelIndex], None]:
        def follow(current: QModelIndex, _previous: QModelIndex) -> None:
            if current.isValid() and self._network_tab is not None:
                self._network_tab.show_record(kind, current.data(ID_ROLE))

        return follow

    def _select_in_own_tab(self, kind: str, record_id: str) -> None:
        """A node chosen in the network: its record becomes the chosen one of its own tab, out of sight."""
        if kind == "person":
            self.roster_tab.show_person(record_id)
        elif kind == "event":
            self.timeline_tab.show_event(record_id)
        elif kind == "vessel":
            self.drill_tab.show_vessel(record_id)

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    # Search

    def _search_changed(self, found: Found | None) -> None:
        self.roster_tab.set_matches(found.people if found is not None else None, found.how if found is not None else None)

    def _text_found(self, results: TextResults | None) -> None:
        """The Text scope: the timeline shows the matching events, a list leads to every passage."""
        self.timeline_tab.set_event_filter(None if results is None else set(results.events))
        if results is None and self._text_dock is None:
            return
        dock = self.text_dock
        dock.widget().set_results(results, self.search_bar.text())  # type: ignore[attr-defined]
        dock.setVisible(results is not None)

    @property
    def text_dock(self) -> QDockWidget:
        """The list of passages the Text scope found, made when first needed."""
        if self._text_dock is None:
            from PySide6.QtWidgets import QDockWidget

            from .text_results import TextResultsView

            view = TextResultsView()
            view.chosen.connect(self.go_to)
            self._text_dock = QDockWidget(translate("MainWindow", "Text results"), self)
            self._text_dock.setObjectName("text-results")
            self._text_dock.setWidget(view)
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self._text_dock)
        return self._text_dock

    def _search_settled(self, found: Found | None) -> None:
        if self._network_tab is not None:
            self._network_tab.highlight(None if found is None else set(found.people) | found.vessels)
        if found is None:
            self.timeline_tab.set_people_filter(None)
            self.drill_tab.mark_vessels(set())
            return
        # A vessel-only search leaves the timeline whole and shows the ship in the Drill tab; a search
        # that finds nobody empties the timeline.
        self.timeline_tab.set_people_filter(set(found.people) if found.people or not found.vessels else None)
        self.drill_tab.mark_vessels(found.vessels)
        if found.vessels and not found.people and found.first is not None:
            self.tabs.setCurrentIndex(DRILL)
            self.drill_tab.show_vessel(found.first.id)

    def flush_search(self) -> None:
        self.search_bar.flush()

    def open_first_match(self) -> None:
        self.search_bar.activate()

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
            self.statusBar().showMessage(arg(translate("MainWindow", "Brief saved as %1"), written), 10_000)
        return written

    # Files: every route goes through the LoadController

    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        b = self.briefing
        start = os.path.dirname(b.path) if b is not None and not resources.is_bundled(b.path) else os.path.expanduser("~")
        path, _ = QFileDialog.getOpenFileName(self, translate("MainWindow", "Open briefing"), start,
                                              translate("MainWindow", "Briefing files (*.yaml *.yml);;All files (*)"))
        if path:
            self.open_path(path)

    def reload(self) -> None:
        if self.briefing is not None:
            self.open_path(self.briefing.path)

    def open_bundled(self) -> None:
        self.open_path(str(resources.bundled_briefing()))

    def open_path(self, path: str) -> bool:
        """Open a briefing file; a bad one shows its one-line message and the current briefing stays.
        False when another load is still running."""
        return self.loads.open(path)

    def open_at_start(self, file: str | None) -> None:
        """The file named on the command line, else the last file, else the bundled briefing; if the
        first choice fails, the bundled briefing opens (a bad last file quietly, a named one with its error)."""
        bundled = str(resources.bundled_briefing())
        if file:
            self.loads.open(file, fallback=bundled)
            return
        last = last_file()
        if last:
            self.loads.open(last, fallback=bundled, quiet=True)
        else:
            self.loads.open(bundled)

    def cancel_loading(self) -> None:
        self.loads.cancel()

    def _fill_steps(self, loaded: Loaded) -> list[Callable[[], None]]:
        b = loaded.briefing

        def start() -> None:
            # The search pauses while the tabs change briefing: its answers would name records
            # of the new file to tabs still showing the old one.
            self.search_bar.set_index(None)
            self.current = loaded

        return [
            start,
            lambda: self.timeline_tab.set_briefing(b, loaded.marks),
            lambda: self.roster_tab.set_briefing(b),
            lambda: self.drill_tab.set_briefing(b),
            lambda: self.sources_tab.set_briefing(b),
            lambda: self._fill_network(loaded),
            lambda: self._finish_loaded(loaded),
        ]

    def _fill_network(self, loaded: Loaded) -> None:
        if self._network_tab is not None:  # else it is filled when first made
            self._network_tab.set_briefing(loaded.briefing)

    def _finish_loaded(self, loaded: Loaded) -> None:
        b = loaded.briefing
        self.search_bar.set_index(loaded.index, loaded.text_index)
        self._update_title()
        for action in self.brief_actions:
            action.setEnabled(True)
        self.export_menu.setEnabled(True)
        where = translate("MainWindow", "the bundled briefing") if resources.is_bundled(b.path) else b.path
        count = len(b.people)  # lupdate reads the count only from a plain name
        count2 = len(b.events)
        self.statusBar().showMessage(arg(translate("MainWindow", "%1 — %2, %3, data as of %4"), where,
                                         translate("MainWindow", "%Ln people", None, count),
                                         translate("MainWindow", "%Ln events", None, count2), date_text(b.as_of)))
        settings.write(settings.LAST_FILE, "" if resources.is_bundled(b.path) else b.path)

    def show_error(self, message: str, details: str = "") -> None:
        """A file that cannot be opened, or an unexpected error with its details; the briefing open stays."""
        from .dialogs import error_box

        self.error_box = error_box(self, message, details)
        self.error_box.open()

    def _update_title(self) -> None:
        b = self.briefing
        if b is None:
            self.setWindowTitle(translate("MainWindow", "Briefing viewer"))
            return
        where = translate("MainWindow", "bundled briefing") if resources.is_bundled(b.path) else os.path.basename(b.path)
        self.setWindowTitle(f"{b.title} — {where}")
        self.setWindowFilePath("" if resources.is_bundled(b.path) else b.path)

    def show_about(self) -> None:
        from .dialogs import about_box

        about_box(self, self.briefing).open()

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
            "timeline_lower": self.timeline_tab.lower_splitter,
            "roster": self.roster_tab.splitter,
            "drill": self.drill_tab.splitter,
            "sources": self.sources_tab.splitter,
            **({"network": self._network_tab.splitter} if self._network_tab is not None else {}),
        }

    def restore_settings(self) -> None:
        settings.restore_window(self, self.tabs, self._splitters())

    def save_settings(self) -> None:
        settings.save_window(self, self.tabs, self._splitters())

    def stop_work(self) -> None:
        """Stop a load or a network build in the background and wait for its thread: the window is
        closing, or the application quits without closing it."""
        self.loads.shutdown()
        if self._network_tab is not None:
            self._network_tab.stop_building()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_work()
        self.save_settings()
        super().closeEvent(event)


def last_file() -> str | None:
    """The file open when the app last closed, if it still exists (None for the bundled briefing)."""
    value = settings.read(settings.LAST_FILE)
    return value if value and os.path.isfile(value) else None


def _dropped_file(urls: list[QUrl]) -> str | None:
    for url in urls:
        if url.isLocalFile() and url.toLocalFile().lower().endswith((".yaml", ".yml")):
            return url.toLocalFile()
    return None

