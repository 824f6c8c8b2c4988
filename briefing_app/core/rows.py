"""Records kept as rows, plain tuples, and made into records when read: what a large briefing holds
for as long as it is open (the model's people and events, the timeline's marks and lanes).

Why: CPython's full garbage collection walks every tracked container, and in this app it runs in
the loading thread holding the GIL the window needs to paint. A NamedTuple, a dataclass, a list or an
array.array is tracked for life; an exact tuple of str, int, float, bool or None is untracked when the
collector first looks at it, and a tuple of such tuples at the pass after its items were. So 50,000
events kept as rows cost a full pass nothing, where as objects they cost it a quarter of a second.
Picking, ordering and grouping work on row numbers, so that no step keeps thousands of records alive.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, overload

from briefing_app.text.postings import Collector

__all__ = ["ById", "Field", "Grouped", "Record", "Records", "Row", "in_order"]

R = TypeVar("R")
T = TypeVar("T")
RowT = TypeVar("RowT", bound=tuple[Any, ...])
Ids = tuple[str, ...]
D = TypeVar("D")
Row = tuple[Any, ...]  # str, int, float, bool, None or such tuples only: nothing the collector must follow


class Column(Protocol):
    """A field of a record class that knows its place in the row (model.Field)."""

    @property
    def n(self) -> int: ...


class Records(Sequence[R]):
    """Records stored as rows, each made by `make` when read; optionally only some of the rows, in a
    chosen order. `rows` is every stored row, for the few hot loops that read fields by position."""

    __slots__ = ("rows", "_make", "_chosen")

    def __init__(self, rows: Sequence[Row], make: Callable[[Any], R], chosen: array[int] | None = None) -> None:
        self.rows, self._make, self._chosen = rows, make, chosen

    def __len__(self) -> int:
        return len(self.rows) if self._chosen is None else len(self._chosen)

    @overload
    def __getitem__(self, i: int) -> R: ...

    @overload
    def __getitem__(self, i: slice) -> Records[R]: ...

    def __getitem__(self, i: int | slice) -> R | Records[R]:
        if isinstance(i, slice):
            return self.pick(range(len(self))[i])
        return self._make(self.rows[i if self._chosen is None else self._chosen[i]])

    def __iter__(self) -> Iterator[R]:
        return map(self._make, self.each_row())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Records):
            return len(self) == len(other) and all(a == b for a, b in zip(self.each_row(), other.each_row()))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self.each_row()))

    def __repr__(self) -> str:
        return f"Records({len(self)} of {len(self.rows)} rows)"

    def each_row(self) -> Iterator[Row]:
        """The rows of the records in this sequence, in its order."""
        if self._chosen is None:
            return iter(self.rows)
        rows = self.rows
        return (rows[n] for n in self._chosen)

    def columns(self, *fields: Column) -> Iterator[tuple[Any, ...]]:
        """The values of these fields of each record, a tuple a record, in this sequence's order, read
        straight from the rows: for loops over a whole large file, where making each record and
        reading its fields one by one costs three times as much."""
        if len(fields) == 1:  # itemgetter gives a bare value for one position
            n = fields[0].n
            return ((row[n],) for row in self.each_row())
        return map(itemgetter(*(f.n for f in fields)), self.each_row())

    def numbers(self) -> Iterable[int]:
        """Each record's row number among all the stored rows."""
        return range(len(self.rows)) if self._chosen is None else self._chosen

    def pick(self, positions: Iterable[int]) -> Records[R]:
        """These records (by their place in this sequence), in the order given."""
        chosen = self._chosen
        return Records(self.rows, self._make, array("i", positions if chosen is None else (chosen[p] for p in positions)))

    def where(self, keep: Callable[[R], bool]) -> Records[R]:
        """The records for which `keep` is true, in order."""
        return self.pick(n for n, record in enumerate(self) if keep(record))

    def sorted(self, key: Callable[[R], Any], reverse: bool = False) -> Records[R]:
        make, rows = self._make, self.rows
        return Records(rows, make, array("i", sorted(self.numbers(), key=lambda n: key(make(rows[n])), reverse=reverse)))


