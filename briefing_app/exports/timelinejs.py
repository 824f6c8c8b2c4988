"""The timeline in TimelineJS3's JSON format (timeline.knightlab.com/docs/json-format.html).

TimelineJS reads headline, text and group as HTML, so every piece of data text is escaped and autolinking
is off: nothing in a briefing becomes markup or a link. A date keeps only the parts its source gives;
where TimelineJS's own formatting would say less than the source ("Summer 2019", "Early Apr 2023"),
the slide carries the date as written in display_date. Era events become eras (the labelled bands of
the navigation) and stay slides too, so that their text and sources are not lost.
"""

from __future__ import annotations

from html import escape
from typing import Any

from briefing_app.core.dates import PointDate, When
from briefing_app.core.model import Briefing, Event
from briefing_app.exports.common import json_document, source_line


def _date(point: PointDate) -> dict[str, int]:
    date = {"year": point.year}
    if point.month is not None:
        date["month"] = point.month
        if point.day is not None:
            date["day"] = point.day
    return date


def _dates(when: When) -> dict[str, Any]:
    dates: dict[str, Any] = {"start_date": _date(when.start)}
    if when.end is not None:
        dates["end_date"] = _date(when.end)
    if any(p is not None and p.qualifier for p in (when.start, when.end)):
        dates["display_date"] = when.display()
    return dates


def _credits(b: Briefing, source_ids: tuple[str, ...]) -> str:
    return "<p><small>Sources: " + "; ".join(escape(source_line(b, s)) for s in source_ids) + "</small></p>"


def _slide(b: Briefing, e: Event) -> dict[str, Any]:
    body = [f"<p>{escape(e.text)}</p>"]
    if e.place:
        body.append(f"<p><b>Place:</b> {escape(e.place)}</p>")
    if e.people:
        body.append("<p><b>People:</b> " + "; ".join(escape(b.person_by_id[p].display_name) for p in e.people) + "</p>")
    for d in b.discrepancies_for(e.id):
        versions = " / ".join(f"{escape(v.text)} ({escape(', '.join(v.sources))}{', preferred' if v.preferred else ''})" for v in d.versions)
        body.append(f"<p>⚑ <b>{escape(d.topic)}</b> (the sources disagree): {versions}</p>")
    body.append(_credits(b, e.sources))
    slide: dict[str, Any] = {
        "unique_id": e.id,
        **_dates(e.when),
        "text": {"headline": escape(e.title), "text": "".join(body)},
        "autolink": False,
    }
    if e.tags:
        # TimelineJS's TimeGroup.js sets the group's label with innerHTML: escaped like every other text.
        slide["group"] = escape(b.tag_by_id[e.tags[0]].label)
    return slide


def _era(e: Event) -> dict[str, Any]:
    return {
        "start_date": _date(e.when.start),
        "end_date": _date(e.when.end or e.when.start),  # an era needs both ends
        "text": {"headline": escape(e.title)},
    }


def _free_id(wanted: str, b: Briefing) -> str:
    """`wanted`, or `wanted-2`, … when an event already has that id (slide ids must be unique)."""
    candidate, n = wanted, 1
    while candidate in b.event_by_id:
        n += 1
        candidate = f"{wanted}-{n}"
    return candidate


def timeline_data(b: Briefing) -> dict[str, Any]:
    """The TimelineJS data object: a title slide, one slide per event in date order, and the eras."""
    title_text = f"<p>{escape(b.summary.text)}</p>"
    if b.subtitle:
        title_text = f"<p><i>{escape(b.subtitle)}</i></p>" + title_text
    title_text += f"<p>{escape(b.date.display())} · {escape(b.place)}. Data as of {escape(b.as_of.display())}.</p>"
    return {
        "title": {
            "unique_id": _free_id("title", b),
            "text": {"headline": escape(b.title), "text": title_text + _credits(b, b.summary.sources)},
            "autolink": False,
        },
        "events": [_slide(b, e) for e in b.events],
        "eras": [_era(e) for e in b.events if e.era],
        "scale": "human",
    }


def timeline_json(b: Briefing) -> str:
    return json_document(timeline_data(b))
