"""The examples of issue 26, as an analyst types them at the command line (`search --text`): each held to
the answer a user expects. These ran against the hand-written index too, which failed every one."""

from __future__ import annotations

import io
import re

from briefing_app import cli


def lines(query: str) -> list[tuple[str, str, str]]:
    """(field, where, snippet with «matches») for each passage found, best first."""
    out = io.StringIO()
    cli.run(["search", "--text", query], out=out, err=io.StringIO())
    found = []
    for line in out.getvalue().splitlines():
        field, where, snippet = line.split("\t")
        found.append((field, where, snippet))
    return found


def marked(snippet: str) -> list[str]:
    return re.findall("«([^»]*)»", snippet)


def test_a_quoted_phrase_ranks_its_one_passage_first() -> None:
    found = lines('"Sea of Japan"')
    assert found[0] == ("version", "The name of the sea of the exercise", "«Sea of Japan»")
    # Every other passage found holds the phrase too (the editors' notes quote it): "of" matches nothing alone.
    assert all("sea of japan" in snippet.lower() or snippet.endswith("…") for _field, _where, snippet in found)
    assert len(found) <= 3


def test_of_alone_does_not_find_passages() -> None:
    found = lines("Sea of Japan")
    assert found[0][2] == "«Sea» of «Japan»" or "«Sea of Japan»" in found[0][2]
    assert len(found) < 20  # 62 when "of" matched everywhere
    assert all({"sea", "japan"} <= {m.lower() for m in marked(snippet)} for *_rest, snippet in found[:3])


def test_a_stem_finds_its_other_forms() -> None:
    found = lines("interception")
    assert found, "the text says 'intercepting'"
    assert all([m.lower() for m in marked(snippet)] == ["intercepting"] for *_rest, snippet in found)


def test_british_spelling_finds_the_american() -> None:
    found = lines("missile defence")
    words = {m.lower() for *_rest, snippet in found for m in marked(snippet)}
    assert "defense" in words
    assert any(where.startswith("17 Apr 2023 · Trilateral ballistic missile defense exercise") for _f, where, _s in found)


def test_a_hyphenated_word_does_not_match_summit() -> None:
    found = lines("zero-sum")
    assert found
    assert all(marked(snippet) == ["zero-sum"] for *_rest, snippet in found)
