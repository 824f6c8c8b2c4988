"""The text search's query language: what a user types becomes FTS5 with every word quoted, and nothing
typed can raise an error or find a passage that is not in the briefing."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.search.fulltext import TextIndex
from briefing_app.search.passages import passages
from briefing_app.search.query import parse


@pytest.mark.parametrize(("typed", "expression"), [
    ("missile defence", '("missile") AND ("defence" OR "defense")'),
    ('"Sea of Japan"', '("sea of japan")'),
    ("Sea of Japan", '("sea") AND ("japan")'),  # "of" alone finds nothing
    ("the", '("the")'),  # a query of stop words still looks for them
    ("zero-sum", '("zero sum")'),
    ("counter*", '("counter" *)'),
    ("Hwasong OR GSOMIA", '("hwasong" OR "gsomia")'),
    ("missile -radar", '("missile") NOT ("radar")'),
    ("missile NOT radar", '("missile") NOT ("radar")'),
    ('missile -"fire-control radar"', '("missile") NOT ("fire control radar")'),
    ('NEAR(a b) text:radar ^start "open', '("near a") AND ("b") AND ("text radar") AND ("start") AND ("open")'),
    ("(Hwasong)", '("hwasong")'),
])
def test_what_a_user_types_becomes(typed: str, expression: str) -> None:
    assert parse(typed).expression() == expression


def test_plain_words_rank_as_a_phrase() -> None:
    assert parse("Sea of Japan").phrase_expression() == '("sea of japan")'
    assert parse("missile defence").phrase_expression() == '("missile defence" OR "missile defense")'
    assert parse("Hwasong OR GSOMIA").phrase is None and parse('"Sea of Japan"').phrase is None


@pytest.mark.parametrize("typed", ["", "   ", "-radar", "NOT", "OR", '"', '""', "* - ( ) : ^", "_"])
def test_nothing_to_look_for(typed: str) -> None:
    assert parse(typed).empty


# Outside its quoted strings, an expression holds only the operators the parser writes.
_STRINGS = re.compile(r'"(?:[^"]|"")*"')
_OPERATORS = re.compile(r"[\s()*]|AND|OR|NOT")

PIECES = ['"', "'", "(", ")", "*", ":", "^", "-", "+", "~", "{", "}", "[", "]", ",", ".", "_", "\\", "%", ";", "\x00",
          "OR", "NOT", "AND", "NEAR", "NEAR(", "text:", "kind:", "{text kind}:", "rowid", "MATCH", "'; DROP TABLE words; --",
          "Hwasong", "radar", "missile", "defence", "sea", "of", "Japan", "counter", "회담", "부산에서", "東海", "ガ",
          "é", "İ", "ß", "\u202e", "\u0301", "𝔘"]
typed_queries = st.one_of(
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=8).map(lambda parts: "".join(parts)),
    st.lists(st.sampled_from(PIECES), max_size=8).map(" ".join),
    st.text(max_size=30),
)


@pytest.fixture(scope="module")
def index(briefing: Any) -> TextIndex:
    return TextIndex(briefing)


@pytest.fixture(scope="module")
def every_passage(briefing: Any) -> frozenset[Any]:
    return frozenset(passages(briefing))


@given(typed=typed_queries)
def test_any_query_parses_into_quoted_words_and_operators(typed: str) -> None:
    query = parse(typed)
    if not query.empty and not query.cjk:
        assert _OPERATORS.sub("", _STRINGS.sub("", query.expression())) == ""


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=300)
@given(typed=typed_queries)
def test_any_query_searches_without_an_error_and_finds_only_the_briefings_passages(
        typed: str, index: TextIndex, every_passage: frozenset[Any]) -> None:
    results = index.search(typed, limit=None)
    assert results.total == len(results.hits)
    assert all(hit.passage in every_passage for hit in results.hits)
    assert results.events <= {p.event for p in every_passage}
    for hit in results.hits:
        assert all(0 <= start < end <= len(hit.snippet) for start, end in hit.marks)
