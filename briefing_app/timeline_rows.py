"""Records kept as plain tuples and made on access: what a large briefing's timeline holds for as long as
it is shown.

Why: CPython's full garbage collection walks every tracked container, and it runs in the loading
thread holding the GIL the window needs. A NamedTuple, a dataclass, a list or an array.array is
tracked for life; an exact tuple of str, int, float or None is untracked when the collector first looks
at it, and a tuple of such tuples at the pass after its items were (so nested rows settle in a pass or
two per level, and young passes run often). So the timeline keeps rows as exact tuples, and readers get
their `Item` or `Lane` made when they ask, for the few events on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Generic, TypeVar, overload

__all__ = ["Row", "Rows", "RowsById"]

T = TypeVar("T")
D = TypeVar("D")
Row = tuple[Any, ...]  # str, int, float, None or such tuples only: nothing the collector must follow


class Rows(Sequence[T], Generic[T]):
    """A sequence of records stored as rows; `rows` is there for the few hot loops that read fields by
    position without making a record. What is kept for long holds a tuple of rows (a list stays tracked);
    a list of rows is fine for what lives one layout."""

    __slots__ = ("rows", "_make")

    def __init__(self, rows: Sequence[Row], make: Callable[[Row], T]) -> None:
        self.rows = rows
        self._make = make

    def __len__(self) -> int:
        return len(self.rows)

    @overload
    def __getitem__(self, i: int) -> T: ...

    @overload
    def __getitem__(self, i: slice) -> list[T]: ...

    def __getitem__(self, i: int | slice) -> T | list[T]:
        if isinstance(i, slice):
            return [self._make(row) for row in self.rows[i]]
        return self._make(self.rows[i])

    def __iter__(self) -> Iterator[T]:
        return map(self._make, self.rows)

    def __repr__(self) -> str:
        return f"Rows({len(self.rows)} rows)"


class RowsById(Mapping[str, T], Generic[T]):
    """id → record over two Rows (the events, then the eras), storing id → position only: a dict of
    str to int is never tracked."""

    __slots__ = ("_index", "_first", "_second", "_make")

    def __init__(self, index: dict[str, int], first: tuple[Row, ...], second: tuple[Row, ...],
                 make: Callable[[Row], T]) -> None:
        self._index, self._first, self._second, self._make = index, first, second, make

    def row(self, key: str) -> Row | None:
        """The record's row, without making the record; None if there is none."""
        n = self._index.get(key)
        if n is None:
            return None
        head = len(self._first)
        return self._first[n] if n < head else self._second[n - head]

    def column(self, keys: Iterable[str], field: int) -> list[Any]:
        """One field of each key's row, in the keys' order, making no record: for a pass over every event."""
        rows, at = self._first + self._second, self._index
        return [rows[at[k]][field] for k in keys]

    def __getitem__(self, key: str) -> T:
        row = self.row(key)
        if row is None:
            raise KeyError(key)
        return self._make(row)

    @overload
    def get(self, key: str, /) -> T | None: ...

    @overload
    def get(self, key: str, /, default: T | D) -> T | D: ...

    def get(self, key: str, /, default: Any = None) -> Any:
        row = self.row(key)
        return default if row is None else self._make(row)

    def __contains__(self, key: object) -> bool:
        return key in self._index

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    def __repr__(self) -> str:
        return f"RowsById({len(self._index)} ids)"
