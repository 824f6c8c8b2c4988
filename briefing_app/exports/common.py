"""What several export formats share: the days a date at some precision covers, and source labels. No Qt."""

from __future__ import annotations

import datetime
import json
import re
import unicodedata
from typing import Any

from briefing_app.core import dates
from briefing_app.core.dates import PointDate, When
from briefing_app.core.model import Briefing, Ids


def first_day(point: PointDate) -> datetime.date:
    """The first day the point can mean, by the one calendar of core/dates.py."""
    return datetime.date(*dates.first_day(point))


def bounds(when: When) -> tuple[datetime.date, datetime.date]:
    """The first and last day (both included) a date or span can mean, as the timeline draws them."""
    first, last = dates.bounds(when)
    return datetime.date(*first), datetime.date(*last)


def is_day_precise(when: When) -> bool:
    """True when every end of the date is a day the source names."""
    return all(p.precision == "day" for p in (when.start, when.end) if p is not None)


def reduced_iso(point: PointDate) -> str:
    """The point as an ISO 8601 date of reduced precision ('2019', '2023-04', '2023-04-17'),
    keeping only the parts the source gives; a season or a part of a month keeps its year or month."""
    text = f"{point.year:04d}"
    if point.month is not None:
        text += f"-{point.month:02d}"
        if point.day is not None:
            text += f"-{point.day:02d}"
    return text


def ids_text(ids: Ids) -> str:
    return "; ".join(ids)


def source_line(b: Briefing, source_id: str) -> str:
    """'JIJI Press: Japan, S. Korea resume … (17 Apr 2023 07:04:34 GMT9)', for a credit or a note."""
    s = b.source_by_id[source_id]
    text = s.credit
    if s.headline:
        text += f": {s.headline}"
    if s.timestamp:
        text += f" ({s.timestamp})"
    return text


def slug(text: str, fallback: str = "briefing", most: int = 80) -> str:
    """Lower-case words joined by '-': letters and digits only, accents dropped, at most `most` characters."""
    decomposed = unicodedata.normalize("NFKD", text)
    # Recomposed, or Hangul would stay split into its letters.
    plain = unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c))).lower()
    words = [w for w in re.split(r"[\W_]+", plain) if w]
    out = ""
    for w in words:
        candidate = f"{out}-{w}" if out else w
        if len(candidate) > most:
            break
        out = candidate
    return out or fallback


def title_slug(title: str, most: int = 80) -> str:
    """slug() of a title without its asides in brackets ('Talks ("2+2")' → 'talks'), which only make
    a name long; the whole title when it is all aside."""
    return slug(_without_asides(title), fallback="", most=most) or slug(title, most=most)


def _without_asides(title: str) -> str:
    out: list[str] = []
    depth = 0
    for c in title:
        if c in "([{":
            depth += 1
        elif c in ")]}" and depth:
            depth -= 1
        elif depth == 0:
            out.append(c)
    return "".join(out)


def json_document(data: dict[str, Any]) -> str:
    """JSON with one record of each top-level list per line: readable and diffable, and written by
    the C encoder (json.dumps with `indent` falls back to a Python one, five times slower)."""
    parts = []
    for key, value in data.items():
        if isinstance(value, list) and value:
            body = "[\n" + ",\n".join("  " + json.dumps(v, ensure_ascii=False) for v in value) + "\n ]"
        else:
            body = json.dumps(value, ensure_ascii=False)
        parts.append(f" {json.dumps(key, ensure_ascii=False)}: {body}")
    return "{\n" + ",\n".join(parts) + "\n}\n"
