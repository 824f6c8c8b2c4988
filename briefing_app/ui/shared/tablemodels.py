"""Read-only table models over the briefing's tuples, filtered and sorted in place, and their columns per kind."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from html import escape
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from briefing_app.core.differences import KIND_LABELS, heading, others_summary, version_line
from briefing_app.core.timestamps import with_iso
from briefing_app.i18n.translation import date_text, difference_words

translate = QCoreApplication.translate

if TYPE_CHECKING:  # the model is imported with the data, after the window shows
    from briefing_app.core.model import Briefing, Discrepancy, Event, Person, Source, Vessel


R = TypeVar("R")

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's id
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw value a column sorts by (dates by their start, not their text)
DISPUTED = "⚑"  # shown beside a record that a disagreement concerns

Index = QModelIndex | QPersistentModelIndex


CELL_MOST = 400  # characters a table cell shows of one field; copying and the detail pane give it whole

class Column(NamedTuple, Generic[R]):
    header: str
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    tooltip: Callable[[R], str | None] | None = None
    flagged: Callable[[R], bool] | None = None  # the cell shows DISPUTED after its text


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """One row per shown record (every record has an `id`), one column per Column; the id under ID_ROLE.

    A view's model is made once; each briefing swaps its columns and records in (set_data), so the
    view keeps its selection model and its connections.

    Filtering and sorting happen here rather than in a QSortFilterProxyModel: a proxy calls a
    Python filterAcceptsRow once per row, which for 20,000 people costs far more than the 16 ms a
    keystroke may take, while a list comprehension and a model reset cost a few milliseconds.
    Sorting only reorders, so it moves the persistent indexes with their records: the selected
    row stays selected.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns: tuple[Column[R], ...] = ()
        # Where each record stands in the full list, when the caller already knows (the briefing
        # does): spares building an index over 50,000 rows on the GUI thread.
        self._positions: Mapping[str, int] | None = None
        # Sequences as given: the briefing's own Records make each record when read, so that no
        # view keeps 50,000 of them alive for the garbage collector to walk.
        self._all: Sequence[R] = ()
        self._records: Sequence[R] = ()
        self._shown: Sequence[R] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._rows: dict[str, int] | None = None  # id → shown row, built when first asked
        self._ids: set[str] | None = None  # every record's id, built when first asked

    def set_data(self, columns: Sequence[Column[R]], records: Sequence[R], positions: Mapping[str, int] | None = None) -> None:
        """Another briefing's records, in the file's order, unfiltered and unsorted."""
        self.beginResetModel()
        self._columns, self._positions = tuple(columns), positions
        self._all, self._shown, self._sort = records, None, None
        self._records, self._rows, self._ids = self._all, None, None
        self.endResetModel()

    def show(self, records: Sequence[R] | None) -> None:
        """Show only these records, a subset the caller computed in order (None: all of them)."""
        self._shown = records
        self.beginResetModel()
        self._records, self._rows = self._sorted(), None
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order) if 0 <= column < len(self._columns) else None
        self.layoutAboutToBeChanged.emit()
        old = self._records
        self._records, self._rows = self._sorted(), None
        persistent = self.persistentIndexList()
        if persistent:
            rows = {r.id: n for n, r in enumerate(self._records)}  # type: ignore[attr-defined]
            moved = [self.index(rows[old[i.row()].id], i.column()) if i.isValid() else QModelIndex() for i in persistent]  # type: ignore[attr-defined]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _sorted(self) -> Sequence[R]:
        records = self._all if self._shown is None else self._shown
        if self._sort is None:
            return records
        column = self._columns[self._sort[0]]
        key = column.sort or column.text
        reverse = self._sort[1] == Qt.SortOrder.DescendingOrder
        from briefing_app.core.rows import Records  # loaded with the data, before anything is sorted

        if isinstance(records, Records):
            return records.sorted(key, reverse)
        return tuple(sorted(records, key=key, reverse=reverse))

    def record(self, row: int) -> R:
        return self._records[row]

    def row_of(self, record_id: str) -> int:
        """The row showing a record, or -1 when it is filtered out or unknown."""
        if self._shown is None and self._sort is None and self._positions is not None:
            return self._full_row(record_id)
        if self._rows is None:
            self._rows = {r.id: row for row, r in enumerate(self._records)}  # type: ignore[attr-defined]
        return self._rows.get(record_id, -1)

    def _full_row(self, record_id: str) -> int:
        row = self._positions.get(record_id, -1) if self._positions is not None else -1
        # Ids are unique across the briefing, but positions hold people and events alike.
        return row if 0 <= row < len(self._all) and self._all[row].id == record_id else -1  # type: ignore[attr-defined]

    def has_record(self, record_id: str) -> bool:
        if self._positions is not None:
            return self._full_row(record_id) >= 0
        if self._ids is None:
            self._ids = {r.id for r in self._all}  # type: ignore[attr-defined]
        return record_id in self._ids

    def plain_rows(self, rows: Sequence[int]) -> tuple[list[str], list[list[str]]]:
        """Headers and cells of these rows as text to copy: no marker glyph, but a "Disputed" column
        saying in words which rows a disagreement concerns."""
        headers = [c.header for c in self._columns]
        flags = [c.flagged for c in self._columns if c.flagged is not None]
        cells = []
        for row in rows:
            record = self._records[row]
            line = [c.text(record) for c in self._columns]
            if flags:
                line.append(translate("Tables", "disputed") if any(f(record) for f in flags) else "")
            cells.append(line)
        return (headers + [translate("Tables", "Disputed")] if flags else headers), cells

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < len(self._records) and 0 <= col < len(self._columns)):
            return None
        record, column = self._records[row], self._columns[col]
        if role == Qt.ItemDataRole.DisplayRole:
            text = column.text(record)
            if len(text) > CELL_MOST:  # a cell shows one line: laying out a 20,000-character text stalled the Sources tab
                text = text[:CELL_MOST] + "…"
            return f"{text} {DISPUTED}" if column.flagged is not None and column.flagged(record) else text
        if role == ID_ROLE:
            return record.id  # type: ignore[attr-defined]
        if role == SORT_ROLE:
            return column.sort(record) if column.sort else column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(record)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._columns[section].header if 0 <= section < len(self._columns) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def disputed_tooltip(b: Briefing, record_id: str) -> str | None:
    """The versions of every disagreement about a record, for a marker's tooltip.

    A tooltip guesses whether its text is HTML; data text must never be taken for markup (an
    <img> in a name would load a file), so the text is escaped inside HTML made here."""
    found = b.discrepancies_for(record_id)
    if not found:
        return None
    parts = []
    for d in found:
        versions = "\n".join(f"  {'★ ' if v.preferred and d.disputed else '• '}{version_line(d, v, difference_words)}" for v in d.versions)
        parts.append(f"{heading(d, difference_words)}\n{versions}")
    return plain_tooltip("\n".join(parts))


