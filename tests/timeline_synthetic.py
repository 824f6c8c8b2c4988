"""Eras for a synthetic briefing: tests/synthetic.py writes events (with spans); the timeline's tests and
benchmark also need many eras, added here to its text."""

from __future__ import annotations

import random

from tests.synthetic import make_briefing


def with_eras(text: str, eras: int, seed: int = 0) -> str:
    """`text` (a make_briefing file) with `eras` era events added to its events list."""
    rng = random.Random(seed)
    lines: list[str] = []
    for i in range(eras):
        start = 1950 + rng.randrange(70)
        when = f"{start}/{start + rng.randrange(0, 12)}" if i % 3 else f"{start}-{rng.randrange(1, 13):02d}/{start + 1}"
        lines += [f"  - id: era{i}", f'    when: "{when}"', f'    title: "Synthetic era {i}"',
                  '    text: "A stretch of years the generated sources call one period."', "    era: true",
                  "    tags: [history]", "    sources: [s1]"]
    out = text.splitlines()
    at = next(n for n, line in enumerate(out) if line in ("meeting:", "discrepancies:"))
    return "\n".join(out[:at] + lines + out[at:]) + "\n"


def timeline_briefing(events: int, eras: int, people: int = 300, seed: int = 0) -> str:
    return with_eras(make_briefing(events=events, people=people, seed=seed), eras, seed)
