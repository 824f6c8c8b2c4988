"""How a name is cut into what the name index finds it by: words (a hyphenated part stays one word),
tokens (every piece between separators) and, for Hangul, kana and kanji written without spaces, every
run of characters inside a name."""

from __future__ import annotations

import functools
import re

from briefing_app.text.fold import fold

SEPARATORS = re.compile(r"[\s\-‐‑‒–—―_/.,;:'’`\"()\[\]·・]+")
# Hangul (syllables and jamo), kana and CJK ideographs are letters too; every other non-Latin sign is dropped.
_CJK = "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff"
NOT_ALNUM = re.compile(f"[^0-9a-z{_CJK}]+")
_CJK_RUN = re.compile(f"[{_CJK}]+")
_LONGEST_CJK_RUN = 12  # longer runs are indexed by their pieces of one and two characters only


def words(text: str) -> list[str]:
    """The words of a name; a hyphenated part stays one word ('lee-park' → 'leepark')."""
    return _words(fold(text))


def tokens(text: str) -> list[str]:
    """Every piece between separators: 'Ann Lee-Park' → ann, lee, park."""
    return _tokens(fold(text))


_SPACES = re.compile(r"\s+")
_letters_only = functools.partial(NOT_ALNUM.sub, "")


def _words(folded: str) -> list[str]:
    return [w for w in map(_letters_only, _SPACES.split(folded)) if w]


def _tokens(folded: str) -> list[str]:
    return [t for t in map(_letters_only, SEPARATORS.split(folded)) if t]


Parts = dict[str, tuple[str, tuple[str, ...]]]


def split_name(folded: str, parts: Parts) -> tuple[list[str], set[str]]:
    """A folded name's words, and its keys: its words and tokens, as _words and _tokens give them.
    Whitespace separates tokens too, so these are those of its parts between spaces, in order; and
    each part is worked out once into `parts`, since surnames and given names recur across people."""
    ws: list[str] = []
    keys: set[str] = set()
    for chunk in folded.split():
        part = parts.get(chunk)
        if part is None:
            part = parts[chunk] = (_letters_only(chunk), tuple(_tokens(chunk)))
        if part[0]:
            ws.append(part[0])
        keys.update(part[1])
    keys.update(ws)
    return ws, keys


def cjk_pieces(text: str) -> set[str]:
    """Every character sequence inside each run of CJK text: CJK names are written without spaces,
    so '석열' must find '윤석열' as a word would."""
    pieces: set[str] = set()
    for run in _CJK_RUN.findall(fold(text)):
        longest = len(run) if len(run) <= _LONGEST_CJK_RUN else 2
        pieces.update(run[i:j] for i in range(len(run)) for j in range(i + 1, min(len(run), i + longest) + 1))
    return pieces


def name_keys(text: str) -> set[str]:
    """Every key a form of a name is found by: its words, the pieces between separators, CJK runs' pieces."""
    keys = set(words(text))
    keys.update(tokens(text))
    if not text.isascii():
        keys |= cjk_pieces(text)
    return keys
