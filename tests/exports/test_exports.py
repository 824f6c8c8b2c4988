"""Exports, each read back by a real reader of its format: csv, icalendar, JSON Schema (TimelineJS3's
documented structure, the Popolo schemas), Qt's CommonMark reader. From the bundled briefing for its facts
and from a generated 5,000-event briefing for scale; then the command as a user runs it."""

from __future__ import annotations

import csv
import html
import datetime
import io
import json
import subprocess
import sys
from collections.abc import Callable
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import icalendar
import jsonschema
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument, QTextFragment
from referencing import Registry, Resource

from briefing_app.exports.formats import FORMATS, ExportOptions, render, suggested_name
from briefing_app.exports.common import bounds, is_day_precise
from briefing_app.reading.loader import load_file
from briefing_app.core.model import Briefing

from tests.synthetic import make_briefing

TESTS = Path(__file__).resolve().parents[1]  # tests/


@pytest.fixture(scope="session")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    path = tmp_path_factory.mktemp("synthetic") / "synthetic.yaml"
    path.write_text(make_briefing(events=5000, people=500), encoding="utf-8")
    return load_file(str(path))


@pytest.fixture(params=["bundled", "synthetic"])
def any_briefing(request: pytest.FixtureRequest, briefing: Briefing) -> Briefing:
    return briefing if request.param == "bundled" else request.getfixturevalue("synthetic")


def text_of(b: Briefing, fmt: str, **options: Any) -> str:
    return render(b, fmt, ExportOptions(**options)).decode("utf-8")


def event_by_title(b: Briefing, title: str) -> str:
    return next(e.id for e in b.events if e.title == title)


# --- csv ---------------------------------------------------------------------------------------


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_roster_csv_has_one_row_per_person_and_role(any_briefing: Briefing) -> None:
    b = any_briefing
    text = text_of(b, "csv")
    assert not text.startswith("\ufeff")
    assert text.splitlines()[0] == "id,name,other forms,title,organization,side,sources"
    rows = read_csv(text)
    assert len(rows) == sum(max(1, len(p.roles)) for p in b.people)
    first = {r["id"]: r for r in reversed(rows)}
    for p in b.people:
        assert first[p.id]["name"] == p.display_name
        if p.roles:
            org = b.organization_by_id[p.roles[0].organization]
            assert (first[p.id]["title"], first[p.id]["organization"], first[p.id]["side"]) == (p.roles[0].title, org.name, org.side)
            assert first[p.id]["sources"] == "; ".join(p.roles[0].sources)


def test_roster_csv_marks_an_article_error_among_the_other_forms(briefing: Briefing) -> None:
    rows = {r["id"]: r for r in read_csv(text_of(briefing, "csv"))}
    assert rows["yoon-suk-yeol"]["other forms"] == "Yoon Suk-yeol; Moon Suk-yeol (error in jiji-000)"
    assert rows["seo-min-jung"]["other forms"] == "Seo Min-jeong"
    assert rows["seo-min-jung"]["organization"] == "Foreign Ministry (South Korea)"


def test_events_csv_gives_the_written_date_and_the_days_it_can_mean(any_briefing: Briefing) -> None:
    b = any_briefing
    rows = read_csv(text_of(b, "csv", what="events"))
    assert [r["id"] for r in rows] == [e.id for e in b.events]
    for row, e in zip(rows, b.events):
        assert row["date"] == e.when.display() and row["title"] == e.title
        start, end = datetime.date.fromisoformat(row["start"]), datetime.date.fromisoformat(row["end"])
        assert start <= end
        assert row["sources"].split("; ") == list(e.sources)
        assert row["people"] == "; ".join(b.person_by_id[p].display_name for p in e.people)


