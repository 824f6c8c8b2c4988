"""Whatever a mutated copy of the bundled file holds, loading gives a briefing or one BriefingError, never anything else."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.core.errors import BriefingError
from briefing_app.reading.loader import load_text
from briefing_app.core.model import Briefing
from briefing_app.support.resources import bundled_briefing

from tests.conftest import dump, plain_load

pytestmark = pytest.mark.slow  # `pytest -m "not slow"` leaves these out of the quick run

TEXT = bundled_briefing().read_text(encoding="utf-8")
DATA = plain_load(TEXT)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for k, v in node.items():
            found += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            found += _paths(v, (*prefix, i))
    return found


PATHS = _paths(DATA)
IDS = sorted({"seo-min-jung", "jiji-000", "history", "kr-mofa", "colonial-rule", "nobody", "bmd-drill"})

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 3000), st.floats(allow_nan=True), st.text(max_size=12),
    st.sampled_from(["2023-02-30", "summer 2019", "1910/1945", "2023-04-17", "", " ", "~", "yes", "*a", "&a", "!!python/name:os.system"]),
    st.sampled_from(IDS),
)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3), max_leaves=6)


def _parent(data: Any, path: tuple[Any, ...]) -> Any:
    for key in path[:-1]:
        data = data[key]
    return data


def _check(text: str) -> None:
    try:
        result = load_text(text, "mutated.yaml")
    except BriefingError as exc:
        message = str(exc)
        assert message.startswith("mutated.yaml:") and "\n" not in message
    else:
        assert isinstance(result, Briefing)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(range(len(PATHS))), st.sampled_from(["set", "drop", "dup", "rename"]), values), min_size=1, max_size=3))
def test_structural_mutations(mutations: list[tuple[int, str, Any]]) -> None:
    data = copy.deepcopy(DATA)
    for index, operation, value in mutations:
        path = PATHS[index]
        try:
            parent = _parent(data, path)
            key = path[-1]
            if operation == "set":
                parent[key] = value
            elif operation == "drop":
                del parent[key]
            elif operation == "dup" and isinstance(parent, list):
                parent.append(copy.deepcopy(parent[key]))
            elif operation == "rename" and isinstance(parent, dict):
                parent[f"{key}_"] = parent.pop(key)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed this path
    _check(dump(data))


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(TEXT)), st.integers(0, 40), st.text(max_size=8) | st.sampled_from(["\x00", "\t", ": ", "- ", "[", "{", "&a ", "*a", "!!", "'", '"', "\n  ", "\ufeff", "---\n"]))
def test_textual_mutations(position: int, cut: int, insert: str) -> None:
    _check(TEXT[:position] + insert + TEXT[position + cut :])
