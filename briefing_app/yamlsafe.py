"""A YAML reader that runs no code: libyaml's safe event stream composed into marked nodes, with limits."""

from __future__ import annotations

import re
from collections.abc import Callable

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

# PyYAML's C parser when it was built with libyaml; its pure-Python safe parser otherwise.
# Only the parser is used: no constructor ever runs, so no tag can create an object.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_PROGRESS_EVERY = 4096  # events between progress calls: often enough for a Cancel to feel immediate
MAX_DEPTH = 64  # our format needs about eight; libyaml's composer would crash the process near 50,000
TAG_PREFIX = "tag:yaml.org,2002:"
STR, INT, FLOAT, BOOL, NULL, TIMESTAMP = (TAG_PREFIX + t for t in ("str", "int", "float", "bool", "null", "timestamp"))
_ALLOWED_TAGS = {STR, INT, FLOAT, BOOL, NULL, TIMESTAMP, TAG_PREFIX + "map", TAG_PREFIX + "seq"}

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
        return f"{base}[{key}]" if base != "(top)" else f"[{key}]"
    return key if base == "(top)" else f"{base}.{key}"


def _path(stack: list[list[object]]) -> str:
    parts: list[str] = []
    for frame in stack[1:]:
        node, key = frame[0], frame[1]
        assert isinstance(node, Node)
        if node.kind == "map":
            if key is not None:
                parts.append(f".{key}" if parts else str(key))
        else:
            parts.append(f"[{len(node.value)}]")  # type: ignore[arg-type]
    return "".join(parts) or "(top)"


class Cancelled(Exception):
    """The progress callback asked to stop."""


def compose(text: str, progress: Callable[[float], bool] | None = None) -> Node:
    """Compose one YAML document into nodes, refusing aliases, foreign tags, duplicate keys and deep nesting.

    `progress`, if given, is called now and then with the share of the text read so far (0 to 1);
    when it returns False, composing stops with Cancelled.
    """
    loader = SafeLoader(text)
    size = max(len(text), 1)
    countdown = _PROGRESS_EVERY
    # Each frame: [container node, pending mapping key or None]
    stack: list[list[object]] = [[Node("root", [], "", 1, 1), None]]
    documents = 0
    # This loop runs once per YAML event (about two million for the 50,000-event benchmark file),
    # so it dispatches on the exact event type, most frequent first, and attaches nodes inline.
    try:
        while True:
            event = loader.get_event()
            cls = type(event)
            countdown -= 1
            if not countdown:
                countdown = _PROGRESS_EVERY
                if progress is not None and event is not None and not progress(event.start_mark.index / size):
                    raise Cancelled()
            if cls is ScalarEvent:
                mark = event.start_mark
                tag = event.tag
                if tag is None or tag == "!":
                    tag = resolve_plain(event.value) if not event.style and event.implicit[0] else STR
                elif tag not in _ALLOWED_TAGS:
                    raise YamlError(f"the tag {tag} is not allowed: a briefing file holds plain data only",
                                    mark.line + 1, mark.column + 1, _path(stack))
                node = Node("scalar", event.value, tag, mark.line + 1, mark.column + 1)
                frame = stack[-1]
                if frame[1] is not None:  # the value of a pending mapping key: the common case
                    frame[0].value[frame[1]] = node  # type: ignore[union-attr]
                    frame[1] = None
                    continue
            elif cls is MappingEndEvent or cls is SequenceEndEvent:
                node = stack.pop()[0]  # type: ignore[assignment]
            elif cls is MappingStartEvent or cls is SequenceStartEvent:
                mark = event.start_mark
                tag = event.tag
                if tag is not None and tag != "!" and tag not in _ALLOWED_TAGS:
                    raise YamlError(f"the tag {tag} is not allowed: a briefing file holds plain data only",
                                    mark.line + 1, mark.column + 1, _path(stack))
                if len(stack) > MAX_DEPTH:
                    raise YamlError(f"nested more than {MAX_DEPTH} levels deep", mark.line + 1, mark.column + 1, _path(stack))
                if cls is MappingStartEvent:
                    node = Node("map", {}, TAG_PREFIX + "map", mark.line + 1, mark.column + 1)
                    node.key_marks = {}
                else:
                    node = Node("seq", [], TAG_PREFIX + "seq", mark.line + 1, mark.column + 1)
                stack.append([node, None])
                continue
            elif cls is AliasEvent:
                mark = event.start_mark
                raise YamlError(f"YAML aliases (*{event.anchor}) are not allowed: refer to records by their id",
                                mark.line + 1, mark.column + 1, _path(stack))
            elif cls is DocumentStartEvent:
                documents += 1
                if documents > 1:
                    mark = event.start_mark
                    raise YamlError("a briefing file holds one YAML document; found a second '---'",
                                    mark.line + 1, mark.column + 1, "(top)")
                continue
            elif event is None or cls is StreamEndEvent:
                break
            else:  # StreamStart, DocumentEnd
                continue
            _attach(stack, node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or str(exc)
        if exc.context and exc.problem:
            problem = f"{exc.context.rstrip(',')}: {exc.problem}"
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise YamlError(f"YAML syntax: {problem}", line, column, _path(stack)) from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow; it has a position, not a mark
        before = text[: exc.position]
        line, column = before.count("\n") + 1, exc.position - (before.rfind("\n") + 1) + 1
        raise YamlError(f"{exc.reason}: #x{exc.character:04x}", line, column, _path(stack)) from None
    except yaml.YAMLError as exc:
        raise YamlError(" ".join(f"YAML: {exc}".split()), 1, 1, _path(stack)) from None
    finally:
        dispose = getattr(loader, "dispose", None)
        if dispose:
            dispose()
    root = stack[0][0]
    assert isinstance(root, Node)
    if not root.value:
        raise YamlError("the file holds no data", 1, 1, "(top)")
    result = root.value[0]  # type: ignore[index]
    assert isinstance(result, Node)
    return result


def _attach(stack: list[list[object]], node: Node) -> None:
    frame = stack[-1]
    parent = frame[0]
    assert isinstance(parent, Node)
    if parent.kind == "map":
        if frame[1] is None:
            if node.kind != "scalar":
                raise YamlError("a mapping key must be plain text", node.line, node.column, _path(stack))
            key = node.value
            assert isinstance(key, str) and parent.key_marks is not None
            if key in parent.value:  # type: ignore[operator]
                first = parent.key_marks[key]
                raise YamlError(
                    f"duplicate key '{key}' (first at line {first[0]})", node.line, node.column, join_path(_path(stack), key)
                )
            frame[1] = key
            parent.key_marks[key] = (node.line, node.column)
        else:
            parent.value[frame[1]] = node  # type: ignore[index]
            frame[1] = None
    else:
        parent.value.append(node)  # type: ignore[union-attr]
