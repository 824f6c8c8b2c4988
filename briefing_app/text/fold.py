"""Folding text for comparison, shared by the name index and the network's order (FTS5 folds the full text itself):
case and accents do not matter when a reader looks a word up."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case, accents stripped: 'Lee-Park' and 'lee-park' fold alike, as do 'É' and 'e'.
    Kana keep their voicing marks (ガ is not カ) and Hangul stays in syllables."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not (unicodedata.combining(c) and c < "\u3000"))
    return unicodedata.normalize("NFC", stripped)
