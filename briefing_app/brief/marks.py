"""Which printed line carries each ⚑: the line that states the disputed thing. One table for the page
and the Markdown export, so that a mark stands on the same line in both.

A dispute names records (`about`). A person, an event, an era or a ship prints as one line, which
carries the marks of the disputes about it. The meeting and the exercise print many lines (the
outcome, the statements, the sea area…): a dispute about one of them goes on the line that states one
of its versions ("The talks “served as an opportunity”…", "South Korea's Defense and Foreign
ministries"), not on the heading. Only a dispute that no line of the record states, and that names no
other record with a line of its own, falls back to the record's own line (the heading or the name).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from briefing_app.core.model import Briefing, Discrepancy

# A line of the meeting or the exercise: (the record's id, the field, its index in the field or 0).
# The field "" is the record's own line: the meeting's heading, the exercise's name line.
Line = tuple[str, str, int]


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()


def _states(texts: Sequence[str], d: Discrepancy) -> bool:
    """Whether a line made of these texts states one of the dispute's versions."""
    lines = [_plain(t) for t in texts if t.strip()]
    return any(v in line for v in (_plain(v.text) for v in d.versions) if v for line in lines)


class Marks:
    """For every line of the meeting and the exercise, the disputes it states, worked out once."""

    def __init__(self, b: Briefing) -> None:
        self.b = b
        self.lines: dict[Line, list[Discrepancy]] = {}
        if b.meeting is not None:
            self._place(b.meeting.id, self._meeting_lines())
        if b.exercise is not None:
            self._place(b.exercise.id, self._exercise_lines())
            self._place(b.exercise.event, iter(()))  # the exercise's event: its name line states it

    def _meeting_lines(self) -> Iterator[tuple[Line, Sequence[str]]]:
        m = self.b.meeting
        assert m is not None
        for name in ("round", "format", "venue", "length"):
            fact = getattr(m, name)
            if fact is not None:
                yield (m.id, name, 0), (fact.text,)
        for field in ("outcome", "discussed", "context"):
            for n, f in enumerate(getattr(m, field)):
                yield (m.id, field, n), (f.text,)
        for n, s in enumerate(m.statements):
            yield (m.id, "statements", n), (s.by, s.quote)

    def _exercise_lines(self) -> Iterator[tuple[Line, Sequence[str]]]:
        x = self.b.exercise
        assert x is not None
        yield (x.id, "sea_area", 0), (x.sea_area.text,)
        for n, f in enumerate(x.procedures):
            yield (x.id, "procedures", n), (f.text,)
        for n, s in enumerate(x.remarks):
            yield (x.id, "remarks", n), (s.by, s.quote)

    def _place(self, record: str, lines: Iterator[tuple[Line, Sequence[str]]]) -> None:
        listed = list(lines)
        owner = self.b.exercise.id if self.b.exercise is not None and record == self.b.exercise.event else record
        for d in self.b.disputes_for(record):
            stated = [line for line, texts in listed if _states(texts, d)]
            for line in stated:
                self.lines.setdefault(line, []).append(d)
            if not stated and not self._elsewhere(d, record):
                self.lines.setdefault((owner, "", 0), []).append(d)

    def _elsewhere(self, d: Discrepancy, record: str) -> bool:
        """Whether the dispute names another record that prints a line of its own (a person, an event, a ship)."""
        b = self.b
        ships = {v.id for v in b.exercise.vessels} if b.exercise is not None else set()
        others = {b.meeting.id} if b.meeting is not None else set()
        if b.exercise is not None:
            others |= {b.exercise.id, b.exercise.event}
        return any(r != record and r not in others and (r in b.person_by_id or r in b.event_by_id or r in ships)
                   for r in d.about)

    def on(self, line: Line) -> list[Discrepancy]:
        """The disputes a line of the meeting or the exercise states."""
        return self.lines.get(line, [])

    def of(self, record_id: str) -> tuple[Discrepancy, ...]:
        """The disputes about a record that prints as one line: a person, an event, an era, a ship."""
        return self.b.disputes_for(record_id)
