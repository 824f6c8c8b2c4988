"""The loader takes the bundled briefing whole and refuses every kind of bad file with one clear line."""

from __future__ import annotations

import copy
import re
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from briefing_app.core.errors import BriefingError
from briefing_app.core.model import Briefing
from briefing_app.reading import yamlsafe
from briefing_app.reading.loader import MAX_BYTES, load_file, load_text

from tests.conftest import dump

LINE = re.compile(r"^(?P<file>.+):(?P<line>\d+):(?P<column>\d+): (?P<path>\S+): (?P<message>.+)$")


def refused(path: Path) -> BriefingError:
    with pytest.raises(BriefingError) as info:
        load_file(path)
    message = str(info.value)
    assert "\n" not in message
    assert LINE.match(message), message
    assert message.startswith(f"{path}:")
    return info.value


def test_bundled_briefing_has_the_whole_story(briefing: Any) -> None:
    assert len(briefing.sources) == 6 and sum(s.kind == "article" for s in briefing.sources) == 5
    names = {p.display_name for p in briefing.people}
    assert {"Seo Min-jung", "Woo Kyoung-suk", "Takehiro Funakoshi", "Atsushi Ando"} <= names
    assert [briefing.person_by_id[p].display_name for p in briefing.meeting.participants] == [
        "Seo Min-jung", "Woo Kyoung-suk", "Takehiro Funakoshi", "Atsushi Ando"
    ]
    assert [v.name for v in briefing.exercise.vessels] == ["Yulgok Yi I", "USS Benfold", "JS Atago"]
    assert briefing.events[0].when.display() == "1910–1945"
    assert briefing.events[-1].when.display() == "17 Apr 2023"
    assert briefing.as_of.display() == "17 Apr 2023"


def test_every_known_disagreement_is_kept_with_its_versions(briefing: Any) -> None:
    topics = {d.id: d for d in briefing.discrepancies}
    assert {"president-name", "seo-spelling", "woo-spelling", "ando-title", "hiatus-cause", "sea-name"} <= set(topics)
    moon = topics["president-name"]
    assert [v.text for v in moon.versions if not v.preferred] == ["Moon Suk-yeol"]
    assert all(len(d.versions) >= 2 and sum(v.preferred for v in d.versions) == 1 for d in briefing.discrepancies)


def test_every_fact_names_a_defined_source(briefing: Any) -> None:
    ids = {s.id for s in briefing.sources}
    assert briefing.citations
    for c in briefing.citations:
        assert c.sources and set(c.sources) <= ids, c


def test_events_are_in_date_order(briefing: Any) -> None:
    keys = [e.when.sort_key() for e in briefing.events]
    assert keys == sorted(keys)


@pytest.mark.parametrize(
    ("mutate", "path", "words"),
    [
        (lambda d: d["people"][0].update(nickname="x"), "people[0].nickname", "unknown field 'nickname'"),
        (lambda d: d["people"][1].pop("names"), "people[1]", "missing field 'names'"),
        (lambda d: d["events"][2].update(title=1998), "events[2].title", "expected text; found a number"),
        (lambda d: d["events"][0].update(when="2023-02-30"), "events[0].when", "Feb 2023 has 28 days"),
        (lambda d: d["events"][0].update(people=["nobody"]), "events[0].people[0]", "no person has the id 'nobody'"),
        (lambda d: d["people"][0]["roles"][0].update(organization="seo-min-jung"), "people[0].roles[0].organization", "is a person, not a organization"),
        (lambda d: d["events"].append(copy.deepcopy(d["events"][0])), "events[26].id", "duplicate id 'colonial-rule'"),
        (lambda d: d["events"][0].update(sources=["reuters"]), "events[0].sources[0]", "no source has the id 'reuters'"),
        (lambda d: d["events"][0].update(sources=[]), "events[0].sources", "needs at least 1 item"),
        (lambda d: d["discrepancies"][0]["versions"][1].update(preferred=True), "discrepancies[0].versions", "exactly one version"),
        (lambda d: d["discrepancies"][0].pop("kind"), "discrepancies[0]", "missing field 'kind'"),
        (lambda d: d["discrepancies"][0].update(kind="dispute"), "discrepancies[0].kind", "not a kind of difference"),
        (lambda d: d["discrepancies"][1]["versions"][0].update(part="headline"), "discrepancies[1].versions[0].part", "not a part of an article"),
        (lambda d: d["discrepancies"][0]["versions"].append({"text": "Moon", "sources": ["jiji-000"]}), "discrepancies[0].versions", "an error has the right form"),
        (lambda d: d.update(format=2), "format", "this app reads format 1"),
        (lambda d: d["sources"][0].update(kind="blog"), "sources[0].kind", "not a kind of source"),
        (lambda d: d.update(people={}), "people", "expected a list"),
    ],
)
def test_each_rule_is_enforced_with_file_line_and_field(
    bundled_data: Any, write: Callable[..., Path], mutate: Callable[[Any], None], path: str, words: str
) -> None:
    mutate(bundled_data)
    error = refused(write(bundled_data))
    assert error.path == path
    assert words in error.message


