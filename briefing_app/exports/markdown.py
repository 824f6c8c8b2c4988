"""The one-page brief's content as Markdown, with each disagreement as a footnote ([^1]), numbered as
the printed brief numbers its ⚑ lines.

The same sections as the printed brief (brief/content.py), built from the model; unlike the page it has room
for every delegate and every disagreement, and keeps the brief's limit on the run-up only, which is
a brief's choice rather than a lack of space. Data text is escaped so that it reads as written in
CommonMark, GitHub and Python-Markdown alike: nothing in a briefing becomes emphasis, a link or HTML.
"""

from __future__ import annotations

import re

from briefing_app.brief.content import Brief
from briefing_app.brief.level import RUN_UP_MOST
from briefing_app.brief.marks import Line, Marks
from briefing_app.brief.order import in_order, numbers
from briefing_app.core.differences import heading, version_line
from briefing_app.core.model import Briefing, Person

# Backslash escapes for what makes inline markup anywhere on a line, and '#', which closes a heading
# at its end; '<', '&' and '~' become character references, which every Markdown flavour reads
# (Python-Markdown has no '\<').
_INLINE = re.compile(r"([\\`*_\[\]#])")
_REFERENCES = {"<": "&lt;", "&": "&amp;", "~": "&#126;"}
# What would start a block at the beginning of a line: a quote, a list item, a rule (a "#" is always escaped).
_LINE_START = re.compile(r"^([>+\-]|\d+[.)])")


# GitHub's autolinks and linkify (markdown-it's, with fuzzy links) make a link of a bare URL, a "www."
# or "example.com" name and an e-mail address. They link within one run of text, and a character
# reference is a run of its own, so the characters that join such a form ("." before a letter or
# digit, "@", ":" and "/" of "://" or "//") are written as references: shown as they are, never
# linked. GitHub looks for e-mail addresses after joining the runs again, so an "@" is also followed
# by an empty comment, which every renderer shows as nothing.
_LINK_GLUE = re.compile(r"\.(?=\w)|@|:(?=/)|/(?=/)")
_GLUE_AS = {"@": "&#64;<!-- -->"}


def md(text: str) -> str:
    """Data text as Markdown that shows exactly this text, on one line, with no part of it a link."""
    text = " ".join(text.split())
    text = _INLINE.sub(r"\\\1", text)
    text = "".join(_REFERENCES.get(c, c) for c in text)
    text = _LINK_GLUE.sub(lambda m: _GLUE_AS.get(m[0]) or f"&#{ord(m[0])};", text)
    return _LINE_START.sub(lambda m: m.group(0)[:-1] + "\\" + m.group(0)[-1], text)


class _Notes:
    """Footnote numbers: each dispute's ⚑ number on the printed brief (brief/order.py), then the errors
    and naming notes after them, so that [^3] here is ⚑3 on the page."""

    def __init__(self, b: Briefing) -> None:
        self.b = b
        self.order = in_order(b)
        self.number = numbers(b)
        for d in self.order:
            self.number.setdefault(d.id, len(self.number) + 1)

        self.marks = Marks(b)

    def refs(self, record_id: str) -> str:
        """The notes of a record printed as one line: a person, an event, a ship."""
        return "".join(f"[^{n}]" for n in sorted(self.number[d.id] for d in self.b.discrepancies_for(record_id)))

    def line_refs(self, line: Line) -> str:
        """The notes of a line of the meeting or the exercise: the disputes it states, as on the page."""
        return "".join(f"[^{n}]" for n in sorted(self.number[d.id] for d in self.marks.on(line)))

    def record_refs(self, record_id: str) -> str:
        """A heading's notes: the errors and naming notes about the record, which no line states, and
        the disputes about it that are stated on no line of it (brief/marks.py)."""
        own = [d for d in self.b.discrepancies_for(record_id) if not d.disputed] + self.marks.on((record_id, "", 0))
        return "".join(f"[^{n}]" for n in sorted({self.number[d.id] for d in own}))


def _delegations(b: Briefing, notes: _Notes) -> list[str]:
    if b.meeting is not None:
        people = [b.person_by_id[p] for p in b.meeting.participants]
        lines = ["## The delegations", ""]
    else:
        people = [p for p in b.people if p.roles]
        lines = ["## People", ""]
    by_side: dict[str, list[Person]] = {}
    for p in people:
        by_side.setdefault(b.side_of(p), []).append(p)
    for side, members in by_side.items():
        lines += [f"### {md(side)}" if side else "### (no side recorded)", ""]
        for p in members:
            role = p.roles[0] if p.roles else None
            where = f" — {md(role.title)}, {md(b.organization_by_id[role.organization].name)}" if role else ""
            lines.append(f"- **{md(p.display_name)}**{notes.refs(p.id)}{where}")
        lines.append("")
    return lines


