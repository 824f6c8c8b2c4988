"""A reader finds every person by any recorded form of the name, in either order and any case, by the
spellings of other romanizations, by a misspelling, and by a name in its native script."""

from __future__ import annotations

import gc
import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app import cli
from briefing_app.search.fulltext import TextIndex
from briefing_app.reading.loader import load_file, load_text
from briefing_app.core.model import Briefing
from briefing_app.support.resources import schema_path
from briefing_app.search.name_words import split_name, tokens, words
from briefing_app.search.names import ALL_TOKENS, CLOSE, PREFIXES, RANKS, VARIANT, WHOLE_NAME, How, SearchIndex
from briefing_app.text.fold import fold

from tests.conftest import plain_load
from tests.synthetic import make_briefing

CJK_FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "cjk_names.yaml"


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


# Romanization variants and misspellings


@pytest.mark.parametrize(("query", "person", "how"), [
    ("Funakosi", "Takehiro Funakoshi", How(RANKS[VARIANT], "Funakosi", "Funakoshi")),
    ("Suh Min-jung", "Seo Min-jung", How(RANKS[VARIANT], "Suh", "Seo")),
    ("Suh Minjung", "Seo Min-jung", How(RANKS[VARIANT], "Suh", "Seo")),
    ("Yun Seok-yeol", "Yoon Suk Yeol", How(RANKS[VARIANT], "Yun", "Yoon")),
    ("Andou", "Atsushi Ando", How(RANKS[VARIANT], "Andou", "Ando")),
    ("Andoh Atsushi", "Atsushi Ando", How(RANKS[VARIANT], "Andoh", "Ando")),
    ("Hirokazu Matuno", "Hirokazu Matsuno", How(RANKS[VARIANT], "Matuno", "Matsuno")),
    ("Woo Gyeong-seok", "Woo Kyoung-suk", How(RANKS[VARIANT], "Gyeong", "Kyoung")),
    ("Kim Gi-yeong", "Kim Ki-Yeong", How(RANKS[VARIANT], "Gi", "Ki")),
])
def test_other_romanizations_find_the_person_and_say_so(index: SearchIndex, query: str, person: str, how: How) -> None:
    top = index.search(query)[0]
    assert (top.display, top.rank, top.how) == (person, VARIANT, how)


@pytest.mark.parametrize(("query", "person", "how"), [
    ("Kisihda", "Fumio Kishida", How(RANKS[CLOSE], "Kisihda", "Kishida")),  # two letters swapped
    ("Kishda", "Fumio Kishida", How(RANKS[CLOSE], "Kishda", "Kishida")),  # a letter missing
    ("Matsunno", "Hirokazu Matsuno", How(RANKS[CLOSE], "Matsunno", "Matsuno")),  # a letter doubled
    ("Funakoshy", "Takehiro Funakoshi", How(RANKS[CLOSE], "Funakoshy", "Funakoshi")),
    ("Takehrio Funakoshi", "Takehiro Funakoshi", How(RANKS[CLOSE], "Takehrio", "Takehiro")),
    ("Hirokzau Matsuon", "Hirokazu Matsuno", How(RANKS[CLOSE], "Hirokzau", "Hirokazu")),  # two words, each one edit
])
def test_misspellings_within_one_edit_or_two_from_eight_letters(index: SearchIndex, query: str, person: str, how: How) -> None:
    top = index.search(query)[0]
    assert (top.display, top.rank, top.how) == (person, CLOSE, how)


def test_misspellings_beyond_the_allowed_edits_find_nothing(index: SearchIndex) -> None:
    assert index.search("Kisdiha") == []  # two edits in a 7-letter word
    assert index.search("Fnuakosyh") == []  # three edits in a 9-letter word
    assert index.search("Kin") == []  # under four letters, no misspelling is guessed


def test_kim_does_not_find_kang_nor_seo_soo_ah(tmp_path: Path) -> None:
    index = SearchIndex(load_file(str(CJK_FIXTURE)))
    assert [m.display for m in index.search("Kim")] == ["Kim Min-jung"]
    assert [m.display for m in index.search("Gim")] == ["Kim Min-jung"]
    assert [m.display for m in index.search("Seo")] == ["Yoon Seo-yeon"]  # as a word of her given name