def test_the_line_and_column_point_at_the_offending_node(bundled_text: str, write: Callable[..., Path]) -> None:
    lines = bundled_text.splitlines()
    index = lines.index("  - id: woo-kyoung-suk")
    lines.insert(index + 1, "    rank: colonel")
    error = refused(write("\n".join(lines)))
    assert (error.line, error.column) == (index + 2, 5)
    assert error.path.endswith(".rank") and error.path.startswith("people[")


def test_duplicate_mapping_keys_are_refused(write: Callable[..., Path], bundled_text: str) -> None:
    text = bundled_text.replace("format: 1\n", "format: 1\nformat: 1\n", 1)
    error = refused(write(text))
    assert "duplicate key 'format'" in error.message


def test_an_empty_file_is_refused(write: Callable[..., Path]) -> None:
    assert "no data" in refused(write("")).message


def test_a_missing_file_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    assert "cannot read" in refused(tmp_path / "absent.yaml").message


# Hostile files: each refused cleanly, quickly, in bounded memory, running nothing.


def _refused_quickly(path: Path, seconds: float = 10.0, megabytes: int = 512) -> BriefingError:
    tracemalloc.start()
    start = time.perf_counter()
    try:
        error = refused(path)
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    # Generous bounds: these guard against a hang or a blow-up, not against slowness.
    assert time.perf_counter() - start < seconds
    assert peak < megabytes * 2**20
    return error


def test_invalid_utf8_names_the_byte(write: Callable[..., Path]) -> None:
    error = _refused_quickly(write(b"format: 1\ntitle: caf\xe9\n"))
    assert (error.line, error.column) == (2, 11) and "UTF-8" in error.message


def test_binary_junk(write: Callable[..., Path]) -> None:
    junk = bytes(range(256)) * 64
    _refused_quickly(write(junk))
    _refused_quickly(write(b"format: 1\n\x00\x01\x02\x7f\n"))


@pytest.mark.parametrize(
    "payload",
    [
        "!!python/object/apply:os.system ['touch {marker}']",
        "!!python/object/new:os.system ['touch {marker}']",
        "!!python/name:os.system",
        "!!python/object/apply:subprocess.call [['touch', '{marker}']]",
    ],
)
def test_python_tags_run_nothing(write: Callable[..., Path], tmp_path: Path, bundled_text: str, payload: str) -> None:
    marker = tmp_path / "ran"
    text = bundled_text.replace('title: 12th', f"title: {payload.format(marker=marker)}\nsubtitle2: 12th", 1)
    error = _refused_quickly(write(text))
    assert "not allowed" in error.message
    assert not marker.exists()


def test_billion_laughs(write: Callable[..., Path]) -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [{','.join(['*a' + str(i - 1)] * 9)}]" for i in range(1, 10)]
    error = _refused_quickly(write("\n".join(lines)))
    assert "aliases" in error.message


@pytest.mark.parametrize("style", ["flow-seq", "flow-map", "block"])
def test_nesting_fifty_thousand_deep(write: Callable[..., Path], style: str) -> None:
    n = 50_000
    if style == "flow-seq":
        text = "people: " + "[" * n + "]" * n
    elif style == "flow-map":
        text = "people: " + "{a: " * n + "1" + "}" * n
    else:
        text = "people:\n" + "- " * n + "x\n"
    error = _refused_quickly(write(text))
    # Refused for its depth, where it goes too deep: any other YAML error would be a wrong answer. A deep
    # flow sequence meets libyaml's own limit first, as it looks ahead for a key before handing on the "[".
    assert ("nested more than 64 levels deep" in error.message
            or error.message == "YAML syntax: while increasing flow level: exceeded maximum nesting depth"), error.message
    assert error.path.startswith("people") and error.line == (2 if style == "block" else 1)


