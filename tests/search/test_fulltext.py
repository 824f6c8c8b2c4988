"""Full-text search on FTS5: a word, a phrase or a beginning remembered from any text of the briefing
finds where it stands, ranked, with the matched words marked in a plain-text snippet."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from briefing_app import cli
from briefing_app.reading.loader import load_file, load_text
from briefing_app.search import fulltext
from briefing_app.search.fulltext import Hit, TextIndex
from briefing_app.search.passages import FIELDS, Passage, briefing_day, passages

CJK_FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "cjk_names.yaml"


@pytest.fixture(scope="module")
def index(briefing: Any) -> TextIndex:
    return TextIndex(briefing)


def found(index: TextIndex, query: str) -> list[Hit]:
    return index.search(query, limit=None).hits


def marked(hit: Hit) -> list[str]:
    return [hit.snippet[start:end] for start, end in hit.marks]


def words_of(text: str) -> set[str]:
    import re

    return {w.lower() for w in re.findall(r"[^\W_]+", text)}


def test_sqlite_here_has_fts5() -> None:
    assert fulltext.fts5_available()


def test_a_missile_name_finds_the_event_that_only_mentions_it(index: TextIndex) -> None:
    results = index.search("Hwasong")
    assert "hwasong-18-test" in results.events
    event = results.hits[0]  # the event's title and text name it twice: it ranks above the summary
    assert event.passage.where == "13 Apr 2023 · North Korea's first test launch of the Hwasong-18"
    assert (event.passage.kind, event.passage.id, event.passage.field) == ("event", "hwasong-18-test", "event")
    assert marked(event)[0] == "Hwasong" and "«" not in event.snippet  # the snippet is plain text
    assert event.marked().startswith("North Korea's first test launch of the «Hwasong»-18.")


def test_every_kind_of_text_is_searched(briefing: Any) -> None:
    fields = {p.field for p in passages(briefing)}
    assert fields == set(FIELDS)
    notes = [p for p in passages(briefing) if p.field == "note"]
    assert any(p.kind == "source" and p.id == "editors-note" for p in notes)
    assert list(passages(briefing)) == list(passages(briefing))  # a pure function of the briefing


def test_every_passage_keeps_its_record_and_field(index: TextIndex, briefing: Any) -> None:
    every = set(passages(briefing))
    assert len(index) == len(every)
    assert all(h.passage in every for h in found(index, "the"))


def test_accents_case_and_stems(index: TextIndex) -> None:
    plain = {h.passage for h in found(index, "seoul")}
    assert plain and plain == {h.passage for h in found(index, "SÉOUL")}
    assert found(index, "eoul") == []  # not the middle of a word
    assert {m.lower() for h in found(index, "launches") for m in marked(h)} >= {"launch"}


def test_excluding_a_word(index: TextIndex) -> None:
    gsomia = {h.passage for h in found(index, "GSOMIA")}
    radar = {h.passage for h in found(index, "radar")}
    assert gsomia & radar  # the exclusion has something to take out
    for query in ("GSOMIA -radar", "GSOMIA NOT radar", "-radar GSOMIA"):
        assert {h.passage for h in found(index, query)} == gsomia - radar, query
    assert found(index, "-radar") == []  # exclusions alone look for nothing


def test_a_prefix(index: TextIndex) -> None:
    hits = found(index, "counter*")
    assert hits and all(any(m.lower().startswith("counter") for m in marked(h)) for h in hits)
    assert "counterstrike" in {m.lower() for h in hits for m in marked(h)}
    assert found(index, "counter") == []  # without the star, only the word itself


def test_either_word(index: TextIndex) -> None:
    either = {h.passage for h in found(index, "Hwasong OR GSOMIA")}
    assert either == {h.passage for h in found(index, "Hwasong")} | {h.passage for h in found(index, "GSOMIA")}
    assert found(index, "Hwasong GSOMIA") == []  # no passage holds both
    assert found(index, "Hwasong or GSOMIA") == []  # a lower-case "or" is a word, and a stop word


def test_stop_words_count_only_in_a_query_of_stop_words(index: TextIndex) -> None:
    hits = found(index, "Sea of Japan")
    assert all({"sea", "japan"} <= words_of(h.passage.text) for h in hits)
    assert found(index, "of") and found(index, "the of")


def test_british_and_american_spellings_meet(index: TextIndex) -> None:
    american = {h.passage for h in found(index, "normalized")}
    assert american and {h.passage for h in found(index, "normalised")} == american
    assert {h.passage for h in found(index, "defence")} == {h.passage for h in found(index, "defense")}
    assert {h.passage for h in found(index, "practiced")} == {h.passage for h in found(index, "practised")}


def test_phrase_matches_rank_first(index: TextIndex) -> None:
    hits = found(index, "missile defense")
    holds = ["missile defense" in " ".join(h.passage.text.lower().split()) for h in hits]
    assert holds[0] and holds == sorted(holds, reverse=True)


def test_the_date_nearest_the_briefings_ranks_first_among_equals() -> None:
    events = "".join(f'  - {{id: drill-{d}, when: "{d}", title: Drill, text: "A drill was held.", sources: [wire]}}\n'
                     for d in ("2020-01-01", "2024-04-30", "2023-06-01"))
    text = CJK_FIXTURE.read_text(encoding="utf-8").replace("discrepancies: []", events + "discrepancies: []")
    index = TextIndex(load_text(text, "drills.yaml"))  # the briefing is dated 2 May 2024
    assert [h.passage.id for h in found(index, "drill")] == ["drill-2024-04-30", "drill-2023-06-01", "drill-2020-01-01"]


def test_too_many_to_rank_come_nearest_the_briefings_date_first_the_phrase_first(
        index: TextIndex, briefing: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past RANKED passages, bm25 would first read every match to weigh each word: they come by date instead,
    and the results say so; the count the window shows stays exact."""
    ranked = index.search("missile defense", limit=None)
    assert not ranked.by_date and not ranked.more and ranked.total == len(ranked.hits) > 4
    monkeypatch.setattr(fulltext, "RANKED", 3)
    results = index.search("missile defense", limit=None)
    assert results.by_date and results.more and results.counted == 4
    assert results.total == ranked.total and results.events == ranked.events
    assert [h.passage for h in results.hits] != [h.passage for h in ranked.hits]
    assert sorted(h.passage for h in results.hits) == sorted(h.passage for h in ranked.hits)
    holds = ["missile defense" in " ".join(h.passage.text.lower().split()) for h in results.hits]
    assert holds[0] and holds == sorted(holds, reverse=True)
    today = briefing_day(briefing)
    for group in (True, False):  # in each, nearest the briefing's date first, undated last
        days = [h.passage.day for h, held in zip(results.hits, holds) if held is group]
        distances = [len(days) * 10**6 if day is None else abs(day - today) for day in days]
        assert distances == sorted(distances)
    first = index.search("missile defense", limit=2)  # what the window asks: a page, the count made with the events
    assert [h.passage for h in first.hits] == [h.passage for h in results.hits[:2]]
    assert first.total == ranked.total and first.events == ranked.events


