"""The JSON Schema describes the format: the bundled file passes it, and whatever it rejects the loader refuses too."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from briefing_app.core.errors import BriefingError
from briefing_app.reading.loader import load_text
from briefing_app.support.resources import schema_path

from tests.conftest import dump


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _walk_schema(node: Any, path: str = "") -> list[str]:
    """Paths of property definitions that lack a description."""
    missing: list[str] = []
    if isinstance(node, dict):
        for name, sub in node.get("properties", {}).items():
            if isinstance(sub, dict) and "description" not in sub and "$ref" not in sub:
                missing.append(f"{path}.{name}")
            missing += _walk_schema(sub, f"{path}.{name}")
        for name, sub in node.get("$defs", {}).items():
            missing += _walk_schema(sub, f"{path}$defs.{name}")
    return missing


def test_every_field_has_a_description(validator: jsonschema.Draft202012Validator) -> None:
    assert _walk_schema(validator.schema) == []


def test_the_bundled_briefing_passes_the_schema(validator: jsonschema.Draft202012Validator, bundled_data: Any) -> None:
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(bundled_data)]
    assert errors == []


def _set(path: list[Any], value: Any) -> Callable[[Any], None]:
    def mutate(d: Any) -> None:
        for key in path[:-1]:
            d = d[key]
        d[path[-1]] = value

    return mutate


def _drop(path: list[Any]) -> Callable[[Any], None]:
    def mutate(d: Any) -> None:
        for key in path[:-1]:
            d = d[key]
        del d[path[-1]]

    return mutate


# One mutation per rule the schema states: each must be rejected by the schema and refused by the loader.
RULES: dict[str, Callable[[Any], None]] = {
    "top: unknown field": _set(["colour"], "red"),
    "top: required title": _drop(["title"]),
    "top: required sources": _drop(["sources"]),
    "format: const 1": _set(["format"], 2),
    "title: string": _set(["title"], 12),
    "title: not empty": _set(["title"], ""),
    "title: not blank": _set(["title"], "   "),
    "date: pattern": _set(["date"], "17 April 2023"),
    "date: type": _set(["date"], ["2023"]),
    "as_of: integer range": _set(["as_of"], 0),
    "summary: object": _set(["summary"], "a summary"),
    "summary: required sources": _drop(["summary", "sources"]),
    "summary: sources not empty": _set(["summary", "sources"], []),
    "summary: sources items are strings": _set(["summary", "sources"], [1]),
    "tags: array": _set(["tags"], {"a": 1}),
    "tag: required label": _drop(["tags", 0, "label"]),
    "id: pattern": _set(["tags", 0, "id"], "-bad id"),
    "sources: not empty": _set(["sources"], []),
    "source: kind enum": _set(["sources", 0, "kind"], "blog"),
    "source: required credit": _drop(["sources", 0, "credit"]),
    "source: photo_credits array of text": _set(["sources", 0, "photo_credits"], "AFP"),
    "source: unknown field": _set(["sources", 0, "url"], "http://example.invalid"),
    "organization: required side": _drop(["organizations", 0, "side"]),
    "organization: parent is text": _set(["organizations", 1, "parent"], ["kr-government"]),
    "name: error boolean": _set(["people", 4, "names", 2, "error"], "yes please"),
    "name: required text": _drop(["people", 0, "names", 0, "text"]),
    "person: names not empty": _set(["people", 0, "names"], []),
    "person: roles array": _set(["people", 0, "roles"], "director"),
    "role: required organization": _drop(["people", 0, "roles", 0, "organization"]),
    "person: unknown field": _set(["people", 0, "age"], 50),
    "event: required when": _drop(["events", 0, "when"]),
    "event: when pattern": _set(["events", 0, "when"], "1910-1945"),
    "event: era boolean": _set(["events", 0, "era"], "true-ish"),
    "event: tags array": _set(["events", 0, "tags"], "history"),
    "event: people items text": _set(["events", 0, "people"], [None]),
    "meeting: required round": _drop(["meeting", "round"]),
    "meeting: participants not empty": _set(["meeting", "participants"], []),
    "meeting: length is a fact": _set(["meeting", "length"], "150 minutes"),
    "statement: required quote": _drop(["meeting", "statements", 0, "quote"]),
    "exercise: navies not empty": _set(["exercise", "navies"], []),
    "vessel: required class": _drop(["exercise", "vessels", 0, "class"]),
    "vessel: unknown field": _set(["exercise", "vessels", 0, "tonnage"], 8500),
    "exercise: vessels array": _set(["exercise", "vessels"], {}),
    "discrepancy: versions at least two": lambda d: d["discrepancies"][0].update(versions=d["discrepancies"][0]["versions"][:1]),
    "discrepancy: one preferred (none)": lambda d: d["discrepancies"][0]["versions"][0].pop("preferred"),
    "discrepancy: one preferred (two)": _set(["discrepancies", 0, "versions", 1, "preferred"], True),
    "discrepancy: about not empty": _set(["discrepancies", 0, "about"], []),
    "version: preferred boolean": _set(["discrepancies", 0, "versions", 0, "preferred"], "yes!"),
    "discrepancy: kind required": _drop(["discrepancies", 0, "kind"]),
    "discrepancy: kind is one of four": _set(["discrepancies", 0, "kind"], "dispute"),
    "discrepancy: an error has two versions": lambda d: d["discrepancies"][0]["versions"].append({"text": "Moon", "sources": ["jiji-000"]}),
    "version: part is body or caption": _set(["discrepancies", 1, "versions", 0, "part"], "headline"),
}


@pytest.mark.parametrize("rule", list(RULES))
def test_what_the_schema_rejects_the_loader_refuses(
    rule: str, validator: jsonschema.Draft202012Validator, bundled_data: Any
) -> None:
    data = copy.deepcopy(bundled_data)
    RULES[rule](data)
    assert list(validator.iter_errors(data)), f"the schema accepts: {rule}"
    with pytest.raises(BriefingError):
        load_text(dump(data), "mutated.yaml")


def test_writing_your_own_minimal_briefing(write: Callable[..., Path], validator: jsonschema.Draft202012Validator) -> None:
    minimal = {
        "format": 1,
        "title": "A small briefing",
        "place": "Geneva",
        "date": "2024-05",
        "as_of": "2024-06-01",
        "summary": {"text": "Two people met.", "sources": ["memo"]},
        "sources": [{"id": "memo", "kind": "article", "credit": "A memo"}],
        "organizations": [],
        "people": [{"id": "ann", "names": [{"text": "Ann Lee", "sources": ["memo"]}]}],
        "events": [{"id": "met", "when": 2024, "title": "They met", "text": "They met.", "sources": ["memo"]}],
    }
    assert list(validator.iter_errors(minimal)) == []
    briefing = load_text(dump(minimal), "mine.yaml")
    assert briefing.meeting is None and briefing.exercise is None and briefing.events[0].when.display() == "2024"
