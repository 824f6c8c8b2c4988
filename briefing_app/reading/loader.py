"""YAML briefing file → model: strict, safe, and every error pointing at its file, line, column and field.

The file is read record by record from libyaml's event stream: each item of a top-level list is
composed into nodes, read into a frozen record, and its nodes dropped before the next. A large file
so never lives as a whole node tree, which would take six times the finished model's memory.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from operator import itemgetter

from briefing_app.support import resources
from briefing_app.core.cancel import Checkpoint, Progress, never, no_progress
from briefing_app.core.errors import BriefingError, quote
from briefing_app.core.rows import Records
from briefing_app.core.model import (
    DIFFERENCE_KINDS,
    ERROR,
    PARTS,
    Briefing,
    Discrepancy,
    Event,
    EventRow,
    Exercise,
    Fact,
    FactRow,
    Meeting,
    NameForm,
    NameRow,
    Organization,
    Person,
    PersonRow,
    RoleRow,
    Source,
    Statement,
    Tag,
    Version,
    Vessel,
)
from briefing_app.reading.files import MAX_BYTES, read_text
from briefing_app.reading.reader import Reader
from briefing_app.reading.yamlsafe import TOP, Field, Items, Node, Stream, YamlError, join_path

__all__ = ["MAX_BYTES", "BriefingError", "load_bundled", "load_file", "load_text", "read_text"]

FORMAT_VERSION = 1
SOURCE_KINDS = ("article", "editorial")

def load_file(path: str | os.PathLike[str]) -> Briefing:
    text = read_text(path)
    return load_text(text, str(path))


def load_bundled() -> Briefing:
    path = resources.bundled_briefing()
    return load_file(path)


def load_text(text: str, name: str = "<text>", progress: Progress = no_progress, checkpoint: Checkpoint = never) -> Briefing:
    """Parse and check a briefing. Raises BriefingError, and nothing else, for any text, unless
    `checkpoint` (called now and then) raises Cancelled. `progress` hears the share done (0 to 1).
    """
    stream = Stream(text, progress, checkpoint)
    fields = stream.top_level(_LISTS)
    try:
        try:
            return _read_briefing(Reader(name), fields)
        except BriefingError:
            # A fault in the YAML itself, anywhere in the file, is reported before any fault in
            # what it says, as when the file was composed whole first: read to the end to find one.
            for _ in fields:
                pass
            raise
    except YamlError as exc:
        raise BriefingError(name, exc.line, exc.column, exc.path, exc.message) from None
    except RecursionError:  # the pure-Python parser on a pathological file
        raise BriefingError(name, 1, 1, TOP, "the file is nested too deeply") from None
    finally:
        stream.close()


_REQUIRED = ("format", "title", "place", "date", "as_of", "summary", "sources", "organizations", "people", "events")
_OPTIONAL = ("subtitle", "marking", "prepared_for", "prepared_by", "tags", "meeting", "exercise", "discrepancies")
_ALLOWED = (*_REQUIRED, *_OPTIONAL)
_LISTS = frozenset(("sources", "tags", "organizations", "people", "events", "discrepancies"))  # read an item at a time


def _read_briefing(r: Reader, fields: Iterator[Node | Field]) -> Briefing:
    root = next(fields)
    assert isinstance(root, Node)
    if root.kind != "map":
        r.mapping(root, TOP, _REQUIRED, _OPTIONAL)  # says what it found instead
    lists: dict[str, Callable[[Node, str], object]] = {
        "sources": lambda n, p: _source(r, n, p),
        "tags": lambda n, p: _tag(r, n, p),
        "organizations": lambda n, p: _organization(r, n, p),
        "people": lambda n, p: _person(r, n, p),
        "events": lambda n, p: _event(r, n, p),
        "discrepancies": lambda n, p: _discrepancy(r, n, p),
    }
    read: dict[str, tuple[object, ...]] = {}
    m: dict[str, Node] = {}  # the other fields' nodes: a few small values, read when the lists are done
    for field in fields:
        assert isinstance(field, Field)
        key, value = field.key, field.value
        if key not in _ALLOWED:
            r.unknown(key, field.line, field.column, TOP, _ALLOWED)
        if key in lists:
            read[key] = r.top_items(value, key, lists[key], min_items=1 if key == "sources" else 0)
            continue
        assert isinstance(value, Node)  # only lists come as Items
        m[key] = value
        if key == "format":  # checked first, before a file of another format gives stranger errors
            version = r.integer(value, "format")
            if version != FORMAT_VERSION:
                r.fail(value, "format", f"this app reads format {FORMAT_VERSION}; the file says {version}")
    for key in _REQUIRED:
        if key not in m and key not in read:
            r.fail(root, TOP, f"missing field '{key}'")
    meeting = _meeting(r, m["meeting"], "meeting") if "meeting" in m else None
    exercise = _exercise(r, m["exercise"], "exercise") if "exercise" in m else None
    events: tuple[EventRow, ...] = read["events"]  # type: ignore[assignment]
    briefing = Briefing(
        title=r.text(m["title"], "title"),
        subtitle=r.opt_text(m, "subtitle", TOP) or "",
        place=r.text(m["place"], "place"),
        date=r.when(m["date"], TOP, "date"),
        as_of=r.when(m["as_of"], TOP, "as_of"),
        summary=_fact(r, m["summary"], "summary"),
        tags=read.get("tags", ()),  # type: ignore[arg-type]
        sources=read["sources"],  # type: ignore[arg-type]
        organizations=read["organizations"],  # type: ignore[arg-type]
        people=Records(read["people"], Person),  # type: ignore[arg-type]
        events=Records(tuple(sorted(events, key=itemgetter(9))), Event),  # by date: each row ends with its sort number
        discrepancies=read.get("discrepancies", ()),  # type: ignore[arg-type]
        meeting=meeting,
        exercise=exercise,
        marking=r.opt_text(m, "marking", TOP),
        prepared_for=r.opt_text(m, "prepared_for", TOP),
        prepared_by=r.opt_text(m, "prepared_by", TOP),
        path=r.file,
    )
    r.check_refs()
    return briefing


def _source(r: Reader, node: Node, path: str) -> Source:
    m = r.mapping(node, path, ("id", "kind", "credit"), ("author", "outlet", "headline", "timestamp", "address", "photo_credits", "note"))
    kind = r.field(m, "kind", path)
    if kind not in SOURCE_KINDS:
        r.fail(m["kind"], join_path(path, "kind"), f"{quote(kind)} is not a kind of source (use {' or '.join(SOURCE_KINDS)})")
    return Source(
        id=r.new_id(m, path, "source"),
        kind=kind,
        credit=r.field(m, "credit", path),
        author=r.opt_text(m, "author", path),
        outlet=r.opt_text(m, "outlet", path),
        headline=r.opt_text(m, "headline", path),
        timestamp=r.opt_text(m, "timestamp", path),
        address=r.opt_text(m, "address", path),
        photo_credits=r.items(m, "photo_credits", path, r.text),
        note=r.opt_text(m, "note", path),
    )


def _tag(r: Reader, node: Node, path: str) -> Tag:
    m = r.mapping(node, path, ("id", "label"))
    return Tag(r.new_id(m, path, "tag"), r.field(m, "label", path))


def _fact(r: Reader, node: Node, path: str) -> Fact:
    return Fact(_fact_row(r, node, path))


def _fact_row(r: Reader, node: Node, path: str) -> FactRow:
    m = r.mapping(node, path, ("text", "sources"), ("note",))
    return (r.field(m, "text", path), r.sources(m, path), r.opt_text(m, "note", path))


def _name(r: Reader, node: Node, path: str) -> NameRow:
    m = r.mapping(node, path, ("text", "sources"), ("error", "note", "lang"))
    return (r.field(m, "text", path), r.sources(m, path), r.boolean(m, "error", path), r.opt_text(m, "note", path), r.opt_text(m, "lang", path))


def _organization(r: Reader, node: Node, path: str) -> Organization:
    m = r.mapping(node, path, ("id", "name", "kind", "side", "sources"), ("other_names", "parent"))
    return Organization(
        id=r.new_id(m, path, "organization"),
        name=r.field(m, "name", path),
        kind=r.field(m, "kind", path),
        side=r.field(m, "side", path),
        sources=r.sources(m, path),
        other_names=r.items(m, "other_names", path, lambda n, p: NameForm(_name(r, n, p))),
        parent=r.ref(m["parent"], join_path(path, "parent"), "organization") if "parent" in m else None,
    )


def _role(r: Reader, node: Node, path: str) -> RoleRow:
    m = r.mapping(node, path, ("title", "organization", "sources"))
    return (
        r.field(m, "title", path),
        r.ref(m["organization"], join_path(path, "organization"), "organization"),
        r.sources(m, path),
    )


# People and events are read as rows, in the field order of model.Person and model.Event.
def _person(r: Reader, node: Node, path: str) -> PersonRow:
    m = r.mapping(node, path, ("id", "names"), ("roles", "actions", "note"))
    return (
        r.new_id(m, path, "person"),
        r.items(m, "names", path, lambda n, p: _name(r, n, p), min_items=1),
        r.items(m, "roles", path, lambda n, p: _role(r, n, p)),
        r.items(m, "actions", path, lambda n, p: _fact_row(r, n, p)),
        r.opt_text(m, "note", path),
    )


def _event(r: Reader, node: Node, path: str) -> EventRow:
    m = r.mapping(node, path, ("id", "when", "title", "text", "sources"), ("place", "era", "tags", "people"))
    event_id = r.new_id(m, path, "event")
    when, number = r.when_parts(m["when"], path, "when")
    return (
        event_id,
        when,
        r.field(m, "title", path),
        r.field(m, "text", path),
        r.sources(m, path),
        r.opt_text(m, "place", path),
        r.boolean(m, "era", path),
        r.refs_list(m, "tags", path, "tag"),
        r.refs_list(m, "people", path, "person"),
        number,
    )


def _statement(r: Reader, node: Node, path: str) -> Statement:
    m = r.mapping(node, path, ("by", "quote", "sources"), ("person",))
    return Statement(
        by=r.field(m, "by", path),
        quote=r.field(m, "quote", path),
        sources=r.sources(m, path),
        person=r.ref(m["person"], join_path(path, "person"), "person") if "person" in m else None,
    )


def _meeting(r: Reader, node: Node, path: str) -> Meeting:
    m = r.mapping(
        node, path, ("id", "name", "event", "round", "format", "venue", "participants", "outcome"), ("length", "discussed", "context", "statements")
    )
    return Meeting(
        id=r.new_id(m, path, "meeting"),
        name=r.field(m, "name", path),
        event=r.ref(m["event"], join_path(path, "event"), "event"),
        round=_fact(r, m["round"], join_path(path, "round")),
        format=_fact(r, m["format"], join_path(path, "format")),
        venue=_fact(r, m["venue"], join_path(path, "venue")),
        length=_fact(r, m["length"], join_path(path, "length")) if "length" in m else None,
        participants=r.refs_list(m, "participants", path, "person", min_items=1),
        outcome=r.items(m, "outcome", path, lambda n, p: _fact(r, n, p)),
        discussed=r.items(m, "discussed", path, lambda n, p: _fact(r, n, p)),
        context=r.items(m, "context", path, lambda n, p: _fact(r, n, p)),
        statements=r.items(m, "statements", path, lambda n, p: _statement(r, n, p)),
    )


def _vessel(r: Reader, node: Node, path: str) -> Vessel:
    m = r.mapping(node, path, ("id", "name", "class", "type", "navy", "sources"), ("combat_system",))
    return Vessel(
        id=r.new_id(m, path, "vessel"),
        name=r.field(m, "name", path),
        ship_class=r.field(m, "class", path),
        type=r.field(m, "type", path),
        navy=r.ref(m["navy"], join_path(path, "navy"), "organization"),
        sources=r.sources(m, path),
        combat_system=r.opt_text(m, "combat_system", path),
    )


def _exercise(r: Reader, node: Node, path: str) -> Exercise:
    m = r.mapping(
        node,
        path,
        ("id", "name", "event", "sea_area", "navies", "purpose", "procedures", "vessels"),
        ("commander", "remarks", "preceded_by", "earlier", "agreements"),
    )
    return Exercise(
        id=r.new_id(m, path, "exercise"),
        name=r.field(m, "name", path),
        event=r.ref(m["event"], join_path(path, "event"), "event"),
        sea_area=_fact(r, m["sea_area"], join_path(path, "sea_area")),
        navies=r.refs_list(m, "navies", path, "organization", min_items=1),
        purpose=r.items(m, "purpose", path, lambda n, p: _fact(r, n, p)),
        procedures=r.items(m, "procedures", path, lambda n, p: _fact(r, n, p)),
        vessels=r.items(m, "vessels", path, lambda n, p: _vessel(r, n, p)),
        commander=r.ref(m["commander"], join_path(path, "commander"), "person") if "commander" in m else None,
        remarks=r.items(m, "remarks", path, lambda n, p: _statement(r, n, p)),
        preceded_by=r.refs_list(m, "preceded_by", path, "event"),
        earlier=r.refs_list(m, "earlier", path, "event"),
        agreements=r.refs_list(m, "agreements", path, "event"),
    )


def _version(r: Reader, node: Node, path: str) -> Version:
    m = r.mapping(node, path, ("text", "sources"), ("preferred", "part"))
    part = r.opt_text(m, "part", path)
    if part is not None and part not in PARTS:
        r.fail(m["part"], join_path(path, "part"), f"{quote(part)} is not a part of an article (use {' or '.join(PARTS)})")
    return Version(r.field(m, "text", path), r.sources(m, path), r.boolean(m, "preferred", path), part)


def _discrepancy(r: Reader, node: Node, path: str) -> Discrepancy:
    m = r.mapping(node, path, ("id", "kind", "topic", "about", "versions", "reason"))
    kind = r.field(m, "kind", path)
    if kind not in DIFFERENCE_KINDS:
        r.fail(m["kind"], join_path(path, "kind"), f"{quote(kind)} is not a kind of difference (use {', '.join(DIFFERENCE_KINDS)})")
    versions = r.items(m, "versions", path, lambda n, p: _version(r, n, p), min_items=2)
    preferred = sum(v.preferred for v in versions)
    if preferred != 1:
        r.fail(m["versions"], join_path(path, "versions"), f"exactly one version must be 'preferred: true'; found {preferred}")
    if kind == ERROR and len(versions) != 2:  # "printed in error as …" names one wrong form
        r.fail(m["versions"], join_path(path, "versions"), f"an error has the right form and the one printed in error; found {len(versions)}")
    return Discrepancy(
        id=r.new_id(m, path, "disagreement"),
        topic=r.field(m, "topic", path),
        about=r.refs_list(m, "about", path, min_items=1),
        versions=versions,
        reason=r.field(m, "reason", path),
        kind=kind,
    )

