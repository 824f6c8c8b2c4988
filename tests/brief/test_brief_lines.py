"""Every line the brief prints from a record, held against the record as the model holds it: the
meeting, its outcome, the agenda, the statements on the record, the exercise and its procedures, the
run-up, the context and the sources. Each printed line is what the record says, in the page's order,
and no line about a disputed record states a version the briefing does not prefer.

The expected lines are drawn from the model, never copied into the test, so that a change to the
data is checked as well as a change to the page."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any

import pytest

from briefing_app.brief.content import Brief
from briefing_app.brief.level import DISCUSSED_MOST, Level
from briefing_app.core.model import CONVENTION, Briefing, Organization
from briefing_app.reading.loader import load_text

from tests.conftest import dump

# The page's levels to hold against the model: everything at the largest size; what a crowded page
# keeps (variants and errors folded, the run-up short, the columns split elsewhere, the context first).
LEVELS = [Level(9.5), Level(7.0, folded=2, run_up=3, left=1), Level(8.0, folded=1, run_up=6, left=4, context_first=True)]


def _lines(page: str) -> list[str]:
    """The page's printed lines of text, as a reader reads them: one per paragraph, list item,
    table row or line break, without the ⚑ marks (other tests place those)."""
    body = page[page.index("<body>"):]
    body = re.sub(r"<(br|/p|/li|/tr|/h1|/h2|p|li|tr|h1|h2)\b[^>]*>", "\n", body)
    body = re.sub(r"</?(td|th)\b[^>]*>", " ", body)  # table cells read apart; bold and spans run on
    text = html.unescape(re.sub(r"<[^>]+>", "", body)).replace("\xa0", " ")
    text = re.sub(r" *⚑[\d,]+", "", text)
    return [line for line in (" ".join(raw.split()) for raw in text.split("\n")) if line]


def _sections(lines: list[str], headings: list[str]) -> dict[str, list[str]]:
    """The lines under each heading, in order, until the next heading."""
    found: dict[str, list[str]] = {"": []}
    current = ""
    for line in lines:
        if line in headings:
            current = line
            found[current] = []
        else:
            found[current].append(line)
    return found


HEADINGS = ["The delegations", "On the record", "The meeting", "The exercise", "The run-up", "Context",
            "Where the sources disagree", "Sources"]


def _ministry(b: Briefing, org: Organization) -> Organization:
    while org.parent is not None and b.organization_by_id[org.parent].parent is not None:
        org = b.organization_by_id[org.parent]
    return org


def _plain(text: str) -> str:
    return " ".join(text.split())


def _expected(b: Briefing, brief: Brief, level: Level) -> Iterator[tuple[str, list[str]]]:
    """Each section's lines as the model words them (the labels in English)."""
    m, x = b.meeting, b.exercise
    assert m is not None and x is not None
    rows = ["Side Name Role Organization"]
    for side, members in brief.by_side.items():
        for n, p in enumerate(members):
            role = p.roles[0]
            rows.append(" ".join(t for t in ((side if n == 0 else ""), p.display_name, role.title,
                                               _ministry(b, b.organization_by_id[role.organization]).name) if t))
    points = "; ".join(_plain(f.text).rstrip(".") for f in m.discussed[:DISCUSSED_MOST])
    yield "The delegations", [*rows, f"Discussed: {points}."]
    facts = [("Round:", m.round), ("Format:", m.format), ("Venue:", m.venue), ("Length:", m.length)]
    yield "The meeting", [*(f"{name} {_plain(f.text)}" for name, f in facts if f is not None), "Outcome:",
                          *(_plain(f.text) for f in m.outcome)]
    when = b.event_by_id[x.event].when.display()
    ships = "; ".join(f"{v.name} ({v.ship_class} {v.type}, {b.organization_by_id[v.navy].name})" for v in x.vessels)
    yield "The exercise", [f"{x.name}, {when}, {_plain(x.sea_area.text)}.", f"Ships: {ships}.",
                           "Practised: " + "; ".join(_plain(f.text) for f in x.procedures) + "."]
    before = b.events_before(b.date)
    shown = brief.run_up_shown(level)
    eras = "; ".join(f"{e.title} ({e.when.display()})" for e in b.eras[:3])
    left_out = [f"… and {len(before) - shown} earlier events"] if shown < len(before) else []
    yield "The run-up", [eras, *left_out, *(f"{e.when.display()} · {e.title}" for e in before[len(before) - shown:])]
    yield "Context", [_plain(f.text) for f in m.context]


