"""YAML briefing file → model: strict, safe, and every error pointing at its file, line, column and field.

The file is read record by record from libyaml's event stream: each item of a top-level list is
composed into nodes, read into a frozen record, and its nodes dropped before the next. A large file
so never lives as a whole node tree, which would take six times the finished model's memory.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from operator import itemgetter
from typing import NoReturn, TypeVar

from briefing_app.support import resources
from briefing_app.core.cancel import Checkpoint, Progress, never, no_progress
from briefing_app.core.dates import DateError, When, WhenParts, parse_when
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
from briefing_app.reading.yamlsafe import BOOL, INT, STR, TIMESTAMP, TOP, Field, Items, Node, Stream, YamlError, join_path

__all__ = ["MAX_BYTES", "BriefingError", "load_bundled", "load_file", "load_text", "read_text"]

FORMAT_VERSION = 1
# Every export must be able to write a date: an iCalendar event ends the day after its last day, and
# "winter 9999" ends in February 10000, which no calendar format (nor Python's datetime) can write.
LAST_YEAR = 9998
SOURCE_KINDS = ("article", "editorial")

T = TypeVar("T")

_TYPE_NAMES = {STR: "text", INT: "a number", BOOL: "true/false", TIMESTAMP: "a date"}


def _describe(node: Node | Items) -> str:
    if node.kind == "map":
        return "a mapping"
    if node.kind == "seq":
        return "a list"
    assert isinstance(node, Node)
    if node.tag.endswith(":null"):
        return "nothing (null)"
    return _TYPE_NAMES.get(node.tag, node.tag.rsplit(":", 1)[-1])


class _Reader:
    """Reads typed values out of marked nodes, raising BriefingError at the first fault."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.ids: dict[str, tuple[str, int]] = {}  # id → (kind, line)
        # References to ids not seen yet, checked at the end: (id, kinds allowed, line, column, path).
        # Those to ids already seen are checked at once, so this stays short and holds no nodes.
        self.pending: list[tuple[str, tuple[str, ...], int, int, str]] = []
        # A date's parts and sort number by its text: many events share a date, which is then
        # parsed once and its parts kept once.
        self.dates: dict[str, tuple[WhenParts, int]] = {}

    def fail(self, node: Node | Items, path: str, message: str) -> NoReturn:
        raise BriefingError(self.file, node.line, node.column, path, message)

    def mapping(self, node: Node, path: str, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> dict[str, Node]:
        if node.kind != "map":
            self.fail(node, path, f"expected a mapping with {', '.join(required)}; found {_describe(node)}")
        value: dict[str, Node] = node.value  # type: ignore[assignment]
        assert node.key_marks is not None
        for key in value:
            if key not in required and key not in optional:
                line, column = node.key_marks[key]
                self.unknown(key, line, column, path, (*required, *optional))
        for key in required:
            if key not in value:
                self.fail(node, path, f"missing field '{key}'")
        return value

    def unknown(self, key: str, line: int, column: int, path: str, allowed: tuple[str, ...]) -> NoReturn:
        raise BriefingError(self.file, line, column, join_path(path, key), f"unknown field {quote(key)} (allowed: {', '.join(allowed)})")

    def text(self, node: Node, path: str) -> str:
        if node.kind != "scalar" or node.tag != STR:
            hint = " (put it in quotes)" if node.kind == "scalar" and not node.tag.endswith(":null") else ""
            self.fail(node, path, f"expected text; found {_describe(node)}{hint}")
        value: str = node.value  # type: ignore[assignment]
        if not value.strip():
            self.fail(node, path, "must not be empty")
        return value

    def field(self, m: dict[str, Node], key: str, path: str) -> str:
        """The text of m[key]; its path is worked out only for an error (records have millions of fields)."""
        node = m[key]
        if node.tag == STR and node.kind == "scalar":
            value: str = node.value  # type: ignore[assignment]
            if value.strip():
                return value
        return self.text(node, join_path(path, key))

    def opt_text(self, m: dict[str, Node], key: str, path: str) -> str | None:
        return self.field(m, key, path) if key in m else None

    def boolean(self, m: dict[str, Node], key: str, path: str) -> bool:
        if key not in m:
            return False
        node = m[key]
        if node.kind != "scalar" or node.tag != BOOL:
            self.fail(node, join_path(path, key), f"expected true or false; found {_describe(node)}")
        return str(node.value).lower() in ("true", "yes", "on", "y")

    def integer(self, node: Node, path: str) -> int:
        if node.kind != "scalar" or node.tag != INT:
            self.fail(node, path, f"expected a whole number; found {_describe(node)}")
        try:
            return int(str(node.value).replace("_", ""), 0)
        except ValueError:
            self.fail(node, path, f"{quote(node.value)} is not a whole number")

    def seq(self, node: Node, path: str, min_items: int = 0) -> list[Node]:
        if node.kind != "seq":
            self.fail(node, path, f"expected a list; found {_describe(node)}")
        items: list[Node] = node.value  # type: ignore[assignment]
        if len(items) < min_items:
            self.too_few(node, path, min_items)
        return items

    def too_few(self, node: Node | Items, path: str, min_items: int) -> NoReturn:
        self.fail(node, path, f"needs at least {min_items} item{'s' if min_items > 1 else ''}")

    def items(self, m: dict[str, Node], key: str, path: str, read: Callable[[Node, str], T], min_items: int = 0) -> tuple[T, ...]:
        if key not in m:  # required fields were already checked by mapping()
            return ()
        base = join_path(path, key)
        nodes = self.seq(m[key], base, min_items)
        return tuple([read(item, f"{base}[{i}]") for i, item in enumerate(nodes)])

    def top_items(self, value: Node | Items, path: str, read: Callable[[Node, str], T], min_items: int = 0) -> tuple[T, ...]:
        """A top-level list, read an item at a time as the stream composes it."""
        if isinstance(value, Node):  # not a list: seq() says so
            return tuple([read(item, f"{path}[{i}]") for i, item in enumerate(self.seq(value, path, min_items))])
        result = [read(item, f"{path}[{i}]") for i, item in enumerate(value)]
        if len(result) < min_items:
            self.too_few(value, path, min_items)
        return tuple(result)

    def when(self, node: Node, base: str, key: str) -> When:
        if node.kind == "scalar" and node.tag in (STR, INT, TIMESTAMP):
            text = str(node.value)
            try:
                when = parse_when(text)
            except DateError as exc:
                self.fail(node, join_path(base, key), str(exc).replace(f"'{text}'", quote(text)))
            if max(p.year for p in (when.start, when.end) if p is not None) > LAST_YEAR:
                self.fail(node, join_path(base, key), f"{quote(text)}: a date may be at most in {LAST_YEAR}")
            return when
        self.fail(node, join_path(base, key), f"expected a date; found {_describe(node)}")

    def when_parts(self, node: Node, base: str, key: str) -> tuple[WhenParts, int]:
        """A date as its parts, and its sort number."""
        found = self.dates.get(node.value) if node.tag == STR else None  # type: ignore[call-overload]
        if found is None:
            when = self.when(node, base, key)
            found = (when.parts, when.sort_number())
            if node.tag == STR:
                self.dates[node.value] = found  # type: ignore[index]
        return found

    def new_id(self, m: dict[str, Node], path: str, kind: str) -> str:
        value = self.field(m, "id", path)
        node = m["id"]
        path = join_path(path, "id")
        if not _valid_id(value):
            self.fail(node, path, f"{quote(value)} is not an id: use letters, digits, '-', '_' or '.', starting with a letter or digit")
        found = self.ids.get(value)
        if found is not None:
            self.fail(node, path, f"duplicate id {quote(value)} (already used by a {found[0]} at line {found[1]})")
        self.ids[value] = (kind, node.line)
        return value

    def ref(self, node: Node, path: str, *kinds: str) -> str:
        value = self.text(node, path)
        found = self.ids.get(value)
        if found is None:
            self.pending.append((value, kinds, node.line, node.column, path))
        elif kinds and found[0] not in kinds:
            self.fail(node, path, f"{quote(value)} is a {found[0]}, not a {' or '.join(kinds)}")
        return value

    def refs_list(self, m: dict[str, Node], key: str, path: str, *kinds: str, min_items: int = 0) -> tuple[str, ...]:
        if key not in m:
            return ()
        base = join_path(path, key)
        ids = self.ids
        result = []
        for i, node in enumerate(self.seq(m[key], base, min_items)):
            # The common case, a text naming an id already read of an allowed kind, needs no path.
            found = ids.get(node.value) if node.tag == STR else None  # type: ignore[call-overload]
            if found is not None and (not kinds or found[0] in kinds):
                result.append(node.value)
            else:
                result.append(self.ref(node, f"{base}[{i}]", *kinds))
        return tuple(result)  # type: ignore[arg-type]

    def sources(self, m: dict[str, Node], path: str) -> tuple[str, ...]:
        return self.refs_list(m, "sources", path, "source", min_items=1)

    def check_refs(self) -> None:
        """Check the references to ids that came later in the file, in the file's order."""
        for value, kinds, line, column, path in self.pending:
            found = self.ids.get(value)
            if found is None:
                what = " or ".join(kinds) if kinds else "record"
                raise BriefingError(self.file, line, column, path, f"no {what} has the id {quote(value)}")
            if kinds and found[0] not in kinds:
                raise BriefingError(self.file, line, column, path, f"{quote(value)} is a {found[0]}, not a {' or '.join(kinds)}")


def _valid_id(value: str) -> bool:
    return value[:1].isascii() and value[:1].isalnum() and all(c.isascii() and (c.isalnum() or c in "-_.") for c in value)


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
            return _read_briefing(_Reader(name), fields)
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


def _read_briefing(r: _Reader, fields: Iterator[Node | Field]) -> Briefing:
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


def _source(r: _Reader, node: Node, path: str) -> Source:
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


def _tag(r: _Reader, node: Node, path: str) -> Tag:
    m = r.mapping(node, path, ("id", "label"))
    return Tag(r.new_id(m, path, "tag"), r.field(m, "label", path))


def _fact(r: _Reader, node: Node, path: str) -> Fact:
    return Fact(_fact_row(r, node, path))


def _fact_row(r: _Reader, node: Node, path: str) -> FactRow:
    m = r.mapping(node, path, ("text", "sources"), ("note",))
    return (r.field(m, "text", path), r.sources(m, path), r.opt_text(m, "note", path))


def _name(r: _Reader, node: Node, path: str) -> NameRow:
    m = r.mapping(node, path, ("text", "sources"), ("error", "note", "lang"))
    return (r.field(m, "text", path), r.sources(m, path), r.boolean(m, "error", path), r.opt_text(m, "note", path), r.opt_text(m, "lang", path))


def _organization(r: _Reader, node: Node, path: str) -> Organization:
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


def _role(r: _Reader, node: Node, path: str) -> RoleRow:
    m = r.mapping(node, path, ("title", "organization", "sources"))
    return (
        r.field(m, "title", path),
        r.ref(m["organization"], join_path(path, "organization"), "organization"),
        r.sources(m, path),
    )


# People and events are read as rows, in the field order of model.Person and model.Event.
def _person(r: _Reader, node: Node, path: str) -> PersonRow:
    m = r.mapping(node, path, ("id", "names"), ("roles", "actions", "note"))
    return (
        r.new_id(m, path, "person"),
        r.items(m, "names", path, lambda n, p: _name(r, n, p), min_items=1),
        r.items(m, "roles", path, lambda n, p: _role(r, n, p)),
        r.items(m, "actions", path, lambda n, p: _fact_row(r, n, p)),
        r.opt_text(m, "note", path),
    )


def _event(r: _Reader, node: Node, path: str) -> EventRow:
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


def _statement(r: _Reader, node: Node, path: str) -> Statement:
    m = r.mapping(node, path, ("by", "quote", "sources"), ("person",))
    return Statement(
        by=r.field(m, "by", path),
        quote=r.field(m, "quote", path),
        sources=r.sources(m, path),
        person=r.ref(m["person"], join_path(path, "person"), "person") if "person" in m else None,
    )


def _meeting(r: _Reader, node: Node, path: str) -> Meeting:
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


def _vessel(r: _Reader, node: Node, path: str) -> Vessel:
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


def _exercise(r: _Reader, node: Node, path: str) -> Exercise:
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


def _version(r: _Reader, node: Node, path: str) -> Version:
    m = r.mapping(node, path, ("text", "sources"), ("preferred", "part"))
    part = r.opt_text(m, "part", path)
    if part is not None and part not in PARTS:
        r.fail(m["part"], join_path(path, "part"), f"{quote(part)} is not a part of an article (use {' or '.join(PARTS)})")
    return Version(r.field(m, "text", path), r.sources(m, path), r.boolean(m, "preferred", path), part)


def _discrepancy(r: _Reader, node: Node, path: str) -> Discrepancy:
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

