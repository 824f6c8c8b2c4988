"""The order and the ⚑ numbers of the differences, one table for the page, the annex and the Markdown.

Disagreements on substance come first and keep the low numbers, so that folding the spelling and
wording variants off a crowded page never renumbers what stays; errors and naming notes follow
without a number (they are not disputes between sources)."""

from __future__ import annotations

from briefing_app.core.model import CONVENTION, DISAGREEMENT, ERROR, VARIANT, Briefing, Discrepancy

# By weight, heaviest first: what a reader must not miss, then what only spells a name otherwise.
RANK = {DISAGREEMENT: 0, VARIANT: 1, ERROR: 2, CONVENTION: 3}


def in_order(b: Briefing) -> list[Discrepancy]:
    """Every difference, heaviest kind first, each kind in the file's order."""
    return sorted(b.discrepancies, key=lambda d: RANK.get(d.kind, len(RANK)))


def numbers(b: Briefing) -> dict[str, int]:
    """The ⚑ number of each dispute (disagreements, then variants): the same wherever it is printed."""
    return {d.id: n for n, d in enumerate((d for d in in_order(b) if d.disputed), start=1)}
