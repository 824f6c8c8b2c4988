"""The main window: builds the menus and toolbar, and wires the tabs' signals. It owns nothing else:
loading belongs to the LoadController, the search to the SearchBar, which tab pages are built and what
they show to TabPages (tab_pages.py), saved values to settings.py.

The window shows with the tab bar only: each tab's page is built, and filled from the open briefing,
when it is first shown or first asked for (a link, the search, a print)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

# No `Qt` here, nor in anything imported before the window shows: PySide6 builds every enum of the
# Qt namespace on first touch (about 40 ms). Dialog classes are imported where they are used too.
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from briefing_app.support import resources
from briefing_app.i18n.translation import arg, date_text
from briefing_app.ui.shared import settings
from briefing_app.ui.loading.controller import LoadController
from briefing_app.ui.search.search_bar import SearchBar
from briefing_app.ui.tabs.pages import DRILL, NETWORK, ROSTER, SOURCES, TABS, TIMELINE, TabPages, page_splitters, tab_title

__all__ = ["DRILL", "NETWORK", "ROSTER", "SOURCES", "TIMELINE", "MainWindow", "app_icon", "last_file"]

if TYPE_CHECKING:  # the tabs and the data layers load after the window shows (see run.py)
    from PySide6.QtCore import QModelIndex, QUrl
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent  # each type costs ms when first touched
    from PySide6.QtWidgets import QDialog, QDockWidget, QMessageBox

    from briefing_app.search.fulltext import TextResults
    from briefing_app.core.model import Briefing
    from briefing_app.search.names import Found
    from briefing_app.ui.tabs.drill import DrillTab
    from briefing_app.ui.loading.build import Loaded
    from briefing_app.ui.tabs.network.tab import NetworkTab
    from briefing_app.ui.tabs.roster import RosterTab
    from briefing_app.ui.tabs.sources import SourcesTab
    from briefing_app.ui.tabs.timeline.tab import TimelineTab

translate = QCoreApplication.translate


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
        self.current: Loaded | None = None
        self._text_dock: QDockWidget | None = None
        self._left_tab = 0  # the tab shown before the current one
        self.error_box: QMessageBox | None = None
        self.preview_dialog: QDialog | None = None
        self.setAcceptDrops(True)  # the window icon is the application's (make_app): looked up once
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
        """The tab bar with every title; each page is an empty stand-in until its tab is built."""
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.pages = TabPages(self.tabs, lambda: self.current, self._wire_tab, self._fill_tab)
        self.setCentralWidget(self.tabs)

    def _action(self, text: str, slot: Callable[[], object], shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None, icon: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            # setShortcuts, not setShortcut: choosing among setShortcut's overloads builds the Qt
            # namespace's enums (about 40 ms) before the window shows. The same one key sequence.
            action.setShortcuts([QKeySequence(shortcut)])
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
        self.copy_cited_action = self._action(translate("MainWindow", "Copy with &Sources"), self._copy_with_sources, "Ctrl+Shift+C", "edit-copy")
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
        self.print_table_action = self._action(translate("MainWindow", "Print &Table…"), self._print_table, None, "document-print")
        self.export_timeline_action = self._action(translate("MainWindow", "Export &Timeline…"), lambda: self.timeline_tab.export_timeline(), None, "document-export")
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
        from briefing_app.ui.window.export_menu import fill_export_menu

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
        from briefing_app.ui.window.language_menu import LanguageMenu

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
        self.loads.finished.connect(lambda _: self.pages.page(self.tabs.currentIndex()))  # even when nothing could be opened

    # The tabs, each built when first wanted and filled from the open briefing when it is out of date

    @property
    def timeline_tab(self) -> TimelineTab:
        return cast("TimelineTab", self.pages.page(TIMELINE))

    @property
    def roster_tab(self) -> RosterTab:
        return cast("RosterTab", self.pages.page(ROSTER))

    @property
    def drill_tab(self) -> DrillTab:
        return cast("DrillTab", self.pages.page(DRILL))

    @property
    def sources_tab(self) -> SourcesTab:
        return cast("SourcesTab", self.pages.page(SOURCES))

    @property
    def network_tab(self) -> NetworkTab:
        return cast("NetworkTab", self.pages.page(NETWORK))

    def is_built(self, n: int) -> bool:
        return self.pages.built(n) is not None

    def _wire_tab(self, n: int, tab: QWidget) -> None:
        """A tab just built: its links, the network following its chosen record, its saved splitters."""
        self._search_last_in_tab_order(tab)
        tab.link_activated.connect(self.go_to)  # type: ignore[attr-defined]
        # The network follows the record chosen in any tab, and a node chosen there selects its record.
        kind = {TIMELINE: "event", ROSTER: "person", DRILL: "vessel"}.get(n)
        if kind is not None:
            tab.table.selectionModel().currentRowChanged.connect(self._network_follower(kind))  # type: ignore[attr-defined]
        if n == NETWORK:
            tab.node_chosen.connect(self._select_in_own_tab)  # type: ignore[attr-defined]
        settings.restore_splitters(page_splitters(n, tab))

    def _search_last_in_tab_order(self, page: QWidget) -> None:
        """Tab goes from the tab bar into the page, then to the toolbar's search, as when every page
        was built with the window: Qt puts the controls of a page added later at the end of the
        window's focus chain, after the search, which goes back to the end here. Qt orders only
        widgets that take focus, so the page's last widget takes it for the move. (Walking the
        chain from Python would cost the first tab over 15 ms: each kind of widget met becomes a
        Python type.)"""
        from PySide6.QtCore import Qt

        last = self.previousInFocusChain()
        if last is None or not page.isAncestorOf(last):
            return
        policy = last.focusPolicy()
        last.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        QWidget.setTabOrder(last, self.search_bar.field)
        QWidget.setTabOrder(self.search_bar.field, self.search_bar.scope)
        last.setFocusPolicy(policy)

    def _fill_tab(self, n: int, tab: QWidget, loaded: Loaded) -> None:
        """Show `loaded` in tab `n`, as the search now filters it."""
        if n == TIMELINE:
            tab.set_briefing(loaded.briefing, loaded.marks)  # type: ignore[attr-defined]
        else:
            tab.set_briefing(loaded.briefing)  # type: ignore[attr-defined]
        found, text_results = self.search_bar.found, self.search_bar.text_results
        if n == ROSTER and found is not None:
            self.roster_tab.set_matches(found.people, found.how)
        elif n == TIMELINE:
            if found is not None:
                self.timeline_tab.set_people_filter(_timeline_people(found))
            if text_results is not None:
                self.timeline_tab.set_event_filter(set(text_results.events))
        elif n == DRILL and found is not None:
            self.drill_tab.mark_vessels(found.vessels)
        elif n == NETWORK:
            self.network_tab.highlight(None if found is None else set(found.people) | found.vessels)
            if self.is_built(self._left_tab):
                from briefing_app.ui.window import record_actions

                chosen = record_actions.chosen_record(self, self._left_tab)
                if chosen is not None:
                    self.network_tab.show_record(*chosen)

    def _on_network(self, act: Callable[[NetworkTab], object]) -> None:
        self.tabs.setCurrentIndex(NETWORK)
        act(self.network_tab)

    def _tab_changed(self, index: int) -> None:
        self.pages.page(index)  # built and filled on first sight
        if index != NETWORK:
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
            network = self.pages.fresh(NETWORK)
            if current.isValid() and network is not None:
                from briefing_app.ui.shared.tablemodels import ID_ROLE

                network.show_record(kind, current.data(ID_ROLE))  # type: ignore[attr-defined]

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

    # Search: the tabs built and up to date follow it now; the others when they are built or filled

    def _search_changed(self, found: Found | None) -> None:
        if self.pages.fresh(ROSTER) is not None:
            self.roster_tab.set_matches(found.people if found is not None else None, found.how if found is not None else None)

    def _text_found(self, results: TextResults | None) -> None:
        """The Text scope: the timeline shows the matching events, a list leads to every passage."""
        if self.pages.fresh(TIMELINE) is not None:
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
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QDockWidget

            from briefing_app.ui.search.text_results import TextResultsView

            view = TextResultsView()
            view.chosen.connect(self.go_to)
            self._text_dock = QDockWidget(translate("MainWindow", "Text results"), self)
            self._text_dock.setObjectName("text-results")
            self._text_dock.setWidget(view)
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self._text_dock)
        return self._text_dock

    def _search_settled(self, found: Found | None) -> None:
        if self.pages.fresh(NETWORK) is not None:
            self.network_tab.highlight(None if found is None else set(found.people) | found.vessels)
        if self.pages.fresh(TIMELINE) is not None:
            self.timeline_tab.set_people_filter(None if found is None else _timeline_people(found))
        if self.pages.fresh(DRILL) is not None:
            self.drill_tab.mark_vessels(set() if found is None else found.vessels)
        # A vessel-only search shows the ship in the Drill tab.
        if found is not None and found.vessels and not found.people and found.first is not None:
            self.tabs.setCurrentIndex(DRILL)
            self.drill_tab.show_vessel(found.first.id)

    def flush_search(self) -> None:
        self.search_bar.flush()

    def open_first_match(self) -> None:
        self.search_bar.activate()

    # The brief (printing support is imported on first use, keeping it off the start-up path)

    def _copy_with_sources(self) -> None:
        from briefing_app.ui.window import record_actions

        record_actions.copy_with_sources(self)

    def _print_table(self) -> None:
        from briefing_app.ui.window import record_actions

        record_actions.print_table(self)

    def print_brief(self) -> None:
        from briefing_app.ui.window.printing import print_brief

        if self.briefing is not None:
            print_brief(self, self.briefing)

    def preview_brief(self) -> None:
        from briefing_app.ui.window.printing import preview_brief

        if self.briefing is not None:
            self.preview_dialog = preview_brief(self, self.briefing)

    def export_pdf(self, path: str | None = None) -> str | None:
        from briefing_app.ui.window.printing import export_pdf

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

    def open_at_start(self, file: str | None, staged: bool = False) -> None:
        """The file named on the command line, else the last file, else the bundled briefing; if the
        first choice fails, the bundled briefing opens (a bad last file quietly, a named one with its error).
        `staged`: the tab in sight shows it at once, the rest follows on the next turns of the event loop."""
        bundled = str(resources.bundled_briefing())
        if file:
            self.loads.open(file, fallback=bundled, staged=staged)
            return
        last = last_file()
        if last:
            self.loads.open(last, fallback=bundled, quiet=True, staged=staged)
        else:
            self.loads.open(bundled, staged=staged)

    def cancel_loading(self) -> None:
        self.loads.cancel()

    def _fill_steps(self, loaded: Loaded) -> list[Callable[[], None]]:
        """The tab in sight shows the new briefing in the first step, as the window takes it; each other
        tab already built follows in a step of its own (a tab asked for sooner is filled then)."""

        def show() -> None:
            # The search pauses while the tabs change briefing: its answers would name records
            # of the new file to tabs still showing the old one.
            self.search_bar.set_index(None)
            self.current = loaded
            self.pages.page(self.tabs.currentIndex())

        return [show, *(lambda n=n: self.pages.refresh(n) for n in range(len(TABS))), lambda: self._finish_loaded(loaded)]

    def _finish_loaded(self, loaded: Loaded) -> None:
        from briefing_app.ui.loading.build import search_indexes

        b = loaded.briefing
        self.search_bar.set_index(*search_indexes(loaded))
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
        from briefing_app.ui.shared.dialogs import error_box

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
        from briefing_app.ui.shared.dialogs import about_box

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

    def restore_settings(self) -> None:
        """Size, toolbars and the tab as the user left them; a tab's splitters when it is built."""
        self.tabs.blockSignals(True)  # the tab chosen is built when the briefing comes to fill it
        settings.restore_window(self, self.tabs, self.pages.splitters())
        self.tabs.blockSignals(False)
        if self.tabs.currentIndex() != NETWORK:
            self._left_tab = self.tabs.currentIndex()

    def save_settings(self) -> None:
        settings.save_window(self, self.tabs, self.pages.splitters())

    def stop_work(self) -> None:
        """Stop a load or a network build in the background and wait for its thread: the window is
        closing, or the application quits without closing it."""
        self.loads.shutdown()
        network = self.pages.built(NETWORK)
        if network is not None:
            network.stop_building()  # type: ignore[attr-defined]

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_work()
        self.save_settings()
        super().closeEvent(event)


def _timeline_people(found: Found) -> set[str] | None:
    """The people whose events the timeline shows for a search: a vessel-only search leaves the
    timeline whole (the ship shows in the Drill tab); a search that finds nobody empties it."""
    return set(found.people) if found.people or not found.vessels else None


def last_file() -> str | None:
    """The file open when the app last closed, if it still exists (None for the bundled briefing)."""
    value = settings.read(settings.LAST_FILE)
    return value if value and os.path.isfile(value) else None


def _dropped_file(urls: list[QUrl]) -> str | None:
    for url in urls:
        if url.isLocalFile() and url.toLocalFile().lower().endswith((".yaml", ".yml")):
            return url.toLocalFile()
    return None

