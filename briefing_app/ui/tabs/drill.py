"""The Drill tab: the exercise at a glance, its vessels in a table, and what framed it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from html import escape

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from briefing_app.ui.shared.found_line import hide_found, make_found_label, show_found
from briefing_app.ui.shared.common import DetailPane, current_id, make_table, select_row, set_widths, split
from briefing_app.ui.shared.details import exercise_html
from briefing_app.ui.shared.tablemodels import ID_ROLE, RecordTableModel, fill_vessels
from briefing_app.i18n.translation import date_text
from briefing_app.ui.tabs.tab import Record, TabPage

translate = QCoreApplication.translate

if TYPE_CHECKING:  # the model is imported with the data, after the window shows
    from briefing_app.core.model import Briefing, Vessel
    from briefing_app.search.fulltext import TextResults
    from briefing_app.search.names import Found
    from briefing_app.ui.loading.build import Loaded


class DrillTab(TabPage):

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._briefing: Briefing | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)  # built in set_briefing, every piece of data escaped
        self.table = make_table(translate("DrillTab", "Vessels"))
        self.model: RecordTableModel[Vessel] = RecordTableModel(self)
        self.table.setModel(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.overview = DetailPane(translate("DrillTab", "Exercise details"))
        self.splitter = split(Qt.Orientation.Vertical, (self.table, 1), (self.overview, 3))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        self.found = make_found_label()
        layout.addWidget(self.found)
        layout.addWidget(self.splitter, 1)
        self.overview.link_activated.connect(self.link_activated)

    # The Tab protocol (tab.py)

    def show_briefing(self, loaded: Loaded) -> None:
        self.set_briefing(loaded.briefing)

    def follow_search(self, found: Found | None, text_results: TextResults | None) -> None:
        if found is None:
            self.mark_vessels(set())
            hide_found(self.found)
            return
        ships = len(found.vessels)  # lupdate reads the count only from a plain name
        show_found(self.found, translate("DrillTab", "%Ln ships found", None, ships) if ships else "", len(found.people))
        model = self.model
        first = next((i for i in (model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())) if i in found.vessels), None)
        if first is not None:  # the first ship found, chosen and its details shown
            self.show_vessel(first)
        self.mark_vessels(found.vessels)

    def show_record(self, kind: str, record_id: str) -> bool:
        if kind == "vessel":
            self.show_vessel(record_id)
        return True  # the search never hides a ship: it only marks those it found

    def chosen(self) -> Record | None:
        vessel = current_id(self.table)
        return ("vessel", vessel) if vessel else None

    def current_table(self) -> QTableView:
        return self.table

    def splitters(self) -> dict[str, QSplitter]:
        return {"": self.splitter}

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.record_chosen.emit("vessel", current.data(ID_ROLE))

    # Its own

    def set_briefing(self, b: Briefing) -> None:
        self._briefing = b
        fill_vessels(self.model, b)
        x = b.exercise
        if x is None:
            self.heading.setText(translate("Details", "This briefing records no exercise."))
        else:
            when = date_text(b.event_by_id[x.event].when)
            navies = translate("Details", ", ").join(b.organization_by_id[n].name for n in x.navies)
            self.heading.setText(f"<b>{escape(x.name)}</b> — {escape(when)}, {escape(x.sea_area.text)} — {escape(navies)}")
        self.overview.show_html(lambda: exercise_html(b))
        set_widths(self.table, (170, 170, 170, 240, 170, 110), key=3)  # the navy

    def show_vessel(self, vessel_id: str) -> None:
        row = self.model.row_of(vessel_id)
        if row >= 0:
            select_row(self.table, row)

    def mark_vessels(self, vessel_ids: set[str]) -> None:
        """Select the vessels the search named, so they stand out."""
        model, selection = self.model, self.table.selectionModel()
        selection.clearSelection()
        for row in range(model.rowCount(QModelIndex())):
            if model.index(row, 0).data(ID_ROLE) in vessel_ids:
                selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
