"""Postings: keys and the numbers of the things that hold them (name forms, passages), kept flat for
prefix look-ups and for the garbage collector, which a large file's loading thread waits on."""

from __future__ import annotations

import bisect
import itertools
from array import array


class Postings:
    """Keys and the numbers of the things that hold them, kept flat: the sorted distinct keys, and one
    array of every key's numbers in turn with another of where each key's run begins. However large the
    file, that is three containers for the garbage collector to look at (strings and arrays hold no
    references it follows), where a set or list per key made hundreds of thousands; and the numbers of
    every key with a given beginning are one slice."""

    def __init__(self, pairs: dict[str, list[int]]) -> None:
        """`pairs`: each key and the numbers holding it, each number once per key."""
        self.keys = tuple(sorted(pairs))
        runs = list(map(pairs.__getitem__, self.keys))
        self._numbers = array("i", itertools.chain.from_iterable(runs))
        self._starts = array("i", itertools.accumulate(map(len, runs), initial=0))

    @classmethod
    def one_each(cls, pairs: dict[str, int]) -> Postings:
        """Postings where each key is held by one number."""
        postings = cls({})
        postings.keys = tuple(sorted(pairs))
        postings._numbers = array("i", map(pairs.__getitem__, postings.keys))
        postings._starts = array("i", range(len(postings.keys) + 1))
        return postings

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

    def count(self, prefix: str) -> int:
        """How many keys begin with `prefix`."""
        lo = bisect.bisect_left(self.keys, prefix)
        return bisect.bisect_left(self.keys, prefix + "\uffff", lo) - lo
