"""Postings gathered number by number (as the indexes build them) answer as those built from lists."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefing_app.text.postings import Collector, Postings

KEYS = st.sets(st.text(alphabet="abcé한", min_size=1, max_size=3), max_size=6)


@given(st.lists(KEYS, max_size=30))
def test_collected_postings_answer_like_lists(held: list[set[str]]) -> None:
    collector = Collector()
    lists: dict[str, list[int]] = {}
    for number, keys in enumerate(held):
        collector.add(keys, number)
        for key in keys:
            lists.setdefault(key, []).append(number)
    collected, expected = collector.postings(), Postings.of_lists(lists)
    assert collected.keys == expected.keys
    for key in {k for keys in held for k in keys} | {"zz"}:
        assert list(collected.exact(key)) == list(expected.exact(key)) == lists.get(key, [])
        for prefix in {key[:1], key[:2]}:
            assert sorted(collected.prefixed(prefix)) == sorted(expected.prefixed(prefix))


def test_numbers_beyond_a_short_survive_packing() -> None:
    collector = Collector()
    collector.add(["a"], 5)
    collector.add(["a", "b"], 160_000)
    postings = collector.postings()
    assert list(postings.exact("a")) == [5, 160_000]
    assert list(postings.exact("b")) == [160_000]
