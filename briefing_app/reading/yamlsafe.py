"""A YAML reader that runs no code: libyaml's safe event stream, composed into marked nodes a record at a time, with limits."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, cast

import yaml
from yaml.events import (
    AliasEvent,
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)

from briefing_app.core.cancel import Checkpoint, Progress, never, no_progress
from briefing_app.core.errors import quote, shorten

# libyaml's events, dispatched on by their exact class in the hot loop below. The stubs type every
# mark as optional and `tag` as absent from the base class; the parser always sets what each class
# carries, so the events are taken as they come.
Event = Any

# PyYAML's C parser when it was built with libyaml; its pure-Python safe parser otherwise.
# Only the parser is used: no constructor ever runs, so no tag can create an object.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_PROGRESS_EVERY = 64  # top-level list items (about 2,000 events) between progress calls: a Cancel feels immediate
MAX_DEPTH = 64  # our format needs about eight; libyaml's composer would crash the process near 50,000
# Within one record or field, checked while it streams, before the rest of it is composed: one field
# that holds a whole file (`title: [x, x, …]`, 16 million items) would otherwise become nodes at
# about 120 bytes each, 60 times the file's size, before anyone looked at it. The bundled briefing's
# longest list inside a record has 18 items and its longest text 702 characters.
MAX_ITEMS = 10_000  # items of a list, or keys of a mapping, inside one record (top-level lists stream and are not capped)
MAX_TEXT = 20_000  # characters of a long text: an event's text, a quote, a note, a reason
MAX_SHORT = 1_000  # characters of any other value: a title, a name, an id, a date
LONG_KEYS = frozenset(("text", "quote", "note", "reason"))
_CHECK_EVERY = 2_048  # events between two checkpoints inside one field: about 2 ms of parsing
TAG_PREFIX = "tag:yaml.org,2002:"
STR, INT, FLOAT, BOOL, NULL, TIMESTAMP = (TAG_PREFIX + t for t in ("str", "int", "float", "bool", "null", "timestamp"))
_ALLOWED_TAGS = {STR, INT, FLOAT, BOOL, NULL, TIMESTAMP, TAG_PREFIX + "map", TAG_PREFIX + "seq"}
TOP = "(top)"

# The same implicit typing as yaml.safe_load, so a plain `2019` is a number and `no` a boolean here too.
_RESOLVERS: dict[str | None, list[tuple[str, re.Pattern[str]]]] = yaml.resolver.Resolver.yaml_implicit_resolvers


class YamlError(ValueError):
    """Raised with a message and the 1-based position and field path of the node at fault."""

    def __init__(self, message: str, line: int, column: int, path: str) -> None:
        super().__init__(message)
        self.message, self.line, self.column, self.path = message, line, column, path


class Node:
    """A composed YAML node: a mapping (dict of key → Node), a sequence (list of Node) or a scalar (str)."""

    __slots__ = ("kind", "value", "tag", "line", "column", "key_marks")

    def __init__(self, kind: str, value: object, tag: str, line: int, column: int) -> None:
        self.kind = kind
        self.value = value
        self.tag = tag
        self.line = line
        self.column = column
        self.key_marks: dict[str, tuple[int, int]] | None = None


# The first characters of plain scalars that may be something other than text (a number, a date,
# true/false, null); every other plain scalar is text, with no pattern to try.
_TYPED_FIRST = frozenset(k for k in _RESOLVERS if k) | ({""} if None in _RESOLVERS or "" in _RESOLVERS else set())
assert None not in _RESOLVERS  # a resolver for any first character would make the set above wrong

# Per first character, the resolvers BaseResolver.resolve would try, in its order.
_BY_FIRST: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {}


def resolve_plain(value: str) -> str:
    """The tag yaml.safe_load gives a plain (unquoted) scalar."""
    first = value[0] if value else ""
    resolvers = _BY_FIRST.get(first)
    if resolvers is None:
        resolvers = _BY_FIRST[first] = (*_RESOLVERS.get(first, ()), *_RESOLVERS.get(None, ()))
    for tag, regexp in resolvers:
        if regexp.match(value):
            return tag
    return STR


def join_path(base: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{base}[{key}]" if base != TOP else f"[{key}]"
    return key if base == TOP else f"{base}.{key}"


def _path(base: str, stack: list[list[object]]) -> str:
    """The field path of what comes next inside the containers on `stack` (its first frame is the holder)."""
    path = base
    for frame in stack[1:]:
        node, key = frame[0], frame[1]
        assert isinstance(node, Node)
        if node.kind == "map":
            if key is not None:
                path = join_path(path, str(key))
        else:
            path = join_path(path, len(node.value))  # type: ignore[arg-type]
    return path


class Items:
    """A list at the top of the file, composed one item at a time as it is iterated.

    Each item's nodes can be dropped as soon as it is read, so a large file never lives as a
    whole node tree: only one record's nodes exist at any moment.
    """

    kind = "seq"

    def __init__(self, stream: Stream, path: str, line: int, column: int) -> None:
        self._stream = stream
        self.path, self.line, self.column = path, line, column
        self.count = 0
        self.finished = False

    def __iter__(self) -> Iterator[Node]:
        stream = self._stream
        while not self.finished:
            event = stream.next_event(self.path)
            if type(event) is SequenceEndEvent:
                self.finished = True
                return
            stream.report(event)
            node = stream.compose(event, join_path(self.path, self.count))
            self.count += 1
            yield node


class Field:
    """One key of the top-level mapping with its position, and its value: a node, or Items for a list."""

    __slots__ = ("key", "line", "column", "value")

    def __init__(self, key: str, line: int, column: int, value: Node | Items) -> None:
        self.key, self.line, self.column, self.value = key, line, column, value


class Stream:
    """libyaml's safe event stream for one text: progress, Cancel, and YAML errors as YamlError."""

    def __init__(self, text: str, progress: Progress = no_progress, checkpoint: Checkpoint = never) -> None:
        self._text = text
        self._loader = SafeLoader(text)
        self._size = max(len(text), 1)
        self._countdown = _PROGRESS_EVERY
        self._progress = progress
        self._checkpoint = checkpoint

    def close(self) -> None:
        dispose = getattr(self._loader, "dispose", None)
        if dispose:
            dispose()

    def next_event(self, path: str) -> Event:
        """The next event; `path` names where the reader stands, for a syntax error's message."""
        try:
            event: Event = self._loader.get_event()
        except yaml.YAMLError as exc:
            raise self._error(exc, path) from None
        if event is None:  # the pure-Python parser past the end
            raise YamlError("YAML: the file ends early", 1, 1, path)
        return event

    def report(self, event: Event) -> None:
        """Now and then: the checkpoint (which raises Cancelled once the user cancels), then how far the
        stream has come."""
        self._countdown -= 1
        if not self._countdown:
            self._countdown = _PROGRESS_EVERY
            self._checkpoint()
            self._progress(event.start_mark.index / self._size)

    def _error(self, exc: yaml.YAMLError, path: str) -> YamlError:
        if isinstance(exc, yaml.MarkedYAMLError):
            mark = exc.problem_mark or exc.context_mark
            problem = exc.problem or str(exc)
            if exc.context and exc.problem:
                problem = f"{exc.context.rstrip(',')}: {exc.problem}"
            line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
            return YamlError(f"YAML syntax: {problem}", line, column, path)
        if isinstance(exc, yaml.reader.ReaderError):  # a character YAML does not allow; it has a position, not a mark
            before = self._text[: exc.position]
            line, column = before.count("\n") + 1, exc.position - (before.rfind("\n") + 1) + 1
            return YamlError(f"{exc.reason}: #x{exc.character:04x}", line, column, path)
        return YamlError(" ".join(f"YAML: {exc}".split()), 1, 1, path)

    def compose(self, event: Event, base: str) -> Node:
        """Compose the node that starts with `event`, refusing aliases, foreign tags, duplicate keys and deep nesting.

        Iterative, not recursive: a file nested 50,000 levels deep is refused, not a crash.
        """
        # Each frame: [container node, pending mapping key or None]; the first holds the result.
        holder = Node("seq", [], "", 1, 1)
        stack: list[list[object]] = [[holder, None]]
        get_event = self._loader.get_event
        budget = _CHECK_EVERY
        # This loop runs once per YAML event (millions for a large file), so it dispatches on the
        # exact event type, most frequent first, and attaches nodes inline.
        try:
            while True:
                budget -= 1
                if not budget:  # one field can be the whole file: Cancel must reach it too
                    budget = _CHECK_EVERY
                    self._checkpoint()
                    if event is not None:  # the pure-Python parser past the end: refused just below
                        self._progress(event.start_mark.index / self._size)
                cls = type(event)
                if cls is ScalarEvent:
                    mark = event.start_mark
                    tag = event.tag
                    if len(event.value) > MAX_SHORT:
                        self._check_length(event, base, stack)
                    if tag is None or tag == "!":
                        if event.style or not event.implicit[0] or event.value[:1] not in _TYPED_FIRST:
                            tag = STR
                        else:
                            tag = resolve_plain(event.value)
                    elif tag not in _ALLOWED_TAGS:
                        raise YamlError(f"the tag {quote(tag)} is not allowed: a briefing file holds plain data only",
                                        mark.line + 1, mark.column + 1, _path(base, stack))
                    node = Node("scalar", event.value, tag, mark.line + 1, mark.column + 1)
                    frame = stack[-1]
                    parent: Node = frame[0]  # type: ignore[assignment]
                    if frame[1] is not None:  # the value of a pending mapping key: the common case
                        parent.value[frame[1]] = node  # type: ignore[index]
                        frame[1] = None
                        event = get_event()
                        continue
                    if parent.kind == "map" and tag == STR and node.value not in parent.value:  # type: ignore[operator]
                        if len(cast("dict[str, Node]", parent.value)) >= MAX_ITEMS:
                            raise YamlError(f"more than {MAX_ITEMS:,} keys in one mapping", node.line, node.column, _path(base, stack))
                        frame[1] = node.value  # a new key, the next most common case
                        parent.key_marks[node.value] = (node.line, node.column)  # type: ignore[index]
                        event = get_event()
                        continue
                elif cls is MappingEndEvent or cls is SequenceEndEvent:
                    node = stack.pop()[0]  # type: ignore[assignment]
                elif cls is MappingStartEvent or cls is SequenceStartEvent:
                    mark = event.start_mark
                    tag = event.tag
                    if tag is not None and tag != "!" and tag not in _ALLOWED_TAGS:
                        raise YamlError(f"the tag {quote(tag)} is not allowed: a briefing file holds plain data only",
                                        mark.line + 1, mark.column + 1, _path(base, stack))
                    if len(stack) > MAX_DEPTH:
                        raise YamlError(f"nested more than {MAX_DEPTH} levels deep", mark.line + 1, mark.column + 1, _path(base, stack))
                    if cls is MappingStartEvent:
                        node = Node("map", {}, TAG_PREFIX + "map", mark.line + 1, mark.column + 1)
                        node.key_marks = {}
                    else:
                        node = Node("seq", [], TAG_PREFIX + "seq", mark.line + 1, mark.column + 1)
                    stack.append([node, None])
                    event = get_event()
                    continue
                elif cls is AliasEvent:
                    mark = event.start_mark
                    raise YamlError(f"YAML aliases (*{quote(event.anchor)}) are not allowed: refer to records by their id",
                                    mark.line + 1, mark.column + 1, _path(base, stack))
                else:  # the parser gives no other event inside a node (None: the pure-Python parser past the end)
                    raise YamlError("YAML: the file ends early", 1, 1, _path(base, stack))
                if len(stack) > 1 and stack[-1][0].kind == "seq":  # type: ignore[attr-defined]
                    items = cast("list[Node]", cast(Node, stack[-1][0]).value)
                    if len(items) >= MAX_ITEMS:
                        raise YamlError(f"more than {MAX_ITEMS:,} items in one list", node.line, node.column, _path(base, stack))
                    items.append(node)
                else:
                    _attach(base, stack, node)
                if len(stack) == 1:
                    return node
                event = get_event()
        except yaml.YAMLError as exc:
            raise self._error(exc, _path(base, stack)) from None

    def _check_length(self, event: Event, base: str, stack: list[list[object]]) -> None:
        """Refuse a scalar longer than its field may be: a long text (LONG_KEYS) or any other value."""
        frame = stack[-1]
        key = frame[1] if cast(Node, frame[0]).kind == "map" else None
        most = MAX_TEXT if key in LONG_KEYS or (len(stack) == 1 and base.rsplit(".", 1)[-1] in LONG_KEYS) else MAX_SHORT
        if len(event.value) > most:
            mark = event.start_mark
            what = "a text" if most == MAX_TEXT else "this field"
            path = _path(base, stack)
            if key is None and cast(Node, frame[0]).kind == "map":  # a key: the path names it, as for an unknown field
                path, what = join_path(path, shorten(event.value)), "a key"
            raise YamlError(f"{quote(event.value)} is {len(event.value):,} characters long; {what} may have at most {most:,}",
                            mark.line + 1, mark.column + 1, path)

    def top_level(self, lists: frozenset[str]) -> Iterator[Node | Field]:
        """The one document, field by field.

        A top-level mapping comes as a map node with its position and no values, then one Field per
        key in the file's order: the value of a key in `lists` that is a list comes as Items, to be iterated before the next field is
        asked for; any other value is a whole node. Anything but a mapping comes as one whole node.
        """
        event = self.next_event(TOP)
        while type(event) is StreamStartEvent or type(event) is DocumentStartEvent:
            event = self.next_event(TOP)
        if type(event) is StreamEndEvent:
            raise YamlError("the file holds no data", 1, 1, TOP)
        if type(event) is not MappingStartEvent:
            yield self.compose(event, TOP)
        else:
            yield from self._fields(event, lists)
        self._end()

    def _fields(self, start: Event, lists: frozenset[str]) -> Iterator[Node | Field]:
        mark: Any = start.start_mark
        if start.tag is not None and start.tag != "!" and start.tag not in _ALLOWED_TAGS:
            raise YamlError(f"the tag {quote(start.tag)} is not allowed: a briefing file holds plain data only",
                            mark.line + 1, mark.column + 1, TOP)
        top = Node("map", {}, TAG_PREFIX + "map", mark.line + 1, mark.column + 1)
        top.key_marks = {}
        yield top
        while True:
            event = self.next_event(TOP)
            if type(event) is MappingEndEvent:
                return
            self.report(event)  # a mapping of a million keys must stop at Cancel too
            key_node = self.compose(event, TOP)
            if key_node.kind != "scalar":
                raise YamlError("a mapping key must be plain text", key_node.line, key_node.column, TOP)
            key: str = key_node.value  # type: ignore[assignment]
            first = top.key_marks.get(key)
            if first is not None:
                raise YamlError(f"duplicate key {quote(key)} (first at line {first[0]})", key_node.line, key_node.column, join_path(TOP, key))
            top.key_marks[key] = (key_node.line, key_node.column)
            path = join_path(TOP, key)
            event = self.next_event(path)
            value: Node | Items
            if key in lists and type(event) is SequenceStartEvent and event.tag in (None, "!", TAG_PREFIX + "seq"):
                mark = event.start_mark
                value = Items(self, path, mark.line + 1, mark.column + 1)
                yield Field(key, key_node.line, key_node.column, value)
                for _ in value:  # whatever the reader left unread, so the stream goes on after the list
                    pass
            else:
                yield Field(key, key_node.line, key_node.column, self.compose(event, path))

    def _end(self) -> None:
        while True:
            event = self.next_event(TOP)
            cls = type(event)
            if cls is StreamEndEvent:
                return
            if cls is DocumentStartEvent:
                mark = event.start_mark
                raise YamlError("a briefing file holds one YAML document; found a second '---'", mark.line + 1, mark.column + 1, TOP)
            if cls is not DocumentEndEvent:
                raise YamlError("YAML: unexpected content after the document", 1, 1, TOP)


def _attach(base: str, stack: list[list[object]], node: Node) -> None:
    frame = stack[-1]
    parent = frame[0]
    assert isinstance(parent, Node)
    if parent.kind == "map":
        if frame[1] is None:
            if node.kind != "scalar":
                raise YamlError("a mapping key must be plain text", node.line, node.column, _path(base, stack))
            key = node.value
            assert isinstance(key, str) and parent.key_marks is not None
            if len(parent.key_marks) >= MAX_ITEMS:  # keys of other types (numbers, dates) count too
                raise YamlError(f"more than {MAX_ITEMS:,} keys in one mapping", node.line, node.column, _path(base, stack))
            if key in parent.value:  # type: ignore[operator]
                first = parent.key_marks[key]
                raise YamlError(
                    f"duplicate key {quote(key)} (first at line {first[0]})", node.line, node.column, join_path(_path(base, stack), key)
                )
            frame[1] = key
            parent.key_marks[key] = (node.line, node.column)
        else:
            parent.value[frame[1]] = node  # type: ignore[index]
            frame[1] = None
    else:
        parent.value.append(node)  # type: ignore[attr-defined]
