"""The timeline as an iCalendar file (RFC 5545) that calendar programs import.

A calendar entry needs days, so by default only events whose source names the day are written, as
all-day events. With `include_all`, events known only to a month, a season or a year come too,
spanning every day they can mean, and their title starts with the date as written so that nobody
takes "Summer 2019" for three months of activity. The output is reproducible: each UID comes from
the event's id and the briefing's title, DTSTAMP from the briefing's "as of" date.
"""

from __future__ import annotations

import datetime
import re

from briefing_app import __version__
from briefing_app.core.model import Briefing, Event
from briefing_app.exports.common import bounds, first_day, is_day_precise, source_line, title_slug

PRODID = f"-//Briefing viewer//briefing-app {__version__}//EN"


# RFC 5545 TEXT allows no control character but HTAB (3.3.11, 3.1): a lone CR ends the content line
# for some readers, which then read what follows as a property of its own ("UID:evil@x"), and ics-py
# refuses a whole file over one ESC. Every line break becomes the escape \n (backslash, n); every other control character, C1
# included, a space.
_LINE_BREAKS = re.compile(r"\r\n|[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _text(value: str) -> str:
    """An RFC 5545 TEXT value: backslash, semicolon and comma escaped, line breaks as \\n, no control character (3.3.11)."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return _CONTROLS.sub(" ", _LINE_BREAKS.sub("\\\\n", value))


def _fold(line: str) -> str:
    """A content line folded at 75 octets (3.1), never inside a UTF-8 character."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts = []
    start, limit = 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # a continuation byte: step back
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start, limit = end, 74  # continuation lines start with one space
    return "\r\n ".join(parts)


def _day(d: datetime.date) -> str:
    return f"{d.year:04d}{d.month:02d}{d.day:02d}"


def _description(b: Briefing, e: Event) -> str:
    lines = [e.text]
    if e.people:
        lines.append("People: " + "; ".join(b.person_by_id[p].display_name for p in e.people))
    for d in b.discrepancies_for(e.id):
        versions = " / ".join(f"{v.text} ({', '.join(v.sources)}{', preferred' if v.preferred else ''})" for v in d.versions)
        lines.append(f"⚑ {d.topic} (the sources disagree): {versions}")
    lines.append("Sources:")
    lines += [f"- {sid}: {source_line(b, sid)}" for sid in e.sources]
    return "\n".join(lines)


def _event_lines(b: Briefing, e: Event, uid_domain: str, stamp: str) -> list[str]:
    first, last = bounds(e.when)
    exact = is_day_precise(e.when)
    summary = e.title if exact else f"{e.when.display()}: {e.title}"
    lines = [
        "BEGIN:VEVENT",
        f"UID:{e.id}@{uid_domain}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_day(first)}",
        f"DTEND;VALUE=DATE:{_day(last + datetime.timedelta(days=1))}",  # DTEND is the day after (3.6.1)
        f"SUMMARY:{_text(summary)}",
        f"DESCRIPTION:{_text(_description(b, e))}",
    ]
    if e.place:
        lines.append(f"LOCATION:{_text(e.place)}")
    if e.tags:
        lines.append("CATEGORIES:" + ",".join(_text(b.tag_by_id[t].label) for t in e.tags))
    lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
    return lines


def events_ics(b: Briefing, include_all: bool = False) -> str:
    """The calendar as text with CRLF line ends; encode as UTF-8 to write it."""
    stamp = first_day(b.as_of.start).strftime("%Y%m%dT000000Z")
    uid_domain = f"{title_slug(b.title, most=40)}.briefing-app"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_text(b.title)}",
    ]
    for e in b.events:
        if include_all or is_day_precise(e.when):
            lines += _event_lines(b, e, uid_domain, stamp)
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)
