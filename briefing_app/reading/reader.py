"""Reading typed values out of a briefing file's marked nodes: text, numbers, dates, ids and references,
each fault a BriefingError with the file, line, column and field path."""

from __future__ import annotations

from collections.abc import Callable
from typing import NoReturn, TypeVar

from briefing_app.core.dates import DateError, When, WhenParts, parse_when
from briefing_app.core.errors import BriefingError, quote
from briefing_app.reading.yamlsafe import BOOL, INT, STR, TIMESTAMP, Items, Node, join_path

# Every export must be able to write a date: an iCalendar event ends the day after its last day, and
# "winter 9999" ends in February 10000, which no calendar format (nor Python's datetime) can write.
LAST_YEAR = 9998
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


class Reader:
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
        if not valid_id(value):
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


def valid_id(value: str) -> bool:
    return value[:1].isascii() and value[:1].isalnum() and all(c.isascii() and (c.isalnum() or c in "-_.") for c in value)


