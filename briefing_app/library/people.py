"""A person across the library: found by any form of the name, with the forgiving rules of the name
search (search/names.py), run on the library's tables rather than on an index in memory, which for a
thousand briefings would take a million name forms and seconds to build. Qt-free.

A person of one briefing is the person of another when the two share a form of the name in any word
order, case or accents (cache.match_key); a form an article printed in error links no one.

Ranks, as the name search's: the whole name (its words in any order), every word typed a word of the
name, every word typed the beginning of one; then, unless only exact names are asked for, a word typed
as another romanization of a name's word (spelling variant), or a slip of one (close spelling).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable
from typing import Any
from dataclasses import dataclass

from briefing_app.search.name_words import tokens, words
from briefing_app.search.names import CLOSE, PREFIXES, RANKS, VARIANT, WHOLE_NAME, ALL_TOKENS, How
from briefing_app.search.spelling import Vocabulary

__all__ = ["Appearance", "NameHit", "People"]

Who = tuple[int, int]  # version, person
Alternatives = dict[str, set[str]]  # for each word typed, the names' words a loose rank let it stand for
Best = tuple[int, int, Alternatives]  # a person's best rank, the id of the form found so, and that rank's alternatives
MOST_FORMS = 20_000  # a query matching more forms (one or two letters) is answered from these


@dataclass(frozen=True)
class Appearance:
    """A person in one briefing of the library."""

    path: str
    title: str
    date: str  # ISO, as the file gives it
    person: str  # the person's id in that briefing
    name: str  # their display form there


@dataclass(frozen=True)
class NameHit:
    name: str  # the form most of their briefings show first
    form: str  # the form that matched
    how: How
    appearances: tuple[Appearance, ...]  # by date


class People:
    """The name search over every current version in the library. `stale` says when the vocabulary of
    name words (for variants and slips) must be read again."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self.marker = _marker(db)
        self._asked: dict[str, set[int]] = {}  # FTS5's answers within one search
        self._vocabulary = Vocabulary((w, lang or None) for w, lang in db.execute("SELECT word, lang FROM name_words"))

    def stale(self, db: sqlite3.Connection) -> bool:
        return _marker(db) != self.marker

    def search(self, query: str, limit: int = 100, exact: bool = False) -> list[NameHit]:
        """The people whose names match, best first, each with every briefing they appear in."""
        typed = tuple(dict.fromkeys(tokens(query)))
        if not typed:
            return []
        self._asked = {}
        best: dict[Who, Best] = {}  # each person's best rank, the form's id, and the words a loose rank allowed
        for rank, ids, alternatives in self._ranked(typed, query, exact):
            for form, who in self._who(ids).items():
                if who not in best or best[who][0] > rank:
                    best[who] = (rank, form, alternatives)
        return self._hits(best, limit)

    # Which forms match, by rank: the name index is FTS5's, over each form's keys
    def _ranked(self, typed: tuple[str, ...], query: str, exact: bool) -> list[tuple[int, set[int], Alternatives]]:
        """Each rank's forms, with the other words a loose rank let each word typed stand for."""
        whole = {i for (i,) in self._db.execute("SELECT n.id FROM names n JOIN files f ON f.current = n.version"
                                               " WHERE n.match_key = ?", (" ".join(sorted(words(query))),))}
        started = self._all_of([(t, frozenset()) for t in typed])
        all_words = self._matching(" AND ".join(_quoted(t) for t in typed)) - whole
        groups: list[tuple[int, set[int], Alternatives]] = [
            (WHOLE_NAME, whole, {}), (ALL_TOKENS, all_words, {}), (PREFIXES, started - whole - all_words, {})]
        if exact:
            return groups
        strict = whole | started
        for rank, close in ((VARIANT, False), (CLOSE, True)):
            alternatives = {t: self._alternatives(t, close) for t in typed}
            if not any(alternatives.values()):
                continue
            reached = self._all_of([(t, frozenset(alternatives[t])) for t in typed]) - strict
            strict |= reached
            groups.append((rank, reached, alternatives))
        return groups

    def _all_of(self, wanted: list[tuple[str, frozenset[str]]]) -> set[int]:
        """The forms that have, for each (beginning, alternatives) wanted, a key with that beginning or one
        of those words."""
        return self._matching(" AND ".join(_either(t, alternatives) for t, alternatives in wanted))

    def _matching(self, expression: str) -> set[int]:
        found = self._asked.get(expression)  # the same look-up again in a later rank of the same search
        if found is None:
            rows = self._db.execute("SELECT rowid FROM name_search WHERE name_search MATCH ? LIMIT ?", (expression, MOST_FORMS))
            found = self._asked[expression] = {i for (i,) in rows}
        return found

    def _alternatives(self, token: str, close: bool) -> set[str]:
        """The names' words a word typed may mean as another romanization (or, `close`, a slip of one where
        nothing closer answers)."""
        variants = self._vocabulary.variants(token)
        if close and not variants:
            begun = self._db.execute("SELECT 1 FROM name_words WHERE word >= ? AND word < ? LIMIT 1",
                                     (token, token + "\U0010ffff")).fetchone()
            return set() if begun else self._vocabulary.close(token)  # a slip is guessed only where no word begins so
        return variants if not close else set()

    def _loose_words(self, best: dict[Who, Best], order: list[Who]) -> dict[int, str]:
        """For each form shown that was found loosely, the first word typed that needed it and the name's
        word it was taken for. Asked only of the people shown: a word's first letters reach thousands of
        forms loosely, and reading all their keys took most of such a search."""
        loose: dict[int, tuple[Alternatives, set[int]]] = {}  # by rank: its alternatives and the forms shown
        for who in order:
            rank, form, alternatives = best[who]
            if alternatives:
                loose.setdefault(rank, (alternatives, set()))[1].add(form)
        found: dict[int, str] = {}
        for alternatives, forms in loose.values():
            found.update(self._loose_words_of(forms, alternatives))
        return found

    def _loose_words_of(self, ids: set[int], alternatives: Alternatives) -> dict[int, str]:
        if not ids:
            return {}
        found: dict[int, str] = {}
        for i, keys in self._by_id("SELECT id, keys FROM names WHERE id IN ({})", ids):
            words_there = set(keys.split())
            for t, alternatives_t in alternatives.items():
                meant = next((w for w in sorted(alternatives_t) if w in words_there), None)
                if meant is not None and not any(w.startswith(t) for w in words_there):
                    found[i] = f"{t}\0{meant}"
                    break
        return found

    def _who(self, ids: set[int]) -> dict[int, Who]:
        """Each form's person (version, number), for the forms of current versions."""
        return {i: (version, person) for i, version, person in
                self._by_id("SELECT n.id, n.version, n.person FROM names n JOIN files f ON f.current = n.version"
                            " WHERE n.id IN ({})", ids)}

    def _by_id(self, sql: str, ids: Iterable[int]) -> list[tuple[Any, ...]]:
        """`sql` with its one "IN ({})" read in chunks of bound numbers."""
        ordered = sorted(ids)
        rows: list[tuple[Any, ...]] = []
        for first in range(0, len(ordered), 500):
            chunk = ordered[first:first + 500]
            rows += self._db.execute(sql.format(", ".join("?" * len(chunk))), chunk).fetchall()
        return rows

    # Who the forms belong to, across briefings
    def _hits(self, best: dict[Who, Best], limit: int) -> list[NameHit]:
        if not best:
            return []
        order = sorted(best, key=lambda who: (best[who][0], who))[:limit * 3]
        loose_words = self._loose_words(best, order)
        # Everyone who shares a true form's words (in any order) with someone found is that person too.
        keys: dict[Who, set[str]] = {}
        for version, person, key in self._pairs("SELECT version, person, match_key FROM names WHERE error = 0 AND"
                                                " version = ? AND person = ?", order):
            keys.setdefault((version, person), set()).add(key)
        wanted = sorted({k for ks in keys.values() for k in ks})
        sharing: dict[str, set[Who]] = {}
        for first in range(0, len(wanted), 500):
            chunk = wanted[first:first + 500]
            for version, person, key in self._db.execute(
                    "SELECT n.version, n.person, n.match_key FROM names n JOIN files f ON f.current = n.version"
                    f" WHERE n.error = 0 AND n.match_key IN ({', '.join('?' * len(chunk))})", chunk):
                sharing.setdefault(key, set()).add((version, person))
        about = self._about({w for ws in sharing.values() for w in ws} | set(order))
        hits: list[NameHit] = []
        shown: set[Who] = set()
        for who in order:
            if who in shown or who not in about:
                continue
            group = {who}
            frontier = [who]
            while frontier:  # the people linked through shared forms, and theirs in turn
                for key in keys.get(frontier.pop(), ()):
                    for other in sharing.get(key, ()):
                        if other not in group:
                            group.add(other)
                            frontier.append(other)
                            if other not in keys and other in about:
                                keys[other] = {match_key for match_key in about[other][2]}
            shown |= group
            appearances = sorted((about[w][0] for w in group if w in about), key=lambda a: (a.date, a.path))
            rank, form, _alternatives = best[who]
            typed, _, meant = loose_words.get(form, "").partition("\0")
            names = Counter(a.name for a in appearances)
            hits.append(NameHit(names.most_common(1)[0][0], about[who][1].get(form, ""), How(RANKS[rank], typed, meant),
                                tuple(appearances)))
            if len(hits) >= limit:
                break
        return hits

    def _pairs(self, sql: str, people: Iterable[Who]) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = []
        for version, person in people:
            rows += self._db.execute(sql, (version, person)).fetchall()
        return rows

    def _about(self, people: set[Who]) -> dict[Who, tuple[Appearance, dict[int, str], set[str]]]:
        """Each person's appearance (file, title, date, id, display form), their forms by id, and the
        words of their true forms."""
        about: dict[Who, tuple[Appearance, dict[int, str], set[str]]] = {}
        for version, person in sorted(people):
            rows = self._db.execute(
                "SELECT f.path, v.title, v.date, p.id, n.id, n.text, n.error, n.match_key FROM versions v JOIN files f ON f.current = v.id"
                " JOIN people p ON p.version = v.id AND p.n = ? JOIN names n ON n.version = v.id AND n.person = ?"
                " WHERE v.id = ? ORDER BY n.n", (person, person, version)).fetchall()
            if rows:
                path, title, date, person_id = rows[0][:4]
                about[(version, person)] = (Appearance(path, title, date, person_id, rows[0][5]),
                                            {i: text for *_, i, text, _error, _key in rows},
                                            {key for *_, error, key in rows if not error})
        return about


def _either(token: str, alternatives: frozenset[str]) -> str:
    """FTS5 for a key beginning with `token`, or being one of `alternatives`."""
    return "(" + " OR ".join([f"{_quoted(token)} *", *map(_quoted, sorted(alternatives))]) + ")"


def _quoted(word: str) -> str:
    """A word as an FTS5 string: quoted, so that nothing in it is an operator."""
    return '"' + word.replace('"', '""') + '"'


def _marker(db: sqlite3.Connection) -> tuple[int, int]:
    """Changes by other connections (data_version) and by this one (total_changes)."""
    return int(db.execute("PRAGMA data_version").fetchone()[0]), db.total_changes