def test_events_csv_bounds_of_seasons_parts_and_spans(briefing: Briefing) -> None:
    rows = {r["id"]: r for r in read_csv(text_of(briefing, "csv", what="events"))}

    def span(event_id: str) -> tuple[str, str, str]:
        return rows[event_id]["date"], rows[event_id]["start"], rows[event_id]["end"]

    assert span("export-restrictions") == ("Summer 2019", "2019-06-01", "2019-08-31")
    assert span("asw-exercise-2023-04") == ("Early Apr 2023", "2023-04-01", "2023-04-10")
    assert span("forced-labor-rulings") == ("Later in 2018", "2018-01-01", "2018-12-31")  # core/dates.py says why
    assert span("colonial-rule") == ("1910–1945", "1910-01-01", "1945-12-31")
    assert span("talks-suspended") == ("Later in 2018 – Apr 2023", "2018-01-01", "2023-04-30")
    assert span("hwasong-18-test") == ("13 Apr 2023", "2023-04-13", "2023-04-13")
    assert rows["yoon-kishida-summit"]["tags"] == "Summits; Bilateral talks"  # GSOMIA has events of its own
    assert rows["yoon-kishida-summit"]["place"] == "Tokyo"


def test_csv_is_rfc_4180_and_round_trips_commas_quotes_and_line_breaks(bundled_data: Any, write: Callable[..., Path]) -> None:
    bundled_data["events"][1]["title"] = 'Agreed, "in principle",\nto meet'
    b = load_file(str(write(bundled_data)))
    raw = render(b, "csv", ExportOptions(what="events"))
    # Records end in CRLF; a field with a comma, a quote or a line break is quoted, quotes doubled.
    assert raw.count(b"\r\n") == len(b.events) + 1 and raw.endswith(b"\r\n")
    assert b',"Agreed, ""in principle"",\nto meet",' in raw
    rows = read_csv(raw.decode("utf-8"))
    assert rows[1]["title"] == 'Agreed, "in principle",\nto meet'


def test_excel_csv_starts_with_a_bom_and_every_csv_keeps_formulas_as_text(bundled_data: Any, write: Callable[..., Path]) -> None:
    bundled_data["people"][0]["names"][0]["text"] = "=HYPERLINK(\"http://example.invalid\")"
    b = load_file(str(write(bundled_data)))
    raw = render(b, "csv", ExportOptions(excel=True))
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0]["name"] == "'=HYPERLINK(\"http://example.invalid\")"
    plain = read_csv(text_of(b, "csv"))
    assert plain[0]["name"] == "'=HYPERLINK(\"http://example.invalid\")"  # a file saved for one reader is opened in another
    assert [r["id"] for r in rows] == [r["id"] for r in plain]


# --- ics ---------------------------------------------------------------------------------------


def parse_ics(text: str) -> list[Any]:
    calendar = icalendar.Calendar.from_ical(text)
    return list(calendar.walk("VEVENT"))


def test_ics_holds_the_day_precise_events_as_all_day_events(any_briefing: Briefing) -> None:
    b = any_briefing
    text = text_of(b, "ics")
    events = parse_ics(text)
    dated = [e for e in b.events if is_day_precise(e.when)]
    assert len(events) == len(dated) > 0
    stamp = datetime.datetime.combine(bounds(b.as_of)[0], datetime.time(), tzinfo=datetime.timezone.utc)
    uids = set()
    for vevent, e in zip(events, dated):
        start, end = vevent.decoded("DTSTART"), vevent.decoded("DTEND")
        assert type(start) is datetime.date and type(end) is datetime.date  # all-day, not a time
        first, last = bounds(e.when)
        assert (start, end) == (first, last + datetime.timedelta(days=1))
        assert str(vevent["SUMMARY"]) == e.title
        assert vevent.decoded("DTSTAMP") == stamp
        description = str(vevent["DESCRIPTION"])
        assert description.startswith(e.text) and all(f"- {s}: " in description for s in e.sources)
        uids.add(str(vevent["UID"]))
    assert len(uids) == len(dated)
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    assert text.endswith("END:VCALENDAR\r\n") and "\n" not in text.replace("\r\n", "")


