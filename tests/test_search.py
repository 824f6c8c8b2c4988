"""A reader finds every person by any recorded form of the name, in either order and any case."""

from __future__ import annotations

from typing import Any

import pytest

from briefing_app.search import ALL_TOKENS, PREFIXES, WHOLE_NAME, SearchIndex, fold


@pytest.fixture(scope="module")
def index(briefing: Any) -> SearchIndex:
    return SearchIndex(briefing)


def _variants(form: str) -> list[str]:
    words = form.split()
    reordered = " ".join(words[::-1])
    return [form, form.upper(), form.lower(), reordered, reordered.swapcase(), form.replace("-", " "), form.replace("-", "")]


def test_every_person_is_found_by_every_recorded_form_in_either_order_and_any_case(briefing: Any, index: SearchIndex) -> None:
    for person in briefing.people:
        for name in person.names:
            for query in _variants(name.text):
                matches = index.search(query)
                assert matches, query
                assert matches[0].id == person.id, (query, matches[0])
                assert matches[0].rank == WHOLE_NAME


def test_family_name_first(index: SearchIndex) -> None:
    top = index.search("Funakoshi Takehiro")[0]
    assert (top.display, top.rank) == ("Takehiro Funakoshi", WHOLE_NAME)


def test_the_result_says_which_form_matched(index: SearchIndex) -> None:
    top = index.search("min-jeong seo")[0]
    assert (top.display, top.form, top.form_differs) == ("Seo Min-jung", "Seo Min-jeong", True)


def test_a_form_that_is_an_article_error_still_finds_the_right_person(index: SearchIndex) -> None:
    top = index.search("Moon Suk-yeol")[0]
    assert (top.display, top.form, top.error_form) == ("Yoon Suk Yeol", "Moon Suk-yeol", True)


def test_accents_hyphens_spaces_and_punctuation_are_ignored(index: SearchIndex) -> None:
    for query in ["Kyoung-Suk Woo", "kyoungsuk woo", "Wóo, Kyoung—suk", "woo.kyoung.suk", "WOOKYOUNGSUK"]:
        assert index.search(query)[0].display == "Woo Kyoung-suk", query
    assert fold("Mín-JÜNG") == "min-jung"


def test_prefixes_match_and_rank_after_whole_words(index: SearchIndex) -> None:
    matches = index.search("kim")
    assert [m.display for m in matches] == ["Kim Ki-Yeong", "Sarah Kim"]
    assert all(m.rank == ALL_TOKENS for m in matches)
    prefix = index.search("funak")
    assert [(m.display, m.rank) for m in prefix] == [("Takehiro Funakoshi", PREFIXES)]
    assert index.search("seo min")[0].rank == ALL_TOKENS


def test_ranking_whole_name_before_all_tokens_before_prefixes(index: SearchIndex) -> None:
    ranks = [m.rank for m in index.search("moon")]
    assert ranks == sorted(ranks)
    # The true Moon comes before the president found through an article's error.
    assert [m.display for m in index.search("moon")] == ["Moon Jae-in", "Yoon Suk Yeol"]


def test_vessels_are_found_by_name(index: SearchIndex) -> None:
    for query, name in [("benfold", "USS Benfold"), ("Atago JS", "JS Atago"), ("yulgok", "Yulgok Yi I")]:
        top = index.search(query)[0]
        assert (top.kind, top.display) == ("vessel", name)


def test_nothing_found(index: SearchIndex) -> None:
    assert index.search("zzyzx") == []
    assert index.search("   --  ") == []
