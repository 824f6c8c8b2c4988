"""The window's tab pages: the tab bar shows every title from the start, and each page is built when
first wanted and filled from the open briefing whenever it is out of date.

TabPages owns which pages are built and which briefing each shows; the window says how a page is
wired to the rest of it once built, and how the search's state reaches it once filled. Start-up thus
builds the one tab in sight, and the others cost nothing until they are wanted.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING, NamedTuple

# No `Qt` here either: this module is imported before the window shows (see main_window.py).
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSplitter, QTabWidget, QWidget

from briefing_app.i18n.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from briefing_app.ui.loading.build import Loaded
    from briefing_app.ui.tabs.tab import TabPage

translate = QCoreApplication.translate


class TabSpec(NamedTuple):
    name: str  # its saved splitters' prefix
    title: str  # with the mnemonic, in English: tab_title() translates it
    module: str  # in briefing_app.ui.tabs, imported when the tab is first built
    widget: str  # the TabPage subclass in that module
    kinds: tuple[str, ...] = ()  # the records it shows in their own right: links to them open it
    live: bool = False  # follows the search at each keystroke, not only once typing pauses
    follows: bool = False  # shows the record chosen in any other tab


# The tabs, in order: everything that lists them (the tab bar, View's shortcuts, where a link goes)
# reads this table.
TABS = (
    TabSpec("timeline", QT_TRANSLATE_NOOP("MainWindow", "&Timeline"), "timeline.tab", "TimelineTab",
            kinds=("event", "events-of", "meeting")),
    TabSpec("roster", QT_TRANSLATE_NOOP("MainWindow", "&Roster"), "roster", "RosterTab", kinds=("person",), live=True),
    TabSpec("drill", QT_TRANSLATE_NOOP("MainWindow", "&Drill"), "drill", "DrillTab", kinds=("vessel", "exercise")),
    TabSpec("sources", QT_TRANSLATE_NOOP("MainWindow", "&Sources"), "sources", "SourcesTab",
            kinds=("source", "disagreement", "discrepancy")),
    TabSpec("network", QT_TRANSLATE_NOOP("MainWindow", "&Network"), "network.tab", "NetworkTab", follows=True),
)


def owner(kind: str) -> int | None:
    """The tab that shows records of this kind in their own right."""
    return next((n for n, spec in enumerate(TABS) if kind in spec.kinds), None)


def tab_title(n: int) -> str:
    return translate("MainWindow", TABS[n].title)


class TabPages:
    """The pages of `tabs`, each an empty stand-in until built.

    `current()` is the briefing the window holds; `wire(n, page)` connects a page just built;
    `fill(n, page, loaded)` shows `loaded` in it, as the search now filters it."""

    def __init__(self, tabs: QTabWidget, current: Callable[[], Loaded | None],
                 wire: Callable[[int, TabPage], None], fill: Callable[[int, TabPage, Loaded], None]) -> None:
        self.tabs = tabs
        self._current, self._wire, self._fill = current, wire, fill
        self._built: dict[int, TabPage] = {}  # the pages built so far, by index
        self._shows: dict[int, Loaded | None] = {}  # what each built page was last filled from
        for n in range(len(TABS)):
            stand_in = QWidget()
            stand_in.setAccessibleName(tab_title(n).replace("&", ""))
            tabs.addTab(stand_in, tab_title(n))

    def page(self, n: int) -> TabPage:
        """Page `n`, built if it was not yet, and showing the open briefing: a page never shows one
        briefing while the window holds another, whoever asks for it and whenever."""
        page = self._built.get(n)
        if page is None:
            page = self._build(n)
        current = self._current()
        if current is not None and self._shows.get(n) is not current:
            self._shows[n] = current  # first: filling applies the search through page() again
            try:
                self._fill(n, page, current)
            except BaseException:
                self._shows[n] = None  # filled again when next wanted, not left half-filled for good
                raise
        return page

    def fresh(self, n: int) -> TabPage | None:
        """Page `n` if it is built and shows the open briefing; None if it waits to be built or filled
        (it then follows the search when it is)."""
        page = self._built.get(n)
        return page if page is not None and self._shows.get(n) is self._current() else None

    def built(self, n: int) -> TabPage | None:
        """Page `n` if it is built, whatever it shows."""
        return self._built.get(n)

    def refresh(self, n: int) -> None:
        """A step of a load: page `n` shows the new briefing, if it is built."""
        if n in self._built:
            self.page(n)

    def all_built(self) -> list[TabPage]:
        return list(self._built.values())

    def index_of(self, page: object) -> int | None:
        return next((n for n, built in self._built.items() if built is page), None)

    def splitters(self) -> dict[str, QSplitter]:
        """The splitters of the pages built so far, by the names they are saved under."""
        return {name: splitter for n, page in self._built.items() for name, splitter in page_splitters(n, page).items()}

    def _build(self, n: int) -> TabPage:
        spec = TABS[n]
        page: TabPage = getattr(import_module(f"briefing_app.ui.tabs.{spec.module}"), spec.widget)()
        page.setAccessibleName(tab_title(n).replace("&", ""))
        shown = self.tabs.currentIndex()
        stand_in = self.tabs.widget(n)
        self.tabs.blockSignals(True)  # the swap is no change of tab for the rest of the window
        self.tabs.removeTab(n)
        self.tabs.insertTab(n, page, tab_title(n))
        self.tabs.setCurrentIndex(shown)
        self.tabs.blockSignals(False)
        if stand_in is not None:
            stand_in.deleteLater()
        self._built[n] = page
        self._shows[n] = None
        self._wire(n, page)
        return page


def page_splitters(n: int, page: TabPage) -> dict[str, QSplitter]:
    return {TABS[n].name + suffix: splitter for suffix, splitter in page.splitters().items()}
