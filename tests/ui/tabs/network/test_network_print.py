"""File ▸ Print Network on paper: the chart fills the page (it used to fill a strip along the top of
it, names 4–5 pt), and no name is printed smaller than the screen's floor, 9 px at 96 dpi."""

from __future__ import annotations

import io
import math
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageSize

from briefing_app.core.model import Briefing
from briefing_app.ui.tabs.network.items import MIN_LABEL_PX
from briefing_app.ui.tabs.network.tab import NetworkTab

MARGIN_PT = 12 / 25.4 * 72  # export_pdf's page margins, 12 mm
FLOOR_PT = MIN_LABEL_PX * 72 / 96


def printed_text(pdf: bytes) -> tuple[list[tuple[float, float, float, str]], float, float]:
    """Each piece of text on the page as (size in pt, x, y, text), and the page's width and height."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    found: list[tuple[float, float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            a, b, c, d, e, f = tm
            m11, m12, m21, m22, dx, dy = cm
            x, y = e * m11 + f * m21 + dx, e * m12 + f * m22 + dy
            found.append((size * math.hypot(c * m11 + d * m21, c * m12 + d * m22), x, y, text.replace("\t", " ").strip()))

    page.extract_text(visitor_text=visit)
    return found, float(page.mediabox.width), float(page.mediabox.height)


@pytest.mark.parametrize("paper", [QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Letter])
def test_the_printed_network_fills_the_page_with_names_no_smaller_than_on_screen(
        qtbot: Any, briefing: Briefing, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, paper: QPageSize.PageSizeId) -> None:
    tab = NetworkTab()
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_briefing(briefing)
    monkeypatch.setattr("briefing_app.ui.tabs.network.tab.default_page", lambda: paper)
    out = tmp_path / "network.pdf"
    assert tab.export_pdf(str(out)) == str(out)

    text, width, height = printed_text(out.read_bytes())
    title = [t for t in text if t[3].startswith("Network — ")]
    assert title and "17 Apr 2023" in " ".join(t[3] for t in text if abs(t[2] - title[0][2]) < 1)  # the date beside the title
    legend_y = min(y for _, _, y, words in text if words in ("person", "disputed link"))
    names = [t for t in text if t[2] < legend_y - 4]  # below the title and the legend: the chart
    shown = {words for *_, words in names}
    assert {"Kim Ki-Yeong", "Yulgok Yi I", "Takehiro Funakoshi", "Seo Min-jung"} <= shown  # every node is named

    smallest = min(names)
    assert smallest[0] >= FLOOR_PT - 0.01, f"{smallest[3]!r} printed at {smallest[0]:.1f} pt"

    # The names' spread covers most of the printable area, across and down (a name is written from its
    # left end and its baseline, so the real chart reaches a little further than this).
    across = max(x for _, x, _, _ in names) - min(x for _, x, _, _ in names)
    down = max(y for _, _, y, _ in names) - min(y for _, _, y, _ in names)
    printable_w, printable_h = width - 2 * MARGIN_PT, legend_y - MARGIN_PT
    assert across >= 0.8 * printable_w and down >= 0.8 * printable_h, (across / printable_w, down / printable_h)


def test_a_large_files_neighbourhood_prints_no_name_or_count_under_the_floor(qtbot: Any, tmp_path: Path) -> None:
    """200 nodes cannot all be named at 7 pt on one page: names shorten to one line, and neither they
    nor the '+N more' counts shrink below the floor."""
    from briefing_app.reading.loader import load_text
    from tests.synthetic import make_briefing

    tab = NetworkTab()
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    tab.set_briefing(load_text(make_briefing(events=3000, people=1500), "large.yaml"))
    qtbot.waitUntil(lambda: tab.network is not None and bool(tab.nodes), timeout=30_000)
    out = tmp_path / "around.pdf"
    assert tab.export_pdf(str(out)) == str(out)
    text, _, _ = printed_text(out.read_bytes())
    assert any(words.startswith("+") and "more" in words for *_, words in text)
    smallest = min(text)
    assert smallest[0] >= FLOOR_PT - 0.01, f"{smallest[3]!r} printed at {smallest[0]:.1f} pt"


def test_a_small_chart_is_printed_with_names_no_larger_than_eleven_points(qtbot: Any, tmp_path: Path) -> None:
    from briefing_app.reading.loader import load_text
    from briefing_app.ui.tabs.network.output import NAME_PT_MAX
    from tests.synthetic import make_briefing

    tab = NetworkTab()
    qtbot.addWidget(tab)
    tab.show()
    tab.set_briefing(load_text(make_briefing(events=3, people=3), "small.yaml"))
    assert tab.nodes and len(tab.nodes) < 12
    out = tmp_path / "small.pdf"
    assert tab.export_pdf(str(out)) == str(out)
    text, _, _ = printed_text(out.read_bytes())
    legend_y = min(y for _, _, y, words in text if words in ("person", "disputed link"))
    names = [t for t in text if t[2] < legend_y - 4]
    assert names and FLOOR_PT - 0.01 <= min(names)[0] and max(names)[0] <= NAME_PT_MAX + 0.01, sorted(names)[-1]


@pytest.mark.parametrize("room", [(1376.0, 887.0), (937.0, 1296.0), (3000.0, 400.0)])
def test_the_page_layout_keeps_every_node_apart_and_takes_the_pages_shape(briefing: Briefing, room: tuple[float, float]) -> None:
    from briefing_app.core.sides import side_order
    from briefing_app.graph.build import build_graph
    from briefing_app.ui.tabs.network.layout import NODE_H, NODE_W, layout, pack
    from briefing_app.ui.tabs.network.page_layout import bounds, page_layout

    net = build_graph(briefing)
    hoods = net.parts()
    where = page_layout(net, hoods, side_order(briefing), room)
    assert set(where) == {n for hood in hoods for n in hood.distance}
    points = sorted(where.values())
    for n, (x, y) in enumerate(points):  # no two footprints (symbol and two lines of name) meet
        assert not [p for p in points[n + 1:] if abs(p[0] - x) < NODE_W and abs(p[1] - y) < NODE_H]
    x0, y0, x1, y1 = bounds(where)
    sx0, sy0, sx1, sy1 = bounds(pack([layout(net, hood, side_order(briefing)) for hood in hoods]))
    aspect = room[0] / room[1]

    def off(w: float, h: float) -> float:
        return abs(math.log((w / h) / aspect))

    assert off(x1 - x0, y1 - y0) < off(sx1 - sx0, sy1 - sy0)  # nearer the page's shape than the screen's layout
