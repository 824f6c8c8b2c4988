"""The Roster tab: people with their roles, filtered by side and by the search, with a detail pane."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from html import escape

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from briefing_app.ui.shared.common import DetailPane, current_id, filter_bar, make_table, reselect, show_record, set_widths, split
from briefing_app.ui.shared.details import person_html
from briefing_app.ui.search.search_bar import how_text
from briefing_app.ui.shared.tablemodels import ID_ROLE, RecordTableModel, fill_people
from briefing_app.i18n.translation import arg, number
from briefing_app.ui.tabs.tab import Elsewhere, Record, TabPage

translate = QCoreApplication.translate

if TYPE_CHECKING:  # the model is imported with the data, after the window shows
    from briefing_app.core.model import Briefing, Person
    from briefing_app.core.rows import Records
    from briefing_app.library.finding import Appearance
    from briefing_app.search.fulltext import TextResults
    from briefing_app.search.names import Found, How
    from briefing_app.ui.loading.build import Loaded


class RosterTab(TabPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._briefing: Briefing | None = None
        self._found: Found | None = None  # what the search found, as last shown
        self._matches: dict[str, str] | None = None  # person id → the form of the name that matched
        self._how: Callable[[str], How | None] | None = None  # person id → how the search matched them
        self.side_filter = QComboBox()
        self.side_filter.setAccessibleName(translate("RosterTab", "Filter people by side"))
        self.count = QLabel()
        self.table = make_table(translate("RosterTab", "People"))
        self.table.setSortingEnabled(True)
        self.detail = DetailPane(translate("RosterTab", "Person details"))
        self.model: RecordTableModel[Person] = RecordTableModel(self)
        self.table.setModel(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

        bar = filter_bar(translate("RosterTab", "&Side:"), self.side_filter, self.count)
        self.splitter = split(Qt.Orientation.Horizontal, (self.table, 3), (self.detail, 2))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.side_filter.currentIndexChanged.connect(self._refilter)
        self.detail.link_activated.connect(self._link)
        self._elsewhere: Elsewhere | None = None
        self._appearances: list[Appearance] = []  # "also in" of the person shown, by the number in their links

    # The Tab protocol (tab.py)

    def show_briefing(self, loaded: Loaded) -> None:
        self.set_briefing(loaded.briefing)

    def follow_search(self, found: Found | None, text_results: TextResults | None) -> None:
        if found is self._found:
            return  # the same answer again (each keystroke, then once typing pauses)
        self._found = found
        self.set_matches(None if found is None else found.people, None if found is None else found.how)

    def show_record(self, kind: str, record_id: str) -> bool:
        return self.show_person(record_id)

    def chosen(self) -> Record | None:
        person = current_id(self.table)
        return ("person", person) if person else None

    def current_table(self) -> QTableView:
        return self.table

    def splitters(self) -> dict[str, QSplitter]:
        return {"": self.splitter}

    def use_library(self, elsewhere: Elsewhere) -> None:
        self._elsewhere = elsewhere

    # Its own

    def _link(self, kind: str, record_id: str) -> None:
        if kind == "elsewhere":  # a briefing of the library: opened at the person there
            if record_id.isdigit() and int(record_id) < len(self._appearances) and self._elsewhere is not None:
                self._elsewhere.open(self._appearances[int(record_id)])
            return
        self.link_activated.emit(kind, record_id)

    def _also_in(self, b: Briefing, person: Person) -> str:
        """'Also in: …', the other briefings of the library with a person of one of these names."""
        self._appearances = [] if self._elsewhere is None else self._elsewhere.find(b.path, (n.text for n in person.names if not n.error))
        if not self._appearances:
            return ""
        links = ", ".join(f'<a href="elsewhere:{n}">{escape(a.title)}</a> ({escape(a.date)}'
                          + (f", {escape(a.name)}" if a.name != person.display_name else "") + ")"
                          for n, a in enumerate(self._appearances))
        return "<p><b>" + translate("RosterTab", "Also in:") + "</b> " + links + "</p>"

    def set_briefing(self, b: Briefing) -> None:
        self._briefing = b
        self._matches = self._found = None
        fill_people(self.model, b)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the file's order until the user sorts
        self.side_filter.blockSignals(True)
        self.side_filter.clear()
        self.side_filter.addItem(translate("RosterTab", "All sides"), None)
        for side in b.sides:
            self.side_filter.addItem(side, side)
        self.side_filter.blockSignals(False)
        set_widths(self.table, (170, 240, 220, 100), key=1)  # Role; Side holds one short word
        self.detail.show_html(lambda: "<p>" + translate("RosterTab", "Choose a person to see every form of the name, each role, and the events they appear in.") + "</p>")
        self._refilter()
        if b.people:
            self.show_person(b.people[0].id)

    def set_matches(self, matches: dict[str, str] | None, how: Callable[[str], How | None] | None = None) -> None:
        """Show only the people the search found (None: everyone); `how` says how each matched."""
        self._matches = matches
        self._how = how
        self._refilter()

    def _refilter(self) -> None:
        b = self._briefing
        if b is None:
            return
        side = self.side_filter.currentData()
        matches = self._matches
        people: Records[Person] | None = None
        if matches is not None:
            people = b.people_in_order(matches.keys())
        if side is not None:
            people = (b.people if people is None else people).where(lambda p: b.side_of(p) == side)
        previous = current_id(self.table)
        self.model.show(people)
        reselect(self.table, self.model, previous, self.detail, translate("RosterTab", "No one matches."))
        shown, total = self.model.rowCount(), len(b.people)
        self.count.setText(arg(translate("RosterTab", "%1 of %Ln people", None, total), number(shown)) if shown != total else translate("RosterTab", "%Ln people", None, total))

    def show_person(self, person_id: str) -> bool:
        """Select a person; False if the search hides them (the search is the window's to clear)."""
        return show_record(self.table, self.model, person_id, self.side_filter)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        b = self._briefing
        if b is None or not current.isValid():
            return
        person = b.person_by_id[current.data(ID_ROLE)]
        self.record_chosen.emit("person", person.id)
        form = (self._matches or {}).get(person.id)
        from briefing_app.search.names import RANKS, VARIANT  # loaded with the data, like the search

        found_how = self._how(person.id) if self._how is not None and form is not None else None
        # Worth saying only when the name was found by another spelling.
        how = how_text(found_how) if found_how is not None and found_how.rank in RANKS[VARIANT:] else ""

        def build() -> str:
            html = person_html(b, person, self._also_in(b, person))
            if form is not None and form != person.display_name:
                found = arg(translate("RosterTab", "Found by the form “%1”"), escape(form)) + (" · " + escape(how) if how else "")
                html = f"<p><i>{found}.</i></p>" + html
            elif how:
                html = "<p><i>" + arg(translate("RosterTab", "Found: %1."), escape(how)) + "</i></p>" + html
            return html

        self.detail.show_html(build)