def test_a_fifty_megabyte_file(write: Callable[..., Path]) -> None:
    line = "# " + "x" * 98 + "\n"
    path = write(line * (50 * 1024 * 1024 // len(line)))
    error = _refused_quickly(path)
    assert "at most" in error.message and path.stat().st_size > MAX_BYTES


def test_load_text_raises_nothing_but_briefing_error() -> None:
    for text in ["[", "]", "{a", ": :", "- - -", "'", "\t\tx", "%YAML 9.9\n---\n", "a: !<tag:x> 1", "? [a]\n: b", "--- 1\n--- 2"]:
        with pytest.raises(BriefingError):
            load_text(text, "t.yaml")


def test_roundtrip_of_the_bundled_data_still_loads(bundled_data: Any, briefing: Briefing) -> None:
    # The whole model, not a field of it: written back and read again, the data is the same briefing.
    assert load_text(dump(bundled_data), "copy.yaml") == briefing


def test_control_characters_in_keys_stay_on_one_line(bundled_data: Any, write: Callable[..., Path]) -> None:
    bundled_data["organizations"][0]["\n"] = None
    error = refused(write(bundled_data))
    assert "unknown field '\\n'" in error.message


def test_the_pure_python_parser_reads_the_same_briefing(monkeypatch: pytest.MonkeyPatch, bundled_text: str, briefing: Any) -> None:
    import yaml

    import briefing_app.reading.yamlsafe as yamlsafe

    monkeypatch.setattr(yamlsafe, "SafeLoader", yaml.SafeLoader)  # as on a PyYAML built without libyaml
    assert load_text(bundled_text, str(briefing.path)) == briefing
    with pytest.raises(BriefingError, match="aliases"):
        load_text("a: &x [1]\nb: *x\n", "pure.yaml")
    with pytest.raises(BriefingError, match="nested"):
        load_text("people: " + "[" * 5000 + "]" * 5000, "pure.yaml")


@pytest.mark.parametrize(
    ("mutate", "path", "words"),
    [
        (lambda d, big: d["events"][0].update(id="bad id " + big), "events[0].id", "is not an id"),
        (lambda d, big: d["events"][0].update(when=big), "events[0].when", "is not a date"),
        (lambda d, big: d["sources"][0].update(kind=big), "sources[0].kind", "is not a kind of source"),
        (lambda d, big: d["events"][0].update(people=[big]), "events[0].people[0]", "no person has the id"),
        (lambda d, big: d["people"][0].update({big: 1}), "people[0].", "unknown field"),
    ],
)
@pytest.mark.parametrize("size", [900, 1_000_000])
def test_a_megabyte_bad_value_is_quoted_short_on_one_line(
    bundled_data: Any, write: Callable[..., Path], mutate: Callable[[Any, str], None], path: str, words: str, size: int
) -> None:
    mutate(bundled_data, "x" * size)
    if size > yamlsafe.MAX_SHORT:  # refused for its length while it streams, before any other check
        words = "characters long"
    error = refused(write(bundled_data))
    assert len(str(error)) < 500  # a window shows it at once; a 4-million-character message froze it
    assert error.path.startswith(path) and words in error.message
    assert "x" * 70 in str(error) and "…" in str(error)  # enough of the value to recognise it, and a sign of the cut
    assert error.line > 1 and error.column >= 1


def test_progress_rises_to_the_end_and_a_cancel_stops_the_load() -> None:
    from briefing_app.core.cancel import Cancelled

    from tests.synthetic import make_briefing

    text = make_briefing(events=3_000, people=1_000)
    shares: list[float] = []
    load_text(text, "big.yaml", progress=shares.append)
    assert len(shares) > 10 and shares == sorted(shares) and 0 < shares[0] and shares[-1] <= 1
    asked: list[int] = []

    def checkpoint() -> None:
        asked.append(1)
        if len(asked) == 3:
            raise Cancelled()

    with pytest.raises(Cancelled):
        load_text(text, "big.yaml", checkpoint=checkpoint)
    assert len(asked) == 3  # it stopped at the first checkpoint that raised


def test_a_large_file_is_read_record_by_record_not_held_whole() -> None:
    from tests.synthetic import make_briefing

    text = make_briefing(events=600, people=300, eras=30, disagreements=30, forms=2, text_words=10)
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        briefing = load_text(text, "big.yaml")
        model = tracemalloc.get_traced_memory()[0] - start
        peak = tracemalloc.get_traced_memory()[1] - start
    finally:
        tracemalloc.stop()
    assert len(briefing.events) == 600
    # Composing the whole file first took about seven times the finished model at its peak.
    assert peak < 2 * model, (peak, model)
