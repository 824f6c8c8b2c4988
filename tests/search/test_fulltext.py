"""Full-text search: a word remembered from any text of the briefing finds where it stands."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app import cli
from briefing_app.search.fulltext import _WORD, TextIndex, _ascii_words, passages
from briefing_app.reading.loader import load_file, load_text

CJK_FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "cjk_names.yaml"


@pytest.fixture(scope="module")
def index(briefing: Any) -> TextIndex:
    return TextIndex(briefing)


def test_a_missile_name_finds_the_event_that_only_mentions_it(index: TextIndex) -> None:
    results = index.search("Hwasong")
    assert "hwasong-18-test" in results.events
    event = next(h for h in results.hits if h.passage.kind == "event")
    assert event.passage.where == "13 Apr 2023 · North Korea's first test launch of the Hwasong-18"
    assert (event.passage.target, event.passage.record) == ("event", "hwasong-18-test")
    assert "«Hwasong»-18" in event.snippet("Hwasong")


def test_every_kind_of_text_is_searched(briefing: Any) -> None:
    kinds = {p.kind for p in passages(briefing)}
    assert kinds >= {"event", "place", "fact", "quote", "purpose", "procedure", "ship", "disagreement", "version",
                     "headline", "summary"}


def test_accents_case_and_word_beginnings(index: TextIndex) -> None:
    plain = {h.passage for h in index.search("seoul", limit=None).hits}
    assert plain == {h.passage for h in index.search("SÉOUL", limit=None).hits}
    assert plain <= {h.passage for h in index.search("Seo", limit=None).hits}  # the beginning of a word
    assert index.search("eoul").total == 0  # not the middle of one


def test_ranked_by_how_many_words_hit(index: TextIndex) -> None:
    hits = index.search("ballistic missile defense exercise", limit=None).hits
    counts = [h.words for h in hits]
    assert counts == sorted(counts, reverse=True) and counts[0] == 4
    assert counts[-1] == 1  # a passage with one of the words still counts


def test_a_ships_combat_system_finds_the_ship(index: TextIndex) -> None:
    hits = index.search("Aegis").hits
    assert [(h.passage.kind, h.passage.target, h.passage.where) for h in hits] == [("ship", "vessel", "Yulgok Yi I")]


def test_native_script_text_has_no_spaces_to_split_on() -> None:
    b = load_file(str(CJK_FIXTURE))
    index = TextIndex(b)
    assert index.search("harbour").events == frozenset({"met"})
    for query in ("회담", "담을", "부산에서"):  # any run of characters, even inside a written word
        hits = index.search(query).hits
        assert [(h.passage.kind, h.passage.where) for h in hits] == [("fact", "Kim Min-jung")], query
    assert index.search("회담").hits[0].snippet("회담") == "부산에서 «회담»을 열었다."
    assert index.search("zzyzx").total == 0


def test_cli_one_line_per_hit_with_kind_where_and_marked_snippet() -> None:
    out = io.StringIO()
    assert cli.run(["search", "--text", "Hwasong"], out=out, err=io.StringIO()) == 0
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    kind, where, snippet = lines[1].split("\t")
    assert (kind, where) == ("event", "13 Apr 2023 · North Korea's first test launch of the Hwasong-18")
    assert snippet.count("«Hwasong»") == 2
    assert lines[0].startswith("summary\tSummary\t")


def test_cli_text_without_a_hit_exits_1() -> None:
    out = io.StringIO()
    assert cli.run(["search", "--text", "zzyzx"], out=out, err=io.StringIO()) == 1
    assert out.getvalue() == ""


@given(st.text(st.characters(max_codepoint=127)))
def test_ascii_text_is_cut_into_the_same_words_as_any_other(text: str) -> None:
    # ASCII texts (nearly all) take a quicker path to their words than the regular expression.
    assert _ascii_words(text) == _WORD.findall(text)


def test_a_long_word_finds_only_words_that_begin_with_it(index: TextIndex) -> None:
    """Defect 5: every query word was cut to 12 characters, so "internationalz" found the passages
    with "international" (11 of them), none of which holds the word typed."""
    assert index.search("internationalz").total == 0
    hits = index.search("international", limit=None).hits
    assert hits and all(h.spans("international") for h in hits)
    assert {h.passage for h in hits} == {h.passage for h in index.search("internationa", limit=None).hits
                                          if any(w.lower().startswith("international") for w in _WORD.findall(h.passage.text))}


def test_cli_a_long_word_nobody_wrote_exits_1() -> None:
    out = io.StringIO()
    assert cli.run(["search", "--text", "internationalz"], out=out, err=io.StringIO()) == 1
    assert out.getvalue() == ""


def test_a_long_run_of_native_script_is_matched_whole() -> None:
    """A run of CJK text is indexed by its pieces of up to 12 characters; a longer query must still
    match all of itself, not its first 12 characters."""
    text = CJK_FIXTURE.read_text(encoding="utf-8").replace("부산에서 회담을 열었다.", "부산에서회담을열었다그리고다시만났다.")
    index = TextIndex(load_text(text, "long-run.yaml"))
    assert [h.passage.where for h in index.search("회담을열었다그리고다시만났").hits] == ["Kim Min-jung"]
    assert index.search("회담을열었다그리고다시만x").total == 0
    assert index.search("회담을열었다그리고다시만났어").total == 0
