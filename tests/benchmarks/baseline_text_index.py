"""The hand-written text index the FTS5 one replaced (briefing_app/search/fulltext.py as of issue 26's
start), kept here only as bench_search's baseline: its build time, memory and query times are measured in
the same run as FTS5's. Unchanged but for one line: Postings.count, which nothing else needed, is gone,
so a word's passages are always made a set (the answers are the same).
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from functools import cached_property

from briefing_app.core.dates import WhenParts, when_of
from briefing_app.core.model import Briefing, Event, Fact, Statement
from briefing_app.text.fold import fold
from briefing_app.text.postings import Collector

_WORD = re.compile(r"\w+")
_CJK_RUN = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff]{2,}")
_LONGEST_CJK = 12  # CJK text has no spaces: every position starts a "word" of up to this many characters
# In ASCII text, \w is a letter, a digit or "_": each other character becomes a space through a byte
# table, and the words are what str.split() leaves, as _WORD.findall finds them, in a third of its time.
_ASCII_NOT_WORD = bytes(c if chr(c).isascii() and (chr(c).isalnum() or chr(c) == "_") else 32 for c in range(256))
MARKS = ("«", "»")  # around each matched word in a snippet


@dataclass(frozen=True)
class Passage:
    """One text and where it stands: `target` and `record` say which record a click opens."""

    kind: str  # event, place, fact, quote, purpose, procedure, ship, disagreement, version, headline, summary
    target: str  # the record's kind, as the window's go_to knows it: event, person, meeting, exercise, vessel, source, disagreement, summary
    record: str
    where: str  # "17 Apr 2023 · The talks resumed", or a person's name, or a source's credit
    text: str
    event: str | None = None  # the event the Timeline filters to, where the passage belongs to one


@dataclass(frozen=True)
class Hit:
    passage: Passage
    words: int  # how many of the words typed it holds

    def spans(self, query: str) -> list[tuple[int, int]]:
        """Where the words typed begin words of the passage's text."""
        return spans(self.passage.text, query)

    def snippet(self, query: str, width: int = 160) -> str:
        """The passage on one line, around its first match, each matched word marked «thus»."""
        text = " ".join(self.passage.text.split())
        found = spans(text, query)
        start = 0
        if found and len(text) > width:
            start = max(0, found[0][0] - width // 3)
            start = text.rfind(" ", 0, start) + 1 if start else 0
        end = min(len(text), start + width)
        out, at = [], start
        for s, e in found:
            if s < start or e > end:
                continue
            out += [text[at:s], MARKS[0], text[s:e], MARKS[1]]
            at = e
        out.append(text[at:end])
        return ("… " if start else "") + "".join(out) + (" …" if end < len(text) else "")


def spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where in `text` the words of `query` begin words (in CJK text: occur)."""
    wanted = query_words(query)
    found = []
    for m in _WORD.finditer(text):
        word = fold(m.group())
        if _CJK_RUN.search(word):
            at = [(m.start() + i, m.start() + i + len(w)) for w in wanted for i in _occurrences(word, w)]
            found += at
        elif any(word.startswith(w) if len(w) > 1 else word == w for w in wanted):
            found.append(m.span())
    return sorted(set(found))


def _occurrences(text: str, part: str) -> Iterator[int]:
    at = text.find(part)
    while at >= 0:
        yield at
        at = text.find(part, at + len(part))


def _ascii_words(text: str) -> list[str]:
    """_WORD.findall(text), for ASCII text only."""
    return text.encode("ascii").translate(_ASCII_NOT_WORD).decode("ascii").split()


def query_words(query: str) -> list[str]:
    return list(dict.fromkeys(_WORD.findall(fold(query))))


# A passage as the index keeps it: its fields in a plain tuple of strings, which the garbage collector
# stops following once it has seen it (a Passage object it would follow for ever, and a large file has
# tens of thousands). A Passage is made for each hit shown.
_Row = tuple[str, str, str, str, str, "str | None"]
_EVENT = 5


class TextResults:
    """The best hits, how many passages matched, and (worked out when asked) the events they belong to."""

    def __init__(self, hits: list[Hit], matched: Collection[int], rows: tuple[_Row, ...]) -> None:
        self.hits = hits  # best first, at most the limit asked
        self.total = len(matched)  # every passage that matched
        self._matched, self._rows = matched, rows

    @cached_property
    def events(self) -> frozenset[str]:
        """Every event a matching passage belongs to, for the Timeline's filter."""
        rows = self._rows
        return frozenset(e for e in (rows[n][_EVENT] for n in self._matched) if e is not None)


class TextIndex:
    """Passages and an inverted index from each word (and each CJK position) to the passages holding it."""

    def __init__(self, briefing: Briefing, checkpoint: Callable[[], None] | None = None) -> None:
        self._rows: tuple[_Row, ...] = tuple(_rows(briefing))
        postings = Collector()
        for n, (_kind, _target, _record, _where, text, _event) in enumerate(self._rows):
            if checkpoint is not None and n % 5000 == 0:
                checkpoint()
            folded = fold(text)
            if folded.isascii():  # most texts are: no scan for CJK runs
                found = set(_ascii_words(folded))
            else:
                found = set(_WORD.findall(folded))
                for run in _CJK_RUN.findall(folded):
                    found.update(run[i:i + _LONGEST_CJK] for i in range(len(run)))
            postings.add(found, n)
        self._postings = postings.postings()

    def __len__(self) -> int:
        return len(self._rows)

    def passage(self, n: int) -> Passage:
        return Passage(*self._rows[n])

    def search(self, query: str, limit: int | None = 200) -> TextResults:
        """Passages holding the words typed (or words they begin), most words first, then in briefing order.
        A one-letter word matches only itself: as a beginning it would match half the briefing."""
        found = [self._passages_with(w) for w in query_words(query)]
        found = [f for f in found if f]
        if not found:
            return TextResults([], (), self._rows)
        if len(found) == 1:  # one word: every hit counts one, so the briefing's order ranks them
            matched = found[0]
            best = heapq.nsmallest(limit, matched) if limit is not None else sorted(matched)
            return TextResults([Hit(self.passage(n), 1) for n in best], matched, self._rows)
        counts: Counter[int] = Counter()
        for passages_hit in found:
            counts.update(passages_hit)
        ranked = ((-c, n) for n, c in counts.items())
        top = heapq.nsmallest(limit, ranked) if limit is not None else sorted(ranked)
        return TextResults([Hit(self.passage(n), -c) for c, n in top], counts.keys(), self._rows)

    def _passages_with(self, word: str) -> Collection[int]:
        """The passages holding `word`, or a word it begins. A one-letter word matches only itself:
        as a beginning it would match half the briefing."""
        if len(word) == 1 and not _CJK_RUN.match(word + word):
            return self._postings.exact(word)
        found = self._postings.prefixed(word)  # every whole word is a key, however long
        if len(word) > _LONGEST_CJK and _CJK_RUN.search(word):
            # Inside a run of CJK text only pieces of up to _LONGEST_CJK characters are keys: those
            # holding the query's first piece are candidates, and their text says whether the rest
            # follows. (Cutting every long word to that length made "internationalz" find
            # "international" in eleven passages.)
            rows = self._rows
            return {*found, *(n for n in self._postings.prefixed(word[:_LONGEST_CJK]) if word in fold(rows[n][4]))}
        return set(found)


def passages(b: Briefing) -> Iterator[Passage]:
    """Every text of the briefing that a reader might remember a word of, labelled by where it stands."""
    return (Passage(*row) for row in _rows(b))


def _rows(b: Briefing) -> Iterator[_Row]:
    """passages(), each as the index keeps it: a large file has tens of thousands, and a Passage made
    for each and taken apart again was a third of the index's build."""
    yield ("summary", "summary", "summary", "Summary", b.summary.text, None)
    yield ("place", "summary", "summary", "The briefing's place", b.place, None)
    shown: dict[WhenParts, str] = {}  # each date as shown, worked out once: events share their dates
    for event_id, parts, title, text, place in b.events.columns(Event.id, Event.when_parts, Event.title, Event.text, Event.place):
        date = shown.get(parts)
        if date is None:
            date = shown[parts] = when_of(parts).display()
        where = f"{date} · {title}"
        yield ("event", "event", event_id, where, f"{title}. {text}", event_id)
        if place:
            yield ("place", "event", event_id, where, place, event_id)
    for p in b.people:
        for a in p.actions:
            yield ("fact", "person", p.id, p.display_name, a.text, None)
    if b.meeting:
        m = b.meeting
        yield from _facts("fact", "meeting", m.id, m.name, [m.round, m.format, *([m.length] if m.length else [])], m.event)
        yield from _facts("place", "meeting", m.id, m.name, [m.venue], m.event)
        yield from _facts("fact", "meeting", m.id, f"{m.name} · agreed", m.outcome, m.event)
        yield from _facts("fact", "meeting", m.id, f"{m.name} · discussed", m.discussed, m.event)
        yield from _quotes(m.statements, "meeting", m.id, m.event)
    if b.exercise:
        x = b.exercise
        yield from _facts("place", "exercise", x.id, f"{x.name} · sea area", [x.sea_area], x.event)
        yield from _facts("purpose", "exercise", x.id, x.name, x.purpose, x.event)
        yield from _facts("procedure", "exercise", x.id, x.name, x.procedures, x.event)
        yield from _quotes(x.remarks, "exercise", x.id, x.event)
        for v in x.vessels:
            text = f"{v.name}: {v.ship_class} {v.type}" + (f", {v.combat_system}" if v.combat_system else "")
            yield ("ship", "vessel", v.id, v.name, text, x.event)
    for d in b.discrepancies:
        yield ("disagreement", "disagreement", d.id, d.topic, f"{d.topic}. {d.reason}", None)
        for version in d.versions:
            yield ("version", "disagreement", d.id, d.topic, version.text, None)
    for s in b.sources:
        if s.headline:
            yield ("headline", "source", s.id, s.credit, s.headline, None)


def _facts(kind: str, target: str, record: str, where: str, facts: Iterator[Fact] | tuple[Fact, ...] | list[Fact],
           event: str) -> Iterator[_Row]:
    for f in facts:
        yield (kind, target, record, where, f.text, event)


def _quotes(statements: tuple[Statement, ...], target: str, record: str, event: str) -> Iterator[_Row]:
    for s in statements:
        yield ("quote", "person" if s.person else target, s.person or record, s.by, s.quote, event)