class ById(Mapping[str, R]):
    """Records by id (the first field of every row), holding only each id's row number: a dict of
    str to int is never tracked."""

    __slots__ = ("_records", "_number")

    def __init__(self, records: Records[R]) -> None:
        self._records = records
        self._number = {row[0]: n for n, row in enumerate(records.rows)}

    def row(self, key: str) -> Row | None:
        """The record's row, without making the record; None if there is none."""
        n = self._number.get(key)
        return None if n is None else self._records.rows[n]

    def column(self, keys: Iterable[str], field: int) -> list[Any]:
        """One field of each key's row, in the keys' order, making no record: for a pass over them all."""
        rows, number = self._records.rows, self._number
        return [rows[number[k]][field] for k in keys]

    def __getitem__(self, key: str) -> R:
        return self._records[self._number[key]]

    @overload
    def get(self, key: str, /) -> R | None: ...

    @overload
    def get(self, key: str, /, default: R | D) -> R | D: ...

    def get(self, key: str, /, default: Any = None) -> Any:
        n = self._number.get(key)
        return default if n is None else self._records[n]

    def __contains__(self, key: object) -> bool:
        return key in self._number

    def __iter__(self) -> Iterator[str]:
        return iter(self._number)

    def __len__(self) -> int:
        return len(self._number)

    def __repr__(self) -> str:
        return f"ById({len(self._number)} ids)"


class Record(Generic[RowT]):
    """A record read from its row: equal to another of its kind with the same row, hashed by it,
    and frozen (its fields are read-only: Field, or properties that make records of its inner rows)."""

    __slots__ = ("_row",)

    def __init__(self, row: RowT) -> None:
        self._row = row

    def as_row(self) -> RowT:
        """The plain tuple the record reads (the library stores it)."""
        return self._row

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other._row == self._row

    def __hash__(self) -> int:
        return hash(self._row)

    def __repr__(self) -> str:
        return f"{type(self).__name__}{self._row!r}"


class Field(property, Generic[T]):
    """A record's field: item `n` of its row, read-only. A property, read at a property's speed."""

    def __init__(self, n: int) -> None:
        super().__init__(lambda record: record._row[n])
        self.n = n  # its place in the row, for loops that read many rows at once (Records.columns)

    if TYPE_CHECKING:  # what reading one gives; at run time, property's own __get__

        @overload
        def __get__(self, record: None, owner: type | None = None, /) -> Field[T]: ...

        @overload
        def __get__(self, record: Record[Any], owner: type | None = None, /) -> T: ...

        def __get__(self, record: Record[Any] | None, owner: type | None = None, /) -> T | Field[T]: ...


class Grouped(Mapping[str, Records[R]]):
    """Records grouped by the keys each names (an event's people), in the records' order: each
    group is row numbers, made into records when read."""

    __slots__ = ("_records", "_groups")

    def __init__(self, records: Records[R], keys: Iterable[Ids]) -> None:
        self._records = records
        collector = Collector()  # flat, not a list per key: one per person for the collector to walk
        for n, names in enumerate(keys):
            collector.add(names, n)
        self._groups = collector.postings()

    def __getitem__(self, key: str) -> Records[R]:
        numbers = self._groups.exact(key)
        if not numbers:
            raise KeyError(key)
        return self._records.pick(numbers)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and bool(self._groups.exact(key))

    def __iter__(self) -> Iterator[str]:
        return iter(self._groups.keys)

    def __len__(self) -> int:
        return len(self._groups.keys)


def in_order(ids: Collection[str], records: Records[R], position: Mapping[str, int]) -> Records[R]:
    # A few are looked up and sorted; many are picked out of the whole list, which is cheaper
    # than sorting thousands (a one-letter search matches a third of 20,000 people).
    if len(ids) * 8 < len(records):
        return records.pick(sorted(position[i] for i in ids))
    return records.pick(n for n, row in enumerate(records.each_row()) if row[0] in ids)