def test_ics_is_reproducible_with_uids_from_event_ids(briefing: Briefing) -> None:
    assert text_of(briefing, "ics") == text_of(briefing, "ics")
    events = {str(v["UID"]).split("@")[0]: v for v in parse_ics(text_of(briefing, "ics"))}
    talks = events["security-policy-consultation-12"]
    assert str(talks["LOCATION"]) == "Foreign Ministry, Jongno District, Seoul"
    assert talks.decoded("DTSTART") == datetime.date(2023, 4, 17)
    assert "Seo Min-jung" in str(talks["DESCRIPTION"]) and "JIJI Press: Japan, S. Korea resume" in str(talks["DESCRIPTION"])
    assert [str(c) for c in talks["CATEGORIES"].cats] == ["Bilateral talks"]
    assert "export-restrictions" not in events and "colonial-rule" not in events
    drill = str(events["bmd-exercise-2023-04-17"]["DESCRIPTION"])
    assert "⚑ The name of the sea of the exercise (the sources disagree): East Sea (herald-002, preferred) / Sea of Japan (editors-note)" in drill


def test_ics_all_adds_vague_events_with_their_written_date_in_the_title(any_briefing: Briefing) -> None:
    b = any_briefing
    events = {str(v["UID"]).split("@")[0]: v for v in parse_ics(text_of(b, "ics", include_all=True))}
    assert len(events) == len(b.events)
    for e in b.events:
        summary = str(events[e.id]["SUMMARY"])
        assert summary == (e.title if is_day_precise(e.when) else f"{e.when.display()}: {e.title}")
    if "export-restrictions" in b.event_by_id:  # the bundled briefing
        summer = events["export-restrictions"]
        assert str(summer["SUMMARY"]) == "Summer 2019: Japan imposes export restrictions on Korea"
        assert (summer.decoded("DTSTART"), summer.decoded("DTEND")) == (datetime.date(2019, 6, 1), datetime.date(2019, 9, 1))


# --- TimelineJS3 -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def timelinejs_validator() -> jsonschema.protocols.Validator:
    schema = json.loads((TESTS / "timelinejs.schema.json").read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def test_timelinejs_follows_the_documented_structure(any_briefing: Briefing, timelinejs_validator: Any) -> None:
    b = any_briefing
    data = json.loads(text_of(b, "timelinejs"))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in timelinejs_validator.iter_errors(data)]
    assert errors == []
    assert len(data["events"]) == len(b.events)
    assert len(data["eras"]) == sum(e.era for e in b.events)
    ids = [s["unique_id"] for s in data["events"]] + [data["title"]["unique_id"]]
    assert len(set(ids)) == len(ids)
    for slide, e in zip(data["events"], b.events):
        start = slide["start_date"]
        assert start["year"] == e.when.start.year and start.get("month") == e.when.start.month and start.get("day") == e.when.start.day
        assert ("end_date" in slide) == (e.when.end is not None)
        if e.tags:
            assert html.unescape(slide["group"]) == b.tag_by_id[e.tags[0]].label  # TimelineJS reads it as HTML
        assert slide["autolink"] is False


