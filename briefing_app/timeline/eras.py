"""The era strip for one view: labelled bars in a few rows, or past a few dozen eras a density band. Qt-free."""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable

from briefing_app.timeline.data import Item, TimelineData, make_item
from briefing_app.core.words import QT_TRANSLATE_NOOP, Words, english
from briefing_app.timeline.scene import (DENSITY_LEVELS, DENSITY_PX, ERA_LABEL_LIMIT, ERA_ROW, ERA_ROWS, GAP, GUTTER, LABEL_H, DensityRun,
                             EraBar, Label, Measure, Scene, elide)

ELSEWHERE = "←"  # an era before the view


def lay_out_eras(scene: Scene, data: TimelineData, x_of: Callable[[float], float], measure: Measure,
                  selected: str | None, words: Words = english) -> None:
    heading = words(QT_TRANSLATE_NOOP("TimelineScene", "Eras"))
    lo, hi = scene.view
    plot = scene.plot
    starts, era_ends = data.era_starts, data.era_ends
    marked = _edge_marker(scene, data, measure, heading)
    in_view = bisect.bisect_right(starts, hi) - bisect.bisect_left(era_ends, lo)
    if in_view <= 0:
        if marked:
            scene.era_height = ERA_ROW
            scene.labels.append(Label((6.0, scene.era_top + 1, measure(heading), LABEL_H), heading, "lane"))
        return
    if in_view > ERA_LABEL_LIMIT:
        # Too many to read: how many eras cover each few pixels, as one band. Counting by bisecting
        # the sorted starts and ends costs the width of the view, not the number of eras.
        per_px = (hi - lo) / (plot[1] - plot[0])
        columns = int((plot[1] - plot[0]) // DENSITY_PX) + 1
        counts = []
        for c in range(columns):
            year = lo + (c + 0.5) * DENSITY_PX * per_px
            counts.append(bisect.bisect_right(starts, year) - bisect.bisect_left(era_ends, year))
        peak = max(max(counts), 1)
        # Shades relative to the busiest place in view, in a few steps: fewer runs to paint.
        levels = [math.ceil(n * DENSITY_LEVELS / peak) for n in counts] + [0]
        run = 0
        for c in range(1, columns + 1):
            if levels[c] != levels[run]:
                if levels[run] > 0:
                    scene.density.append(DensityRun(plot[0] + run * DENSITY_PX, plot[0] + c * DENSITY_PX,
                                                    max(counts[run:c]), levels[run] / DENSITY_LEVELS))
                run = c
        scene.era_height = ERA_ROW
        scene.labels.append(Label((6.0, scene.era_top + 1, measure(heading), LABEL_H), heading, "lane"))
        return
    first = bisect.bisect_left(starts, lo - data.era_longest)
    # Rows first: the slice can hold thousands of eras that ended before the view; Items only for the rest.
    shown = [make_item(r) for r in data.eras.rows[first:bisect.bisect_right(starts, hi)] if r[2] >= lo]
    ends: list[float] = []
    placed: list[list[tuple[float, float, Item, int]]] = []
    for n, e in enumerate(shown):
        x0, x1 = max(x_of(e.start), plot[0] - 40), min(x_of(e.end), plot[1] + 40)
        x1 = max(x1, x0 + 3)
        r = next((r for r, end in enumerate(ends) if end + 2 <= x0), -1)
        if r < 0 and len(ends) < ERA_ROWS:
            ends.append(-math.inf)
            placed.append([])
            r = len(ends) - 1
        if r < 0:  # more overlapping eras than rows: share the row that frees first, unlabelled
            r = min(range(len(ends)), key=ends.__getitem__)
            scene.eras.append(EraBar(x0, x1, scene.era_top + r * ERA_ROW, ERA_ROW - 2, e.id, n % 2, e.id == selected))
            ends[r] = max(ends[r], x1)
            continue
        ends[r] = x1
        placed[r].append((x0, x1, e, n))
    for r, row in enumerate(placed):
        y = scene.era_top + r * ERA_ROW
        previous = plot[0]
        for j, (x0, x1, e, n) in enumerate(row):
            bar = EraBar(x0, x1, y, ERA_ROW - 2, e.id, n % 2, e.id == selected)
            scene.eras.append(bar)
            following = min(row[j + 1][0] - GAP, plot[1]) if j + 1 < len(row) else plot[1]
            left = max(x0, plot[0], previous) + 4
            text = f"{e.title} ({e.date})"
            shown_text = elide(text, min(following, max(x1, left + measure(text) + 1)) - left, measure)
            if shown_text != text and x0 - 4 - (previous + GAP) > following - left:  # more room before the bar
                shown_text = elide(text, x0 - 4 - (previous + GAP), measure)
                left = x0 - 4 - measure(shown_text)
            if shown_text:
                w = measure(shown_text)
                scene.labels.append(Label((left, y + 1, w, ERA_ROW - 4), shown_text, "era", bar, text))
                previous = max(x1, left + w + GAP)
            else:
                previous = x1
    scene.era_height = len(placed) * ERA_ROW
    scene.labels.append(Label((6.0, scene.era_top + 1, measure(heading), LABEL_H), heading, "lane"))


EDGE_LOOK = 64  # eras read backwards from the view's left edge to find the nearest that ended before it


def _edge_marker(scene: Scene, data: TimelineData, measure: Measure, heading: str) -> bool:
    """An era wholly before the view is not drawn, yet must not vanish: its years and an arrow
    ("← 1910–1945") stand in the gutter after the heading; hover for its title, click to choose it.
    The opening view (story.py) leaves the far-back eras out of the width this way."""
    lo = scene.view[0]
    before = bisect.bisect_left(data.era_ends, lo)
    if before == 0:
        return False
    rows = data.eras.rows
    nearest = None
    for i in range(bisect.bisect_left(data.era_starts, lo) - 1, max(-1, bisect.bisect_left(data.era_starts, lo) - 1 - EDGE_LOOK), -1):
        if rows[i][2] < lo and (nearest is None or rows[i][2] > rows[nearest][2]):
            nearest = i
    if nearest is None:
        return False
    era = make_item(rows[nearest])
    text = f"{ELSEWHERE} {era.date}" + (f" +{before - 1}" if before > 1 else "")
    left = 6.0 + measure(heading) + GAP
    shown = elide(text, GUTTER - 8 - left, measure)
    if shown:
        w = measure(shown)
        bar = EraBar(left, left + w, scene.era_top, ERA_ROW - 2, era.id, 0, False)
        scene.labels.append(Label((left, scene.era_top + 1, w, ERA_ROW - 4), shown, "era", bar, f"{era.title} ({era.date})"))
    return bool(shown)