def test_a_cjk_query_says_its_order_is_by_date() -> None:
    results = TextIndex(load_file(str(CJK_FIXTURE))).search("회담")
    assert results.by_date and results.total == 1


def test_a_cjk_run_is_found_inside_a_longer_one() -> None:
    index = TextIndex(load_file(str(CJK_FIXTURE)))
    assert index.search("harbour").events == frozenset({"met"})
    for query in ("회담", "담을", "부산에서", "산에서 회", "에서"):  # two characters, or a trigram and more
        hits = found(index, query)
        assert [(h.passage.field, h.passage.where) for h in hits] == [("fact", "Kim Min-jung")], query
    hit = found(index, "회담")[0]
    assert (hit.snippet, marked(hit)) == ("부산에서 회담을 열었다.", ["회담"])
    assert found(index, "회담 -열었다") == [] and found(index, "회담 OR zzyzx")
    assert found(index, "zzyzx") == [] and found(index, "회담을열었") == []


@pytest.mark.parametrize("between", ["\\0", "\\x01", "\\u2028", "\\\\u0000", '\\"'])
def test_every_word_of_a_passage_is_found_whatever_stands_between(between: str) -> None:
    # A NUL ends a string in much of SQLite (json_each, for one): a file may hold one ("\0" in YAML).
    text = CJK_FIXTURE.read_text(encoding="utf-8").replace("opened the talks", f"opened{between} the talks")
    index = TextIndex(load_text(text, "between.yaml"))
    assert [h.passage.id for h in found(index, "harbour")] == ["met"]
    assert found(index, "zzyzx") == []