def test_timelinejs_keeps_only_the_parts_a_source_gives(briefing: Briefing) -> None:
    data = json.loads(text_of(briefing, "timelinejs"))
    slides = {s["unique_id"]: s for s in data["events"]}
    summer = slides["export-restrictions"]
    assert summer["start_date"] == {"year": 2019} and summer["display_date"] == "Summer 2019"
    early = slides["asw-exercise-2023-04"]
    assert early["start_date"] == {"year": 2023, "month": 4} and early["display_date"] == "Early Apr 2023"
    day = slides["hwasong-18-test"]
    assert day["start_date"] == {"year": 2023, "month": 4, "day": 13} and "display_date" not in day
    assert slides["colonial-rule"]["end_date"] == {"year": 1945}
    assert slides["yoon-kishida-summit"]["group"] == "Summits"
    assert "<p>⚑ <b>The South Korean president&#x27;s name</b> (the sources disagree): Yoon Suk Yeol" in slides["yoon-kishida-summit"]["text"]["text"]
    assert "herald-002" not in slides["hwasong-18-test"]["text"]["text"]  # credits name the outlet, not the id
    assert "Sources: Ji Da-gyum: S. Korea, Japan hold senior-level security talks" in slides["hwasong-18-test"]["text"]["text"]
    assert data["title"]["text"]["headline"] == "12th South Korea–Japan Security Policy Consultation (&quot;2+2&quot;)"
    assert "first senior-level security talks in five years" in data["title"]["text"]["text"]
    assert [era["text"]["headline"] for era in data["eras"]] == ["Japan&#x27;s colonial rule of the Korean Peninsula", "Security talks suspended"]


def test_timelinejs_escapes_data_text_as_html(bundled_data: Any, write: Callable[..., Path]) -> None:
    bundled_data["events"][0]["title"] = "<img src=x onerror=alert(1)> & co"
    data = json.loads(text_of(load_file(str(write(bundled_data))), "timelinejs"))
    assert data["events"][0]["text"]["headline"] == "&lt;img src=x onerror=alert(1)&gt; &amp; co"


# --- Popolo ------------------------------------------------------------------------------------

POPOLO_BASE = "http://www.popoloproject.com/schemas/"


@pytest.fixture(scope="session")
def popolo_validator() -> Any:
    resources = []
    for path in sorted((TESTS / "popolo").glob("*.json")):
        contents = json.loads(path.read_text(encoding="utf-8"))
        assert contents["id"] == f"{POPOLO_BASE}{path.name}#"
        resources.append((f"{POPOLO_BASE}{path.name}", Resource.from_contents(contents)))
    registry: Registry[Any] = Registry().with_resources(resources)
    # A Popolo JSON file: the four lists, each of records in the shape of the Popolo schema.
    document = {
        "$schema": "http://json-schema.org/draft-03/schema#",
        "type": "object",
        "properties": {
            name: {"type": "array", "required": True, "items": {"$ref": f"{POPOLO_BASE}{schema}.json#"}}
            for name, schema in (("persons", "person"), ("organizations", "organization"), ("memberships", "membership"), ("events", "event"))
        },
    }
    return jsonschema.Draft3Validator(document, registry=registry)


def test_popolo_validates_against_the_popolo_schemas(any_briefing: Briefing, popolo_validator: Any) -> None:
    b = any_briefing
    data = json.loads(text_of(b, "popolo"))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in popolo_validator.iter_errors(data)]
    assert errors == []
    assert [p["id"] for p in data["persons"]] == [p.id for p in b.people]
    assert [o["id"] for o in data["organizations"]] == [o.id for o in b.organizations]
    assert len(data["memberships"]) == sum(len(p.roles) for p in b.people)
    assert len(data["events"]) == len(b.events)
    persons, orgs = {p["id"] for p in data["persons"]}, {o["id"] for o in data["organizations"]}
    assert all(m["person_id"] in persons and m["organization_id"] in orgs for m in data["memberships"])
    assert all(o.get("parent_id", next(iter(orgs))) in orgs for o in data["organizations"])
    assert all(a["id"] in persons for e in data["events"] for a in e.get("attendees", []))
    for kind in ("persons", "organizations", "memberships", "events"):
        for record in data[kind]:
            assert record["sources"] and all(link["url"].startswith("urn:briefing-source:") for link in record["sources"])


