"""Exports in the formats other tools read: one module per format, each a pure function model → text.

FORMATS is the one table of them, for the command line and the window alike: a format's name, its
file extension, what it holds, and `render(briefing, options) -> bytes`. Nothing here writes a file
(callers write through atomic_write.write_atomic) and nothing imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from briefing_app.core.model import Briefing
from briefing_app.exports.common import slug, title_slug
from briefing_app.exports.csv import events_csv, roster_csv
from briefing_app.exports.ics import events_ics
from briefing_app.exports.markdown import brief_markdown
from briefing_app.exports.popolo import popolo_json
from briefing_app.exports.timelinejs import timeline_json

__all__ = ["ExportOptions", "Format", "FORMATS", "render", "suggested_name"]


@dataclass(frozen=True)
class ExportOptions:
    """What a user can choose beyond the format; each format reads only its own options."""

    what: str = "roster"  # csv: "roster" or "events"
    excel: bool = False  # csv: start with the byte-order mark Excel needs (every CSV keeps cells from running as formulas)
    include_all: bool = False  # ics: also events known only to a month, a season or a year
    with_sources: bool = False  # graphml: the sources as nodes, linked to the events they report


@dataclass(frozen=True)
class Format:
    name: str
    extension: str
    label: str  # for a menu or a file dialog's filter: "CSV table"
    description: str  # one line, for --help and the README
    render: Callable[[Briefing, ExportOptions], bytes]


def _csv(b: Briefing, o: ExportOptions) -> bytes:
    return (events_csv if o.what == "events" else roster_csv)(b, o.excel).encode("utf-8")


def _graphml(b: Briefing, o: ExportOptions) -> bytes:
    from briefing_app.graph.build import build_graph  # networkx loads only for this format
    from briefing_app.exports.graphml import graphml

    return graphml(build_graph(b, with_sources=o.with_sources), b.title)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("csv", "csv", "CSV table", "the roster, one row per person and role (or the timeline with --what events)", _csv),
        Format("ics", "ics", "iCalendar file", "the timeline's dated events as all-day calendar events (all events with --all)",
               lambda b, o: events_ics(b, o.include_all).encode("utf-8")),
        Format("timelinejs", "json", "TimelineJS3 JSON", "the timeline for a TimelineJS3 page: slides, eras and a title slide",
               lambda b, o: timeline_json(b).encode("utf-8")),
        Format("popolo", "json", "Popolo JSON", "people, organizations, memberships and events in the Popolo civic-data standard",
               lambda b, o: popolo_json(b).encode("utf-8")),
        Format("markdown", "md", "Markdown", "the one-page brief's content, each disagreement a footnote",
               lambda b, o: brief_markdown(b).encode("utf-8")),
        Format("graphml", "graphml", "GraphML network", "the network of links for Gephi, yEd or networkx (sources as nodes with --with-sources)",
               _graphml),
    )
}


def render(b: Briefing, fmt: str, options: ExportOptions = ExportOptions()) -> bytes:
    """The file's bytes, ready to be written whole. KeyError for a format not in FORMATS."""
    return FORMATS[fmt].render(b, options)


def suggested_name(b: Briefing, fmt: str, options: ExportOptions = ExportOptions()) -> str:
    """A file name from the briefing's title and date, safe on every system:
    '12th-south-korea-japan-security-policy-consultation-2023-04-17.csv'.

    Asides in brackets are left out of the title, since they only make a name long.
    """
    title = title_slug(b.title)
    part = "-timeline" if fmt == "csv" and options.what == "events" else ""
    return f"{title}{part}-{slug(b.date.iso())}.{FORMATS[fmt].extension}"