def plain_tooltip(text: str) -> str:
    """Text a tooltip shows as it is, line breaks kept."""
    return f'<p style="white-space:pre-wrap">{escape(text, quote=False)}</p>'


def _disputed(b: Briefing) -> Callable[[Any], bool]:
    return lambda record: bool(b.disputes_for(record.id))  # errors and naming notes are not disputes


def _made(fill: Callable[[RecordTableModel[R], Briefing], None], b: Briefing, parent: Any) -> RecordTableModel[R]:
    model: RecordTableModel[R] = RecordTableModel(parent)
    fill(model, b)
    return model


def fill_events(model: RecordTableModel[Event], b: Briefing) -> None:
    model.set_data(
        [
            Column(translate("Tables", "Date"), lambda e: date_text(e.when), lambda e: e.when.sort_key()),
            Column(translate("Tables", "Event"), lambda e: e.title, tooltip=lambda e: disputed_tooltip(b, e.id), flagged=_disputed(b)),
            Column(translate("Tables", "Place"), lambda e: e.place or ""),
            Column(translate("Tables", "Tags"), lambda e: translate("Tables", ", ").join(b.tag_by_id[t].label for t in e.tags)),
            Column(translate("Tables", "Sources"), lambda e: ", ".join(e.sources)),
        ],
        b.events,
        b.position,
    )


