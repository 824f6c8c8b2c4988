"""Read-only table models over the briefing's tuples, and the filter proxies the tabs put in front of them."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

if TYPE_CHECKING:  # the model is imported with the data, after the window shows
    from ..model import Briefing, Discrepancy, Event, Person, Source, Vessel


R = TypeVar("R")

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's id
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw value a column sorts by (dates by their start, not their text)
DISPUTED = "⚑"  # shown beside a record that a disagreement concerns

Index = QModelIndex | QPersistentModelIndex


class Column(NamedTuple, Generic[R]):
    header: str
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    tooltip: Callable[[R], str | None] | None = None


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """One row per shown record (every record has an `id`), one column per Column; the id under ID_ROLE.

    Filtering and sorting happen here rather than in a QSortFilterProxyModel: a proxy calls a
    Python filterAcceptsRow once per row, which for 20,000 people costs far more than the 16 ms a
    keystroke may take, while a list comprehension and a model reset cost a few milliseconds.
    """

    def __init__(self, columns: Sequence[Column[R]], parent: Any = None, positions: Mapping[str, int] | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        # Where each record stands in the full list, when the caller already knows (the briefing
        # does): spares building an index over 50,000 rows on the GUI thread.
        self._positions = positions
        self._all: tuple[R, ...] = ()
        self._records: tuple[R, ...] = ()
        self._shown: tuple[R, ...] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._rows: dict[str, int] | None = None  # id → shown row, built when first asked
        self._ids: set[str] | None = None  # every record's id, built when first asked

    def set_records(self, records: Sequence[R]) -> None:
        self._all = tuple(records)
        self._ids = None
        self._refresh()

    def show(self, records: Sequence[R] | None) -> None:
        """Show only these records, a subset the caller computed in order (None: all of them)."""
        self._shown = None if records is None else tuple(records)
        self._refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order) if 0 <= column < len(self._columns) else None
        self._refresh()

    def _refresh(self) -> None:
        self._rows = None
        records = self._all if self._shown is None else self._shown
        if self._sort is not None:
            column = self._columns[self._sort[0]]
            key = column.sort or column.text
            records = tuple(sorted(records, key=key, reverse=self._sort[1] == Qt.SortOrder.DescendingOrder))
        self.beginResetModel()
        self._records = records
        self.endResetModel()

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
            return column.text(record)
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
    """The versions of every disagreement about a record, for a marker's tooltip."""
    found = b.discrepancies_for(record_id)
    if not found:
        return None
    parts = []
    for d in found:
        versions = "\n".join(
            f"  {'★ preferred: ' if v.preferred else '• '}{v.text} ({', '.join(v.sources)})" for v in d.versions
        )
        parts.append(f"Sources disagree: {d.topic}\n{versions}")
    return "\n".join(parts)


def _marked(b: Briefing, record_id: str, text: str) -> str:
    return f"{text} {DISPUTED}" if b.discrepancies_for(record_id) else text


def events_model(b: Briefing, parent: Any = None) -> RecordTableModel[Event]:
    model: RecordTableModel[Event] = RecordTableModel(
        [
            Column("Date", lambda e: e.when.display(), lambda e: e.when.sort_key()),
            Column("Event", lambda e: _marked(b, e.id, e.title), tooltip=lambda e: disputed_tooltip(b, e.id)),
            Column("Place", lambda e: e.place or ""),
            Column("Tags", lambda e: ", ".join(b.tag_by_id[t].label for t in e.tags)),
            Column("Sources", lambda e: ", ".join(e.sources)),
        ],
        parent,
        b.position,
    )
    model.set_records(b.events)
    return model


def people_model(b: Briefing, parent: Any = None) -> RecordTableModel[Person]:
    def first_role(p: Person) -> str:
        return p.roles[0].title if p.roles else ""

    def organization(p: Person) -> str:
        return b.organization_by_id[p.roles[0].organization].name if p.roles else ""

    model: RecordTableModel[Person] = RecordTableModel(
        [
            Column("Name", lambda p: _marked(b, p.id, p.display_name), tooltip=lambda p: disputed_tooltip(b, p.id)),
            Column("Role", first_role),
            Column("Organization", organization),
            Column("Side", b.side_of),
        ],
        parent,
        b.position,
    )
    model.set_records(b.people)
    return model


def vessels_model(b: Briefing, parent: Any = None) -> RecordTableModel[Vessel]:
    model: RecordTableModel[Vessel] = RecordTableModel(
        [
            Column("Ship", lambda v: _marked(b, v.id, v.name), tooltip=lambda v: disputed_tooltip(b, v.id)),
            Column("Class", lambda v: v.ship_class),
            Column("Type", lambda v: v.type),
            Column("Navy", lambda v: b.organization_by_id[v.navy].name),
            Column("Combat system", lambda v: v.combat_system or "not stated"),
        ],
        parent,
    )
    model.set_records(b.exercise.vessels if b.exercise else ())
    return model


def sources_model(b: Briefing, parent: Any = None) -> RecordTableModel[Source]:
    model: RecordTableModel[Source] = RecordTableModel(
        [
            Column("Id", lambda s: s.id),
            Column("Facts", lambda s: str(len(b.citations_by_source.get(s.id, ()))), lambda s: len(b.citations_by_source.get(s.id, ()))),
            Column("Credit", lambda s: s.credit),
            Column("Headline", lambda s: s.headline or "(no headline)"),
            Column("Time stamp", lambda s: s.timestamp or "none in the text"),
            Column("Author", lambda s: s.author or ""),
        ],
        parent,
    )
    model.set_records(b.sources)
    return model


def discrepancies_model(b: Briefing, parent: Any = None) -> RecordTableModel[Discrepancy]:
    model: RecordTableModel[Discrepancy] = RecordTableModel(
        [
            Column("Disagreement", lambda d: f"{DISPUTED} {d.topic}"),
            Column("Preferred version", lambda d: d.preferred.text),
            Column("Other versions", lambda d: " | ".join(v.text for v in d.versions if not v.preferred)),
        ],
        parent,
    )
    model.set_records(b.discrepancies)
    return model
