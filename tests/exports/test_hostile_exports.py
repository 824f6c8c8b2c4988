"""Each export read back by the strictest readers there are, from a briefing whose text tries to break
out of its format: control characters, an injected iCalendar line, formulas, links, HTML, year 9999."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cmarkgfm
import icalendar
import ics
import networkx as nx
import pytest
import vobject
from lxml import etree
from markdown_it import MarkdownIt

from briefing_app.core.model import Briefing
from briefing_app.exports.formats import ExportOptions, render
from briefing_app.reading.loader import load_file
from briefing_app.cli import run


def run_cli(*args: str) -> tuple[int, str, str]:
    """The command line in this process, as a user runs it: exit code, output and error."""
    out, err = io.StringIO(), io.StringIO()
    return run(list(args), out, err), out.getvalue(), err.getvalue()

CONTROLS = "\x0b\x0c\x1c\x1b\x85\x9b\x7f\x00"  # VT, FF, FS, ESC, NEL and CSI (C1), DEL, NUL


def hostile(bundled_data: Any, write: Callable[..., Path], **changes: str) -> Briefing:
    """The bundled briefing with the first day-precise event's title (and other fields) replaced."""
    event = next(e for e in bundled_data["events"] if len(str(e["when"])) == 10)
    event.update(changes)
    return load_file(str(write(bundled_data)))


# --- iCalendar -------------------------------------------------------------------------------------


def test_a_lone_carriage_return_injects_no_event_in_any_reader(bundled_data: Any, write: Callable[..., Path]) -> None:
    b = hostile(bundled_data, write, title="Talks\rEND:VEVENT\rBEGIN:VEVENT\rUID:evil@x\rSUMMARY:forged")
    text = render(b, "ics").decode("utf-8")
    day_events = sum(1 for e in b.events if len(e.when.iso()) == 10)
    assert "\r" not in text.replace("\r\n", "")  # every CR is part of a line end
    assert len(icalendar.Calendar.from_ical(text).walk("VEVENT")) == day_events
    parsed = vobject.readOne(text)
    uids = [v.uid.value for v in parsed.vevent_list]
    assert len(uids) == day_events and not any("evil" in u for u in uids)
    events = ics.Calendar(text).events
    assert len(events) == day_events and not any("evil" in e.uid for e in events)
    summaries = {str(v.summary.value) for v in parsed.vevent_list}
    assert "Talks\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil@x\nSUMMARY:forged" in summaries  # the title, as text


def test_control_characters_do_not_make_a_reader_refuse_the_file(bundled_data: Any, write: Callable[..., Path]) -> None:
    b = hostile(bundled_data, write, title=f"Talks{CONTROLS}end", text=f"A text{CONTROLS}.", place=f"Seoul{CONTROLS}")
    text = render(b, "ics", ExportOptions(include_all=True)).decode("utf-8")
    assert len(ics.Calendar(text).events) == len(b.events)  # ics-py refused the whole file over one ESC
    assert len(vobject.readOne(text).vevent_list) == len(b.events)
    titles = [str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(text).walk("VEVENT")]
    assert any(t.startswith("Talks") and t.endswith("end") for t in titles)


# --- XML: GraphML ----------------------------------------------------------------------------------


def test_graphml_with_a_control_character_in_a_name_reads_back(bundled_data: Any, write: Callable[..., Path]) -> None:
    org = next(o for o in bundled_data["organizations"] if o["name"] == "Ministry of Foreign Affairs of Japan")
    org["name"] = "Ministry\x1c of Foreign Affairs\x00"
    b = load_file(str(write(bundled_data)))
    data = render(b, "graphml")
    root = etree.fromstring(data)  # libxml2 refuses any character XML 1.0 forbids
    assert root.tag.endswith("graphml")
    graph = nx.read_graphml(io.BytesIO(data))
    assert "Ministry\ufffd of Foreign Affairs\ufffd" in {d.get("label") for _, d in graph.nodes(data=True)}


# --- CSV -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
@pytest.mark.parametrize("what", ["roster", "events"])
def test_no_cell_of_any_csv_starts_a_formula(bundled_data: Any, write: Callable[..., Path], start: str, what: str) -> None:
    formula = f'{start}HYPERLINK("http://example.invalid","x")'
    bundled_data["people"][0]["names"][0]["text"] = formula
    bundled_data["events"][0]["title"] = formula
    b = load_file(str(write(bundled_data)))
    for excel in (False, True):
        text = render(b, "csv", ExportOptions(what=what, excel=excel)).decode("utf-8-sig")
        cells = [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]
        assert "'" + formula in cells
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)


# --- Markdown --------------------------------------------------------------------------------------

LINKS = "Read https://evil.example/a, www.evil.example, evil.com, //localhost/x, mailto:a@evil.example or b.c@evil.example."


def test_no_markdown_renderer_makes_a_link_of_the_data(bundled_data: Any, write: Callable[..., Path], qapp: Any) -> None:
    bundled_data["summary"]["text"] = LINKS
    bundled_data["place"] = "www.evil.example"
    text = render(load_file(str(write(bundled_data))), "markdown").decode("utf-8")
    for html in (cmarkgfm.github_flavored_markdown_to_html(text),
                 MarkdownIt("commonmark", {"linkify": True}).enable("linkify").render(text),
                 MarkdownIt("gfm-like").render(text)):
        assert "<a " not in html
        assert LINKS in html.replace("<!-- raw HTML omitted -->", "").replace("<!-- -->", "")  # shown exactly as written


# --- TimelineJS ------------------------------------------------------------------------------------


def test_timelinejs_escapes_the_group_too(bundled_data: Any, write: Callable[..., Path]) -> None:
    bundled_data["tags"][0]["label"] = '<img src=x onerror="alert(1)">'
    data = json.loads(render(load_file(str(write(bundled_data))), "timelinejs"))
    groups = {slide.get("group") for slide in data["events"]}
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in groups
    assert not any("<" in g for g in groups if g)


# --- Dates every export can write ------------------------------------------------------------------


@pytest.mark.parametrize("when", ["9999-12-31", "winter 9999", "9999"])
def test_year_9999_is_refused_at_load_not_a_traceback_in_an_export(bundled_data: Any, write: Callable[..., Path],
                                                                   tmp_path: Path, when: str) -> None:
    bundled_data["events"][0]["when"] = when
    path = write(bundled_data)
    for args in (("validate", str(path)), ("export", "ics", "--all", "--output", str(tmp_path / "x.ics"), "--file", str(path)),
                 ("export", "csv", "--what", "events", "--output", str(tmp_path / "x.csv"), "--file", str(path))):
        code, out, err = run_cli(*args)
        assert code == 1 and "Traceback" not in err
        assert "events[0].when" in err and "at most in 9998" in err and len(err.strip().splitlines()) == 1


def test_year_9998_is_written_by_every_export(bundled_data: Any, write: Callable[..., Path], qapp: Any) -> None:
    bundled_data["events"][0]["when"] = "winter 9998"
    bundled_data["events"][1]["when"] = "9998-12-31"
    b = load_file(str(write(bundled_data)))
    for fmt in ("ics", "csv", "timelinejs", "popolo", "markdown", "graphml"):
        assert render(b, fmt, ExportOptions(what="events", include_all=True))
    assert "9998-12-31" in render(b, "csv", ExportOptions(what="events")).decode("utf-8")
    assert len(ics.Calendar(render(b, "ics", ExportOptions(include_all=True)).decode("utf-8")).events) == len(b.events)
