"""One colour per side, the same wherever a side is drawn. Qt-free: colours are '#rrggbb' names.

Sides are data (the file names them), so colours go by order of appearance: the people's sides first,
in the order the roster lists them, then any other organization's side. The palette is Okabe and Ito's,
which readers with the common colour-vision deficiencies can tell apart.
"""

from __future__ import annotations

from briefing_app.core.model import Briefing

PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C6D31", "#000000")
NO_SIDE = "#8A8A8A"  # events, sources, and anything with no side


def side_order(b: Briefing) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*b.sides, *(o.side for o in b.organizations))))


def side_colours(b: Briefing) -> dict[str, str]:
    """Each side's colour; past the palette's length, colours repeat."""
    return {side: PALETTE[n % len(PALETTE)] for n, side in enumerate(side_order(b))}
