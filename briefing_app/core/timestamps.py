"""A source's time stamp as written, and beside it an ISO 8601 form where the written one parses.

Only the shapes the articles print are read; anything else is shown as written, with no guess.
A zone given as a name ("IST") is kept as printed, not turned into an offset: names are ambiguous."""

from __future__ import annotations

import re

_MONTHS = {m: n for n, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}

# The patterns are compiled when first used (re keeps them), not when the window's tables import this.
# "17 Apr 2023 07:04:34 GMT9" (the sign lost in capture: GMT9 is read as GMT+9, as the sources' notes do)
_GMT = r"(\d{1,2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT([+-]?)(\d{1,2})\b"
# "Apr 17 2023 | 1:39 PM IST"
_CLOCK = r"([A-Za-z]{3}) (\d{1,2}) (\d{4}) \| (\d{1,2}):(\d{2}) ([AP]M)(?: ([A-Z]{2,5}))?"
_DATE = r"\b(\d{4})-(\d{2})-(\d{2})\b"


def iso_forms(written: str) -> list[str]:
    """Every time stamp in the text, in ISO 8601, in the order written."""
    found: list[tuple[int, str]] = []
    for m in re.finditer(_GMT, written):
        day, mon, year, hh, mm, ss, sign, hours = m.groups()
        if mon.lower() in _MONTHS:
            found.append((m.start(), f"{year}-{_MONTHS[mon.lower()]:02d}-{int(day):02d}T{hh}:{mm}:{ss}{sign or '+'}{int(hours):02d}:00"))
    for m in re.finditer(_CLOCK, written):
        mon, day, year, hh, mm, half, zone = m.groups()
        if mon.lower() in _MONTHS and 1 <= int(hh) <= 12:
            hour = int(hh) % 12 + (12 if half == "PM" else 0)
            found.append((m.start(), f"{year}-{_MONTHS[mon.lower()]:02d}-{int(day):02d}T{hour:02d}:{mm}" + (f" {zone}" if zone else "")))
    if not found:
        found += [(m.start(), m.group(0)) for m in re.finditer(_DATE, written)]
    return [iso for _, iso in sorted(found)]


def with_iso(written: str | None) -> str | None:
    """The written form, and its ISO forms beside it where it parses."""
    if not written:
        return written
    forms = [f for f in iso_forms(written) if f not in written]  # "date 2023-04-17" is ISO already
    return f"{written} ({'; '.join(forms)})" if forms else written
