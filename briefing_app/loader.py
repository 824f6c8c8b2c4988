"""YAML briefing file → model: strict, safe, and every error pointing at its file, line, column and field."""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import NoReturn, TypeVar

from . import resources
from .dates import DateError, When, parse_when
from .errors import BriefingError
from .model import (
    Briefing,
    Discrepancy,
    Event,
    Exercise,
    Fact,
    Meeting,
    NameForm,
    Organization,
    Person,
    Role,
    Source,
    Statement,
    Tag,
    Version,
    Vessel,
)
from .yamlsafe import BOOL, INT, STR, TIMESTAMP, Cancelled, Node, YamlError, compose, join_path

__all__ = ["BriefingError", "Cancelled", "load_bundled", "load_file", "load_text", "read_text"]

# Of a load's time, composing takes about 70% and building the model the rest.
_COMPOSE_SHARE = 0.7

FORMAT_VERSION = 1
MAX_BYTES = 32 * 1024 * 1024  # the 50,000-event benchmark file is about 18 MB
SOURCE_KINDS = ("article", "editorial")

T = TypeVar("T")

_TYPE_NAMES = {STR: "text", INT: "a number", BOOL: "true/false", TIMESTAMP: "a date"}


def _describe(node: Node) -> str:
    if node.kind == "map":
        return "a mapping"
    if node.kind == "seq":
        return "a list"
    if node.tag.endswith(":null"):
        return "nothing (null)"
    return _TYPE_NAMES.get(node.tag, node.tag.rsplit(":", 1)[-1])