def test_markup_in_the_data_stays_text() -> None:
    text = CJK_FIXTURE.read_text(encoding="utf-8").replace("opened the talks", "opened the <b>talks</b>")
    hit = found(TextIndex(load_text(text, "markup.yaml")), "talks")[0]
    assert "<b>talks</b>" in hit.snippet and hit.snippet[hit.marks[0][0]:hit.marks[0][1]] == "talks"


def test_without_fts5_the_text_search_finds_nothing_and_says_why(briefing: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fulltext, "fts5_available", lambda: False)
    index = TextIndex(briefing)
    assert not index.available
    assert index.search("Hwasong").total == 0
    err = io.StringIO()
    assert cli.run(["search", "--text", "Hwasong"], out=io.StringIO(), err=err) == 2
    assert "FTS5" in err.getvalue()


def test_cli_one_line_per_hit_with_field_where_and_marked_snippet() -> None:
    out = io.StringIO()
    assert cli.run(["search", "--text", "Hwasong"], out=out, err=io.StringIO()) == 0
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    field, where, snippet = lines[0].split("\t")
    assert (field, where) == ("event", "13 Apr 2023 · North Korea's first test launch of the Hwasong-18")
    assert snippet.startswith("North Korea's first test launch of the «Hwasong»-18.")
    assert lines[1].startswith("summary\tSummary\t")


def test_cli_json_gives_kind_id_field_snippet_and_rank() -> None:
    out = io.StringIO()
    assert cli.run(["search", "--text", "--json", '"Sea of Japan"'], out=out, err=io.StringIO()) == 0
    first = json.loads(out.getvalue())[0]
    assert {k: first[k] for k in ("kind", "id", "field", "snippet", "rank")} == {
        "kind": "disagreement", "id": "sea-name", "field": "version", "snippet": "Sea of Japan", "rank": 1}
    assert first["highlights"] == [[0, 12]]


def test_cli_text_without_a_hit_exits_1() -> None:
    out = io.StringIO()
    assert cli.run(["search", "--text", "zzyzx"], out=out, err=io.StringIO()) == 1
    assert out.getvalue() == ""
    out = io.StringIO()
    assert cli.run(["search", "--text", "--json", "zzyzx"], out=out, err=io.StringIO()) == 1
    assert json.loads(out.getvalue()) == []


def test_a_long_word_finds_only_itself(index: TextIndex) -> None:
    """Defect 5 of "One house": every query word was cut to 12 characters."""
    assert found(index, "internationalz") == []
    assert found(index, "international")


def test_passages_are_plain_tuples(briefing: Any) -> None:
    # The library will store them as rows: fields by name, nothing but strings, numbers and None.
    p = next(passages(briefing))
    assert isinstance(p, Passage) and p._fields[:4] == ("kind", "id", "field", "text")


@pytest.mark.parametrize(("typed", "other"), [("defence", "defense"), ("organisation", "organization"), ("organise", "organize"),
                                              ("denuclearisation", "denuclearization"), ("programme", "program"),
                                              ("harbour", "harbor"), ("centre", "center"), ("analyse", "analyze")])
def test_the_spelling_table_works_both_ways(typed: str, other: str) -> None:
    from briefing_app.search.english import other_spelling

    assert other_spelling(typed) == other and other_spelling(other) == typed


def test_short_words_have_no_other_spelling() -> None:
    from briefing_app.search.english import other_spelling

    assert [other_spelling(w) for w in ("size", "rise", "wise", "missile")] == [None, None, None, None]
