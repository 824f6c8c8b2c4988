"""The Sources tab: each article with the facts it supports, and every point where the sources disagree."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from briefing_app.ui.shared.found_line import hide_found, make_found_label, show_found
from briefing_app.ui.shared.common import DetailPane, current_id, make_table, select_row, set_widths, split
from briefing_app.ui.shared.details import discrepancy_html, source_html
from briefing_app.ui.shared.tablemodels import ID_ROLE, RecordTableModel, fill_discrepancies, fill_sources
from briefing_app.ui.tabs.tab import Record, TabPage

translate = QCoreApplication.translate

if TYPE_CHECKING:  # the model is imported with the data, after the window shows
    from briefing_app.core.model import Briefing, Discrepancy, Source
    from briefing_app.search.fulltext import TextResults
    from briefing_app.search.names import Found
    from briefing_app.ui.loading.build import Loaded


class SourcesTab(TabPage):

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._briefing: Briefing | None = None
        self.sources = make_table(translate("SourcesTab", "Sources"))
        self.discrepancies = make_table(translate("SourcesTab", "Disagreements"))
        self.sources_model: RecordTableModel[Source] = RecordTableModel(self)
        self.discrepancies_model: RecordTableModel[Discrepancy] = RecordTableModel(self)
        self.sources.setModel(self.sources_model)
        self.discrepancies.setModel(self.discrepancies_model)
        self.sources.selectionModel().currentRowChanged.connect(self._on_source)
        self.discrepancies.selectionModel().currentRowChanged.connect(self._on_discrepancy)
        self.detail = DetailPane(translate("SourcesTab", "Source or disagreement details"))
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        for text, table, stretch in ((translate("SourcesTab", "<b>Sources</b> — choose one to see the facts it supports"), self.sources, 2),
                                     (translate("SourcesTab", "<b>Where the sources disagree</b> — ★ marks the version the briefing prefers"),
                                      self.discrepancies, 3)):
            label = QLabel(text)  # our own markup, no data
            label.setWordWrap(True)  # a longer language wraps rather than widening the pane
            column.addWidget(label)
            column.addWidget(table, stretch)
        self.splitter = split(Qt.Orientation.Horizontal, (left, 3), (self.detail, 2))
        layout = QVBoxLayout(self)
        self.found = make_found_label()
        layout.addWidget(self.found)
        layout.addWidget(self.splitter, 1)
        self.detail.link_activated.connect(self.link_activated)

    # The Tab protocol (tab.py)

    def show_briefing(self, loaded: Loaded) -> None:
        self.set_briefing(loaded.briefing)

    def follow_search(self, found: Found | None, text_results: TextResults | None) -> None:
        """A name search: the disagreements about the people or ships it found; the first is chosen."""
        b = self._briefing
        if found is None or b is None:
            hide_found(self.found)
            return
        about = list(dict.fromkeys(d.id for r in (*found.people, *found.vessels) for d in b.discrepancies_for(r)))
        count = len(about)  # lupdate reads the count only from a plain name
        show_found(self.found, translate("SourcesTab", "%Ln disagreements about what it found", None, count) if about else "",
                   len(found.people))
        if about:
            self.show_discrepancy(about[0])

    def show_record(self, kind: str, record_id: str) -> bool:
        if kind == "source":
            self.show_source(record_id)
        else:
            self.show_discrepancy(record_id)
        return True  # the search filters nothing here

    def chosen(self) -> Record | None:
        """The disagreement chosen: the one record of this tab that has a text of its own to copy."""
        discrepancy = current_id(self.discrepancies)
        return ("discrepancy", discrepancy) if discrepancy else None

    def current_table(self) -> QTableView:
        """The disagreements when they have the focus, else the sources."""
        return self.discrepancies if self.discrepancies.hasFocus() else self.sources

    def splitters(self) -> dict[str, QSplitter]:
        return {"": self.splitter}

    # Its own

    def set_briefing(self, b: Briefing) -> None:
        self._briefing = b
        fill_sources(self.sources_model, b)
        fill_discrepancies(self.discrepancies_model, b)
        set_widths(self.sources, (100, 50, 200, 330, 190, 140), key=3)  # the headline
        set_widths(self.discrepancies, (260, 110, 260, 300), key=3)  # the versions, not their kind
        self.detail.show_html(lambda: "<p>" + translate("SourcesTab", "Choose a source to see the facts it supports, or a disagreement to see its versions.") + "</p>")
        if b.sources:
            select_row(self.sources, 0)

    def show_source(self, source_id: str) -> None:
        row = self.sources_model.row_of(source_id)
        if row >= 0:
            select_row(self.sources, row)

    def show_discrepancy(self, discrepancy_id: str) -> None:
        row = self.discrepancies_model.row_of(discrepancy_id)
        if row >= 0:
            select_row(self.discrepancies, row)

    def _on_source(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._briefing is not None and current.isValid():
            b, source = self._briefing, self._briefing.source_by_id[current.data(ID_ROLE)]
            self.detail.show_html(lambda: source_html(b, source))

    def _on_discrepancy(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._briefing is not None and current.isValid():
            d = next(d for d in self._briefing.discrepancies if d.id == current.data(ID_ROLE))
            b = self._briefing
            self.detail.show_html(lambda: discrepancy_html(b, d, "h2"))