def test_loose_matches_rank_after_every_exact_rank(index: SearchIndex) -> None:
    # "Kim" is a word of two names; "Gim" reaches them only as a variant; both come in rank order.
    ranks = [m.rank for m in index.search("Ki")]
    assert ranks == sorted(ranks)
    assert all(m.rank < VARIANT for m in index.search("Kim"))
    assert {m.rank for m in index.search("Gim")} == {VARIANT}


def test_each_match_says_how_it_matched(index: SearchIndex) -> None:
    """A structured answer, for the command line and the window each to word: no sentence to parse back."""
    assert index.search("Takehiro Funakoshi")[0].how == How("whole name")
    assert index.search("seo min")[0].how == How("all words")
    assert index.search("funak")[0].how == How("beginnings of words")
    found = index.find("Suh Min-jung")
    assert list(found.people) == ["seo-min-jung"]
    assert found.how("seo-min-jung") == How("spelling variant", "Suh", "Seo")
    assert index.find("seo").how("seo-min-jung") == How("all words")
    assert found.how("nobody") is None
    assert index.search("Kisihda")[0].how == How("close spelling", "Kisihda", "Kishida")
    assert RANKS == ("whole name", "all words", "beginnings of words", "spelling variant", "close spelling")


def test_exact_names_only_turns_the_loose_matches_off_but_still_suggests(index: SearchIndex) -> None:
    assert index.search("Funakosi", exact=True) == []
    found = index.find("Funakosi", exact=True)
    assert (len(found), found.first) == (0, None)
    assert found.suggestion is not None and found.suggestion.display == "Takehiro Funakoshi"
    # Exact hits are the same either way.
    assert [m.id for m in index.search("kim", exact=True)] == [m.id for m in index.search("kim")]


def test_did_you_mean_only_when_nothing_matches_exactly(index: SearchIndex) -> None:
    assert index.find("Kishida").suggestion is None
    suggestion = index.find("Kisihda").suggestion
    assert suggestion is not None and (suggestion.display, suggestion.how) == (
        "Fumio Kishida", How(RANKS[CLOSE], "Kisihda", "Kishida"))
    assert index.find("zzyzx").suggestion is None


def test_a_ship_is_counted_as_a_ship(index: SearchIndex) -> None:
    found = index.find("Benfold")
    assert (found.people, found.vessels) == ({}, {"uss-benfold"})
    assert found.first is not None and found.first.kind == "vessel"
    close = index.find("Benfodl")
    assert close.vessels == {"uss-benfold"} and close.first is not None and close.first.rank == CLOSE


# Native scripts (a fixture of made-up people: the bundled briefing records no native-script forms)


@pytest.fixture(scope="module")
def cjk() -> Briefing:
    return load_file(str(CJK_FIXTURE))


def test_name_forms_carry_their_language(cjk: Briefing) -> None:
    names = {n.text: n.lang for p in cjk.people for n in p.names}
    assert (names["김민정"], names["安藤 春樹"], names["Haruki Andō"], names["Kim Min-jung"]) == ("ko", "ja", "ja-Latn", None)


@pytest.mark.parametrize(("query", "person", "form", "rank"), [
    ("김민정", "Kim Min-jung", "김민정", WHOLE_NAME),
    ("민정", "Kim Min-jung", "김민정", ALL_TOKENS),  # written without spaces: any run of characters
    ("김", "Kim Min-jung", "김민정", ALL_TOKENS),
    ("윤서연", "Yoon Seo-yeon", "윤서연", WHOLE_NAME),
    ("安藤春樹", "Haruki Andō", "安藤 春樹", WHOLE_NAME),
    ("春樹", "Haruki Andō", "安藤 春樹", ALL_TOKENS),
    ("あんどう", "Haruki Andō", "あんどう はるき", ALL_TOKENS),
    ("Andou Haruki", "Haruki Andō", "Haruki Andō", VARIANT),
])
def test_hangul_kana_and_kanji_queries_find_native_forms(cjk: Briefing, query: str, person: str, form: str, rank: int) -> None:
    top = SearchIndex(cjk).search(query)[0]
    assert (top.display, top.form, top.rank) == (person, form, rank)


def test_kana_keep_their_voicing_marks() -> None:
    assert fold("ガ") == "ガ" and fold("ガ") != fold("カ")
    assert fold("김민정") == "김민정"  # Hangul stays in syllables


# The command line


