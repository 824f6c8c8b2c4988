"""The roster and the timeline as CSV (RFC 4180: comma, double quotes, CRLF), UTF-8 with a header row.

Excel reads UTF-8 only when the file starts with a byte-order mark, which other readers may show as
a stray character; so the mark is there only when asked for (`excel`).
"""

from __future__ import annotations

import csv
import io

from briefing_app.core.model import Briefing, NameForm
from briefing_app.exports.common import bounds, ids_text

BOM = "\ufeff"
# Excel, LibreOffice and Google Sheets run a cell that starts with one of these as a formula, even
# from a CSV file, whatever program wrote it; a leading apostrophe keeps it text, as OWASP advises
# against CSV injection. Every CSV is defused: a file saved for one reader is opened in another.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
ROSTER_HEADER = ("id", "name", "other forms", "title", "organization", "side", "sources")
EVENTS_HEADER = ("id", "date", "start", "end", "title", "place", "tags", "people", "sources")


def _form(n: NameForm) -> str:
    return f"{n.text} (error in {', '.join(n.sources)})" if n.error else n.text


def _defused(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _rows_to_text(header: tuple[str, ...], rows: list[list[str]], excel: bool) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, dialect="excel", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([[_defused(cell) for cell in row] for row in rows])
    return (BOM if excel else "") + buffer.getvalue()


def roster_csv(b: Briefing, excel: bool = False) -> str:
    """One row per person and role (a person without a role has one row with the role cells empty).

    Sources are the role's, or the name's when there is no role; every form of the name but the
    first is in 'other forms', separated by '; ', an article's error marked as such.
    """
    rows = []
    for p in b.people:
        others = "; ".join(_form(n) for n in p.names[1:])
        if not p.roles:
            rows.append([p.id, p.display_name, others, "", "", "", ids_text(p.names[0].sources)])
        for r in p.roles:
            org = b.organization_by_id[r.organization]
            rows.append([p.id, p.display_name, others, r.title, org.name, org.side, ids_text(r.sources)])
    return _rows_to_text(ROSTER_HEADER, rows, excel)


def events_csv(b: Briefing, excel: bool = False) -> str:
    """One row per event in date order: the date as the app writes it, then the first and last day it
    can mean as ISO dates ('Summer 2019' → 2019-06-01 to 2019-08-31)."""
    rows = []
    for e in b.events:
        first, last = bounds(e.when)
        tags = "; ".join(b.tag_by_id[t].label for t in e.tags)
        people = "; ".join(b.person_by_id[p].display_name for p in e.people)
        rows.append([e.id, e.when.display(), first.isoformat(), last.isoformat(), e.title, e.place or "", tags, people, ids_text(e.sources)])
    return _rows_to_text(EVENTS_HEADER, rows, excel)
