"""The chart laid out again for a page: the screen's layout is as wide as the chain of links is long,
and fitted to a page it filled a strip along the top with names of 4–5 pt. Here each part may be
folded (layout's one_sided), the parts are packed to the page's shape, and the arrangement that
prints largest is kept; then the gaps are widened so that the chart covers the page. Qt-free.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing_app.graph.network import Neighbourhood, Network
from briefing_app.ui.tabs.network.layout import NODE_H, NODE_W, ROW, Point, layout, pack

PAPER_GAP = ROW  # between parts on paper: the screen's wide gap wastes the page
FOLD_FROM = 3  # steps from the centre a part must reach before it is folded
MAX_SPREAD = 2.0  # gaps grow at most this much to cover the page; more reads as scattered


def bounds(where: dict[str, Point]) -> tuple[float, float, float, float]:
    """x0, y0, x1, y1 of the nodes' footprints."""
    xs = [x for x, _ in where.values()] or [0.0]
    ys = [y for _, y in where.values()] or [0.0]
    return min(xs) - NODE_W / 2, min(ys) - NODE_H / 2, max(xs) + NODE_W / 2, max(ys) + NODE_H / 2


def page_layout(net: Network, hoods: Sequence[Neighbourhood], sides: Sequence[str],
                room: tuple[float, float]) -> dict[str, Point]:
    """Positions for `hoods` on a page whose chart area is `room` (width, height) in scene units:
    the arrangement that needs the least shrinking to fit, spread out to the page's shape."""
    width, height = room
    aspect = width / max(height, 1.0)
    flat = [layout(net, hood, sides) for hood in hoods]
    # A long chain may fold; a star (a centre and one or two steps) folded is a fan of crossing lines.
    folded = [layout(net, hood, sides, one_sided=True) if max(hood.distance.values()) >= FOLD_FROM else part
              for hood, part in zip(hoods, flat)]
    # Fold every part that may, none, or only the wide ones; pack each choice to a few row widths.
    choices = [flat, folded, [f if _wide(p, aspect) else p for p, f in zip(flat, folded)]]
    best: dict[str, Point] = {}
    best_scale = -1.0
    for parts in choices:
        for stretch in (0.6, 1.0, 1.6):
            where = pack(parts, aspect * stretch, PAPER_GAP)
            x0, y0, x1, y1 = bounds(where)
            scale = min(width / (x1 - x0), height / (y1 - y0))
            if scale > best_scale + 1e-9:
                best, best_scale = where, scale
    return spread(best, aspect)


def _wide(where: dict[str, Point], aspect: float) -> bool:
    x0, y0, x1, y1 = bounds(where)
    return (x1 - x0) / (y1 - y0) > aspect


def spread(where: dict[str, Point], aspect: float) -> dict[str, Point]:
    """Widen the gaps along the page's spare direction until the chart has the page's shape (at most
    MAX_SPREAD times): the nodes keep their size and order, only the room between them grows."""
    x0, y0, x1, y1 = bounds(where)
    w, h = x1 - x0, y1 - y0
    inner_w, inner_h = max(w - NODE_W, 1.0), max(h - NODE_H, 1.0)  # between the first and last centres
    if w / h < aspect:
        fx, fy = min(MAX_SPREAD, (aspect * h - NODE_W) / inner_w), 1.0
    else:
        fx, fy = 1.0, min(MAX_SPREAD, (w / aspect - NODE_H) / inner_h)
    cx, cy = x0 + NODE_W / 2, y0 + NODE_H / 2
    return {n: (cx + (x - cx) * max(fx, 1.0), cy + (y - cy) * max(fy, 1.0)) for n, (x, y) in where.items()}