def test_popolo_keeps_error_forms_parents_roles_and_attendees(briefing: Briefing) -> None:
    data = json.loads(text_of(briefing, "popolo"))
    yoon = next(p for p in data["persons"] if p["id"] == "yoon-suk-yeol")
    assert yoon["name"] == "Yoon Suk Yeol"
    moon = next(n for n in yoon["other_names"] if n["name"] == "Moon Suk-yeol")
    assert moon["note"].startswith("an error in jiji-000: An error in jiji-000")
    assert {"name": "Yoon Suk-yeol", "note": "as written in ians-001"} in yoon["other_names"]
    assert [link["url"] for link in yoon["sources"]][:2] == ["urn:briefing-source:herald-002", "urn:briefing-source:copy-003"]
    orgs = {o["id"]: o for o in data["organizations"]}
    assert orgs["jp-mod-dpb"]["parent_id"] == "jp-mod" and "parent_id" not in orgs["us-navy"]
    assert {"name": "JMSDF", "note": "as written in herald-002"} in orgs["jmsdf"]["other_names"]
    ando = next(m for m in data["memberships"] if m["person_id"] == "atsushi-ando")
    assert (ando["role"], ando["organization_id"]) == ("deputy director-general of the Defense Policy Bureau", "jp-mod-dpb")
    talks = next(e for e in data["events"] if e["id"] == "security-policy-consultation-12")
    assert [a["id"] for a in talks["attendees"]] == ["seo-min-jung", "woo-kyoung-suk", "takehiro-funakoshi", "atsushi-ando"]
    assert talks["start_date"] == "2023-04-17" and talks["location"] == "Foreign Ministry, Jongno District, Seoul"
    summer = next(e for e in data["events"] if e["id"] == "export-restrictions")
    assert summer["start_date"] == "2019" and summer["description"].startswith("Summer 2019: ")
    span = next(e for e in data["events"] if e["id"] == "talks-suspended")
    assert (span["start_date"], span["end_date"]) == ("2018", "2023-04")


# --- Markdown ----------------------------------------------------------------------------------


@dataclass
class Outline:
    """What a Markdown reader makes of the text (Qt's CommonMark reader), and the
    footnotes, which CommonMark leaves as text: references [^n] and definitions "[^n]: ..." at line starts."""

    headings: list[tuple[int, str]]
    lists: int  # how many list items the reader found
    refs: list[str]
    notes: list[str]
    document: QTextDocument


def outline(md_text: str) -> Outline:
    assert QCoreApplication.instance() is not None, "text layout needs an application: ask for the qapp fixture"
    doc = QTextDocument()
    doc.setMarkdown(md_text, QTextDocument.MarkdownFeature.MarkdownDialectCommonMark)
    headings, items = [], 0
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            headings.append((block.blockFormat().headingLevel(), re.sub(r"\[\^\w+\]", "", block.text())))
        if block.textList() is not None:
            items += 1
        block = block.next()
    notes = re.findall(r"^\[\^(\w+)\]:", md_text, flags=re.MULTILINE)
    refs = re.findall(r"\[\^(\w+)\](?!:)", md_text)
    return Outline(headings, items, refs, notes, doc)


def fragments(doc: QTextDocument, after: str, until: str) -> list[QTextFragment]:
    """The text fragments between two headings, with their character formats."""
    found: list[QTextFragment] = []
    inside = False
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            inside = block.text() == after if not inside else block.text() != until
        elif inside:
            it = block.begin()
            while not it.atEnd():
                found.append(it.fragment())
                it += 1
        block = block.next()
    return found


def test_markdown_has_the_brief_sections_and_a_footnote_per_disagreement(any_briefing: Briefing, qapp: Any) -> None:
    b = any_briefing
    page = outline(text_of(b, "markdown"))
    assert page.headings[0] == (1, b.title)
    h2 = [text.rstrip("0123456789") for level, text in page.headings if level == 2]
    expected = ["The delegations", "On the record", "The meeting", "The exercise", "Context", "The run-up", "Where the sources disagree", "Sources"]
    assert [h for h in h2 if h in expected] == [h for h in expected if h in h2]  # the page's order
    assert {"The delegations", "The run-up", "Sources"} <= set(h2) and set(h2) <= set(expected)
    assert len(page.notes) == len(b.discrepancies)
    assert set(page.refs) == set(page.notes)  # every note is referenced, every reference resolves