def _meeting(b: Briefing, notes: _Notes) -> list[str]:
    m = b.meeting
    if m is None:
        return []
    lines = [f"## The meeting{notes.record_refs(m.id)}", "", f"**{md(m.name)}**", ""]
    for name, fact in (("Round", m.round), ("Format", m.format), ("Venue", m.venue), ("Length", m.length)):
        if fact is not None:
            lines.append(f"- **{name}:** {md(fact.text)}{notes.line_refs((m.id, name.lower(), 0))}")
    if m.outcome:
        lines += ["", "**Outcome:**", ""] + [f"- {md(f.text)}{notes.line_refs((m.id, 'outcome', n))}" for n, f in enumerate(m.outcome)]
    return lines + [""]


def _discussed(b: Briefing, notes: _Notes) -> list[str]:
    """What was discussed, every point the file lists (the page prints the first two in one line)."""
    m = b.meeting
    if m is None or not m.discussed:
        return []
    return ["**Discussed:**", ""] + [f"- {md(f.text)}{notes.line_refs((m.id, 'discussed', n))}" for n, f in enumerate(m.discussed)] + [""]


def _on_record(b: Briefing, notes: _Notes) -> list[str]:
    """The same statements as the page's "On the record", each whole."""
    quotes = Brief(b).quotes()
    if not quotes:
        return []
    return ["## On the record", ""] + [
        f"- **{md(s.by)}**{notes.line_refs(line)}: “{md(s.quote)}” \\[{md(', '.join(s.sources))}\\]" for line, s in quotes] + [""]


def _context(b: Briefing, notes: _Notes) -> list[str]:
    m = b.meeting
    if m is None or not m.context:
        return []
    return ["## Context", ""] + [f"- {md(f.text)}{notes.line_refs((m.id, 'context', n))}" for n, f in enumerate(m.context)] + [""]


def _exercise(b: Briefing, notes: _Notes) -> list[str]:
    x = b.exercise
    if x is None:
        return []
    when = b.event_by_id[x.event].when.display()
    flag = notes.line_refs((x.id, "", 0)) + notes.line_refs((x.id, "sea_area", 0))
    lines = [f"## The exercise{notes.record_refs(x.id)}", "", f"**{md(x.name)}**, {md(when)}, {md(x.sea_area.text)}{flag}.", ""]
    for v in x.vessels:
        navy = b.organization_by_id[v.navy].name
        lines.append(f"- **{md(v.name)}**{notes.refs(v.id)}: {md(v.ship_class)} {md(v.type)}, {md(navy)}")
    if x.procedures:
        lines += ["", "**Practised:** " + "; ".join(md(f.text) + notes.line_refs((x.id, "procedures", n)) for n, f in enumerate(x.procedures)) + "."]
    return lines + [""]


def _run_up(b: Briefing, notes: _Notes) -> list[str]:
    before = [e for e in b.events if not e.era and e.when.sort_key() < b.date.sort_key()]
    eras = [e for e in b.events if e.era]
    chosen = before[-RUN_UP_MOST:]
    lines = ["## The run-up", ""]
    if eras:
        lines += ["*Eras:* " + "; ".join(f"{md(e.title)}{notes.refs(e.id)} ({md(e.when.display())})" for e in eras), ""]
    if len(before) > len(chosen):
        lines += [f"… {len(before) - len(chosen)} earlier events are left out; the latest {len(chosen)}:", ""]
    lines += [f"- **{md(e.when.display())}** — {md(e.title)}{notes.refs(e.id)}" for e in chosen]
    return lines + [""]


def _disagreements(b: Briefing, notes: _Notes) -> list[str]:
    if not b.discrepancies:
        return []
    lines = ["## Where the sources disagree", ""]
    lines += [f"- {'⚑' + str(notes.number[d.id]) + ' ' if d.disputed else ''}{md(d.topic)}[^{notes.number[d.id]}]" for d in notes.order]
    return lines + [""]


def _footnotes(b: Briefing, notes: _Notes) -> list[str]:
    lines = []
    for d in notes.order:
        versions = "; ".join(md(version_line(d, v)) for v in d.versions)  # an error reads "printed in error as …"
        lines.append(f"[^{notes.number[d.id]}]: **{md(heading(d))}:** {versions}. {md(d.reason)}")
    return lines + [""] if lines else []


def brief_markdown(b: Briefing) -> str:
    notes = _Notes(b)
    head = f"**{md(b.date.display())}** · {md(b.place)}" + (f" · {md(b.subtitle)}" if b.subtitle else "")
    lines = [f"# {md(b.title)}", "", head, "", f"> **Bottom line.** {md(b.summary.text)}", ""]
    lines += (_delegations(b, notes) + _discussed(b, notes) + _on_record(b, notes) + _meeting(b, notes) + _exercise(b, notes)
              + _context(b, notes) + _run_up(b, notes) + _disagreements(b, notes))
    lines += ["## Sources", ""]
    lines += [f"- **{md(s.id)}**: {md(s.credit)}" + (f" — *{md(s.headline)}*" if s.headline else "") for s in b.sources]
    lines += ["", f"Data as of {md(b.as_of.display())}.", ""]
    return "\n".join(lines + _footnotes(b, notes))