@pytest.mark.parametrize("level", LEVELS, ids=lambda level: f"{level.font_pt}pt-folded{level.folded}-runup{level.run_up}")
def test_every_line_printed_from_a_record_is_the_record(briefing: Briefing, level: Level) -> None:
    b = briefing
    brief = Brief(b)
    sections = _sections(_lines(brief.html(level)), HEADINGS)
    assert sections[""][:3] == [b.title, f"{b.date.display()} · {b.place} · {b.subtitle}", f"Bottom line. {_plain(b.summary.text)}"]
    for heading, lines in _expected(b, brief, level):
        assert sections[heading] == lines, heading
    # On the record: who said it as the record names them, the start of their words as quoted, the sources.
    quotes = [s for _, s in brief.quotes()]
    assert len(sections["On the record"]) == len(quotes)
    for line, s in zip(sections["On the record"], quotes):
        said = re.fullmatch(r"(.+?): “(.+?)( …)?” \[(.+)\]", line)
        assert said is not None, line
        assert said[1] == s.by and said[4] == ", ".join(s.sources)
        assert _plain(s.quote).startswith(said[2]) and (said[3] is None) == (said[2] == _plain(s.quote))
    # The sources line names every source with its credit, the articles first.
    credits = [f"{s.id}: {s.credit}" for s in (*(s for s in b.sources if s.kind == "article"), *(s for s in b.sources if s.kind != "article"))]
    assert sections["Sources"][0].startswith("; ".join(credits) + ". Data as of " + b.as_of.display())


@pytest.mark.parametrize("level", LEVELS, ids=lambda level: f"{level.font_pt}pt-folded{level.folded}-runup{level.run_up}")
def test_no_line_about_a_disputed_record_states_a_version_set_aside(briefing: Briefing, level: Level) -> None:
    """Every version the briefing does not prefer, and each phrase it quotes that the preferred one
    does not, is absent from the lines about the records the difference is about."""
    b = briefing
    brief = Brief(b)
    sections = _sections(_lines(brief.html(level)), HEADINGS)
    body = [line for heading, lines in sections.items() if heading not in ("Where the sources disagree", "Sources") for line in lines]
    checked = 0
    for d in b.discrepancies:
        if d.kind == CONVENTION:  # a naming note: both names are right, each in its own usage
            continue
        names = [b.person_by_id[r].display_name for r in d.about if r in b.person_by_id]
        titles = [b.event_by_id[r].title for r in d.about if r in b.event_by_id]
        about_meeting = b.meeting is not None and b.meeting.id in d.about
        lines = [line for line in body if about_meeting or any(n in line for n in (*names, *titles))]
        preferred = _plain(d.preferred.text)
        for v in d.others:
            text = _plain(v.text)
            if text in preferred:
                continue
            quoted = [q for q in re.findall(r'"([^"]+)"', text) if q not in preferred]
            for line in lines:
                checked += 1
                assert text not in line, f"{d.id}: “{line}” states {v.sources}'s version, not the preferred one"
                for q in quoted:
                    assert f'"{q}"' not in line, f"{d.id}: “{line}” quotes “{q}” from {v.sources}, which the preferred version does not say"
    assert checked


@pytest.mark.parametrize(("field", "slip"), [
    # The outcome worded as the version set aside (the slip the audit found in meeting.outcome[1]).
    (("outcome", 1, "text"), 'The two sides "agreed to" share perceptions of the security environment in Northeast Asia.'),
    # The statement on the record credited as the version set aside.
    (("statements", 0, "by"), "South Korea's Foreign Ministry"),
])
def test_a_line_stating_a_version_set_aside_is_caught(bundled_data: Any, field: tuple[str, int, str], slip: str) -> None:
    name, index, key = field
    bundled_data["meeting"][name][index][key] = slip
    b = load_text(dump(bundled_data), "slip.yaml")
    with pytest.raises(AssertionError, match="preferred"):
        test_no_line_about_a_disputed_record_states_a_version_set_aside(b, LEVELS[0])
