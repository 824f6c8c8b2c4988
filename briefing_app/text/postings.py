"""Postings: keys and the numbers of the things that hold them (name forms, the timeline's groups), kept
flat for prefix look-ups and for the garbage collector, which a large file's loading thread waits on.
(The text search has its own index: SQLite's FTS5, in search/fulltext.py.)"""

from __future__ import annotations

import bisect
import itertools
import struct
from array import array
from collections.abc import Iterable


_NUMBER = struct.Struct("=i")  # the machine's int, as array("i") holds it


class Postings:
    """Keys and the numbers of the things that hold them, kept flat: the sorted distinct keys, and one
    array of every key's numbers in turn with another of where each key's run begins. However large the
    file, that is three containers for the garbage collector to look at (strings and arrays hold no
    references it follows), where a set or list per key made hundreds of thousands; and the numbers of
    every key with a given beginning are one slice."""

    def __init__(self, keys: tuple[str, ...], numbers: array[int], starts: array[int]) -> None:
        self.keys, self._numbers, self._starts = keys, numbers, starts

    @classmethod
    def of_lists(cls, pairs: dict[str, list[int]]) -> Postings:
        """`pairs`: each key and the numbers holding it, each number once per key."""
        keys = tuple(sorted(pairs))
        runs = list(map(pairs.__getitem__, keys))
        return cls(keys, array("i", itertools.chain.from_iterable(runs)), array("i", itertools.accumulate(map(len, runs), initial=0)))

    @classmethod
    def one_each(cls, pairs: dict[str, int]) -> Postings:
        """Postings where each key is held by one number."""
        keys = tuple(sorted(pairs))
        return cls(keys, array("i", map(pairs.__getitem__, keys)), array("i", range(len(keys) + 1)))

    def exact(self, key: str) -> array[int]:
        """The numbers holding `key`, each once."""
        at = bisect.bisect_left(self.keys, key)
        if at == len(self.keys) or self.keys[at] != key:
            return self._numbers[0:0]
        return self._numbers[self._starts[at]:self._starts[at + 1]]

    def prefixed(self, prefix: str) -> array[int]:
        """The numbers holding a key that begins with `prefix` (a number holding two such keys comes twice)."""
        lo = bisect.bisect_left(self.keys, prefix)
        hi = bisect.bisect_left(self.keys, prefix + "\uffff", lo)
        return self._numbers[self._starts[lo]:self._starts[hi]]


class Collector:
    """Gathers postings number by number, each key's numbers packed in a bytearray.

    A list per key would be tens of thousands of containers, alive while an index is built in the
    loading thread, that every full pass of the garbage collector reads through holding the GIL the
    window needs; a bytearray holds no references and is not tracked at all. The finished postings
    are then a join of bytes, which also keeps the GIL only briefly."""

    def __init__(self) -> None:
        self._runs: dict[str, bytearray] = {}

    def add(self, keys: Iterable[str], number: int) -> None:
        """`number` holds each of `keys` (given once each, numbers in increasing order)."""
        packed = _NUMBER.pack(number)
        runs = self._runs
        for key in keys:
            run = runs.get(key)
            if run is None:
                runs[key] = bytearray(packed)
            else:
                run += packed

    def postings(self) -> Postings:
        runs = self._runs
        keys = tuple(sorted(runs))
        numbers = array("i")
        numbers.frombytes(b"".join(map(runs.__getitem__, keys)))
        starts = array("i", itertools.accumulate((len(runs[k]) // _NUMBER.size for k in keys), initial=0))
        return Postings(keys, numbers, starts)
