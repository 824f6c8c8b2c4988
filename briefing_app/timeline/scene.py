"""What the drawn timeline shows for one view, as plain geometry: marks, labels, era bars, the
density band, lanes, and a grid index to find what is under a point. Qt-free."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple, Union

from briefing_app.timeline.data import Item

Rect = tuple[float, float, float, float]  # x, y, width, height
Measure = Callable[[str], float]

GUTTER = 150.0  # the lane names' column at the left edge
RIGHT = 14.0
HEADER = 18.0  # the row naming the briefing's date
ERA_ROW = 17.0
ERA_ROWS = 3
AXIS = 38.0
ROW = 19.0  # one stacked row of marks within a lane
LABEL_H = 15.0
LANE_PAD = 6.0
MAX_ROWS = 5
DOT = 4.0  # a dot's radius
RING = 4.0  # how far the selected mark's ring reaches past its dot (paint.py draws it at DOT + 3)
BADGE = 9.0  # a cluster's radius
GAP = 6.0
MIN_LABEL = 64.0  # room kept for a label when choosing a row
LABEL_MAX = 260.0
SELECTED_MAX = 420.0
DIRECT_LIMIT = 300  # marks in one lane's view laid out one by one; past this, pre-grouped per BUCKET
BUCKET = 26.0  # pixels
ERA_LABEL_LIMIT = 36  # past this many eras in view: a density band without labels
DENSITY_PX = 3
DENSITY_LEVELS = 8
ELLIPSIS = "…"


def intersects(a: Rect, b: Rect) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def elide(text: str, width: float, measure: Measure) -> str:
    """The longest start of `text` that fits `width` pixels, ending in "…" when shortened; "" if none."""
    if width <= 0:
        return ""
    if measure(text) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if measure(text[:mid].rstrip() + ELLIPSIS) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ELLIPSIS if lo > 0 else ""


class Mark(NamedTuple):
    x0: float
    x1: float  # == x0 for a dot
    y: float
    lane: int
    shape: str  # "day", "stretch", "span" or "cluster"
    members: Sequence[Item]  # the event; a cluster's events, by start
    rect: Rect  # what it covers on screen
    selected: bool = False

    @property
    def id(self) -> str:
        return self.members[0].id

    @property
    def span(self) -> tuple[float, float]:
        """The years its members cover (a cluster's: from its first start to its last member's end)."""
        return (self.members[0].start, max(self.members[0].end, self.members[-1].end))


class Label(NamedTuple):
    rect: Rect
    text: str
    kind: str  # "event", "selected", "cluster", "era", "lane", "axis", "axis-major", "date"
    target: Mark | EraBar | None = None
    full: str = ""  # the whole text when shortened
    lane: int = -1  # a lane name's lane


class EraBar(NamedTuple):
    x0: float
    x1: float
    y: float
    height: float
    id: str
    parity: int
    selected: bool


class DensityRun(NamedTuple):
    x0: float
    x1: float
    eras: int  # how many eras cover it (at most)
    shade: float  # 0..1, relative to the busiest place in view


class LaneBox(NamedTuple):
    number: int
    name: str
    y: float
    height: float


Target = Union[Mark, EraBar, DensityRun]


class Scene:
    """One view of the drawn timeline as plain geometry: its size, where time and the lanes, era bars and
    axis lie, and the marks, labels, era bars, density runs and joins drawn there. The layout fills it
    in. A plain class, not a dataclass: the first view lays one out, and the start-up need not import
    dataclasses (core/model.py's Briefing says why)."""

    def __init__(self, width: float, height: float, view: tuple[float, float], plot: tuple[float, float],
                 lanes_top: float, lanes_bottom: float, era_top: float, era_height: float, axis_top: float) -> None:
        self.width, self.height = width, height
        self.view = view
        self.plot = plot  # x of the first and last pixel of time
        self.lanes_top, self.lanes_bottom = lanes_top, lanes_bottom
        self.era_top, self.era_height, self.axis_top = era_top, era_height, axis_top
        self.lanes: list[LaneBox] = []
        self.marks: list[Mark] = []
        self.labels: list[Label] = []
        self.eras: list[EraBar] = []
        self.density: list[DensityRun] = []
        self.joins: list[tuple[float, float, float]] = []  # x, y from, y to
        self.date_x: float | None = None
        self.selected_x: float | None = None
        self.first_lane = 0
        self.lane_count = 0
        self.lanes_shown = 0
        self._grid: dict[tuple[int, int], list[tuple[Rect, Target]]] | None = None

    def x_of(self, year: float) -> float:
        lo, hi = self.view
        return self.plot[0] + (year - lo) / (hi - lo) * (self.plot[1] - self.plot[0])

    def year_of(self, x: float) -> float:
        lo, hi = self.view
        return lo + (x - self.plot[0]) / max(self.plot[1] - self.plot[0], 1.0) * (hi - lo)

    def at(self, x: float, y: float) -> Target | None:
        """What is drawn under a point, through a grid index built on first use: a mark (or its label),
        an era bar or a stretch of the era density band."""
        if self._grid is None:
            self._grid = _grid(self)
        for rect, target in self._grid.get((int(x // CELL), int(y // CELL)), ()):
            if rect[0] <= x <= rect[0] + rect[2] and rect[1] <= y <= rect[1] + rect[3]:
                return target
        return None


CELL = 24.0


def _grid(scene: Scene) -> dict[tuple[int, int], list[tuple[Rect, Target]]]:
    grid: dict[tuple[int, int], list[tuple[Rect, Target]]] = {}
    entries: list[tuple[Rect, Target]] = [(m.rect, m) for m in scene.marks]
    entries += [(lb.rect, lb.target) for lb in scene.labels if lb.target is not None]
    entries += [((e.x0, e.y, e.x1 - e.x0, e.height), e) for e in scene.eras]
    entries += [((d.x0, scene.era_top, d.x1 - d.x0, scene.era_height), d) for d in scene.density]
    for rect, target in entries:
        x0, y0 = max(rect[0], 0.0), max(rect[1], 0.0)
        x1, y1 = min(rect[0] + rect[2], scene.width), min(rect[1] + rect[3], scene.height)
        for cx in range(int(x0 // CELL), int(x1 // CELL) + 1):
            for cy in range(int(y0 // CELL), int(y1 // CELL) + 1):
                grid.setdefault((cx, cy), []).append((rect, target))
    return grid
