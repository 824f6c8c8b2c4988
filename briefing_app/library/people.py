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
from dataclasses import dataclass

from briefing_app.search.name_words import tokens, words
from briefing_app.search.names import CLOSE, PREFIXES, RANKS, VARIANT, WHOLE_NAME, ALL_TOKENS, How
from briefing_app.search.spelling import Vocabulary

__all__ = ["Appearance", "NameHit", "People"]

Form = tuple[int, int, int]  # version, person, n
Who = tuple[int, int]  # version, person
CHECKED_ONE_BY_ONE = 2000  # candidates past this are narrowed by each word's look-up, not form by form
_LAST = "\U0010ffff"


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
        self._vocabulary = Vocabulary((w, lang or None) for w, lang in db.execute("SELECT word, lang FROM name_words"))

    def stale(self, db: sqlite3.Connection) -> bool:
        return _marker(db) != self.marker

    def search(self, query: str, limit: int = 200, exact: bool = False) -> list[NameHit]:
        typed = tuple(dict.fromkeys(tokens(query)))
        if not typed:
            return []
        ranked = self._ranked(typed, query, exact)
        people: dict[Who, tuple[int, Form, str]] = {}  # each person's best rank, the form and the word typed loosely
        for rank, forms, loose in ranked:
            for form in forms:
                who = form[:2]
                if who not in people:
                    people[who] = (rank, form, loose.get(form, ""))
        return self._hits(people, limit)

    # Which forms match, by rank
    def _ranked(self, typed: tuple[str, ...], query: str, exact: bool) -> list[tuple[int, set[Form], dict[Form, str]]]:
        whole = self._forms_where("match_key = ?", (" ".join(sorted(words(query))),))
        per_token: dict[str, set[Form] | None] = dict.fromkeys(typed)  # filled as needed
        candidates = self._candidates(typed, per_token)
        keys = self._keys(candidates) if len(candidates) <= CHECKED_ONE_BY_ONE else None
        if keys is not None:
            all_words = {f for f in candidates if all(f"\0{t}\0" in keys[f] for t in typed)}
        else:
            all_words = candidates.intersection(*(self._exact(t) for t in typed))
        groups: list[tuple[int, set[Form], dict[Form, str]]] = [
            (WHOLE_NAME, whole, {}), (ALL_TOKENS, all_words - whole, {}), (PREFIXES, candidates - whole - all_words, {})]
        if exact:
            return groups
        strict = whole | candidates
        for rank, alternatives in ((VARIANT, self._variants(typed, per_token, close=False)),
                                   (CLOSE, self._variants(typed, per_token, close=True))):
            if not any(alternatives.values()):
                continue
            reached: set[Form] | None = None
            loose_word: dict[Form, str] = {}
            for t in typed:
                found = set(self._prefixed(t, per_token))
                for word in alternatives[t]:
                    for form in self._exact(word):
                        if form not in found:
                            found.add(form)
                            loose_word.setdefault(form, f"{t}\0{word}")
                reached = found if reached is None else reached & found
                if not reached:
                    break
            reached = (reached or set()) - strict
            strict |= reached
            groups.append((rank, reached, loose_word))
        return groups

    def _candidates(self, typed: tuple[str, ...], per_token: dict[str, set[Form] | None]) -> set[Form]:
        """The forms with a key beginning with each word typed: the longest word's look-up first, then the
        others tested on those forms' keys while they are few."""
        order = sorted(typed, key=len, reverse=True)
        candidates = self._prefixed(order[0], per_token)
        rest = order[1:]
        if rest and candidates:
            if len(candidates) <= CHECKED_ONE_BY_ONE:
                keys = self._keys(candidates)
                candidates = {f for f in candidates if all(f"\0{t}" in keys[f] for t in rest)}
            else:
                for t in rest:
                    candidates &= self._prefixed(t, per_token)
        return candidates

    def _prefixed(self, token: str, per_token: dict[str, set[Form] | None]) -> set[Form]:
        found = per_token.get(token)
        if found is None:
            found = per_token[token] = self._forms_of_keys("key >= ? AND key < ?", (token, token + _LAST))
        return found

    def _exact(self, word: str) -> set[Form]:
        return self._forms_of_keys("key = ?", (word,))

    def _forms_of_keys(self, where: str, values: tuple[str, ...]) -> set[Form]:
        rows = self._db.execute("SELECT k.version, k.person, k.n FROM name_keys k JOIN files f ON f.current = k.version"
                                f" WHERE {where}", values)  # `where` is one of this module's two conditions
        return set(rows.fetchall())

    def _forms_where(self, where: str, values: tuple[str, ...]) -> set[Form]:
        rows = self._db.execute(f"SELECT n.version, n.person, n.n FROM names n JOIN files f ON f.current = n.version WHERE {where}",
                                values)  # `where` is this module's own
        return set(rows.fetchall())

    def _keys(self, forms: Iterable[Form]) -> dict[Form, str]:
        """Each form's keys in one string, "\\0kim\\0min\\0jung\\0", for a substring test per word."""
        found: dict[Form, list[str]] = {}
        self._db.execute("CREATE TEMP TABLE IF NOT EXISTS asked (version INTEGER, person INTEGER, n INTEGER)")
        self._db.execute("DELETE FROM asked")
        self._db.executemany("INSERT INTO asked VALUES (?, ?, ?)", forms)
        rows = self._db.execute("SELECT a.version, a.person, a.n, k.key FROM asked a JOIN name_keys k INDEXED BY name_keys_version"
                                " ON k.version = a.version AND k.person = a.person AND k.n = a.n")
        for version, person, n, key in rows:
            found.setdefault((version, person, n), []).append(key)
        return {form: "\0" + "\0".join(keys) + "\0" for form, keys in found.items()}

    def _variants(self, typed: tuple[str, ...], per_token: dict[str, set[Form] | None], close: bool) -> dict[str, set[str]]:
        """Each word typed: the names' words it may mean as another romanization (or, with `close`, as a
        slip where nothing closer answers)."""
        found: dict[str, set[str]] = {}
        for t in typed:
            variants = self._vocabulary.variants(t)
            if close and not variants and not self._prefixed(t, per_token):
                variants = self._vocabulary.close(t)
            found[t] = variants
        return found

    # Who the forms belong to, across briefings
    def _hits(self, people: dict[Who, tuple[int, Form, str]], limit: int) -> list[NameHit]:
        if not people:
            return []
        best = sorted(people, key=lambda who: (people[who][0], who))
        db = self._db
        db.execute("CREATE TEMP TABLE IF NOT EXISTS found (version INTEGER, person INTEGER)")
        db.execute("DELETE FROM found")
        db.executemany("INSERT INTO found VALUES (?, ?)", best[:limit * 4])
        # Everyone sharing a true form's words with someone found, and all their forms' keys.
        rows = db.execute(
            "SELECT DISTINCT o.version, o.person, o.match_key FROM found x JOIN names m ON m.version = x.version AND"
            " m.person = x.person AND m.error = 0 JOIN names o ON o.match_key = m.match_key AND o.error = 0"
            " JOIN files f ON f.current = o.version").fetchall()
        parent: dict[object, object] = {}

        def root(x: object) -> object:
            while parent.get(x, x) != x:
                x = parent[x]
            return x

        for version, person, key in rows:
            a, b = root((version, person)), root(key)
            if a != b:
                parent[a] = b
        members: dict[object, list[Who]] = {}
        for version, person, _key in rows:
            group = members.setdefault(root((version, person)), [])
            if (version, person) not in group:
                group.append((version, person))
        about = self._about({who for group in members.values() for who in group} | set(best[:limit * 4]))
        hits: list[NameHit] = []
        shown: set[object] = set()
        for who in best:
            group_id = root(who)
            if group_id in shown or who not in about:
                continue
            shown.add(group_id)
            group = members.get(group_id, [who])
            appearances = sorted((about[w][0] for w in group if w in about), key=lambda a: (a.date, a.path))
            names = Counter(a.name for a in appearances)
            rank, form, loose = people[who]
            typed, _, meant = loose.partition("\0")
            hits.append(NameHit(names.most_common(1)[0][0], about[who][1].get(form[2], ""), How(RANKS[rank], typed, meant),
                                tuple(appearances)))
            if len(hits) >= limit:
                break
        return hits

    def _about(self, people: set[Who]) -> dict[Who, tuple[Appearance, dict[int, str]]]:
        """Each person's appearance (file, title, date, id, display form) and their forms by number."""
        db = self._db
        db.execute("DELETE FROM found")
        db.executemany("INSERT INTO found VALUES (?, ?)", people)
        rows = db.execute("SELECT x.version, x.person, f.path, v.title, v.date, p.id, n.n, n.text FROM found x"
                          " JOIN versions v ON v.id = x.version JOIN files f ON f.current = v.id"
                          " JOIN people p ON p.version = x.version AND p.n = x.person"
                          " JOIN names n ON n.version = x.version AND n.person = x.person ORDER BY x.version, x.person, n.n")
        about: dict[Who, tuple[Appearance, dict[int, str]]] = {}
        for version, person, path, title, date, person_id, n, text in rows:
            who = (version, person)
            if who not in about:
                about[who] = (Appearance(path, title, date, person_id, text), {})
            about[who][1][n] = text
        return about


def _marker(db: sqlite3.Connection) -> tuple[int, int]:
    """Changes by other connections (data_version) and by this one (total_changes)."""
    return int(db.execute("PRAGMA data_version").fetchone()[0]), db.total_changes