def test_markdown_of_the_bundled_brief(briefing: Briefing, qapp: Any) -> None:
    text = text_of(briefing, "markdown")
    page = outline(text)
    assert [t for level, t in page.headings if level == 3] == ["South Korea", "Japan"]
    assert "**17 Apr 2023** · Foreign Ministry, Seoul" in text
    assert "> **Bottom line.** South Korea and Japan held their first senior-level security talks" in text
    assert "- **Yoon Suk Yeol**" not in text  # not a delegate; the meeting's participants are
    assert "- **Seo Min-jung**[^4][^7] — director-general for Asia and Pacific affairs, Foreign Ministry (South Korea)" in text
    assert "- **Summer 2019** — Japan imposes export restrictions on Korea" in text
    assert "[^9]: **Error in a source: The South Korean president's name:** Yoon Suk Yeol" in text
    assert "- ⚑2 Why the security talks stopped after 2018[^2]" in text  # ⚑2 on the printed brief too
    assert "printed in error as “Moon Suk-yeol” \\[jiji-000\\]" in text and "other: Moon" not in text
    assert "- **jiji-000**: JIJI Press — *Japan, S. Korea resume security dialogue after 5 years*" in text


def test_markdown_escapes_data_text(bundled_data: Any, write: Callable[..., Path], qapp: Any) -> None:
    tricky = "*Ann* _Lee_ [site](http://example.invalid) <b>bold</b> `code` ~~gone~~ & [^1] \\ end"
    bundled_data["people"][0]["names"][0]["text"] = tricky
    bundled_data["title"] = "# 1. Not a list #"
    b = load_file(str(write(bundled_data)))
    page = outline(text_of(b, "markdown"))
    assert page.headings[0] == (1, "# 1. Not a list #")
    delegates = fragments(page.document, "The delegations", "The meeting")
    text = "".join(f.text() for f in delegates)
    assert tricky in text  # every character shown as typed, none taken as markup
    for f in delegates:
        if f.text() and f.text() in tricky:
            fmt = f.charFormat()
            assert not (fmt.fontItalic() or fmt.isAnchor() or fmt.fontFixedPitch() or fmt.fontStrikeOut()), f.text()


# --- the table, file names, no Qt --------------------------------------------------------------


def test_suggested_names_are_safe_and_say_what_they_hold(briefing: Briefing, bundled_data: Any, write: Callable[..., Path]) -> None:
    assert suggested_name(briefing, "csv") == "12th-south-korea-japan-security-policy-consultation-2023-04-17.csv"
    assert suggested_name(briefing, "csv", ExportOptions(what="events")).endswith("-timeline-2023-04-17.csv")
    assert {suggested_name(briefing, f).rsplit(".", 1)[1] for f in FORMATS} == {"csv", "ics", "json", "md", "graphml"}
    bundled_data["title"] = 'Café / "Talks": a\\b?*<>|  Seoul 서울'
    bundled_data["date"] = "summer 2019"
    name = suggested_name(load_file(str(write(bundled_data))), "markdown")
    assert name == "cafe-talks-a-b-seoul-서울-summer-2019.md"
    bundled_data["title"] = "(only an aside)"
    assert suggested_name(load_file(str(write(bundled_data))), "ics") == "only-an-aside-summer-2019.ics"


