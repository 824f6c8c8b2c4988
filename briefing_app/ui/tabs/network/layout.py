"""Where each node of a neighbourhood sits: the centre in the middle, its direct links in a column on
either side, the next step in columns further out, like a link chart read from the middle. Qt-free.

Stable: the positions depend only on the network and the centre (every order is total, nothing random),
so the same file gives the same picture every time. Within a column, nodes are ordered by side, so that
people of one side sit together, and then by the node they hang from, which keeps lines short. No two
nodes overlap: each node is a box of NODE_W × NODE_H, columns are wider than a box and rows taller.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from briefing_app.graph.network import Neighbourhood, Network

NODE_W = 130.0  # a node's footprint: its symbol and two lines of name under it
NODE_H = 52.0
COLUMN = NODE_W + 36  # from one column to the next
ROW = NODE_H + 8  # from one row to the next
MAX_ROWS = 20  # a crowded step is spread over several columns of at most this many
GAP = COLUMN  # between parts of the picture drawn apart

Point = tuple[float, float]


def layout(net: Network, hood: Neighbourhood, sides: Sequence[str], one_sided: bool = False) -> dict[str, Point]:
    """The centre of each node of the neighbourhood, in scene units, the centre node at (0, 0).
    `one_sided` (for paper): both halves read rightwards from the centre, the left half folded above
    the right one, which halves the width of a long chain of links."""
    side_rank = {s: n for n, s in enumerate(sides)}
    steps: dict[int, list[str]] = {}
    for node, distance in hood.distance.items():
        steps.setdefault(distance, []).append(node)
    where: dict[str, Point] = {hood.centre: (0.0, 0.0)}
    half: dict[str, int] = {hood.centre: 0}  # -1 left of the centre, +1 right
    reach = {-1: 0.0, 1: 0.0}  # how far out each half's columns go

    def kind_and_name(n: str) -> tuple[int, tuple[int, str, str]]:
        return (side_rank.get(net.nodes[n].side, len(side_rank)), net.order(n))

    for distance in sorted(d for d in steps if d > 0):
        nodes = steps[distance]
        if distance == 1:  # the first step is shared out: the first sides on the left, the others on the right
            nodes.sort(key=kind_and_name)
            cut = (len(nodes) + 1) // 2
            columns = {-1: nodes[:cut], 1: nodes[cut:]}
        else:
            parent: dict[str, str] = {}
            for n in nodes:
                before = [p for p in net.graph[n] if hood.distance.get(p) == distance - 1]
                parent[n] = min(before, key=lambda p: (where[p][1], where[p][0]))
            columns = {-1: [], 1: []}
            for n in sorted(nodes, key=lambda n: (where[parent[n]][1], *kind_and_name(n))):
                columns[half[parent[n]]].append(n)
        for sign, column in columns.items():
            for n in column:
                half[n] = sign
            reach[sign] = _place(column, sign, reach[sign], where)
    return _fold(where) if one_sided else where


def _fold(where: dict[str, Point]) -> dict[str, Point]:
    """The left half mirrored to the right, above the right half, the centre between them. Each half
    keeps its own order, and the two are apart in height, so no two nodes meet."""
    upper = {n: (-x, y) for n, (x, y) in where.items() if x < 0}
    lower = {n: (x, y) for n, (x, y) in where.items() if x > 0}
    lift = max((y for _, y in upper.values()), default=0.0) + ROW  # the upper half ends a row above the centre
    drop = ROW - min((y for _, y in lower.values()), default=0.0)  # the lower half starts a row below it
    out = {n: p for n, p in where.items() if p[0] == 0}
    out.update({n: (x, y - lift) for n, (x, y) in upper.items()})
    out.update({n: (x, y + drop) for n, (x, y) in lower.items()})
    return out


def _place(nodes: list[str], sign: int, reach: float, where: dict[str, Point]) -> float:
    """Stack one step's nodes in as few columns as keep each under MAX_ROWS, beyond `reach`; returns
    how far out the last column is."""
    if not nodes:
        return reach
    columns = -(-len(nodes) // MAX_ROWS)
    rows = -(-len(nodes) // columns)
    for i, node in enumerate(nodes):
        column, row = divmod(i, rows)
        in_column = min(rows, len(nodes) - column * rows)
        x = reach + COLUMN * (column + 1)
        where[node] = (sign * x, (row - (in_column - 1) / 2) * ROW)
    return reach + COLUMN * columns


def pack(parts: Sequence[dict[str, Point]], aspect: float | None = None, gap: float = GAP) -> dict[str, Point]:
    """Lay separately drawn parts side by side in rows, largest first, none touching another. `aspect`
    (width over height, for a page) sets how wide the rows are; `gap` is the room between parts."""
    if not parts:
        return {}
    boxes = []
    for part in parts:
        xs = [x for x, _ in part.values()]
        ys = [y for _, y in part.values()]
        boxes.append((min(xs) - NODE_W / 2, min(ys) - NODE_H / 2, max(xs) + NODE_W / 2, max(ys) + NODE_H / 2))
    # Rows about as wide as the largest part, or as a square holding everything, whichever is wider.
    area = sum((x1 - x0 + gap) * (y1 - y0 + gap) for x0, y0, x1, y1 in boxes)
    width = max(max(x1 - x0 for x0, _, x1, _ in boxes), math.sqrt(area * aspect) if aspect else math.sqrt(area) * 1.3)
    where: dict[str, Point] = {}
    x = y = row_height = 0.0
    column = (0.0, 0.0, math.inf)  # the last part placed: its left, width and bottom (none yet)
    for part, (x0, y0, x1, y1) in zip(parts, boxes):
        w, h = x1 - x0, y1 - y0
        left, column_w, bottom = column
        if aspect and bottom + gap + h <= y + row_height and left + w <= max(width, left + column_w):
            # On paper a small part goes under the last one when the row is tall enough to hold both.
            at = (left, bottom + gap)
            column = (left, max(w, column_w), bottom + gap + h)
            x = max(x, left + max(w, column_w) + gap)
        else:
            if x > 0 and x + w > width:
                x, y, row_height = 0.0, y + row_height + gap, 0.0
            at = (x, y)
            column = (x, w, y + h)
            x += w + gap
            row_height = max(row_height, h)
        for node, (px, py) in part.items():
            where[node] = (px + at[0] - x0, py + at[1] - y0)
    return where