def fill_people(model: RecordTableModel[Person], b: Briefing) -> None:
    def first_role(p: Person) -> str:
        return p.roles[0].title if p.roles else ""

    def organization(p: Person) -> str:
        return b.organization_by_id[p.roles[0].organization].name if p.roles else ""

    model.set_data(
        [
            Column(translate("Tables", "Name"), lambda p: p.display_name, tooltip=lambda p: disputed_tooltip(b, p.id), flagged=_disputed(b)),
            Column(translate("Tables", "Role"), first_role),
            Column(translate("Tables", "Organization"), organization),
            Column(translate("Tables", "Side"), b.side_of),
        ],
        b.people,
        b.position,
    )


def fill_vessels(model: RecordTableModel[Vessel], b: Briefing) -> None:
    model.set_data(
        [
            Column(translate("Tables", "Ship"), lambda v: v.name, tooltip=lambda v: disputed_tooltip(b, v.id), flagged=_disputed(b)),
            Column(translate("Tables", "Class"), lambda v: v.ship_class),
            Column(translate("Tables", "Type"), lambda v: v.type),
            Column(translate("Tables", "Navy"), lambda v: b.organization_by_id[v.navy].name),
            Column(translate("Tables", "Combat system"), lambda v: v.combat_system or translate("Tables", "not stated")),
            Column(translate("Tables", "Sources"), lambda v: ", ".join(v.sources)),
        ],
        b.exercise.vessels if b.exercise else (),
    )


def fill_sources(model: RecordTableModel[Source], b: Briefing) -> None:
    model.set_data(
        [
            Column(translate("Tables", "Id"), lambda s: s.id),
            Column(translate("Tables", "Facts"), lambda s: str(len(b.citations_by_source.get(s.id, ()))), lambda s: len(b.citations_by_source.get(s.id, ()))),
            Column(translate("Tables", "Credit"), lambda s: s.credit),
            Column(translate("Tables", "Headline"), lambda s: s.headline or translate("Tables", "(no headline)")),
            Column(translate("Tables", "Time stamp"), lambda s: with_iso(s.timestamp) or translate("Tables", "none in the text")),
            Column(translate("Tables", "Author"), lambda s: s.author or ""),
        ],
        b.sources,
    )


def fill_discrepancies(model: RecordTableModel[Discrepancy], b: Briefing) -> None:
    model.set_data(
        [
            Column(translate("Tables", "Difference"), lambda d: d.topic, flagged=lambda d: d.disputed),
            Column(translate("Tables", "Kind"), lambda d: difference_words(KIND_LABELS[d.kind])),
            Column(translate("Tables", "Preferred version"), lambda d: d.preferred.text),
            Column(translate("Tables", "Other versions"), lambda d: others_summary(d, difference_words)),
        ],
        b.discrepancies,
    )


def events_model(b: Briefing, parent: Any = None) -> RecordTableModel[Event]:
    return _made(fill_events, b, parent)


def people_model(b: Briefing, parent: Any = None) -> RecordTableModel[Person]:
    return _made(fill_people, b, parent)


def vessels_model(b: Briefing, parent: Any = None) -> RecordTableModel[Vessel]:
    return _made(fill_vessels, b, parent)


def sources_model(b: Briefing, parent: Any = None) -> RecordTableModel[Source]:
    return _made(fill_sources, b, parent)


def discrepancies_model(b: Briefing, parent: Any = None) -> RecordTableModel[Discrepancy]:
    return _made(fill_discrepancies, b, parent)
