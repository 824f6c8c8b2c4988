"""Synthetic briefings in the bundled format, as large as asked, for large-file tests and benchmarks."""

from __future__ import annotations

import json
import random

FAMILY = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Sato", "Suzuki", "Takahashi",
          "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Smith", "Johnson", "Brown", "Garcia", "Miller"]
SYLLABLES = ["min", "jung", "seo", "hyun", "woo", "ji", "su", "young", "ho", "jin", "ka", "ta", "hi", "ro", "shi", "ko",
             "yu", "ki", "na", "mi", "da", "gyum", "kyoung", "suk", "eun", "hee", "sang", "chul"]
SIDES = ["South Korea", "Japan", "United States", "Press"]
TAGS = ["bilateral-talks", "trilateral", "north-korea", "disputes", "history", "summit", "exercise"]


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # JSON strings are valid YAML double-quoted scalars


def make_large(seed: int = 0) -> str:
    """The large file of the benchmarks: what makes real files slow, at the size of the largest expected (about 22 MB)."""
    return make_briefing(50_000, 20_000, seed, eras=3_000, disagreements=2_000, vessels=103, sources=206,
                         forms=2, text_words=16, busy=5)


def make_briefing(events: int = 50_000, people: int = 20_000, seed: int = 0, *, eras: int = 0, disagreements: int = 1,
                  vessels: int = 2, sources: int = 2, forms: int = 0, text_words: int = 0, busy: int = 0) -> str:
    """A valid briefing with `events` events and `people` people, each person with two or three name forms.

    What makes real files slow, each off by default: `eras` of the events are eras spanning years
    ("1950/1960"); `disagreements` over people and events; `vessels` ships in the exercise and
    `sources` sources with long credits; every person `forms` more forms of the name (other orders,
    romanisations, errors); each event's text `text_words` words longer; `busy` people who appear in
    about one event in ten.
    """
    rng = random.Random(seed)
    out: list[str] = [
        "format: 1",
        f"title: {_q(f'Synthetic briefing: {events} events, {people} people')}",
        "place: Nowhere",
        'date: "2023-04-17"',
        'as_of: "2023-04-17"',
        "summary: {text: \"A synthetic briefing for tests and benchmarks.\", sources: [s1, s2]}",
        "tags:",
        *(f"  - {{id: {t}, label: {_q(t.replace('-', ' ').title())}}}" for t in TAGS),
        "sources:",
        '  - {id: s1, kind: article, credit: "Synthetic Wire", headline: "Generated one"}',
        '  - {id: s2, kind: article, credit: "Synthetic Daily", author: "A. Writer", headline: "Generated two"}',
        *(f"  - {{id: s{i}, kind: {'editorial' if i % 10 == 0 else 'article'}, "
          f"credit: {_q(f'Synthetic Correspondent {i}, Generated News Agency, Foreign Desk')}, headline: {_q(f'Report {i}')}}}"
          for i in range(3, sources + 1)),
        "organizations:",
    ]
    for i, side in enumerate(SIDES):
        out.append(f"  - {{id: org-{i}, name: {_q(side + ' ministry')}, kind: ministry, side: {_q(side)}, sources: [s1]}}")
    out.append("people:")
    for i in range(people):
        family = rng.choice(FAMILY)
        given = f"{rng.choice(SYLLABLES).title()}-{rng.choice(SYLLABLES)}"
        out.append(f"  - id: p{i}")
        out.append("    names:")
        out.append(f"      - {{text: {_q(f'{family} {given} {i}')}, sources: [s1]}}")
        out.append(f"      - {{text: {_q(f'{given} {family} {i}')}, sources: [s2]}}")
        if i % 7 == 0:
            out.append(f"      - {{text: {_q(f'{family} {given.replace(chr(45), chr(32))}{i}')}, sources: [s2], error: true}}")
        for f in range(forms):
            variant = [f"{family.upper()} {given} {i}", f"{given.replace('-', '')} {family} {i}", f"{family}, {given} {i}",
                       f"{family[0]}. {given} {i}", f"{given.title()} {family}-{f} {i}"][f % 5]
            out.append(f"      - {{text: {_q(variant)}, sources: [s{1 + (i + f) % max(sources, 1)}]{', error: true' if f == 3 else ''}}}")
        out.append("    roles:")
        out.append(f"      - {{title: {_q(f'official number {i}')}, organization: org-{i % len(SIDES)}, sources: [s1]}}")
        if i % 5 == 0:
            out.append(f"    actions: [{{text: {_q(f'Took part in round {i}.')}, sources: [s2]}}]")
    out.append("events:")
    filler = " ".join(rng.choice(["talks", "the", "minister", "said", "agreed", "navy", "of", "and", "reported", "in"])
                      for _ in range(text_words))
    for i in range(events):
        year = 1950 + rng.randrange(74)
        kind = rng.randrange(10)
        era = i < eras
        if era:
            when = f"{year}/{year + rng.randrange(1, 30)}"
        elif kind < 5:
            when = f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        elif kind < 8:
            when = f"{year}-{rng.randrange(1, 13):02d}"
        elif kind < 9:
            when = f"{rng.choice(['summer', 'early', 'later in'])} {year}"
        else:
            when = f"{year}/{year + rng.randrange(1, 6)}"
        who = ", ".join(f"p{rng.randrange(people)}" for _ in range(rng.randrange(0, 3))) if people else ""
        if busy and people and i % 10 == 0:
            who = ", ".join(filter(None, [who, f"p{i % min(busy, people)}"]))
        tags = ", ".join(rng.sample(TAGS, rng.randrange(1, 3)))
        out.append(f"  - id: e{i}")
        out.append(f"    when: {_q(when)}")
        out.append(f"    title: {_q(f'Synthetic event {i}')}")
        out.append(f"    text: {_q(f'Something happened, number {i}, as a generated source reports it at some length. {filler}'.strip())}")
        if era:
            out.append("    era: true")
        out.append(f"    tags: [{tags}]")
        if who:
            out.append(f"    people: [{who}]")
        out.append("    sources: [s1]" if i % 3 else "    sources: [s1, s2]")
    if people >= 4 and events >= 1:
        out += [
            "meeting:",
            "  id: m1",
            "  name: Synthetic meeting",
            f"  event: e{events - 1}",
            "  round: {text: 1st, sources: [s1]}",
            "  format: {text: Two-plus-two, sources: [s1]}",
            "  venue: {text: A hall, sources: [s1]}",
            "  participants: [p0, p1, p2, p3]",
            "  outcome: [{text: They agreed to meet again., sources: [s1]}]",
            "exercise:",
            "  id: x1",
            "  name: Synthetic exercise",
            f"  event: e{events - 1}",
            "  sea_area: {text: Open sea, sources: [s1]}",
            "  navies: [org-0, org-1]",
            "  purpose: [{text: Readiness, sources: [s1]}]",
            "  procedures: [{text: Tracking, sources: [s1]}]",
            "  vessels:",
            "    - {id: v1, name: Ship One, class: A-class, type: destroyer, navy: org-0, sources: [s1]}",
            "    - {id: v2, name: Ship Two, class: B-class, type: frigate, navy: org-1, sources: [s1]}",
            *(f"    - {{id: v{i}, name: {_q(f'Ship {i}')}, class: {_q(f'Class-{i % 9}')}, type: destroyer, "
              f"navy: org-{i % 2}, sources: [s1]}}" for i in range(3, vessels + 1)),
        ]
    out.append("discrepancies:")
    for i in range(1, max(disagreements, 1) + 1):
        about = "p0" if i == 1 or not events else (f"p{i % people}" if i % 2 and people else f"e{i % events}")
        out += [
            f"  - id: d{i}",
            "    kind: disagreement",
            f"    topic: {_q('A synthetic disagreement' if i == 1 else f'Disagreement {i} over a spelling and a date')}",
            f"    about: [{about}]",
            "    versions:",
            "      - {text: One version, sources: [s1], preferred: true}",
            "      - {text: Another, sources: [s2]}",
            "    reason: The first is better sourced.",
        ]
    return "\n".join(out) + "\n"
