"""The words of the names, looked up loosely: by romanization key (romanize.py) and by close spelling.

A name search asks, for each word typed, which words of the names it could mean. Both look-ups go
through this vocabulary of distinct words, never through the names themselves: 20,000 people share
far fewer distinct words, and the close-spelling look-up only compares words of a fitting length.
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

from briefing_app.search import romanize

MIN_CLOSE = 4  # shorter words differ by one letter from too many others to guess a misspelling


def allowed_edits(word: str) -> int:
    """Edits a misspelt word may carry: none under 4 letters, one for 4–7, two from 8."""
    n = len(word)
    return 0 if n < MIN_CLOSE else 1 if n < 8 else 2


class Vocabulary:
    """Distinct name words with their languages; `variants` and `close` answer for one typed word."""

    def __init__(self, words: Iterable[tuple[str, str | None]]) -> None:
        """`words`: (folded word, the language of the form it comes from, or None)."""
        by_key: dict[str, set[str]] = {}
        by_length: dict[int, set[str]] = {}
        for word, lang in words:
            if not word.isalpha() or not word.isascii():
                continue  # digits and native scripts have no spellings to vary
            for k in romanize.keys(word, lang):
                by_key.setdefault(k, set()).add(word)
            if len(word) >= MIN_CLOSE - 2:
                by_length.setdefault(len(word), set()).add(word)
        # Tuples of strings: the garbage collector stops following them (and these dictionaries) once seen.
        self._by_key = {k: tuple(ws) for k, ws in by_key.items()}
        self._by_length = {n: tuple(sorted(ws)) for n, ws in by_length.items()}

    def variants(self, token: str) -> set[str]:
        """Name words that are another romanization of `token` (not `token` itself)."""
        found: set[str] = set()
        if len(token) < 2:  # one letter is typed on the way to a name, not as one
            return found
        for k in romanize.keys(token):
            found.update(self._by_key.get(k, ()))
        found.discard(token)
        return found

    def close(self, token: str) -> set[str]:
        """Name words within the allowed edits of `token` (a transposition is one edit), not itself."""
        edits = allowed_edits(token)
        if not edits or not token.isalpha():
            return set()
        found: set[str] = set()
        for n in range(len(token) - edits, len(token) + edits + 1):
            bucket = self._by_length.get(n)
            if bucket:
                hits = process.extract(token, bucket, scorer=OSA.distance, score_cutoff=edits, limit=None)
                found.update(word for word, distance, _ in hits if distance > 0)
        return found
