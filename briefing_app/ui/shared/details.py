"""HTML for the detail panes. Every piece of data text is escaped; links name a record as 'kind:id'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from html import escape as html_escape

from PySide6.QtCore import QCoreApplication

from briefing_app.core.differences import heading as difference_heading
from briefing_app.core.timestamps import with_iso
from briefing_app.core.differences import version_prefix, version_text, why_label
from briefing_app.i18n.translation import arg, date_text, difference_words

translate = QCoreApplication.translate

if TYPE_CHECKING:  # the model is imported with the data, after the window shows
    from briefing_app.core.dates import When
    from briefing_app.core.model import Briefing, Discrepancy, Event, Fact, Person, Source, Statement


DISPUTED = "⚑"
MAX_LISTED = 300
# A pane lists about a screenful of related records; the rest are a link away. A person in two
# thousand events made a pane that took a tenth of a second to build and paint.
SCREENFUL = 25
# Characters a pane shows of one field, then "…": a source whose facts each held 20,000 characters
# took the Sources tab 0.2 s to lay out. The whole text is a copy away (Copy with Sources).
FIELD_MOST = 2_000


def escape(text: str, quote: bool = True) -> str:
    """Data text as HTML, at most FIELD_MOST characters of it."""
    return html_escape(text if len(text) <= FIELD_MOST else text[:FIELD_MOST] + "…", quote=quote)


def _sources(ids: tuple[str, ...]) -> str:
    """Source ids in grey, each a link to the source in the Sources tab."""
    return f'<span style="color:gray">[{", ".join(_source_link(i) for i in ids)}]</span>'


def _source_link(source_id: str) -> str:
    return f'<a href="source:{escape(source_id, quote=True)}" style="color:gray">{escape(source_id)}</a>'


def _link(kind: str, record_id: str, text: str) -> str:
    return f'<a href="{kind}:{escape(record_id, quote=True)}">{escape(text)}</a>'


def record_link(b: Briefing, record_id: str) -> str:
    """A link to any record by id, labelled with its name or title."""
    if record_id in b.person_by_id:
        return _link("person", record_id, b.person_by_id[record_id].display_name)
    if record_id in b.event_by_id:
        e = b.event_by_id[record_id]
        return _link("event", record_id, f"{date_text(e.when)}: {e.title}")
    if record_id in b.vessel_by_id:
        return _link("vessel", record_id, b.vessel_by_id[record_id].name)
    if b.exercise and record_id == b.exercise.id:
        return _link("exercise", record_id, b.exercise.name)
    if b.meeting and record_id == b.meeting.id:
        return _link("event", b.meeting.event, b.meeting.name)
    if record_id in b.organization_by_id:
        return escape(b.organization_by_id[record_id].name)
    return escape(record_id)


def discrepancy_html(b: Briefing, d: Discrepancy, heading: str = "h3") -> str:
    """A difference as its kind words it: a dispute with ⚑ and every version, an error as the right
    form with the slip beside it, a convention as a note."""
    rows = "".join(
        f"<li>{'<b>★ ' + escape(version_prefix(d, v, difference_words)) + '</b>' if v.preferred and d.disputed else escape(version_prefix(d, v, difference_words))}"
        f"{escape(version_text(d, v))} {_sources(d.source_labels(v))}</li>"
        for v in d.versions
    )
    about = translate("Details", ", ").join(record_link(b, r) for r in d.about)
    flag = f"{DISPUTED} " if d.disputed else ""
    return (
        f"<{heading}>{flag}{escape(difference_heading(d, difference_words))}</{heading}><ul>{rows}</ul>"
        + "<p>" + arg(translate("Details", "<i>%1:</i> %2"), escape(why_label(d, difference_words)), escape(d.reason)) + "</p>"
        + "<p>" + arg(translate("Details", "<i>Concerns:</i> %1"), about) + "</p>"
    )


def _disputes(b: Briefing, record_id: str) -> str:
    return "".join(discrepancy_html(b, d, "h4") for d in b.discrepancies_for(record_id))


def _facts(facts: tuple[Fact, ...]) -> str:
    return "<ul>" + "".join(f"<li>{escape(f.text)} {_sources(f.sources)}</li>" for f in facts) + "</ul>" if facts else ""


def _quotes(statements: tuple[Statement, ...], b: Briefing) -> str:
    items = []
    for s in statements:
        who = _link("person", s.person, s.by) if s.person and s.person in b.person_by_id else escape(s.by)
        items.append(f"<li>“{escape(s.quote)}” — {who} {_sources(s.sources)}</li>")
    return "<ul>" + "".join(items) + "</ul>" if items else ""


def relative_day(days: int) -> str:
    """"D−4": four days before the briefing date; "D+2" two after; "D-day" the date itself."""
    if days == 0:
        return translate("Details", "D-day")
    return arg(translate("Details", "D−%1") if days < 0 else translate("Details", "D+%1"), str(abs(days)))


def _day_of(when: When) -> tuple[int, int, int] | None:
    start = when.start
    if when.end is not None or not (start.month and start.day) or start.qualifier:
        return None
    return (start.year, start.month, start.day)


def days_from_briefing(b: Briefing, e: Event) -> int | None:
    """How many days an event dated to the day is after (or before, negative) a briefing dated to the day."""
    from briefing_app.timeline.story import days_from

    day, briefing_day = _day_of(e.when), _day_of(b.date)
    return None if day is None or briefing_day is None else days_from(day, briefing_day)


def event_html(b: Briefing, e: Event) -> str:
    tags = translate("Details", ", ").join(escape(b.tag_by_id[t].label) for t in e.tags)
    people = translate("Details", ", ").join(_link("person", p, b.person_by_id[p].display_name) for p in e.people)
    parts = [
        f"<h2>{escape(e.title)}{' ' + DISPUTED if b.disputes_for(e.id) else ''}</h2>",
        f"<p><b>{escape(date_text(e.when))}</b>{_relative(b, e)}{' · ' + escape(e.place) if e.place else ''}</p>",
        f"<p>{escape(e.text)}</p>",
    ]
    if people:
        parts.append("<p>" + arg(translate("Details", "<b>People:</b> %1"), people) + "</p>")
    if tags:
        parts.append("<p>" + arg(translate("Details", "<b>Tags:</b> %1"), tags) + "</p>")
    parts.append("<p>" + arg(translate("Details", "<b>Sources:</b> %1"), source_list(b, e.sources)) + "</p>")
    parts.append(_disputes(b, e.id))
    return "".join(parts)


def _relative(b: Briefing, e: Event) -> str:
    days = days_from_briefing(b, e)
    return "" if days is None else f" ({escape(relative_day(days))})"


def source_list(b: Briefing, ids: tuple[str, ...]) -> str:
    return "; ".join(f"{_source_link(i)} {escape(_in_parentheses(b.source_by_id[i].credit))}" for i in ids)


def _in_parentheses(text: str) -> str:
    """A credit in parentheses, unless it is already wrapped in them: "(no credit in the text)"."""
    return text if text.startswith("(") and text.endswith(")") else f"({text})"


def person_html(b: Briefing, p: Person, elsewhere: str = "") -> str:
    """The person's pane; `elsewhere`, HTML made by the caller, names the other briefings they appear in
    and stands under the side, where it is seen without scrolling."""
    names = "".join(
        f"<li>{escape(n.text)}{' <b>' + translate('Details', '(an error in the source)') + '</b>' if n.error else ''} {_sources(n.sources)}"
        f"{'<br><i>' + escape(n.note) + '</i>' if n.note else ''}</li>"
        for n in p.names
    )
    roles = "".join(
        f"<li>{escape(r.title)}, {escape(b.organization_by_id[r.organization].name)} {_sources(r.sources)}</li>"
        for r in p.roles
    )
    appears = b.events_by_person.get(p.id, ())
    events = "".join(f"<li>{record_link(b, e.id)}</li>" for e in appears[:SCREENFUL])
    if len(appears) > SCREENFUL:
        count = len(appears) - SCREENFUL  # lupdate reads the count only from a plain name
        more = translate("Details", "… and %Ln more: show them all on the Timeline", None, count)
        events += f"<li>{_link('events-of', p.id, more)}</li>"
    parts = [
        f"<h2>{escape(p.display_name)}{' ' + DISPUTED if b.disputes_for(p.id) else ''}</h2>",
        "<p>" + arg(translate("Details", "<b>Side:</b> %1"), escape(b.side_of(p)) or translate("Details", "not recorded")) + "</p>",
        elsewhere,
        "<h3>" + translate("Details", "Names") + f"</h3><ul>{names}</ul>",
    ]
    if roles:
        parts.append("<h3>" + translate("Details", "Roles") + f"</h3><ul>{roles}</ul>")
    if p.actions:
        parts.append("<h3>" + translate("Details", "Did or said") + "</h3>" + _facts(p.actions))
    if events:
        parts.append("<h3>" + translate("Details", "Events") + f"</h3><ul>{events}</ul>")
    if p.note:
        parts.append(f"<p><i>{escape(p.note)}</i></p>")
    parts.append(_disputes(b, p.id))
    return "".join(parts)


def exercise_html(b: Briefing) -> str:
    x = b.exercise
    if x is None:
        return "<p>" + translate("Details", "This briefing records no exercise.") + "</p>"
    event = b.event_by_id[x.event]
    navies = translate("Details", ", ").join(escape(b.organization_by_id[n].name) for n in x.navies)
    commander = (
        _link("person", x.commander, f"{b.person_by_id[x.commander].display_name}, {b.role_line(b.person_by_id[x.commander])}")
        if x.commander
        else translate("Details", "not recorded")
    )

    def events(ids: tuple[str, ...]) -> str:
        return "<ul>" + "".join(f"<li>{record_link(b, i)}</li>" for i in ids) + "</ul>" if ids else "<p>" + translate("Details", "none recorded") + "</p>"

    return "".join(
        [
            f"<h2>{escape(x.name)}{' ' + DISPUTED if b.disputes_for(x.id) else ''}</h2>",
            "<p>" + arg(translate("Details", "<b>Date:</b> %1 · <b>Sea area:</b> %2"), _link('event', event.id, date_text(event.when)),
                        escape(x.sea_area.text) + " " + _sources(x.sea_area.sources)) + "</p>",
            "<p>" + arg(translate("Details", "<b>Navies:</b> %1"), navies) + "</p>",
            "<h3>" + translate("Details", "Purpose") + "</h3>" + _facts(x.purpose),
            "<h3>" + translate("Details", "Procedures practised") + "</h3>" + _facts(x.procedures),
            "<h3>" + translate("Details", "Commander") + f"</h3><p>{commander}</p>{_quotes(x.remarks, b)}",
            "<h3>" + translate("Details", "What preceded it") + "</h3>" + events(x.preceded_by),
            "<h3>" + translate("Details", "Earlier and related exercises") + "</h3>" + events(x.earlier),
            "<h3>" + translate("Details", "Agreements that frame it") + "</h3>" + events(x.agreements),
            _disputes(b, x.id),
        ]
    )


def source_html(b: Briefing, s: Source) -> str:
    rows = [(translate("Details", "Credit"), s.credit), (translate("Details", "Kind"), s.kind), (translate("Details", "Author"), s.author), (translate("Details", "Outlet"), s.outlet),
            (translate("Details", "Headline"), s.headline), (translate("Details", "Time stamp"), with_iso(s.timestamp)), (translate("Details", "Address"), s.address),
            (translate("Details", "Photo credits"), ", ".join(s.photo_credits)), (translate("Details", "Note"), s.note)]
    table = "".join(f"<tr><td><b>{k}</b></td><td>{escape(v)}</td></tr>" for k, v in rows if v)
    facts = b.citations_by_source.get(s.id, ())
    # Rich text slows past a few hundred items; a large file's source can support tens of thousands.
    items = "".join(f"<li><i>{escape(c.where)}:</i> {escape(c.text)}</li>" for c in facts[:MAX_LISTED])
    count2 = len(facts) - MAX_LISTED
    more = "<p>" + translate("Details", "… and %Ln more.", None, count2) + "</p>" if len(facts) > MAX_LISTED else ""
    count3 = len(facts)
    supports = translate("Details", "%Ln facts it supports", None, count3)
    return f"<h2>{escape(s.id)}</h2><table cellspacing=4>{table}</table><h3>{supports}</h3><ul>{items}</ul>{more}"