def _cli(*args: str) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = cli.run(list(args), out=out, err=io.StringIO())
    return code, out.getvalue().splitlines()


def test_cli_search_says_how_each_name_matched() -> None:
    code, lines = _cli("search", "Suh Min-jung")
    assert code == 0
    assert lines[0].startswith("Seo Min-jung — director-general")
    assert lines[0].endswith("[spelling variant of Suh → Seo]")
    assert lines[-1] == "Did you mean Seo Min-jung? (spelling variant of Suh → Seo)"
    assert _cli("search", "Takehiro Funakoshi")[1][0].endswith("[whole name]")
    assert _cli("search", "seo min")[1][0].endswith("[all words]")
    assert _cli("search", "funak")[1][0].endswith("[beginnings of words]")
    assert _cli("search", "Kisihda")[1][0].endswith("[close spelling of Kisihda → Kishida]")


def test_cli_search_exact_finds_nothing_but_suggests() -> None:
    code, lines = _cli("search", "--exact", "Funakosi")
    assert (code, lines) == (1, ["Did you mean Takehiro Funakoshi? (spelling variant of Funakosi → Funakoshi)"])


def test_cli_search_in_native_script() -> None:
    code, lines = _cli("search", "윤서연", "--file", str(CJK_FIXTURE))
    assert code == 0 and lines == ["Yoon Seo-yeon — deputy director, Test Foreign Ministry (matched “윤서연”) [whole name]"]


def test_the_schema_describes_a_forms_language() -> None:
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    data = plain_load(CJK_FIXTURE.read_text(encoding="utf-8"))
    assert list(validator.iter_errors(data)) == []
    data["people"][0]["names"][1]["lang"] = "Korean"  # not a BCP 47 tag
    assert [e.validator for e in validator.iter_errors(data)] == ["pattern"]


# Typing: each keystroke's answer, whatever was typed before it


def test_a_name_typed_without_spaces_is_found_while_it_is_typed(index: SearchIndex) -> None:
    for typed in ["takehirof", "funakoshitak", "FunakoshiTakehiro"]:
        top = index.search(typed)[0]
        assert top.display == "Takehiro Funakoshi", typed
    assert index.search("funakoshitak")[0].rank == PREFIXES
    assert index.search("FunakoshiTakehiro")[0].rank == WHOLE_NAME


def test_typing_letter_by_letter_gives_the_answers_of_a_fresh_search(briefing: Any) -> None:
    typing = SearchIndex(briefing)
    typing.warm()
    for name in ["Suh Min-jung", "Kisihda Fumio", "Yoon Suk Yeol", "Benfodl", "Andoh Atsushi", "kim gi"]:
        for exact in (False, True):
            for typed in [name[:n] for n in range(1, len(name) + 1)] + [name[:3]]:  # typed, then deleted back
                found, asked = typing.find(typed, exact), SearchIndex(briefing).find(typed, exact)
                assert (found.people, found.vessels, found.first, found.suggestion) == (
                    asked.people, asked.vessels, asked.first, asked.suggestion), typed
                assert [found.how(p) for p in found.people] == [asked.how(p) for p in asked.people], typed


def test_the_indexes_leave_the_garbage_collector_almost_nothing_to_follow() -> None:
    # A large file loads in a thread whose full collections stall the window in proportion to
    # the objects tracked: the indexes keep their data in tuples, arrays and dictionaries of strings.
    briefing = load_text(make_briefing(events=200, people=2_000), "synthetic.yaml")
    gc.collect()
    before = len(gc.get_objects())
    index, text_index = SearchIndex(briefing), TextIndex(briefing)
    index.warm()
    assert index.search("kim") and text_index.search("event").hits
    gc.collect()
    assert len(gc.get_objects()) - before < 1_000  # 2,000 people with 4,000 name forms and 2,200 passages


@given(st.lists(st.text(max_size=30), max_size=6))
def test_a_name_is_keyed_by_its_words_and_tokens_however_its_parts_recur(names: list[str]) -> None:
    # The index works out each part of a name once and reuses it in the next names: the keys must
    # still be each name's own words and tokens, whatever separators, spaces or scripts it holds.
    parts: dict[str, tuple[str, tuple[str, ...]]] = {}
    for name in names:
        ws, keys = split_name(fold(name), parts)
        assert ws == words(name)
        assert keys == set(words(name)) | set(tokens(name))
