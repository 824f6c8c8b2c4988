"""The main window: it builds the menus and toolbar (menus.py) and wires the tabs to the search, to each
other and to the files. It owns only what the briefing open is: loading belongs to the LoadController,
the search to the SearchBar, which tab pages are built and what they show to TabPages (tabs/pages.py),
saved values to settings.py. It never names a tab: what a tab does is its own (tabs/tab.py), and where
a record goes is read from TABS.

The window shows with the tab bar only: each tab's page is built, and filled from the open briefing,
when it is first shown or first asked for (a link, the search, a print)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

# No `Qt` here, nor in anything imported before the window shows: PySide6 builds every enum of the
# Qt namespace on first touch (113 M instructions, 13 ms or more). Dialog classes are imported where
# they are used too.
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from briefing_app.i18n.translation import arg
from briefing_app.ui.loading.controller import LoadController
from briefing_app.ui.search.search_bar import SearchBar
from briefing_app.ui.shared import settings
from briefing_app.ui.tabs.pages import TABS, TabPages, owner, page_splitters
from briefing_app.ui.library.service import LibraryService
from briefing_app.ui.window import files, library_links, menus, screen_fit
from briefing_app.ui.window.tab_order import search_last_in_tab_order

__all__ = ["MainWindow"]

if TYPE_CHECKING:  # the tabs and the data layers load after the window shows (see run.py)
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent  # each type costs ms when first touched
    from PySide6.QtWidgets import QDockWidget, QMessageBox

    from briefing_app.core.model import Briefing
    from briefing_app.search.fulltext import TextIndex, TextResults
    from briefing_app.search.names import Found, SearchIndex
    from briefing_app.ui.loading.build import Loaded
    from briefing_app.ui.tabs.tab import Record, TabPage

translate = QCoreApplication.translate


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: Loaded | None = None  # the briefing shown, with its marks and indexes
        self._last_chosen: Record | None = None  # the record the user last chose in the tab in view
        self._text_dock: QDockWidget | None = None
        self._previous: tuple[Loaded | None, tuple[SearchIndex | None, TextIndex | None]] = (None, (None, None))
        self.error_box: QMessageBox | None = None  # the last one shown
        self.setAcceptDrops(True)  # the window icon is the application's (make_app): looked up once
        screen_fit.fit_size(self, 1280, 800)  # or less: the screen's available area
        self.library = LibraryService(self)
        self.loads = LoadController(self, self._fill_steps, self._revert, self.library.usable_path)
        self.search_bar = SearchBar(self)
        self.search = self.search_bar.field
        self.match_label = self.search_bar.label
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.pages = TabPages(self.tabs, lambda: self.current, self._wire_tab, self._fill_tab)
        self.setCentralWidget(self.tabs)
        self.acts = menus.build(self)
        self.search_bar.field.give_way_to(self.actions())  # Ctrl+E and the rest work from the search box
        self._connect()
        self.summary = files.summary_label(self.statusBar())  # stays when a menu's tips pass over the bar
        self._update_title()

    def _connect(self) -> None:
        self.tabs.currentChanged.connect(self._tab_changed)
        self.search_bar.changed.connect(self._search_changed)
        self.search_bar.settled.connect(self._search_settled)
        self.search_bar.activated.connect(self.go_to)
        self.search_bar.set_exact(settings.read(settings.EXACT_NAMES))
        self.search_bar.exact_changed.connect(lambda on: settings.write(settings.EXACT_NAMES, on))
        self.loads.failed.connect(self.show_error)
        self.loads.status.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.loads.finished.connect(lambda _: self.pages.page(self.tabs.currentIndex()))  # even when nothing could be opened
        library_links.wire(self)

    # The tabs, each built when first wanted and filled from the open briefing when it is out of date

    def tab(self, name: str) -> TabPage:
        """The tab saved under `name` in TABS ("roster", …), built and showing the open briefing."""
        return self.pages.page(next(n for n, spec in enumerate(TABS) if spec.name == name))

    def current_tab(self) -> TabPage:
        return self.pages.page(self.tabs.currentIndex())

    def is_built(self, n: int) -> bool:
        return self.pages.built(n) is not None

    def _wire_tab(self, n: int, tab: TabPage) -> None:
        """A tab just built: its links, the records chosen in it, its saved splitters."""
        search_last_in_tab_order(self, tab, self.search_bar)
        tab.link_activated.connect(self.go_to)
        tab.use_library(library_links.WindowElsewhere(self))  # where else a record appears, opened here
        tab.record_chosen.connect(lambda kind, record_id: self._record_chosen(tab, kind, record_id))
        settings.restore_splitters(page_splitters(n, tab))

    def _fill_tab(self, n: int, tab: TabPage, loaded: Loaded) -> None:
        """Show `loaded` in tab `n`, as the search now filters it, with the record last chosen if it follows choices."""
        tab.show_briefing(loaded)
        tab.follow_search(self.search_bar.found, self.search_bar.text_results)
        if TABS[n].follows and self._last_chosen is not None:
            tab.follow_record(*self._last_chosen)

    def _tab_changed(self, index: int) -> None:
        self.search_bar.flush()
        self.pages.page(index)  # built and filled on first sight

    def _record_chosen(self, source: TabPage, kind: str, record_id: str) -> None:
        """A record chosen in a tab: the tabs that follow choices show it, and the tab that owns its
        kind chooses it too (a node chosen in the Network)."""
        if source is self.pages.fresh(self.tabs.currentIndex()):
            self._last_chosen = (kind, record_id)
        for n, spec in enumerate(TABS):
            tab = self.pages.fresh(n)
            if tab is not None and tab is not source and (spec.follows or kind in spec.kinds):
                tab.follow_record(kind, record_id)

    # What is open

    @property
    def briefing(self) -> Briefing | None:
        return self.current.briefing if self.current is not None else None

    @property
    def loading(self) -> bool:
        return self.loads.busy

    # Navigation between tabs

    def go_to(self, kind: str, record_id: str) -> None:
        """Show a record in the tab that owns its kind. When the search hides the record, the search is
        cleared, so that the box never claims a filter the tab no longer applies."""
        if kind == "summary":  # the briefing's own bottom line: it heads the brief
            from briefing_app.ui.window.printing import preview_brief

            preview_brief(self, self.briefing)
            return
        n = owner(kind)
        if n is None:
            return
        self.tabs.setCurrentIndex(n)
        self.search_bar.flush()  # a search still settling would hide the record again right after
        tab = self.pages.page(n)
        if not tab.show_record(kind, record_id):
            self.search_bar.clear()
            tab.show_record(kind, record_id)

    # Search: the tabs built and up to date follow it now; the others when they are built or filled

    def _search_changed(self, found: Found | None) -> None:
        for n, spec in enumerate(TABS):
            tab = self.pages.fresh(n)
            if spec.live and tab is not None:
                tab.follow_search(found, None)

    def _search_settled(self, found: Found | None, text_results: TextResults | None, new_query: bool) -> None:
        for n in range(len(TABS)):
            tab = self.pages.fresh(n)
            if tab is not None:
                tab.follow_search(found, text_results)
        if text_results is not None or self._text_dock is not None:
            dock = self.text_dock
            dock.widget().set_results(text_results, self.search_bar.text())  # type: ignore[attr-defined]
            dock.setVisible(text_results is not None)
        # A ship's name the user has just typed shows the ship in its tab; the same query run again
        # (a reload, Exact Names Only) leaves the user where they are.
        if new_query and found is not None and found.vessels and not found.people and found.first is not None:
            self.go_to(found.first.kind, found.first.id)

    @property
    def text_dock(self) -> QDockWidget:
        """The list of passages the Text scope found, made when first needed."""
        if self._text_dock is None:
            from briefing_app.ui.search.text_results import results_dock

            self._text_dock = results_dock(self, self.go_to)
        return self._text_dock

    def flush_search(self) -> None:
        self.search_bar.flush()

    def open_first_match(self) -> None:
        self.search_bar.activate()

    # The brief (printing is imported on first use)

    def export_pdf(self, path: str | None = None) -> str | None:
        from briefing_app.ui.window.printing import export_pdf

        written = export_pdf(self, self.briefing, path or None) if self.briefing is not None else None
        if written:
            self.say(arg(translate("MainWindow", "Brief saved as %1"), written))
        return written

    def say(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    # Files: every route goes through the LoadController

    def open_path(self, path: str) -> bool:
        """Open a briefing file; a bad one shows its one-line message and the current briefing stays.
        False when another load is still running."""
        return self.loads.open(path)

    def reload(self) -> None:
        if self.briefing is not None:
            self.open_path(self.briefing.path)

    def open_at_start(self, file: str | None, staged: bool = False) -> None:
        files.open_at_start(self.loads, file, staged)

    def cancel_loading(self) -> None:
        self.loads.cancel()

    def _fill_steps(self, loaded: Loaded) -> list[Callable[[], None]]:
        """The tab in sight shows the new briefing in the first step, as the window takes it; each other
        tab already built follows in a step of its own; the last step commits (title, search, actions).
        If a step fails, `_revert` puts the briefing that was open back whole."""

        def show() -> None:
            self._previous = (self.current, self.search_bar.indexes())
            # The search pauses while the tabs change briefing: its answers would name records
            # of the new file to tabs still showing the old one.
            self.search_bar.set_index(None)
            self.current, self._last_chosen = loaded, None
            self.pages.page(self.tabs.currentIndex())

        return [show, *(lambda n=n: self.pages.refresh(n) for n in range(len(TABS))), lambda: self._commit(loaded)]

    def _revert(self) -> None:
        previous, indexes = self._previous
        self.current, self._last_chosen = previous, None
        for n in range(len(TABS)):
            self.pages.refresh(n)
        self.search_bar.set_index(*indexes)

    def _commit(self, loaded: Loaded) -> None:
        from briefing_app.ui.loading.build import search_indexes

        b = loaded.briefing
        indexes: tuple[SearchIndex, TextIndex] = search_indexes(loaded)
        self.search_bar.set_index(*indexes)
        self._update_title()
        menus.enable_briefing_actions(self.acts)
        files.show_summary(self.summary, b)
        files.remember(b)
        self.library.opened(loaded)

    def show_error(self, message: str, details: str = "") -> None:
        """A file that cannot be opened, or an unexpected error with its details; the briefing open stays."""
        from briefing_app.ui.shared.dialogs import error_box

        self.error_box = error_box(self, message, details)
        self.error_box.open()

    def _update_title(self) -> None:
        title, path = files.window_title(self.briefing)
        self.setWindowTitle(title)
        self.setWindowFilePath(path)

    # Drag and drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if files.dropped_file(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = files.dropped_file(event.mimeData().urls())
        if path:
            event.acceptProposedAction()
            self.open_path(path)

    # Settings and closing

    def restore_settings(self) -> None:
        """Size, toolbars and the tab as the user left them; a tab's splitters when it is built."""
        self.tabs.blockSignals(True)  # the tab chosen is built when the briefing comes to fill it
        settings.restore_window(self, self.tabs, self.pages.splitters())
        self.tabs.blockSignals(False)

    def save_settings(self) -> None:
        settings.save_window(self, self.tabs, self.pages.splitters())

    def stop_work(self) -> None:
        """Stop a load and any tab's work in the background, and wait for their threads: the window is
        closing, or the application quits without closing it. Nothing more is loaded after this."""
        self.loads.shutdown()
        self.library.shutdown()
        for tab in self.pages.all_built():
            tab.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_work()
        self.save_settings()
        super().closeEvent(event)