def test_exports_do_not_import_qt() -> None:
    code = (
        "import sys; from briefing_app.reading.loader import load_bundled; from briefing_app.exports.formats import FORMATS, render;"
        "b = load_bundled(); [render(b, f) for f in FORMATS];"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# --- the command -------------------------------------------------------------------------------


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing_app", *args], cwd=cwd, capture_output=True, text=True, timeout=120)


READERS: dict[str, Callable[[bytes], int]] = {
    "csv": lambda data: len(read_csv(data.decode("utf-8"))),
    "ics": lambda data: len(parse_ics(data.decode("utf-8"))),
    "timelinejs": lambda data: len(json.loads(data)["events"]),
    "popolo": lambda data: len(json.loads(data)["persons"]),
    "markdown": lambda data: len(outline(data.decode("utf-8")).notes),
    "graphml": lambda data: _graphml_people(data),
}


def _graphml_people(data: bytes) -> int:
    import networkx as nx

    graph = nx.read_graphml(io.BytesIO(data))
    return sum(1 for _, kind in graph.nodes(data="kind") if kind == "person")


# Qt reads the Markdown back, so that one needs an application (and is marked gui).
@pytest.mark.parametrize("fmt", [pytest.param(f, marks=pytest.mark.gui) if f == "markdown" else f for f in sorted(FORMATS)])
def test_command_writes_each_format(fmt: str, tmp_path: Path, briefing: Briefing, request: pytest.FixtureRequest) -> None:
    if fmt == "markdown":
        request.getfixturevalue("qapp")
    out = tmp_path / f"out.{FORMATS[fmt].extension}"
    out.write_text("an older file")
    result = run("export", fmt, "--output", str(out), cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert out.read_bytes() == render(briefing, fmt)
    expected = {"csv": 11, "ics": 6, "timelinejs": 26, "popolo": 11, "markdown": 10, "graphml": 11}[fmt]
    assert READERS[fmt](out.read_bytes()) == expected
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left beside it


def test_command_options_and_a_large_file(tmp_path: Path) -> None:
    source = tmp_path / "large.yaml"
    source.write_text(make_briefing(events=5000, people=500), encoding="utf-8")
    out = tmp_path / "events.csv"
    assert run("export", "csv", "--what", "events", "--excel", "--file", str(source), "-o", str(out), cwd=tmp_path).returncode == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf") and len(read_csv(out.read_text(encoding="utf-8-sig"))) == 5000
    ics = tmp_path / "all.ics"
    assert run("export", "ics", "--all", "--file", str(source), "-o", str(ics), cwd=tmp_path).returncode == 0
    assert len(parse_ics(ics.read_text(encoding="utf-8"))) == 5000


def test_command_refuses_unknown_formats_and_foreign_options(tmp_path: Path) -> None:
    unknown = run("export", "xlsx", "--output", str(tmp_path / "x.xlsx"), cwd=tmp_path)
    assert unknown.returncode == 2 and "invalid choice: 'xlsx'" in unknown.stderr
    sources = run("export", "csv", "--with-sources", "--output", str(tmp_path / "x.csv"), cwd=tmp_path)
    assert sources.returncode == 2 and "--with-sources does not apply to csv" in sources.stderr
    foreign = run("export", "ics", "--excel", "--output", str(tmp_path / "x.ics"), cwd=tmp_path)
    assert foreign.returncode == 2 and "--excel does not apply to ics" in foreign.stderr
    assert run("export", "csv", cwd=tmp_path).returncode == 2  # --output is required
    assert list(tmp_path.iterdir()) == []


def test_command_reports_a_write_it_cannot_do_in_one_line(tmp_path: Path) -> None:
    missing = run("export", "popolo", "--output", str(tmp_path / "no-such-folder" / "out.json"), cwd=tmp_path)
    assert missing.returncode == 1 and missing.stdout == ""
    assert missing.stderr.count("\n") == 1 and "does not exist" in missing.stderr and "Traceback" not in missing.stderr
    folder = run("export", "markdown", "--output", str(tmp_path), cwd=tmp_path)
    assert folder.returncode == 1 and "a folder is there" in folder.stderr


def test_command_reports_a_bad_briefing_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\ntitle: [\n", encoding="utf-8")
    result = run("export", "csv", "--file", str(bad), "--output", str(tmp_path / "out.csv"), cwd=tmp_path)
    assert result.returncode == 1 and result.stderr.startswith(f"{bad}:") and result.stderr.count("\n") == 1
    assert not (tmp_path / "out.csv").exists()