class _Reader:
    """Reads typed values out of marked nodes, raising BriefingError at the first fault."""

    def __init__(self, file: str, progress: Callable[[float], bool] | None = None) -> None:
        self.file = file
        self.progress = progress
        self.done = 0  # records read, for progress
        self.total = 1
        self.ids: dict[str, tuple[str, Node, str]] = {}  # id → (kind, node, path)
        self.refs: list[tuple[str, tuple[str, ...], Node, str]] = []  # (id, kinds allowed, node, path)

    def fail(self, node: Node, path: str, message: str) -> NoReturn:
        raise BriefingError(self.file, node.line, node.column, path, message)

    def mapping(self, node: Node, path: str, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> dict[str, Node]:
        if node.kind != "map":
            self.fail(node, path, f"expected a mapping with {', '.join(required)}; found {_describe(node)}")
        value: dict[str, Node] = node.value  # type: ignore[assignment]
        assert node.key_marks is not None
        for key in value:
            if key not in required and key not in optional:
                line, column = node.key_marks[key]
                allowed = ", ".join((*required, *optional))
                raise BriefingError(self.file, line, column, join_path(path, key), f"unknown field '{key}' (allowed: {allowed})")
        for key in required:
            if key not in value:
                self.fail(node, path, f"missing field '{key}'")
        return value

    def text(self, node: Node, path: str) -> str:
        if node.kind != "scalar" or node.tag != STR:
            hint = " (put it in quotes)" if node.kind == "scalar" and not node.tag.endswith(":null") else ""
            self.fail(node, path, f"expected text; found {_describe(node)}{hint}")
        value: str = node.value  # type: ignore[assignment]
        if not value.strip():
            self.fail(node, path, "must not be empty")
        return value

    def opt_text(self, m: dict[str, Node], key: str, path: str) -> str | None:
        return self.text(m[key], join_path(path, key)) if key in m else None

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
            self.fail(node, path, f"'{node.value}' is not a whole number")

    def seq(self, node: Node, path: str, min_items: int = 0) -> list[Node]:
        if node.kind != "seq":
            self.fail(node, path, f"expected a list; found {_describe(node)}")
        items: list[Node] = node.value  # type: ignore[assignment]
        if len(items) < min_items:
            self.fail(node, path, f"needs at least {min_items} item{'s' if min_items > 1 else ''}")
        return items

    def items(self, m: dict[str, Node], key: str, path: str, read: Callable[[Node, str], T], min_items: int = 0) -> tuple[T, ...]:
        if key not in m:  # required fields were already checked by mapping()
            return ()
        base = join_path(path, key)
        nodes = self.seq(m[key], base, min_items)
        if self.progress is None or path != "(top)":
            return tuple(read(item, f"{base}[{i}]") for i, item in enumerate(nodes))
        result = []
        for i, item in enumerate(nodes):
            result.append(read(item, f"{base}[{i}]"))
            self.done += 1
            if not self.done % 2048 and not self.progress(_COMPOSE_SHARE + (1 - _COMPOSE_SHARE) * self.done / self.total):
                raise Cancelled()
        return tuple(result)

    def when(self, node: Node, path: str) -> When:
        if node.kind == "scalar" and node.tag == INT:
            text = str(node.value)
        elif node.kind == "scalar" and node.tag in (STR, TIMESTAMP):
            text = str(node.value)
        else:
            self.fail(node, path, f"expected a date; found {_describe(node)}")
        try:
            return parse_when(text)
        except DateError as exc:
            self.fail(node, path, str(exc))

    def new_id(self, node: Node, path: str, kind: str) -> str:
        value = self.text(node, path)
        if not _valid_id(value):
            self.fail(node, path, f"'{value}' is not an id: use letters, digits, '-', '_' or '.', starting with a letter or digit")
        if value in self.ids:
            first_kind, first, _ = self.ids[value]
            self.fail(node, path, f"duplicate id '{value}' (already used by a {first_kind} at line {first.line})")
        self.ids[value] = (kind, node, path)
        return value

    def ref(self, node: Node, path: str, *kinds: str) -> str:
        value = self.text(node, path)
        self.refs.append((value, kinds, node, path))
        return value

    def refs_list(self, m: dict[str, Node], key: str, path: str, *kinds: str, min_items: int = 0) -> tuple[str, ...]:
        return self.items(m, key, path, lambda n, p: self.ref(n, p, *kinds), min_items)

    def sources(self, m: dict[str, Node], path: str) -> tuple[str, ...]:
        return self.refs_list(m, "sources", path, "source", min_items=1)

    def check_refs(self) -> None:
        # Popped one by one, not iterated: the lists hold nodes of the whole file, and letting go of
        # them all at once would hold the GIL for a tenth of a second (see _dispose).
        refs = self.refs
        while refs:
            value, kinds, node, path = refs.pop()
            found = self.ids.get(value)
            if found is None:
                what = " or ".join(kinds) if kinds else "record"
                self.fail(node, path, f"no {what} has the id '{value}'")
            if kinds and found[0] not in kinds:
                self.fail(node, path, f"'{value}' is a {found[0]}, not a {' or '.join(kinds)}")


def _valid_id(value: str) -> bool:
    return value[:1].isascii() and value[:1].isalnum() and all(c.isascii() and (c.isalnum() or c in "-_.") for c in value)


@contextmanager
def gc_paused() -> Iterator[None]:
    # A large file makes millions of small objects and no cycles; the cyclic collector would
    # otherwise rescan them again and again and more than double the load time. Afterwards they
    # are moved out of its sight (gc.freeze): a full collection over them would stall the window
    # for a second. They hold no cycles, so reference counting still frees them.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def read_text(path: str | os.PathLike[str], display: str | None = None) -> str:
    """Read a briefing file as UTF-8 text, refusing files too large or not text."""
    name = display or str(path)
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_BYTES:
                raise BriefingError(name, 1, 1, "(file)", f"the file is {size / 1e6:.1f} MB; a briefing file may be at most {MAX_BYTES / 1e6:.1f} MB")
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise BriefingError(name, 1, 1, "(file)", f"cannot read the file: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise BriefingError(name, 1, 1, "(file)", f"the file is larger than {MAX_BYTES / 1e6:.1f} MB")
    return decode(data, name)


def decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise BriefingError(name, line, column, "(file)", "the file is not UTF-8 text (an invalid byte here)") from None


def load_file(path: str | os.PathLike[str]) -> Briefing:
    text = read_text(path)
    return load_text(text, str(path))


def load_bundled() -> Briefing:
    path = resources.bundled_briefing()
    return load_file(path)


def load_text(text: str, name: str = "<text>", progress: Callable[[float], bool] | None = None) -> Briefing:
    """Parse and check a briefing. Raises BriefingError, and nothing else, for any text.

    `progress` is called now and then with the share done (0 to 1); returning False stops the
    load with Cancelled.
    """
    compose_progress = None if progress is None else (lambda share: progress(share * _COMPOSE_SHARE))
    with gc_paused():
        try:
            root = compose(text, compose_progress)
        except YamlError as exc:
            raise BriefingError(name, exc.line, exc.column, exc.path, exc.message) from None
        except RecursionError:  # the pure-Python parser on a pathological file
            raise BriefingError(name, 1, 1, "(top)", "the file is nested too deeply") from None
        reader = _Reader(name, progress)
        if root.kind == "map":
            reader.total = sum(len(n.value) for n in root.value.values() if n.kind == "seq") or 1  # type: ignore[union-attr]
        try:
            return _read_briefing(reader, root)
        finally:
            _dispose(root)
            ids = reader.ids
            while ids:
                ids.popitem()
            reader.refs.clear()  # empty unless an error stopped the check


def _dispose(root: Node) -> None:
    """Free the node tree a record at a time. Dropped at once, its millions of nodes would be freed
    in one C call that holds the GIL for a third of a second, freezing a window loading in a thread."""
    if root.kind != "map":
        return
    for node in root.value.values():  # type: ignore[union-attr]
        if node.kind == "seq":
            items: list[Node] = node.value  # type: ignore[assignment]
            while items:
                items.pop()


def _read_briefing(r: _Reader, root: Node) -> Briefing:
    top = "(top)"
    m = r.mapping(
        root,
        top,
        ("format", "title", "place", "date", "as_of", "summary", "sources", "organizations", "people", "events"),
        ("subtitle", "tags", "meeting", "exercise", "discrepancies"),
    )
    version = r.integer(m["format"], "format")
    if version != FORMAT_VERSION:
        r.fail(m["format"], "format", f"this app reads format {FORMAT_VERSION}; the file says {version}")
    sources = r.items(m, "sources", top, lambda n, p: _source(r, n, p), min_items=1)
    tags = r.items(m, "tags", top, lambda n, p: _tag(r, n, p))
    organizations = r.items(m, "organizations", top, lambda n, p: _organization(r, n, p))
    people = r.items(m, "people", top, lambda n, p: _person(r, n, p))
    events = r.items(m, "events", top, lambda n, p: _event(r, n, p))
    meeting = _meeting(r, m["meeting"], "meeting") if "meeting" in m else None
    exercise = _exercise(r, m["exercise"], "exercise") if "exercise" in m else None
    discrepancies = r.items(m, "discrepancies", top, lambda n, p: _discrepancy(r, n, p))
    briefing = Briefing(
        title=r.text(m["title"], "title"),
        subtitle=r.opt_text(m, "subtitle", top) or "",
        place=r.text(m["place"], "place"),
        date=r.when(m["date"], "date"),
        as_of=r.when(m["as_of"], "as_of"),
        summary=_fact(r, m["summary"], "summary"),
        tags=tags,
        sources=sources,
        organizations=organizations,
        people=people,
        events=tuple(sorted(events, key=lambda e: e.when.sort_number())),
        discrepancies=discrepancies,
        meeting=meeting,
        exercise=exercise,
        path=r.file,
    )
    r.check_refs()
    return briefing


def _source(r: _Reader, node: Node, path: str) -> Source:
    m = r.mapping(node, path, ("id", "kind", "credit"), ("author", "outlet", "headline", "timestamp", "address", "photo_credits", "note"))
    kind = r.text(m["kind"], join_path(path, "kind"))
    if kind not in SOURCE_KINDS:
        r.fail(m["kind"], join_path(path, "kind"), f"'{kind}' is not a kind of source (use {' or '.join(SOURCE_KINDS)})")
    return Source(
        id=r.new_id(m["id"], join_path(path, "id"), "source"),
        kind=kind,
        credit=r.text(m["credit"], join_path(path, "credit")),
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
    return Tag(r.new_id(m["id"], join_path(path, "id"), "tag"), r.text(m["label"], join_path(path, "label")))


def _fact(r: _Reader, node: Node, path: str) -> Fact:
    m = r.mapping(node, path, ("text", "sources"), ("note",))
    return Fact(r.text(m["text"], join_path(path, "text")), r.sources(m, path), r.opt_text(m, "note", path))


def _name(r: _Reader, node: Node, path: str) -> NameForm:
    m = r.mapping(node, path, ("text", "sources"), ("error", "note", "lang"))
    return NameForm(
        r.text(m["text"], join_path(path, "text")), r.sources(m, path), r.boolean(m, "error", path), r.opt_text(m, "note", path),
        r.opt_text(m, "lang", path),
    )


def _organization(r: _Reader, node: Node, path: str) -> Organization:
    m = r.mapping(node, path, ("id", "name", "kind", "side", "sources"), ("other_names", "parent"))
    return Organization(
        id=r.new_id(m["id"], join_path(path, "id"), "organization"),
        name=r.text(m["name"], join_path(path, "name")),
        kind=r.text(m["kind"], join_path(path, "kind")),
        side=r.text(m["side"], join_path(path, "side")),
        sources=r.sources(m, path),
        other_names=r.items(m, "other_names", path, lambda n, p: _name(r, n, p)),
        parent=r.ref(m["parent"], join_path(path, "parent"), "organization") if "parent" in m else None,
    )


def _role(r: _Reader, node: Node, path: str) -> Role:
    m = r.mapping(node, path, ("title", "organization", "sources"))
    return Role(
        r.text(m["title"], join_path(path, "title")),
        r.ref(m["organization"], join_path(path, "organization"), "organization"),
        r.sources(m, path),
    )


def _person(r: _Reader, node: Node, path: str) -> Person:
    m = r.mapping(node, path, ("id", "names"), ("roles", "actions", "note"))
    return Person(
        id=r.new_id(m["id"], join_path(path, "id"), "person"),
        names=r.items(m, "names", path, lambda n, p: _name(r, n, p), min_items=1),
        roles=r.items(m, "roles", path, lambda n, p: _role(r, n, p)),
        actions=r.items(m, "actions", path, lambda n, p: _fact(r, n, p)),
        note=r.opt_text(m, "note", path),
    )


def _event(r: _Reader, node: Node, path: str) -> Event:
    m = r.mapping(node, path, ("id", "when", "title", "text", "sources"), ("place", "era", "tags", "people"))
    return Event(
        id=r.new_id(m["id"], join_path(path, "id"), "event"),
        when=r.when(m["when"], join_path(path, "when")),
        title=r.text(m["title"], join_path(path, "title")),
        text=r.text(m["text"], join_path(path, "text")),
        sources=r.sources(m, path),
        place=r.opt_text(m, "place", path),
        era=r.boolean(m, "era", path),
        tags=r.refs_list(m, "tags", path, "tag"),
        people=r.refs_list(m, "people", path, "person"),
    )


def _statement(r: _Reader, node: Node, path: str) -> Statement:
    m = r.mapping(node, path, ("by", "quote", "sources"), ("person",))
    return Statement(
        by=r.text(m["by"], join_path(path, "by")),
        quote=r.text(m["quote"], join_path(path, "quote")),
        sources=r.sources(m, path),
        person=r.ref(m["person"], join_path(path, "person"), "person") if "person" in m else None,
    )


def _meeting(r: _Reader, node: Node, path: str) -> Meeting:
    m = r.mapping(
        node, path, ("id", "name", "event", "round", "format", "venue", "participants", "outcome"), ("length", "discussed", "statements")
    )
    return Meeting(
        id=r.new_id(m["id"], join_path(path, "id"), "meeting"),
        name=r.text(m["name"], join_path(path, "name")),
        event=r.ref(m["event"], join_path(path, "event"), "event"),
        round=_fact(r, m["round"], join_path(path, "round")),
        format=_fact(r, m["format"], join_path(path, "format")),
        venue=_fact(r, m["venue"], join_path(path, "venue")),
        length=_fact(r, m["length"], join_path(path, "length")) if "length" in m else None,
        participants=r.refs_list(m, "participants", path, "person", min_items=1),
        outcome=r.items(m, "outcome", path, lambda n, p: _fact(r, n, p)),
        discussed=r.items(m, "discussed", path, lambda n, p: _fact(r, n, p)),
        statements=r.items(m, "statements", path, lambda n, p: _statement(r, n, p)),
    )


def _vessel(r: _Reader, node: Node, path: str) -> Vessel:
    m = r.mapping(node, path, ("id", "name", "class", "type", "navy", "sources"), ("combat_system",))
    return Vessel(
        id=r.new_id(m["id"], join_path(path, "id"), "vessel"),
        name=r.text(m["name"], join_path(path, "name")),
        ship_class=r.text(m["class"], join_path(path, "class")),
        type=r.text(m["type"], join_path(path, "type")),
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
        id=r.new_id(m["id"], join_path(path, "id"), "exercise"),
        name=r.text(m["name"], join_path(path, "name")),
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
    m = r.mapping(node, path, ("text", "sources"), ("preferred",))
    return Version(r.text(m["text"], join_path(path, "text")), r.sources(m, path), r.boolean(m, "preferred", path))


def _discrepancy(r: _Reader, node: Node, path: str) -> Discrepancy:
    m = r.mapping(node, path, ("id", "topic", "about", "versions", "reason"))
    versions = r.items(m, "versions", path, lambda n, p: _version(r, n, p), min_items=2)
    preferred = sum(v.preferred for v in versions)
    if preferred != 1:
        r.fail(m["versions"], join_path(path, "versions"), f"exactly one version must be 'preferred: true'; found {preferred}")
    return Discrepancy(
        id=r.new_id(m["id"], join_path(path, "id"), "disagreement"),
        topic=r.text(m["topic"], join_path(path, "topic")),
        about=r.refs_list(m, "about", path, min_items=1),
        versions=versions,
        reason=r.text(m["reason"], join_path(path, "reason")),
    )

